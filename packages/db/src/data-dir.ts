import { resolve } from 'node:path';

/**
 * Resolves DATA_DIR (default `.data`) against the directory the user ran the command from:
 * pnpm runs package scripts inside the package folder but records the caller's one in INIT_CWD.
 */
export function resolveDataDir(value: string | undefined): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), value ?? '.data');
}
