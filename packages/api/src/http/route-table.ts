import type { OpenAPIObject } from 'trpc-to-openapi';

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;

interface Route {
  template: string;
  pattern: RegExp;
  methods: string[];
}

/** `tickets` for `/tickets/{key}` and for `/tickets`. */
function firstSegment(path: string): string {
  const end = path.indexOf('/', 1);
  return end === -1 ? path.slice(1) : path.slice(1, end);
}

/** Which methods each REST path accepts, derived from the OpenAPI document (itself from the router). */
export function createRouteTable(document: OpenAPIObject) {
  // Every request asks: routes are grouped by their first segment so that a request tests the
  // patterns of its own group (a handful), not all of them.
  const byFirstSegment = new Map<string, Route[]>();
  const anyFirstSegment: Route[] = [];
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    const route = {
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
      methods: methods.filter((method) => item[method]).map((method) => method.toUpperCase()),
    };
    const first = firstSegment(template);
    if (first.startsWith('{')) anyFirstSegment.push(route);
    else if (byFirstSegment.has(first)) byFirstSegment.get(first)?.push(route);
    else byFirstSegment.set(first, [route]);
  }
  const matching = function* (path: string) {
    for (const route of byFirstSegment.get(firstSegment(path)) ?? []) if (route.pattern.test(path)) yield route;
    for (const route of anyFirstSegment) if (route.pattern.test(path)) yield route;
  };
  return {
    /** The methods allowed on `path` (relative to the REST mount point); empty when no route matches. */
    allowed: (path: string): string[] => {
      const allowed: string[] = [];
      for (const route of matching(path))
        for (const method of route.methods) if (!allowed.includes(method)) allowed.push(method);
      return allowed;
    },
    /** The path template (`/tickets/{key}`) that `path` matches with `method`, for metrics labels. */
    templateOf: (method: string | undefined, path: string): string | undefined => {
      for (const route of matching(path)) if (route.methods.includes(method ?? '')) return route.template;
      return undefined;
    },
  };
}
