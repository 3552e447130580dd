// Is this module the command being run (`tsx scripts/export-paper.ts …`)? Inside a command-line bundle
// (scripts/cli.mjs) the bundle's own entry calls main(); there every module's import.meta.url is the
// bundle's, so the usual check would be true too and main() would run twice when the bundle is run
// directly. cli-setup.ts, first in every bundle, marks it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED = Symbol.for('panelwright.cli-bundle');

export function markBundled(): void {
  (globalThis as Record<symbol, unknown>)[BUNDLED] = true;
}

export function ranDirectly(moduleUrl: string): boolean {
  if ((globalThis as Record<symbol, unknown>)[BUNDLED]) return false;
  return !!process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}
