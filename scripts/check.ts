// `npm run check`: the Check (shared/check) from the command line, on a paper in a backup or on any
// Word file, printing the same findings the app's Check panel shows.
//   npm run check -- backup.json --paper <id or title> [--json] [--no-schema]
//   npm run check -- FILE.docx [--json] [--no-schema]
// Exit codes: 0 no Errors (warnings and tips may be printed), 1 Errors found or the file could not be
// checked (one line saying why), 2 wrong usage.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ExportRefusedError, exportPaperDocx } from '../shared/docx/export';
import { PackageProblem } from '../shared/ooxml/package';
import { OfficePackage } from '../shared/ooxml/package';
import { bundlePaper, findPapers } from '../shared/papers/bundle';
import type { OoxmlDoc } from '../shared/check/ooxml-doc';
import { readOoxmlDoc } from '../shared/check/ooxml-doc';
import { CHECK_LIMITS } from '../shared/check/read';
import { reportJson, reportLines } from '../shared/check/report';
import { applyAccepted, checkDocx, checkPaper } from '../shared/check/run';
import { clearanceFacts, overrideAcceptances } from '../shared/check/rules/clearance';
import { latestVersion } from '../shared/issued/versions';
import { isLive } from '../shared/records/meta';
import type { CliIo } from './export-paper';
import { CliError, readSnapshot } from './export-paper';
import { validateOoxml } from './check/validate';
import { ranDirectly } from './ran-directly';

export const USAGE = `Usage:
  npm run check -- <backup.json> --paper <id or title> [--json] [--no-schema]
  npm run check -- <file.docx> [--json] [--no-schema]

  --paper, -p   the paper's id, or its title (exact, or a part that matches only one paper)
  --json        print the findings as JSON
  --no-schema   skip the Open XML schema check (the slowest part)
  --timeout     seconds the schema check may take (default 120)

  Exit code 1 when there are Errors that have not been accepted.`;

/** Largest .docx the command reads (a paper with many pictures is a few tens of MB). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

const MESSAGES = {
  notZip: 'is not a Word document (.docx): it could not be opened as one.',
  damaged: 'is damaged or incomplete and cannot be read. Open it in Word, save it again and retry.',
};

/** Opens the package within the inflate budget, inflating every part once, so the validator only ever sees what fit. */
async function readWord(bytes: Uint8Array, name: string, schema: { run: boolean; timeoutMs: number }): Promise<{ doc: OoxmlDoc; notes: string[] }> {
  let pkg: OfficePackage;
  try {
    pkg = await OfficePackage.open(bytes, CHECK_LIMITS, { notZip: `${name} ${MESSAGES.notZip}`, damaged: `${name} ${MESSAGES.damaged}` });
    for (const part of pkg.partNames()) await pkg.bytes(part);
    const doc = await readOoxmlDoc(pkg);
    if (!schema.run) return { doc, notes: ['the Open XML schema check was skipped (--no-schema).'] };
    const result = await validateOoxml(bytes, schema.timeoutMs);
    return result.ok ? { doc: { ...doc, schemaErrors: result.errors }, notes: [] } : { doc, notes: [`${result.message}; the other rules ran.`] };
  } catch (e) {
    if (e instanceof PackageProblem) throw new CliError(`Not checked: ${e.message.startsWith(name) ? e.message : `${name}: ${e.message}`}`);
    throw e;
  }
}

export async function runCheckCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let args;
    try {
      args = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          paper: { type: 'string', short: 'p' },
          json: { type: 'boolean' },
          'no-schema': { type: 'boolean' },
          timeout: { type: 'string' },
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
    if (positionals.length !== 1) throw new CliError(`Give one backup file or one .docx.\n\n${USAGE}`, 2);
    if (values.timeout !== undefined && !/^\d+$/.test(values.timeout)) throw new CliError('--timeout is a number of seconds, e.g. --timeout 60.', 2);
    const schema = { run: !values['no-schema'], timeoutMs: Number(values.timeout ?? 120) * 1000 };
    const file = path.resolve(io.cwd, positionals[0]!);
    const isDocx = /\.docx$/i.test(file);
    if (isDocx && values.paper !== undefined) throw new CliError('--paper goes with a backup file; a .docx is checked as it is.', 2);
    if (!isDocx && values.paper === undefined) throw new CliError(`A backup needs --paper <id or title> (or give a .docx).\n\n${USAGE}`, 2);

    let title: string;
    let sorted;
    let notes: string[] = [];
    if (isDocx) {
      let bytes: Uint8Array;
      try {
        if (statSync(file).size > MAX_FILE_BYTES) throw new CliError(`Not checked: ${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
        bytes = readFileSync(file);
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`Could not read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      const read = await readWord(bytes, path.basename(file), schema);
      notes = read.notes;
      title = path.basename(file);
      sorted = applyAccepted(checkDocx(read.doc));
    } else {
      const snapshot = readSnapshot(positionals[0]!, io);
      const matches = findPapers(snapshot, values.paper!);
      if (!matches.length) throw new CliError(`No paper matches "${values.paper}". Run npm run export -- ${positionals[0]} --list to see the papers.`);
      if (matches.length > 1)
        throw new CliError(
          [`"${values.paper}" matches ${matches.length} papers; give the id of the one you want:`, ...matches.map((p) => `  ${p.id}  ${p.title}`)].join('\n'),
        );
      const paper = matches[0]!;
      const bundle = bundlePaper(snapshot, paper.id);
      if (!bundle) throw new CliError(`Paper ${paper.id} could not be collected from the backup.`);
      let exported: OoxmlDoc | null = null;
      try {
        const bytes = await exportPaperDocx(bundle);
        const read = await readWord(bytes, 'the export', schema);
        exported = read.doc;
        notes = read.notes;
      } catch (e) {
        // An image without alt text stops the export; the alt-text rule reports it from the model.
        if (!(e instanceof ExportRefusedError)) throw e;
        notes = ['the paper could not be exported as it is (see the Errors), so the rules that read the Word file did not run.'];
      }
      title = `“${paper.title || 'Untitled paper'}”`;
      const clearances = snapshot.clearances.filter((c) => c.paperId === paper.id && isLive(c));
      const findings = checkPaper({ bundle, exported, clearance: await clearanceFacts(clearances, bundle.sections) });
      // An issued paper's reason for going out without a clearance counts as accepting it.
      const issued = paper.status === 'issued' ? latestVersion(snapshot, paper.id) : undefined;
      const overrides = issued ? overrideAcceptances(findings, issued.clearances?.overrideReason, issued.issuedAt, issued.issuedBy) : [];
      sorted = applyAccepted(findings, [...(paper.acceptedFindings ?? []), ...overrides]);
    }
    if (values.json) io.out(reportJson(title, sorted, notes));
    else reportLines(title, sorted, notes).forEach((l) => io.out(l));
    return sorted.open.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(`Check failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

/** The command as run from a shell (node scripts/cli.mjs runs it from a bundle). */
export async function main(): Promise<void> {
  const { parseBackup } = await import('../shared/backup/parse');
  process.exitCode = await runCheckCli(process.argv.slice(2), {
    parseBackup,
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
}

if (ranDirectly(import.meta.url)) void main();
