import { generateOpenApiDocument } from 'trpc-to-openapi';
import { SESSION_COOKIE } from './http/cookies.ts';
import { REST_PREFIX } from './http/rest-handler.ts';
import { appRouter } from './root.ts';

/** The OpenAPI 3.1 document of every procedure with REST metadata, built from the same router. */
export function createOpenApiDocument(serverUrl = REST_PREFIX) {
  return generateOpenApiDocument(appRouter, {
    title: 'Ticketing API',
    version: '1.0.0',
    description:
      'REST view of the ticketing tRPC API. Dates are ISO 8601 strings. Errors are `{ "error": "E_…", "message": "…", "details": {} }`.',
    baseUrl: serverUrl,
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', description: 'A session token from POST /auth/login' },
      cookieAuth: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
    },
  });
}
