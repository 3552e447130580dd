// Reading and writing backup files. parseBackup never throws: every problem becomes a sentence a
// user can act on, naming where in the file it is. Nothing is returned unless the whole file is valid.
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, backupV1Schema } from './schema';
import type { DatabaseSnapshot } from './snapshot';
import { SNAPSHOT_TABLES } from './snapshot';

export type BackupParseResult = { ok: true; snapshot: DatabaseSnapshot; version: number } | { ok: false; errors: string[] };

const MAX_MESSAGES = 20;
/** Larger than any real database of papers; refuses a wrong or hostile file before parsing it. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out.replace(/^data\./, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = pathOf(issue.path) || 'the file';
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    if (received === undefined) return `${where}: missing (expected ${issue.expected})`;
    return `${where}: expected ${issue.expected}, found ${received === null ? 'null' : Array.isArray(received) ? 'a list' : typeof received}`;
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') return `${where}: ${issue.message.replace(/^Invalid input:?\s*/i, 'not one of the allowed values ')}`.trim();
  return `${where}: ${issue.message}`;
}

function capped(errors: string[]): string[] {
  return errors.length <= MAX_MESSAGES ? errors : [...errors.slice(0, MAX_MESSAGES), `… and ${errors.length - MAX_MESSAGES} more problems`];
}

/** Ids must be unique per table, and every reference must point at a record in the file. */
function checkReferences(s: DatabaseSnapshot): string[] {
  const errors: string[] = [];
  for (const table of SNAPSHOT_TABLES) {
    const seen = new Set<string>();
    s[table].forEach((r, i) => {
      if (seen.has(r.id)) errors.push(`${table}[${i}].id: the id ${r.id} is used twice`);
      seen.add(r.id);
    });
  }
  const papers = new Set(s.papers.map((p) => p.id));
  const committees = new Set(s.committees.map((c) => c.id));
  s.sections.forEach((x, i) => papers.has(x.paperId) || errors.push(`sections[${i}].paperId: no paper with id ${x.paperId} in this file`));
  s.appendices.forEach((x, i) => papers.has(x.paperId) || errors.push(`appendices[${i}].paperId: no paper with id ${x.paperId} in this file`));
  s.papers.forEach((p, i) => p.cover.committeeId === null || committees.has(p.cover.committeeId) || errors.push(`papers[${i}].cover.committeeId: no committee with id ${p.cover.committeeId} in this file`));
  return errors;
}

export function parseBackup(text: string): BackupParseResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, errors: [`The file is too large to be a Panelwright backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`] };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const truncated = /end of (JSON )?input|unterminated|unexpected end/i.test(String(e));
    return { ok: false, errors: [truncated ? 'The file ends too early: it looks cut short (an interrupted copy or download?).' : `The file is not valid JSON, so it is not a Panelwright backup (${e instanceof Error ? e.message : String(e)}).`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, errors: ['This is not a Panelwright backup file (it has no "format": "panelwright-backup").'] };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, errors: ['The backup has no valid version number.'] };
  if (version > BACKUP_VERSION) return { ok: false, errors: [`This backup was made by a newer version of Panelwright (backup format ${version}); this app reads up to format ${BACKUP_VERSION}. Update Panelwright, then restore it.`] };
  // Older formats are migrated here, one step at a time, before validation (none yet: 1 is the first).
  const result = backupV1Schema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, errors: capped(result.error.issues.map(describeIssue)) };
  const snapshot: DatabaseSnapshot = result.data.data;
  const refErrors = checkReferences(snapshot);
  if (refErrors.length) return { ok: false, errors: capped(refErrors) };
  return { ok: true, snapshot, version };
}

export function serializeBackup(snapshot: DatabaseSnapshot, info: { appVersion: string; exportedAt: string }): string {
  const data = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, snapshot[t]]));
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: info.exportedAt, app: { name: 'Panelwright', version: info.appVersion }, data }, null, 2)}\n`;
}
