import { createOpenApiNodeHttpHandler } from 'trpc-to-openapi';
import { validationMessage } from '../errors.ts';
import { createOpenApiDocument } from '../openapi-document.ts';
import { appRouter } from '../root.ts';
import { capture } from './captured-response.ts';
import { type ApiHandler, type ApiHandlerOptions, handlerHooks } from './handler-options.ts';
import { parseJsonBody } from './json-body.ts';
import { REST_PREFIX } from './mount-points.ts';
import { prototypeNamedParams } from './prototype-params.ts';
import { createRouteTable } from './route-table.ts';
import { writeError } from './write-error.ts';

interface FormattedError {
  message?: string;
  data?: { error?: string; details?: { fields?: Record<string, string[]> } };
}

/** Reshapes the adapter's error body (our errorFormatter's shape) to `{ error, message, details }`. */
function restErrorBody(body: string): string {
  const parsed = JSON.parse(body) as FormattedError;
  const fields = parsed.data?.details?.fields;
  // The adapter swaps an input validation error's message for this generic one; rebuild ours.
  const generic = parsed.message === 'Input validation failed';
  const message = generic && fields ? validationMessage(fields) : (parsed.message ?? 'Internal server error');
  return JSON.stringify({ error: parsed.data?.error ?? 'E_INTERNAL', message, details: parsed.data?.details ?? {} });
}

export function createRestHandler(options: ApiHandlerOptions): ApiHandler {
  const hooks = handlerHooks(options);
  const openApi = createOpenApiNodeHttpHandler({
    router: appRouter,
    createContext: hooks.createContext,
    responseMeta: hooks.responseMeta,
    onError: hooks.onError,
  });

  const routes = createRouteTable(createOpenApiDocument());

  return async (req, res, rawBody) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.slice(REST_PREFIX.length) || '/';
    const allowed = routes.allowed(path);
    if (allowed.length === 0) return writeError(res, 'E_NOT_FOUND', `No route for ${req.method} ${REST_PREFIX}${path}`);
    if (!allowed.includes(req.method ?? '')) {
      res.setHeader('Allow', allowed.join(', '));
      return writeError(res, 'E_METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allowed.join(', ')}`, {
        allowed,
      });
    }

    // Before the adapter gathers the query into a plain object (see prototypeNamedParams).
    const refusedParams = prototypeNamedParams(url.searchParams);
    if (refusedParams.length > 0) {
      const message = 'Not a parameter of this API (names of built-in object properties are refused)';
      const fields = Object.fromEntries(refusedParams.map((name) => [name, [message]]));
      return writeError(res, 'E_VALIDATION', validationMessage(fields), { fields });
    }

    if (rawBody.length === 0) {
      // An empty body has no media type; actions like POST …/restore need none (the adapter insists).
      req.headers['content-type'] ??= 'application/json';
      req.body = undefined;
    } else if (req.headers['content-type']?.startsWith('application/json')) {
      const body = parseJsonBody(rawBody);
      if (!body.ok) return writeError(res, 'E_BAD_REQUEST', body.message);
      req.body = body.value;
    } else {
      req.body = rawBody;
    }
    hooks.remember(req, res);
    // The adapter matches the whole path against the procedures' paths, which omit the mount point.
    req.url = req.url?.slice(REST_PREFIX.length) || '/';

    const result = await capture((captured) => openApi(req, captured));
    const body = result.status >= 400 ? restErrorBody(result.body) : result.body;
    res.writeHead(result.status, {
      ...result.headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };
}
