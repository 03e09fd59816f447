import SwaggerParser from '@apidevtools/swagger-parser';
import type { AnyProcedure } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createOpenApiDocument } from '../src/openapi-document.ts';
import { appRouter } from '../src/root.ts';

const document = createOpenApiDocument();

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 according to swagger-parser', async () => {
    expect(document.openapi).toBe('3.1.0');
    // validate() dereferences in place; give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('documents every error response with the {error, message, details} schema', () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      (['get', 'post', 'patch', 'delete'] as const).flatMap((method) => (item[method] ? [item[method]] : [])),
    );
    expect(operations.length).toBeGreaterThan(30);
    for (const operation of operations) {
      const errors = Object.entries(operation.responses ?? {}).filter(([status]) => Number(status) >= 400);
      expect(errors.length).toBeGreaterThanOrEqual(6);
      for (const [, response] of errors) {
        expect(response).toMatchObject({
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        });
      }
    }
    expect(Object.keys(document.components?.schemas ?? {}).filter((name) => name.startsWith('error.'))).toEqual([]);
  });

  it('has one REST operation per procedure (parity by construction)', () => {
    // At runtime _def.procedures is flat, keyed by dotted path; its static type is the nested record.
    const procedures = Object.values(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);
    const operationCount = Object.values(document.paths ?? {}).reduce(
      (sum, item) => sum + (['get', 'post', 'patch', 'put', 'delete'] as const).filter((method) => item[method]).length,
      0,
    );
    // Plus GET /tickets/export.csv, which streams CSV and is no procedure (the event stream is one:
    // events.subscribe).
    expect(operationCount).toBe(procedures.length + 1);
    expect(document.paths?.['/tickets/export.csv']?.get?.operationId).toBe('tickets-export');
  });

  it('declares bearer and cookie security, and leaves sign-in open', () => {
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(['bearerAuth', 'cookieAuth']);
    // No document-wide requirement, so an operation without one is open.
    expect(document.security).toBeUndefined();
    expect(document.paths?.['/auth/login']?.post?.security).toBeUndefined();
    expect(document.paths?.['/auth/me']?.get?.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);
  });
});
