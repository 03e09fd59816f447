import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderRestTypes, restTypesFile } from '../src/rest/render-rest-types.ts';

describe('the committed REST types', () => {
  it('match what the current OpenAPI document generates (run generate:rest-types when this fails)', async () => {
    const committed = await readFile(restTypesFile, 'utf8');
    const fresh = await renderRestTypes();
    expect(committed.length).toBeGreaterThan(10_000);
    expect(
      fresh === committed,
      'packages/client/src/rest/openapi.d.ts is stale: pnpm --filter @ticketing/client generate:rest-types',
    ).toBe(true);
  });
});
