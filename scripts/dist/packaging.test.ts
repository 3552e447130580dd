// The installers' packaging, checked without Electron's binary (it cannot be downloaded here):
// electron-builder's own validation of the configuration, a real `electron-builder --dir` run for Linux
// against a stand-in Electron, the afterPack hook on stand-in binaries for every platform, the icons.
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron-builder.config.mjs';
import afterPack, { packagedBinary } from './after-pack.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses/dist/constants.js
// Electron's own defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-asar off, V8 snapshot off, file:// privileges on.
const ELECTRON_DEFAULTS = '10110001';

/** A stand-in Electron binary: bytes around one fuse wire per slice (two in a universal binary). */
function standInBinary(file: string, slices = 1) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const slice = Buffer.concat([Buffer.from('stand-in code '), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULTS), Buffer.from(' more code ')]);
  fs.writeFileSync(file, Buffer.concat(Array.from({ length: slices }, () => slice)), { mode: 0o755 });
}

/** Each fuse wire in the file as a string of '0'/'1' (all slices). */
function wires(file: string): string[] {
  const bytes = fs.readFileSync(file);
  const found: string[] = [];
  for (let at = bytes.indexOf(SENTINEL); at !== -1; at = bytes.indexOf(SENTINEL, at + 1)) {
    const start = at + SENTINEL.length + 2;
    found.push(bytes.subarray(start, start + bytes[at + SENTINEL.length + 1]!).toString('latin1'));
  }
  return found;
}

// RunAsNode 0, cookies 1, NODE_OPTIONS 0, inspect 0, integrity 1 (0 on Linux), only asar 1, snapshot as was, file:// 0.
const WIN_MAC = '01001100';
const LINUX = '01000100';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'panelwright-packaging-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('electron-builder configuration', () => {
  it("passes electron-builder's own validation, which refuses an unknown option", async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), fileAsociations: [] }, new DebugLogger(false))).rejects.toThrow(/fileAsociations/);
  });

  it('has the icons at every size it names', () => {
    expect(fs.existsSync(path.join(root, config.icon as string))).toBe(true);
    const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
    for (const size of sizes) {
      const file = path.join(root, config.linux!.icon as string, `${size}x${size}.png`);
      const png = fs.readFileSync(file);
      expect(png.readUInt32BE(16), file).toBe(size);
      expect(png.readUInt32BE(20), file).toBe(size);
    }
    expect(fs.readFileSync(path.join(root, config.icon as string)).readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });
});

describe('afterPack hook', () => {
  const context = (platform: string, arch: number, appOutDir: string) =>
    ({ appOutDir, electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'panelwright' }, executableName: 'panelwright' } }) as never;

  it('sets the fuses in panelwright.exe on Windows', async () => {
    const dir = path.join(tmp, 'win');
    standInBinary(path.join(dir, 'panelwright.exe'));
    expect(await afterPack(context('win32', 1, dir))).toEqual({ binary: path.join(dir, 'panelwright.exe'), wires: 1 });
    expect(wires(path.join(dir, 'panelwright.exe'))).toEqual([WIN_MAC]);
  });

  it('sets the fuses in the Electron Framework of panelwright.app, both slices of a universal binary', async () => {
    const dir = path.join(tmp, 'mac');
    const framework = path.join(dir, 'panelwright.app/Contents/Frameworks/Electron Framework.framework/Electron Framework');
    standInBinary(framework, 2);
    expect(packagedBinary(context('darwin', 4, dir))).toBe(path.join(dir, 'panelwright.app'));
    // The per-arch slices electron-builder packs before merging are left to the merged app.
    const slice = path.join(tmp, 'mac-x64-temp/panelwright.app/Contents/Frameworks/Electron Framework.framework/Electron Framework');
    standInBinary(slice);
    expect(await afterPack(context('darwin', 1, path.join(tmp, 'mac-x64-temp')))).toBeNull();
    expect(wires(slice)).toEqual([ELECTRON_DEFAULTS]);
    expect(await afterPack(context('darwin', 4, dir))).toEqual({ binary: path.join(dir, 'panelwright.app'), wires: 2 });
    expect(wires(framework)).toEqual([WIN_MAC, WIN_MAC]);
  });

  it('sets the fuses in panelwright on Linux, without asar integrity (Electron has none there)', async () => {
    const dir = path.join(tmp, 'linux');
    standInBinary(path.join(dir, 'panelwright'));
    await afterPack(context('linux', 1, dir));
    expect(wires(path.join(dir, 'panelwright'))).toEqual([LINUX]);
  });

  it('refuses a platform it has no binary for, rather than packaging without fuses', async () => {
    await expect(afterPack(context('freebsd', 1, tmp))).rejects.toThrow(/no Electron binary known/);
  });
});

