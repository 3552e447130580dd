// Command-line export of papers from a backup file, with the same builder the app uses:
//   npm run export -- backup.json --paper <id or title> [--out paper.docx]
//   npm run export -- backup.json --all --out-dir DIR
//   npm run export -- backup.json --list
// Exit codes: 0 done, 1 could not (missing file, invalid backup, no or several matching papers,
// write failed), 2 wrong usage.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseSnapshot } from '../shared/backup/snapshot';
import { ExportRefusedError, exportPaperDocx } from '../shared/docx/export';
import { bundlePaper, findPapers } from '../shared/papers/bundle';
import { paperFileName } from '../shared/papers/file-name';
import type { Paper } from '../shared/papers/model';
import { isLive } from '../shared/records/meta';
import { exportPaperDocxAt } from '../shared/docx/deterministic';
import { versionFile, versionsOf } from '../shared/issued/versions';
import type { Deflater } from '../shared/docx/zip-parts';
import { ranDirectly } from './ran-directly';

export type ParseBackup = (text: string) => { ok: true; snapshot: DatabaseSnapshot; version: number } | { ok: false; errors: string[] };

export interface CliIo {
  readonly parseBackup: ParseBackup;
  /** A native DEFLATE for packing (Node's zlib); without it the docx library zips. */
  readonly deflater?: Deflater;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

export const USAGE = `Usage:
  npm run export -- <backup.json> --paper <id or title> [--version N] [--out paper.docx]
  npm run export -- <backup.json> --all --out-dir <folder>
  npm run export -- <backup.json> --list

  --paper, -p   the paper's id, or its title (exact, or a part that matches only one paper)
  --version     an issued version of the paper: the very file that was issued (checked against
                its SHA-256). An issued paper exports its latest issued version without it.
  --out, -o     where to write the .docx (default: "<meeting date> <title>.docx" here)
  --all         export every paper in the backup (deleted ones excluded)
  --out-dir     the folder for --all (created if missing)
  --list        list the papers: id, title, committee, meeting date, status`;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

function committeeName(snapshot: DatabaseSnapshot, paper: Paper): string {
  return snapshot.committees.find((c) => c.id === paper.cover.committeeId)?.name ?? '';
}

const byDateThenTitle = (a: Paper, b: Paper) => (b.cover.meetingDate || '').localeCompare(a.cover.meetingDate || '') || a.title.localeCompare(b.title);

function describe(snapshot: DatabaseSnapshot, papers: readonly Paper[]): string[] {
  const state = (p: Paper) => {
    const n = versionsOf(snapshot, p.id).length;
    return p.status === 'issued' ? `issued v${n}` : n ? `draft (v${n} issued)` : 'draft';
  };
  const rows = papers.map((p) => [p.id, p.title || '(untitled)', committeeName(snapshot, p) || '-', p.cover.meetingDate || '-', state(p)]);
  const head = ['ID', 'TITLE', 'COMMITTEE', 'MEETING', 'STATUS'];
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)];
}

export function readSnapshot(file: string, io: Pick<CliIo, 'parseBackup' | 'cwd'>): DatabaseSnapshot {
  const full = path.resolve(io.cwd, file);
  if (!existsSync(full)) throw new CliError(`Backup file not found: ${full}`);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (e) {
    throw new CliError(`Could not read ${full}: ${(e as Error).message}`);
  }
  const parsed = io.parseBackup(text);
  if (!parsed.ok) throw new CliError([`Not a valid Panelwright backup: ${full}`, ...parsed.errors.map((e) => `  - ${e}`)].join('\n'));
  return parsed.snapshot;
}

/**
 * The bytes of an issued version: the very file that was issued, checked against its SHA-256. A
 * damaged file is refused (never silently rebuilt); a version kept without a file (marked Final by an
 * older app) is rebuilt from its record, and the caller is told.
 */
async function versionBytes(snapshot: DatabaseSnapshot, paper: Paper, number: number | null, io: CliIo): Promise<Uint8Array> {
  const versions = versionsOf(snapshot, paper.id);
  const v = number === null ? versions.at(-1) : versions.find((x) => x.number === number);
  if (!v)
    throw new CliError(
      number === null
        ? `"${paper.title}" has no issued version.`
        : `"${paper.title}" has no issued version ${number} (it has ${versions.length ? versions.map((x) => x.number).join(', ') : 'none'}).`,
    );
  const file = await versionFile(v);
  if (file.ok) return file.bytes;
  if (file.problem === 'damaged') throw new CliError(`Not exported: ${file.message}`);
  io.err(`Note: ${file.message} Writing a copy rebuilt from the version's record.`);
  return exportPaperDocxAt(v.bundle, v.issuedAt, v.id);
}

