import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../shared/backup/parse';
import { fillXlsxPack } from '../shared/packs/test-fixtures';
import { runPacksCli } from './packs';

const dir = mkdtempSync(join(tmpdir(), 'pw-packs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { parseBackup, out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd: process.cwd(), now: () => new Date('2018-01-05T10:00:00Z') },
  };
}

describe('npm run packs', () => {
  it('make writes one Excel pack per lead officer; check reviews a returned one without writing', async () => {
    const made = io();
    expect(
      await runPacksCli(
        ['make', 'assets/sample-backup.json', '--plan', 'Police and Crime', '--period', 'Q3 2017/18', '--out-dir', join(dir, 'packs')],
        made.io,
      ),
    ).toBe(0);
    const files = readdirSync(join(dir, 'packs'));
    expect(made.out.at(-1)).toMatch(new RegExp(`^Made ${files.length} packs for Police and Crime Plan \\(2016-18\\), Q3 2017/18`));
    const kd = files.find((f) => f.endsWith('- KD.xlsx'))!;
    const filled = await fillXlsxPack(new Uint8Array(readFileSync(join(dir, 'packs', kd))), [{ status: 'R – Red', text: '' }]);
    writeFileSync(join(dir, 'kd-return.xlsx'), filled);
    const checked = io();
    expect(
      await runPacksCli(['check', 'assets/sample-backup.json', '--plan', 'Police and Crime', '--period', 'fy2017q3', join(dir, 'kd-return.xlsx')], checked.io),
    ).toBe(0);
    expect(checked.out[0]).toMatch(/^kd-return\.xlsx row 4 {2}\S+ {2}new {2}PROBLEM: Write an update: it is required for Red\.$/);
  });

  it('make --format both writes an Excel and a Panelwright pack per officer; check refuses the pack as sent, which is not a return', async () => {
    const made = io();
    const out = join(dir, 'both');
    expect(
      await runPacksCli(
        ['make', 'assets/sample-backup.json', '--plan', 'Police and Crime', '--period', 'Q3 2017/18', '--format', 'both', '--out-dir', out],
        made.io,
      ),
    ).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.pwpack'))).toHaveLength(files.filter((f) => f.endsWith('.xlsx')).length);
    const pw = files.find((f) => f.endsWith('.pwpack'))!;
    expect(JSON.parse(readFileSync(join(out, pw), 'utf8'))).toMatchObject({ format: 'panelwright-update-pack', version: 1, kind: 'pack' });
    const checked = io();
    expect(await runPacksCli(['check', 'assets/sample-backup.json', '--plan', 'Police and Crime', '--period', 'fy2017q3', join(out, pw)], checked.io)).toBe(1);
    expect(checked.out[0]).toMatch(/\(refused\): This is the update pack as it was sent, not a return/);
    const bad = io();
    expect(
      await runPacksCli(['make', 'assets/sample-backup.json', '--plan', 'Police', '--period', 'fy2017q3', '--format', 'pdf', '--out-dir', out], bad.io),
    ).toBe(2);
    expect(bad.err).toEqual(['--format is xlsx, pwpack or both, not "pdf".']);
  });

  it('says how to use it, and names a plan that does not match', async () => {
    const a = io();
    expect(await runPacksCli(['make', 'assets/sample-backup.json'], a.io)).toBe(2);
    expect(a.err[0]).toMatch(/^Usage:/);
    const b = io();
    expect(await runPacksCli(['make', 'assets/sample-backup.json', '--plan', 'Nope', '--period', 'fy2017q3', '--out-dir', dir], b.io)).toBe(1);
    expect(b.err[0]).toBe('No plan matches "Nope". Plans: Police and Crime Plan (2016-18).');
  });
});
