import type { OpenAPIObject } from 'trpc-to-openapi';

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;

/** Which methods each REST path accepts, derived from the OpenAPI document (itself from the router). */
export function createRouteTable(document: OpenAPIObject) {
  const routes = Object.entries(document.paths ?? {}).map(([template, item]) => ({
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
    methods: methods.filter((method) => item[method]).map((method) => method.toUpperCase()),
  }));
  /** The methods allowed on `path` (relative to the REST mount point); empty when no route matches. */
  return (path: string): string[] => [
    ...new Set(routes.filter((route) => route.pattern.test(path)).flatMap((route) => route.methods)),
  ];
}