describe('electron-builder --dir for Linux against a stand-in Electron', () => {
  const project = path.join(tmp, 'project');
  const appOut = path.join(project, 'release/linux-unpacked');
  let result: ReturnType<typeof spawnSync>;
  let rendererFiles: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(project, { recursive: true });
    for (const file of ['package.json', 'electron-builder.config.mjs']) fs.copyFileSync(path.join(root, file), path.join(project, file));
    for (const dir of ['scripts/dist', 'build', 'electron']) fs.cpSync(path.join(root, dir), path.join(project, dir), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    // The built app: the two processes with esbuild (source maps beside them, as npm run build makes),
    // the renderer from npm run build when there is one, else a small build of its shape.
    const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', external: ['electron'], sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };
    await build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(project, 'dist/electron/main.cjs') });
    await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(project, 'dist/electron/preload.cjs') });
    fs.writeFileSync(path.join(project, 'dist/electron/validate-worker.mjs'), 'export {};\n');
    const renderer = path.join(project, 'dist/renderer');
    if (fs.existsSync(path.join(root, 'dist/renderer/index.html'))) fs.cpSync(path.join(root, 'dist/renderer'), renderer, { recursive: true });
    else {
      fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>\n');
      fs.writeFileSync(path.join(renderer, 'assets/index.js'), 'console.log(1);\n//# sourceMappingURL=index.js.map\n');
      fs.writeFileSync(path.join(renderer, 'assets/index.js.map'), '{}');
    }
    rendererFiles = fs
      .readdirSync(renderer, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.map'))
      .map((e) => '/' + path.relative(project, path.join(e.parentPath, e.name)));
    // The stand-in Electron for Linux: its executable and resources folder.
    const electronDist = path.join(tmp, 'electron-dist');
    fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true });
    standInBinary(path.join(electronDist, 'electron'));
    // electron-builder walks node_modules itself instead of asking `npm ls` (30 s here), as it does
    // when no package manager is detected; it collects the same production dependencies.
    result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--config',
        'electron-builder.config.mjs',
        `-c.electronDist=${electronDist}`,
        '--publish',
        'never',
      ],
      { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_user_agent: 'traversal', CSC_LINK: '', PANELWRIGHT_UPDATE_URL: '' } },
    );
  }, 120_000);

  it('packages without error', () => {
    expect(result.status, `${String(result.stdout)}\n${String(result.stderr)}`).toBe(0);
  });

  it("stages exactly the app's files: no node_modules, tests, sources or source maps", () => {
    const asar = path.join(appOut, 'resources/app.asar');
    const files = listPackage(asar, { isPack: false }).filter((entry) => path.extname(entry) !== '' || entry.endsWith('/package.json'));
    const inAsar = files.filter((f) => !f.startsWith('/dist/electron/validate-worker'));
    expect(inAsar.sort()).toEqual(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', ...rendererFiles].sort());
    // The schema validator's worker starts from a real file, beside the archive.
    expect(fs.existsSync(path.join(appOut, 'resources/app.asar.unpacked/dist/electron/validate-worker.mjs'))).toBe(true);
    expect(fs.readdirSync(path.join(appOut, 'resources/app.asar.unpacked'), { recursive: true })).toEqual(['dist', 'dist/electron', 'dist/electron/validate-worker.mjs']);
  });

  it('flipped the fuses in the packaged binary', async () => {
    const wire = await getCurrentFuseWire(path.join(appOut, 'panelwright'));
    // Read back as @electron/fuses reads it: the state bytes '0' (48, off) and '1' (49, on).
    const byIndex = wire as unknown as Record<number, number>;
    const states = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => byIndex[i]!);
    expect(String.fromCharCode(...states)).toBe(LINUX);
  });
});
