import type { OpenAPIObject } from 'trpc-to-openapi';

export const NDJSON = 'application/x-ndjson';
/** The import, under the REST mount point; it also streams its progress when asked for NDJSON. */
export const IMPORT_PATH = '/projects/{key}/import';

/** Documents the streamed answer of the import beside its JSON. */
export function addImportStreamResponse(paths: NonNullable<OpenAPIObject['paths']>): void {
  const success = paths[IMPORT_PATH]?.post?.responses?.['200'];
  if (!success || !('content' in success)) {
    throw new Error(`the OpenAPI document lacks POST ${IMPORT_PATH}, which streams with Accept: ${NDJSON}`);
  }
  success.content = {
    ...success.content,
    [NDJSON]: {
      schema: {
        type: 'string',
        description:
          'One JSON object per line: `{"progress":{"phase":"checked"|"created","done":n,"total":n}}` as the import goes, then `{"result":ImportResult}`, or an error object `{"error","message","details"}` if writing failed (nothing was kept).',
      },
    },
  };
}
