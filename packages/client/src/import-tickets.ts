import { ApiError } from './errors.ts';
import type { RouterInputs, RouterOutputs } from './types.ts';

export type ImportInput = RouterInputs['projects']['import'];
export type ImportResult = RouterOutputs['projects']['import'];

/** How far an import has come: `checked` once its rows passed, then `created` after each batch. */
export interface ImportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
  /** The server's origin; the page's own in a browser. */
  baseUrl?: string;
  /** An `authorization` header outside a browser (a browser sends its session cookie). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

type Line =
  | { progress: ImportProgress }
  | { result: ImportResult }
  | { error: string; message: string; details?: Record<string, unknown> };

const failure = (body: { error?: string; message?: string; details?: Record<string, unknown> }, status: number) =>
  new ApiError(body.error ?? 'E_INTERNAL', body.message ?? `The import failed (${status})`, body.details ?? {});

/**
 * `projects.import` with its progress: the REST call asked for NDJSON, which streams a line per batch
 * once the rows have passed their checks. Resolves with the import's result; rejects with an
 * `ApiError` (what `problemOf` reads) when the API refuses it or writing fails (nothing is kept then).
 */
export async function importTickets(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const response = await fetch(`${options.baseUrl ?? ''}/api/v1/projects/${encodeURIComponent(input.key)}/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/x-ndjson', ...options.headers },
    body: JSON.stringify({ csv: input.csv, dryRun: input.dryRun ?? false }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.headers.get('content-type')?.startsWith('application/x-ndjson') || !response.body) {
    const body = (await response.json()) as ImportResult & { error?: string; message?: string };
    if (!response.ok) throw failure(body, response.status);
    return body;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    pending += value ?? '';
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines.filter(Boolean)) {
      const line = JSON.parse(text) as Line;
      if ('progress' in line) options.onProgress?.(line.progress);
      else if ('result' in line) return line.result;
      else throw failure(line, response.status);
    }
    if (done) break;
  }
  throw new ApiError(
    'E_NETWORK',
    'The answer to the import was cut off: reload the project to see whether its tickets were created.',
  );
}
