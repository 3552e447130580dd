// The command line as the README tells users to run it: `npm run export` is `node scripts/cli.mjs
// export`, a bundle built on first use and rebuilt when a source it was built from changes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const cache = mkdtempSync(path.join(tmpdir(), 'pw-cli-'));
const SAMPLE = path.join(root, 'assets', 'sample-backup.json');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PANELWRIGHT_CLI_CACHE: cache, INIT_CWD: cache },
  });

afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('npm run export / import (bundled command line)', () => {
  it('exports the sample paper from a bundle built on first use, and reuses the bundle after', () => {
    const first = run('export', SAMPLE, '--paper', 'Update Report', '--out', 'first.docx');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const docx = readFileSync(path.join(cache, 'first.docx'));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const built = statSync(path.join(cache, 'export.mjs')).mtimeMs;

    const second = run('export', SAMPLE, '--list');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Update Report');
    expect(statSync(path.join(cache, 'export.mjs')).mtimeMs).toBe(built);
    // V8's compiled code is kept beside the bundle, so later starts skip compiling it (~0.1 s).
    expect(readdirSync(path.join(cache, 'compiled'), { recursive: true }).length).toBeGreaterThan(0);
  }, 120_000);

  it('a bundle run directly runs its tool once, as through cli.mjs', () => {
    const viaCli = run('export', SAMPLE, '--list');
    expect(viaCli.status).toBe(0);
    const direct = spawnSync(process.execPath, [path.join(cache, 'export.mjs'), SAMPLE, '--list'], { cwd: root, encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe(viaCli.stdout);
  }, 120_000);

  it('rebuilds when a file the bundle was built from is newer than the bundle, so an edit never runs stale', () => {
    run('export', SAMPLE, '--list');
    const inputsFile = path.join(cache, 'export.inputs.json');
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
    expect(inputs).toContain('scripts/export-paper.ts');
    expect(inputs.some((f) => f.startsWith('shared/docx/'))).toBe(true);
    // Pretend the bundle was built long ago, before its sources were last written.
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(path.join(cache, 'export.mjs'), old, old);
    const again = run('export', SAMPLE, '--list');
    expect(again.status).toBe(0);
    expect(statSync(path.join(cache, 'export.mjs')).mtimeMs).toBeGreaterThan(old.getTime());
    // A damaged list of inputs also means: build again.
    writeFileSync(inputsFile, 'not json');
    expect(run('export', SAMPLE, '--list').status).toBe(0);
    expect(JSON.parse(readFileSync(inputsFile, 'utf8'))).toEqual(inputs);
  }, 120_000);

  it('keeps the tools’ own exit codes and messages, and names the tools when given another', () => {
    const missing = run('export', 'no-such-backup.json', '--list');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such-backup\.json/);
    // A small backup is validated without zod’s compiled validators (cli-setup.ts): still every problem named.
    const damaged = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { data: { papers: { title: unknown }[]; sections: { paperId: unknown }[] } };
    damaged.data.papers[0]!.title = 42;
    damaged.data.sections[0]!.paperId = 7;
    writeFileSync(path.join(cache, 'damaged.json'), JSON.stringify(damaged));
    const invalid = run('export', path.join(cache, 'damaged.json'), '--list');
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('papers[0].title: expected text, found 42');
    expect(invalid.stderr).toContain('sections[0].paperId: expected an id (text), found 7');
    const wrong = run('frobnicate');
    expect(wrong.status).toBe(2);
    // Every tool is named: export, import and the ones added since (check, packs …).
    expect(wrong.stderr).toMatch(/<export\|import(\|[a-z]+)*>/);
    const imp = run('import');
    expect(imp.status).toBe(2);
    const check = run('check', 'no-such-paper.docx');
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^Could not read .*no-such-paper\.docx: no such file/);
  }, 120_000);
});
