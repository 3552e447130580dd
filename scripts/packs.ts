// Command-line update packs from a backup file, with the same code the app uses:
//   npm run packs -- make backup.json --plan <id or name> --period <Q3 2017/18 or fy2017q3> --out-dir packs/
//   npm run packs -- check backup.json --plan … --period … returned.xlsx …
// `make` writes one Excel pack per lead officer; `check` reviews returned files against the backup
// (new / changed / unchanged / conflict and every row's problems) without writing anything — the
// returns are taken in in the app, where the author chooses. Exit codes: 0 done, 1 could not, 2 usage.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseSnapshot } from '../shared/backup/snapshot';
import { parsePeriodText } from '../shared/import/values';
import { makePacks, packFileName } from '../shared/packs/make';
import { readReturnFile } from '../shared/packs/read-return';
import { reviewReturns } from '../shared/packs/returns';
import { writeXlsxPack } from '../shared/packs/xlsx-write';
import { writePwpack } from '../shared/packs/pwpack';
import { isLive } from '../shared/records/meta';
import type { ParseBackup } from './export-paper';
import { ranDirectly } from './ran-directly';

export interface PacksIo {
  readonly parseBackup: ParseBackup;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly now?: () => Date;
}

export const USAGE = `Usage:
  npm run packs -- make <backup.json> --plan <id or name> --period <period> [--officer <name>]… [--format xlsx|pwpack|both] --out-dir <folder>
  npm run packs -- check <backup.json> --plan <id or name> --period <period> <returned.xlsx or .pwpack>…

  --plan      the plan's id, or its name (exact, or a part that matches only one plan)
  --period    "Q3 2017/18", "fy2017q3", a custom period's label …
  --officer   only this lead officer (name or short name; repeat for more)
  --format    xlsx (Excel workbooks, the default), pwpack (Panelwright packs) or both
  --out-dir   the folder for the packs (created if missing)
  --by        the name the packs say they came from (default: the backup's user)`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

function findPlan(s: DatabaseSnapshot, q: string) {
  const live = s.plans.filter(isLive);
  const exact = live.filter((p) => p.id === q || p.name === q);
  if (exact.length === 1) return exact[0]!;
  const part = live.filter((p) => p.name.toLowerCase().includes(q.toLowerCase()));
  if (part.length === 1) return part[0]!;
  throw new CliError(
    part.length
      ? `"${q}" matches ${part.length} plans: ${part.map((p) => p.name).join('; ')}. Give more of the name or the id.`
      : `No plan matches "${q}". Plans: ${live.map((p) => p.name).join('; ') || 'none'}.`,
  );
}

export async function runPacksCli(argv: readonly string[], io: PacksIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        plan: { type: 'string' },
        period: { type: 'string' },
        officer: { type: 'string', multiple: true },
        'out-dir': { type: 'string' },
        format: { type: 'string' },
        by: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return (io.out(USAGE), 0);
    const [command, backupPath, ...files] = positionals;
    if ((command !== 'make' && command !== 'check') || !backupPath || !values.plan || !values.period) throw new CliError(USAGE, 2);
    const full = path.resolve(io.cwd, backupPath);
    if (!existsSync(full)) throw new CliError(`No such file: ${backupPath}`);
    const parsed = io.parseBackup(readFileSync(full, 'utf8'));
    if (!parsed.ok) throw new CliError(`${backupPath} is not a valid backup: ${parsed.errors.slice(0, 3).join('; ')}`);
    const s = parsed.snapshot;
    const plan = findPlan(s, values.plan);
    const period = parsePeriodText(values.period, s.customPeriods.filter(isLive));
    if (!period) throw new CliError(`"${values.period}" is not a reporting period (try "Q3 2017/18" or fy2017q3).`);

    if (command === 'make') {
      if (!values['out-dir'] || files.length) throw new CliError(USAGE, 2);
      const format = values.format ?? 'xlsx';
      if (format !== 'xlsx' && format !== 'pwpack' && format !== 'both') throw new CliError(`--format is xlsx, pwpack or both, not "${format}".`, 2);
      const exts = format === 'both' ? (['xlsx', 'pwpack'] as const) : ([format] as const);
      const people = s.people.filter(isLive);
      const personIds = values.officer?.map((name) => {
        const p = people.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.shortName.toLowerCase() === name.toLowerCase());
        if (!p) throw new CliError(`No person is called "${name}".`);
        return p.id;
      });
      const made = makePacks(s, {
        planId: plan.id,
        periodId: period.id,
        by: values.by ?? 'Report author',
        at: (io.now?.() ?? new Date()).toISOString(),
        ...(personIds ? { personIds } : {}),
      });
      if (!made.ok) throw new CliError(made.error);
      const dir = path.resolve(io.cwd, values['out-dir']);
      mkdirSync(dir, { recursive: true });
      for (const p of made.packs)
        for (const ext of exts) {
          const name = packFileName(p, ext);
          writeFileSync(path.join(dir, name), ext === 'xlsx' ? await writeXlsxPack(p) : await writePwpack(p));
          io.out(`${name}  ${p.rows.length} deliverable${p.rows.length === 1 ? '' : 's'}${p.officer?.email ? `  ${p.officer.email}` : ''}`);
        }
      io.out(
        `Made ${made.packs.length} pack${made.packs.length === 1 ? '' : 's'} for ${plan.name}, ${made.packs[0]!.period.label}, in ${path.relative(io.cwd, dir) || '.'}.`,
      );
      if (made.unassigned)
        io.out(
          `${made.unassigned} deliverable${made.unassigned === 1 ? ' has' : 's have'} no lead officer and ${made.unassigned === 1 ? 'is' : 'are'} in no pack.`,
        );
      return 0;
    }

    if (files.length === 0) throw new CliError(USAGE, 2);
    const read = [];
    for (const f of files) {
      const p = path.resolve(io.cwd, f);
      if (!existsSync(p)) throw new CliError(`No such file: ${f}`);
      read.push(await readReturnFile(path.basename(f), new Uint8Array(readFileSync(p))));
    }
    const review = reviewReturns(s, plan.id, period.id, read);
    for (const f of review.files) for (const m of f.messages) io.out(`${f.fileName}${f.ret ? '' : ' (refused)'}: ${m}`);
    for (const r of review.rows)
      io.out(
        `${r.fileName} row ${r.rowNumber}  ${r.ref}  ${r.entry.kind}${r.entry.reason ? `: ${r.entry.reason}` : ''}${r.problems.length ? `  PROBLEM: ${r.problems.join(' ')}` : ''}`,
      );
    const count = (k: string) => review.rows.filter((r) => r.entry.kind === k).length;
    io.out(
      `${review.rows.length} rows: ${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ${count('conflict')} in conflict. Nothing was written: take the returns in in the app.`,
    );
    return review.files.some((f) => !f.ret) ? 1 : 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(
      e instanceof Error && /Unknown option|unexpected argument/i.test(e.message)
        ? `${e.message}\n${USAGE}`
        : `Could not finish: ${e instanceof Error ? e.message : String(e)}`,
    );
    return /Unknown option/i.test(e instanceof Error ? e.message : '') ? 2 : 1;
  }
}

export async function main(): Promise<void> {
  const { parseBackup } = await import('../shared/backup/parse');
  process.exitCode = await runPacksCli(process.argv.slice(2), {
    parseBackup,
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
}

if (ranDirectly(import.meta.url)) void main();
