import type { OpenAPIObject } from 'trpc-to-openapi';

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;

/** Which methods each REST path accepts, derived from the OpenAPI document (itself from the router). */
export function createRouteTable(document: OpenAPIObject) {
  const routes = Object.entries(document.paths ?? {}).map(([template, item]) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
    methods: methods.filter((method) => item[method]).map((method) => method.toUpperCase()),
  }));
  return {
    /** The methods allowed on `path` (relative to the REST mount point); empty when no route matches. */
    allowed: (path: string): string[] => [
      ...new Set(routes.filter((route) => route.pattern.test(path)).flatMap((route) => route.methods)),
    ],
    /** The path template (`/tickets/{key}`) that `path` matches with `method`, for metrics labels. */
    templateOf: (method: string | undefined, path: string): string | undefined =>
      routes.find((route) => route.pattern.test(path) && route.methods.includes(method ?? ''))?.template,
  };
}
