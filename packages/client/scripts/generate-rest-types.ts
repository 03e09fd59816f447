import { writeFile } from 'node:fs/promises';
import { renderRestTypes, restTypesFile } from '../src/rest/render-rest-types.ts';

// `pnpm --filter @ticketing/client generate:rest-types`: rewrites the committed REST types from the
// OpenAPI document the server serves. A test fails while they are stale.
await writeFile(restTypesFile, await renderRestTypes());
console.log(`wrote ${restTypesFile}`);
