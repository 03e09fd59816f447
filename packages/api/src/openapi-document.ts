import { errorCodes } from '@ticketing/core/errors';
import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { SESSION_COOKIE } from './http/cookies.ts';
import { addReportCsvResponses, TICKETS_EXPORT_PATH, ticketsExportPathItem } from './http/csv-export-openapi.ts';
import { EVENT_STREAM_PATH, eventStreamPathItem } from './http/event-stream-openapi.ts';
import { addImportStreamResponse } from './http/import-stream-openapi.ts';
import { REST_PREFIX } from './http/mount-points.ts';
import { appRouter } from './root.ts';

const errorSchema = {
  type: 'object' as const,
  description: 'Every error response has this shape.',
  required: ['error', 'message', 'details'],
  additionalProperties: false,
  properties: {
    error: { type: 'string' as const, enum: [...errorCodes], description: 'Stable machine-readable code' },
    message: { type: 'string' as const, description: 'What went wrong, for people' },
    details: {
      type: 'object' as const,
      additionalProperties: true,
      description:
        'Code-specific facts: `fields` (failing input fields) for E_VALIDATION, `currentVersion` and `changedFields` for a stale write, `allowed` for E_INVALID_TRANSITION, `retryAfterSeconds` for E_RATE_LIMITED, `failures` for E_BULK_REJECTED.',
    },
  },
};

const errorResponses: Record<string, string> = {
  '400': 'Invalid input (E_VALIDATION, with the failing fields) or a malformed request',
  '401': 'No valid session or API token (E_UNAUTHENTICATED)',
  '403': 'Signed in but not allowed, or a read-only token on a change (E_FORBIDDEN)',
  '404': 'No such object, or not visible to you (E_NOT_FOUND)',
  '429': 'Too many requests (E_RATE_LIMITED); see Retry-After',
  '500': 'A fault on our side (E_INTERNAL); no details are exposed',
};

const bodyErrorResponses: Record<string, string> = {
  '409': 'Stale version, duplicate, or a rule such as "last admin" (E_CONFLICT)',
  '413': 'Body larger than 1 MB (E_PAYLOAD_TOO_LARGE)',
  '415': 'Body is not JSON (E_UNSUPPORTED_MEDIA_TYPE)',
  '422': 'Not allowed by the ticket lifecycle (E_INVALID_TRANSITION) or a refused bulk update (E_BULK_REJECTED)',
};

const integer = { type: 'integer' as const };
const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed per minute', schema: integer },
  'RateLimit-Remaining': { description: 'Requests left in this minute', schema: integer },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: integer },
};

/**
 * The OpenAPI 3.1 document of every procedure, built from the same router. The adapter's own error
 * schemas are replaced by ours: every error response is `{ error, message, details }`.
 */
export function createOpenApiDocument(serverUrl = REST_PREFIX): OpenAPIObject {
  // Built from the router, which never changes at run time: the REST route table and the served
  // document share one copy instead of generating it twice at start.
  const cached = documents.get(serverUrl);
  if (cached) return cached;
  const document = buildDocument(serverUrl);
  documents.set(serverUrl, document);
  return document;
}

const documents = new Map<string, OpenAPIObject>();

function buildDocument(serverUrl: string): OpenAPIObject {
  const document = generateOpenApiDocument(appRouter, {
    title: 'Ticketing API',
    version: '1.0.0',
    description: [
      'REST view of the ticketing tRPC API: the same procedures, rules and errors.',
      'Dates and times are ISO 8601 strings (`2026-11-24T10:00:00.000Z`); due dates are `YYYY-MM-DD`.',
      'Authenticate with `Authorization: Bearer <token>` (a session token from POST /auth/login or an API token `tkt_…`) or the session cookie.',
      'Errors are `{ "error": "E_…", "message": "…", "details": {} }`. Lists are keyset-paginated: pass `nextCursor` back as `cursor`.',
    ].join('\n\n'),
    baseUrl: serverUrl,
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', description: 'A session token or an API token (tkt_…)' },
      cookieAuth: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
    },
  });

  // The live event stream is no procedure of the adapter's (see http/event-stream-openapi.ts).
  const feed = document.paths?.['/events']?.get;
  if (!feed) throw new Error('the OpenAPI document lacks GET /events, which the event stream extends');
  const list = document.paths?.['/tickets']?.get;
  if (!list) throw new Error('the OpenAPI document lacks GET /tickets, which the export extends');
  document.paths = {
    ...document.paths,
    [EVENT_STREAM_PATH]: eventStreamPathItem(feed),
    [TICKETS_EXPORT_PATH]: ticketsExportPathItem(list),
  };
  addReportCsvResponses(document.paths);
  addImportStreamResponse(document.paths);

  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).filter(([name]) => !name.startsWith('error.')),
  );
  document.components = { ...document.components, schemas: { ...schemas, Error: errorSchema } };

  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const operation = pathItem[method];
      if (!operation) continue;
      const codes = { ...errorResponses, ...(method === 'get' ? {} : bodyErrorResponses) };
      const responses = Object.fromEntries(
        Object.entries(operation.responses ?? {}).filter(([status]) => Number(status) < 400),
      );
      for (const [status, response] of Object.entries(responses)) {
        responses[status] = { ...response, headers: rateLimitHeaders };
      }
      for (const [status, description] of Object.entries(codes)) {
        responses[status] = {
          description,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
      }
      operation.responses = responses;
    }
  }
  return document;
}
