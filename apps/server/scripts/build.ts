import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { trimSourceMap } from './trim-source-map.ts';

const serverDir = resolve(import.meta.dirname, '..');
const repoDir = resolve(serverDir, '../..');

/** Where `pnpm start` and the bench run the server from. */
export const defaultOutDir = join(serverDir, 'dist');

/**
 * Left to Node at run time, resolved from apps/server/node_modules (each is a dependency of this
 * package): they load native addons or WebAssembly and data files that sit beside their own code.
 * swagger-ui-dist is never imported, only located (docs.ts serves its files), and stays installed.
 */
export const externalPackages = ['@electric-sql/pglite', '@node-rs/argon2', 'sharp'];

/**
 * The bundled CommonJS code calls `require` for Node's own modules, which an ES module lacks; the
 * helpers are for the rewritten `import.meta` of our sources (below).
 */
const banner = [
  "import { createRequire as __bundleCreateRequire } from 'node:module';",
  "import { dirname as __bundleDirname, resolve as __bundleResolve } from 'node:path';",
  "import { fileURLToPath as __bundleFileURLToPath, pathToFileURL as __bundlePathToFileURL } from 'node:url';",
  'const require = __bundleCreateRequire(import.meta.url);',
  'const __bundleDir = __bundleDirname(__bundleFileURLToPath(import.meta.url));',
].join('\n');

/**
 * Our sources find files beside themselves (the migrations, the web app's build) through
 * `import.meta.dirname`/`url`, which in a bundle would name the bundle's folder. Each is rewritten to
 * the source file's own location, relative to the bundle: the bundle runs from the checkout it was
 * built in (its external packages resolve there anyway), wherever that checkout is moved.
 */
function sourceLocations(outDir: string): Plugin {
  return {
    name: 'source-locations',
    setup(builder) {
      builder.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.')) return undefined;
        const dir = JSON.stringify(relative(outDir, dirname(args.path)));
        const file = JSON.stringify(relative(outDir, args.path));
        const contents = text
          .replaceAll(/\bimport\.meta\.dirname\b/g, `__bundleResolve(__bundleDir, ${dir})`)
          .replaceAll(/\bimport\.meta\.filename\b/g, `__bundleResolve(__bundleDir, ${file})`)
          .replaceAll(/\bimport\.meta\.url\b/g, `__bundlePathToFileURL(__bundleResolve(__bundleDir, ${file})).href`);
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * The modules main.ts loads with `import()` by the role of the process: each its own output file, so
 * that a cluster's primary loads no server code.
 */
const roleModules = ['serve', 'cluster-primary'];

function roleEntries(): Plugin {
  const main = join(serverDir, 'src/main.ts');
  const filter = new RegExp(`^\\./(${roleModules.join('|')})\\.ts$`);
  return {
    name: 'role-entries',
    setup(builder) {
      builder.onResolve({ filter }, (args) =>
        args.importer === main ? { path: args.path.replace(/\.ts$/, '.js'), external: true } : undefined,
      );
    },
  };
}

export interface BuildResult {
  outDir: string;
  /** The file to run: `node --enable-source-maps <main>`. */
  main: string;
  /** Bytes of JavaScript written (without source maps). */
  bytes: number;
}

/**
 * Bundles the server (ours and every pure-JavaScript dependency) into `outDir`: main.js, and beside it
 * serve.js (a server process) and cluster-primary.js (a cluster's primary), each whole in itself.
 * Source maps beside them, for our code only (see trimSourceMap) and without the sources' text: stack
 * traces need only the mappings.
 * No chunk is loaded after the start: a build over the one a server is running from (a deploy, then
 * a restart) never pulls a file from under it.
 */
export async function buildServer(outDir = defaultOutDir): Promise<BuildResult> {
  const result = await build({
    absWorkingDir: repoDir,
    entryPoints: Object.fromEntries(
      ['main', ...roleModules].map((name) => [name, join(serverDir, `src/${name}.ts`)] as const),
    ),
    // One folder for every output file: the rewritten `import.meta` paths are relative to it.
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'bundle',
    external: externalPackages,
    sourcemap: 'linked',
    sourcesContent: false,
    banner: { js: banner },
    plugins: [roleEntries(), sourceLocations(outDir)],
    metafile: true,
    logLevel: 'warning',
  });
  // Only our own code keeps its mappings: see trimSourceMap.
  for (const file of Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.map'))) {
    const path = join(repoDir, file);
    const map = JSON.parse(await readFile(path, 'utf8')) as { sources: string[]; mappings: string };
    const trimmed = trimSourceMap(map, (source) => !source.includes('/node_modules/'));
    await writeFile(path, JSON.stringify(trimmed));
  }
  // What an earlier build left that this one did not write.
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => basename(file)));
  for (const name of await readdir(outDir)) {
    if (!written.has(name)) await rm(join(outDir, name), { recursive: true, force: true });
  }
  return { outDir, main: join(outDir, 'main.js'), bytes: outputBytes(result.metafile) };
}

function outputBytes(metafile: Metafile): number {
  return Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .reduce((sum, [, output]) => sum + output.bytes, 0);
}

// Run as a script (`pnpm --filter @ticketing/server build`), not when imported by a test or the bench.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const started = Date.now();
  const { outDir, bytes } = await buildServer();
  console.log(
    `built ${relative(process.cwd(), outDir)}/ (${roleModules.map((name) => `${name}.js`).join(', ')}, main.js: ${(bytes / 1024 ** 2).toFixed(1)} MB of JavaScript) in ${Date.now() - started} ms`,
  );
}
