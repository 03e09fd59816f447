import { fileURLToPath } from 'node:url';
import { createOpenApiDocument } from '@ticketing/api/openapi-document';
import openapiTS, { astToString } from 'openapi-typescript';

export const restTypesFile = fileURLToPath(new URL('./openapi.d.ts', import.meta.url));

const banner =
  '// Generated from the served OpenAPI document by `pnpm --filter @ticketing/client generate:rest-types`. Do not edit.\n';

/** The TypeScript types of the REST API, as openapi-typescript renders the current document. */
export async function renderRestTypes(): Promise<string> {
  const document = createOpenApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)));
  return banner + astToString(ast);
}
