// Bundles the Electron main process and preload into dist/electron/*.cjs with esbuild, and the schema
// validator's worker into dist/electron/validate-worker.mjs.
// Only `electron` stays external: a sandboxed preload cannot require anything else, and one file per
// process keeps the packaged app simple. Usable as a script (npm run build:electron) or imported.

import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 ships Node 22 and a current Chromium. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

export async function buildElectron() {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
    // The Open XML schema validator's worker (electron/validate-docx.ts): the same worker as npm run
    // check, with the validator (45 MB, its .NET runtime inlined) bundled in, as an ES module.
    build({ ...common, format: 'esm', sourcemap: false, entryPoints: ['scripts/check/validate-worker.mjs'], outfile: 'dist/electron/validate-worker.mjs' }),
  ]);
  return { main: path.join(root, 'dist/electron/main.cjs'), preload: path.join(root, 'dist/electron/preload.cjs') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron()
    .then(({ main, preload }) => console.log(`Built ${path.relative(root, main)} and ${path.relative(root, preload)}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
