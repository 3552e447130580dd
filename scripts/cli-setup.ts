// Evaluated first in every command-line bundle (scripts/cli.mjs), before any schema is built (zod
// decides when a schema is built whether it will compile a validator for it).
// A command parses its backup once per process. zod's compiled validators (generated with new
// Function, then compiled by V8) cost more to make than they save on one pass over a small backup
// and save more than they cost on a large one. Measured as CPU time of whole runs: the sample
// (250 KB) parsed in ~40 ms without them against ~75 ms with; the 150-page paper's 6 MB backup
// exported in ~1.85 s without against ~1.75 s with. So: without them below 2 MB. Same checks, same
// messages either way; the app, which validates many times, always compiles them.
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { markBundled } from './ran-directly';

markBundled();

const SMALL_BACKUP_BYTES = 2 * 1024 * 1024;

function backupSize(): number | null {
  const file = process.argv.slice(2).find((a) => a.toLowerCase().endsWith('.json'));
  if (!file) return null;
  try {
    return statSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)).size;
  } catch {
    return null; // the tool itself says the file is missing
  }
}

const size = backupSize();
if (size !== null && size < SMALL_BACKUP_BYTES) z.config({ jitless: true });
