// Runs a command-line tool (npm run export / import …) as one bundled ES module with plain node.
// Compiling the TypeScript sources at every start (tsx) cost more than the export itself, so each
// tool is bundled once with esbuild into .cache/cli/<tool>.mjs and rebuilt only when one of the
// files it was built from is newer than the bundle (the list comes from esbuild's metafile), so an
// edited source never runs stale. V8's compiled code for the bundle is kept too (node's compile
// cache, in .cache/cli/compiled): compiling the 2 MB bundle at every start cost ~0.1 s of each run.
//   node scripts/cli.mjs <tool> [args…]
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each tool's entry module; it exports `main()`, which reads process.argv and sets process.exitCode. */
export const TOOLS = {
  export: 'scripts/export-paper.ts',
  import: 'scripts/import-paper.ts',
  check: 'scripts/check.ts',
  packs: 'scripts/packs.ts',
};

// PANELWRIGHT_CLI_CACHE moves the bundles (tests use a folder of their own).
const cacheDir = () => process.env.PANELWRIGHT_CLI_CACHE || path.join(root, '.cache', 'cli');
const bundleOf = (tool) => path.join(cacheDir(), `${tool}.mjs`);
const inputsOf = (tool) => path.join(cacheDir(), `${tool}.inputs.json`);

/** True when the bundle is missing or older than any file it was built from (or that list is unreadable). */
export function isStale(tool) {
  const bundle = bundleOf(tool);
  if (!existsSync(bundle) || !existsSync(inputsOf(tool))) return true;
  const built = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsOf(tool), 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return true;
  for (const file of inputs) {
    const full = path.join(root, file);
    if (!existsSync(full) || statSync(full).mtimeMs > built) return true;
  }
  return false;
}

/** Bundles one tool: its sources and their npm packages in one file, Node's own modules left out. */
export async function buildTool(tool) {
  const { build } = await import('esbuild');
  const { writeFileSync, mkdirSync, renameSync } = await import('node:fs');
  const entry = TOOLS[tool];
  mkdirSync(path.dirname(bundleOf(tool)), { recursive: true });
  const result = await build({
    absWorkingDir: root,
    stdin: {
      contents: `import './scripts/cli-setup.ts';\nimport { main } from './${entry}';\nawait main();\n`,
      resolveDir: root,
      sourcefile: `${tool}-cli.ts`,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundleOf(tool),
    write: false,
    metafile: true,
    // Smaller to parse at every start; names kept for readable stack traces (map beside it).
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    // Packages written as CommonJS call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
  });
  // Written beside and renamed into place: two commands started together never read half a bundle.
  const put = (file, contents) => {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, contents);
    renameSync(tmp, file);
  };
  for (const out of result.outputFiles) put(out.path, out.contents);
  const stdinName = `${tool}-cli.ts`;
  const inputs = Object.keys(result.metafile.inputs).filter((f) => f !== stdinName && !f.includes('<'));
  // Also the package manifests, so `npm ci` with new versions rebuilds.
  inputs.push('package-lock.json');
  put(inputsOf(tool), JSON.stringify(inputs));
}

export async function runTool(tool) {
  if (isStale(tool)) await buildTool(tool);
  // Keyed by the bundle's contents, so a rebuilt bundle is compiled afresh; without write access it
  // only reports a status, never throws. (module.enableCompileCache is Node 22.1+.)
  module.enableCompileCache?.(path.join(cacheDir(), 'compiled'));
  await import(pathToFileURL(bundleOf(tool)).href);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const tool = process.argv[2];
  if (!tool || !Object.prototype.hasOwnProperty.call(TOOLS, tool)) {
    console.error(`Usage: node scripts/cli.mjs <${Object.keys(TOOLS).join('|')}> [arguments]`);
    process.exit(2);
  }
  // The tool reads its own arguments from process.argv.slice(2), as when it is run directly.
  process.argv.splice(2, 1);
  // For npm run bench: the process's own peak memory, on stderr as it exits.
  if (process.env.PANELWRIGHT_CLI_REPORT_RSS) process.on('exit', () => console.error(`panelwright-peak-rss-kib=${process.resourceUsage().maxRSS}`));
  await runTool(tool);
}
