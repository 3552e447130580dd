// `npm start`: build everything (always: simple and correct beats clever), then run the Electron app.
// If Electron cannot run on this machine (its binary cannot be downloaded, or it dies at start-up), say so
// in one line and serve the same renderer to a browser instead. `PANELWRIGHT_BROWSER=1 npm start` goes
// straight to the browser. `PANELWRIGHT_DEBUG=1` shows why Electron failed.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(root, 'dist', 'renderer');
const debug = process.env.PANELWRIGHT_DEBUG === '1';
const browserOnly = process.env.PANELWRIGHT_BROWSER === '1';
/** An Electron that dies within this window counts as "could not start". */
const STARTUP_WINDOW_MS = 5000;

async function buildRenderer() {
  const { build } = await import('vite');
  process.chdir(root); // vite.config.ts gives root: 'renderer' relative to the working directory
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/** Whether the binary is already on disk, checked without letting the electron package download it. */
function electronBinaryPresent() {
  const dir = path.join(root, 'node_modules', 'electron');
  try {
    const rel = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    return rel !== '' && existsSync(path.join(dir, 'dist', rel));
  } catch {
    return false;
  }
}

function collect(child) {
  const chunks = [];
  child.stdout?.on('data', (c) => chunks.push(c));
  child.stderr?.on('data', (c) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * `require('electron')` returns the binary's path, downloading it first if needed (and throwing when it
 * cannot). Done in a child process so a failure cannot take this one down. Resolves { path } or { reason, log }.
 */
function resolveElectronBinary() {
  return new Promise((resolve) => {
    const marker = 'PANELWRIGHT_ELECTRON_PATH=';
    const child = spawn(process.execPath, ['-e', `process.stdout.write('\\n${marker}' + require('electron'))`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = collect(child);
    child.on('error', (error) => resolve({ reason: 'its package could not be loaded', log: String(error) }));
    child.on('close', (code) => {
      const log = output();
      const line = log.split('\n').find((l) => l.startsWith(marker));
      const binary = line?.slice(marker.length).trim();
      if (code === 0 && binary && existsSync(binary)) resolve({ path: binary });
      else resolve({ reason: 'its binary could not be downloaded', log });
    });
  });
}

/** Runs Electron. Resolves { exitCode } when it ran (and has now exited), or { reason, log } when it could not start. */
function runElectron(binary) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
    const child = spawn(binary, ['.'], { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
    let starting = true;
    let early = '';
    child.stderr.on('data', (chunk) => {
      if (starting) early += chunk.toString('utf8');
      else process.stderr.write(chunk);
    });
    const timer = setTimeout(() => {
      starting = false;
      process.stderr.write(early); // it is up: show what it said so far, then stream
    }, STARTUP_WINDOW_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ reason: 'it failed to launch', log: String(error) });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // A quick clean exit is normal (e.g. handing over to an instance that is already open).
      if (starting && code !== 0) resolve({ reason: `it exited at start-up (${signal ?? `code ${code}`})`, log: early });
      else resolve({ exitCode: code ?? 1 });
    });
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        if (child.exitCode === null) child.kill(signal);
      });
    }
  });
}

async function serveInBrowser(intro) {
  const requested = Number.parseInt(process.env.PANELWRIGHT_PORT ?? '', 10);
  const port = Number.isInteger(requested) && requested >= 0 ? requested : 4780;
  const { server, url, fellBack } = await serveStatic({ root: rendererDir, port });
  console.log(intro);
  console.log(`  ${url}`);
  if (fellBack) {
    console.log(`  (port ${port} was busy; browsers keep data per address, so papers saved at port ${port} are not shown here)`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main() {
  console.log('Building Panelwright…');
  try {
    await buildRenderer();
  } catch {
    throw new Error("The renderer did not build (Vite's errors are above); nothing to start.");
  }
  if (browserOnly) {
    await serveInBrowser('Serving Panelwright in your browser (PANELWRIGHT_BROWSER=1):');
    return;
  }
  await buildElectron();
  if (!electronBinaryPresent()) console.log('Fetching the Electron binary (first run only)…');
  const resolved = await resolveElectronBinary();
  const outcome = 'path' in resolved ? await runElectron(resolved.path) : resolved;
  if ('exitCode' in outcome) process.exit(outcome.exitCode);
  if (debug && outcome.log) console.error(outcome.log.trim());
  await serveInBrowser(`Electron could not start here (${outcome.reason}); serving Panelwright in your browser instead:`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
