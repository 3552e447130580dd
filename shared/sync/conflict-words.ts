// A guarded field's conflicting values as a person reads them in Settings → Team: a status's label
// from the plan's key ("Amber", not "amber" or an id), a paper's or comment's status as a word, a
// sign-off as who cleared it and when, figures as numbers. Fields without a rule here read through
// `optionsInWords` (connection.ts).
import type { SnapshotTable } from '../backup/tables';
import { METHOD_LABEL } from '../clearance/model';
import type { ClearanceMethod } from '../clearance/model';
import { formatShortDate } from '../text/dates';
import { optionsInWords } from './connection';

export interface ConflictWordsContext {
  /** The label of a status in the plan's key of the record ("Amber"); undefined when not in it. */
  readonly statusLabel?: (statusId: string) => string | undefined;
}

type Option = { readonly has: boolean; readonly value: unknown };

const STATUS_WORDS: Readonly<Record<string, string>> = {
  draft: 'Draft',
  issued: 'Issued',
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  resolved: 'Resolved',
};

/** A stored scalar as text; anything else is left to the general words. */
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);

const dateOf = (iso: unknown) => (typeof iso === 'string' && iso.length >= 10 ? formatShortDate(iso.slice(0, 10)) : '');

function signOffWords(v: unknown): string {
  if (v === null || typeof v !== 'object') return 'Not cleared';
  const s = v as Record<string, unknown>;
  const by = typeof s.by === 'string' && s.by.trim() ? s.by.trim() : 'someone';
  const role = typeof s.role === 'string' && s.role.trim() ? ` (${s.role.trim()})` : '';
  const how = typeof s.how === 'string' && s.how in METHOD_LABEL ? ` ${METHOD_LABEL[s.how as ClearanceMethod]}` : '';
  const when = dateOf(s.at);
  return `Cleared by ${by}${role}${when ? ` on ${when}` : ''}${how}`;
}

/** One value in words, or null when this field has no rule of its own. */
function oneInWords(table: SnapshotTable, field: string, o: Option, ctx: ConflictWordsContext): string | null {
  const empty = !o.has || o.value === null || o.value === undefined;
  if (table === 'updates' && field === 'statusId') {
    if (empty) return 'No status';
    const id = str(o.value);
    if (id === null) return null;
    return ctx.statusLabel?.(id) ?? `A status no longer in the plan’s key (${id})`;
  }
  if ((table === 'papers' || table === 'reviewItems') && field === 'status') {
    if (empty) return '(empty)';
    const v = str(o.value);
    return v === null ? null : (STATUS_WORDS[v] ?? v);
  }
  if (table === 'clearances' && field === 'signOff') return signOffWords(empty ? null : o.value);
  if (table === 'clearances' && field === 'askedAt') return empty ? 'Not asked' : str(o.value) === null ? null : `Asked on ${dateOf(o.value) || str(o.value)}`;
  if (table === 'clearances' && field === 'history') {
    const list = Array.isArray(o.value) ? (o.value as unknown[]) : [];
    if (list.length === 0) return 'No earlier sign-offs';
    return `${list.length} earlier sign-off${list.length === 1 ? '' : 's'}, the last: ${signOffWords(list.at(-1))}`;
  }
  if ((table === 'measureValues' && field === 'value') || (table === 'measures' && (field === 'target' || field === 'baseline')))
    return empty ? '(empty)' : typeof o.value === 'number' ? o.value.toLocaleString('en-GB', { maximumFractionDigits: 6 }) : null;
  return null;
}

/** Each conflicting value of a guarded field in words. */
export function conflictOptionsInWords(table: SnapshotTable, field: string, options: readonly Option[], ctx: ConflictWordsContext = {}): string[] {
  const own = options.map((o) => oneInWords(table, field, o, ctx));
  if (own.every((w): w is string => w !== null)) return own;
  return optionsInWords(options);
}