async function writePaper(snapshot: DatabaseSnapshot, paper: Paper, target: string, io: CliIo, version: number | null = null): Promise<number> {
  const bundle = bundlePaper(snapshot, paper.id);
  if (!bundle) throw new CliError(`Paper ${paper.id} could not be collected from the backup.`);
  let bytes: Uint8Array;
  try {
    // An issued paper gives out its issued file; --version N any earlier one.
    bytes =
      version !== null || (paper.status === 'issued' && versionsOf(snapshot, paper.id).length > 0)
        ? await versionBytes(snapshot, paper, version, io)
        : await exportPaperDocx(bundle, {}, io.deflater);
  } catch (e) {
    // Something the author must change (an image without alt text): say what, without a stack trace.
    if (e instanceof ExportRefusedError) throw new CliError(`Not exported: "${paper.title}": ${e.message}.`);
    throw e;
  }
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  } catch (e) {
    throw new CliError(`Could not write ${target}: ${(e as Error).message}`);
  }
  return bytes.length;
}

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/** Runs the command; returns the exit code. Errors are reported through `io.err`, never thrown. */
export async function runExportCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let args;
    try {
      args = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          paper: { type: 'string', short: 'p' },
          out: { type: 'string', short: 'o' },
          all: { type: 'boolean' },
          'out-dir': { type: 'string' },
          list: { type: 'boolean' },
          version: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new CliError(`${(e as Error).message}\n\n${USAGE}`, 2);
    }
    const { values, positionals } = args;
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const modes = [values.paper !== undefined, values.all === true, values.list === true].filter(Boolean).length;
    if (positionals.length !== 1 || modes !== 1)
      throw new CliError(`${positionals.length !== 1 ? 'Give one backup file.' : 'Give exactly one of --paper, --all or --list.'}\n\n${USAGE}`, 2);
    if (values.all && values.out) throw new CliError('--all writes one file per paper: use --out-dir, not --out.', 2);
    if (values['out-dir'] && !values.all) throw new CliError('--out-dir goes with --all; for one paper use --out.', 2);
    if (values.all && !values['out-dir']) throw new CliError('--all needs --out-dir <folder>.', 2);

    if (values.version !== undefined && (values.paper === undefined || !/^\d+$/.test(values.version)))
      throw new CliError('--version goes with --paper and is a version number, e.g. --version 2.', 2);
    const version = values.version !== undefined ? Number(values.version) : null;
    const snapshot = readSnapshot(positionals[0]!, io);
    const live = snapshot.papers.filter(isLive).slice().sort(byDateThenTitle);

    if (values.list) {
      if (!live.length) io.out('No papers in this backup.');
      else describe(snapshot, live).forEach((l) => io.out(l));
      return 0;
    }

    if (values.all) {
      const dir = path.resolve(io.cwd, values['out-dir']!);
      if (!live.length) {
        io.out('No papers in this backup: nothing written.');
        return 0;
      }
      const used = new Set<string>();
      for (const paper of live) {
        // two papers with the same date and title must not overwrite each other
        let name = paperFileName(paper);
        for (let n = 2; used.has(name.toLowerCase()); n++) name = paperFileName(paper).replace(/\.docx$/, ` (${n}).docx`);
        used.add(name.toLowerCase());
        const target = path.join(dir, name);
        const size = await writePaper(snapshot, paper, target, io);
        io.out(`Wrote ${target} (${kb(size)})`);
      }
      io.out(`Exported ${live.length} paper${live.length === 1 ? '' : 's'} to ${dir}`);
      return 0;
    }

    const query = values.paper!;
    const matches = findPapers(snapshot, query);
    if (!matches.length) throw new CliError(`No paper matches "${query}". Run with --list to see the papers in this backup.`);
    if (matches.length > 1) {
      throw new CliError(
        [
          `"${query}" matches ${matches.length} papers; give the id of the one you want:`,
          ...describe(snapshot, matches.slice().sort(byDateThenTitle)).map((l) => `  ${l}`),
        ].join('\n'),
      );
    }
    const paper = matches[0]!;
    const target = path.resolve(io.cwd, values.out ?? paperFileName(version === null ? paper : { ...paper, title: `${paper.title} (issued v${version})` }));
    const size = await writePaper(snapshot, paper, target, io, version);
    io.out(`Wrote ${target} (${kb(size)})`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(`Export failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

/** The command as run from a shell (node scripts/cli.mjs runs it from a bundle). */
export async function main(): Promise<void> {
  // Loaded here rather than at the top so the tests can run the command with a stand-in parser.
  const { parseBackup } = await import('../shared/backup/parse');
  const zlib = await import('node:zlib');
  process.exitCode = await runExportCli(process.argv.slice(2), {
    parseBackup,
    // zlib.crc32 is Node 22.2+ (package.json asks for 22.12); level 6, the size the library's gives.
    deflater: { deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }), crc32: (data) => zlib.crc32(data) },
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    // npm runs scripts from the package folder; INIT_CWD is where the user typed the command
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
}

if (ranDirectly(import.meta.url)) void main();
