// Command-line import of a Word paper into a backup file, with the same importer the app uses:
//   npm run import -- paper.docx --out backup.json [--by "Your Name"]
// The backup holds the new paper (and its committee); `npm run export` reads it and Restore in the
// app accepts it. What was not carried over is printed, one line each, with where it was.
// Exit codes: 0 done, 1 could not (missing file, not a Word paper, write failed), 2 wrong usage.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emptySnapshot } from '../shared/backup/snapshot';
import type { DatabaseSnapshot } from '../shared/backup/snapshot';
import { importWordPaper, reportLines, WORD_IMPORT_LIMITS } from '../shared/word-import/index';
import { wordPaperRecords } from '../shared/word-import/records';
import { ranDirectly } from './ran-directly';

export interface ImportIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly serialise: (snapshot: DatabaseSnapshot) => string;
  readonly now?: () => Date;
}

export const USAGE = `Usage:
  npm run import -- <paper.docx> --out <backup.json> [--by "Your Name"]

  --out, -o   the backup file to write (Restore it in the app, or export it with npm run export)
  --by        the name recorded as the paper's author of changes (default "Imported")`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export async function runImportCli(argv: readonly string[], io: ImportIo): Promise<number> {
  try {
    let args;
    try {
      args = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: { out: { type: 'string', short: 'o' }, by: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (e) {
      throw new CliError(`${(e as Error).message}\n\n${USAGE}`, 2);
    }
    if (args.values.help) {
      io.out(USAGE);
      return 0;
    }
    if (args.positionals.length !== 1 || !args.values.out)
      throw new CliError(`${args.positionals.length !== 1 ? 'Give one Word file.' : 'Give --out <backup.json>.'}\n\n${USAGE}`, 2);
    const file = path.resolve(io.cwd, args.positionals[0]!);
    if (!existsSync(file)) throw new CliError(`File not found: ${file}`);
    if (statSync(file).size > WORD_IMPORT_LIMITS.fileBytes)
      throw new CliError(`Not imported: ${file} is larger than ${WORD_IMPORT_LIMITS.fileBytes / 1024 / 1024} MB.`);
    const result = await importWordPaper(new Uint8Array(readFileSync(file)), path.basename(file));
    if (!result.ok) throw new CliError(`Not imported: ${result.error}`);
    const at = (io.now?.() ?? new Date()).toISOString();
    const records = wordPaperRecords(result.draft, { by: args.values.by?.trim() || 'Imported', at }, []);
    const snapshot: DatabaseSnapshot = {
      ...emptySnapshot(),
      committees: records.newCommittee ? [records.newCommittee] : [],
      papers: [records.paper],
      sections: records.sections,
      appendices: records.appendices,
    };
    const target = path.resolve(io.cwd, args.values.out);
    try {
      writeFileSync(target, io.serialise(snapshot));
    } catch (e) {
      throw new CliError(`Could not write ${target}: ${(e as Error).message}`);
    }
    for (const line of reportLines(result.report)) io.out(line);
    io.out(
      `Wrote ${target}: the paper “${records.paper.title}”. Restore it in the app, or: npm run export -- ${path.relative(io.cwd, target) || target} --list`,
    );
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(`Import failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

/** The command as run from a shell (node scripts/cli.mjs runs it from a bundle). */
export async function main(): Promise<void> {
  const { serializeBackup } = await import('../shared/backup/parse');
  const { APP_VERSION } = await import('../renderer/app/version');
  process.exitCode = await runImportCli(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    serialise: (s) => serializeBackup(s, { appVersion: APP_VERSION, exportedAt: new Date().toISOString() }),
  });
}

if (ranDirectly(import.meta.url)) void main();
