// What changed between two states of a paper (two issued versions, or the draft against the last
// issued one): per section and appendix, paragraphs inserted, deleted or rewritten with the words
// that changed; per data block, rows added or removed, statuses moved, cells changed and narratives
// rewritten; the cover sheet's fields; and a short summary an author can paste into the paper.
// Sections, appendices and blocks are matched by id: they are the same records across revisions.
import type { Appendix, PaperBundle, Section } from '../papers/model';
import { PUBLICITY_LABEL, PURPOSE_LABEL } from '../papers/model';
import { appendixLetter, sectionNumber } from '../papers/numbering';
import { formatMeetingDate } from '../text/dates';
import { compareBlocks } from './compare-blocks';
import type { BlockChanges } from './compare-blocks';
import type { TextUnit } from './text-units';
import { textUnits } from './text-units';
import { compareUnits } from './text-diff';
import type { ParagraphChange } from './text-diff';
import { must } from '../records/must';

export type { ParagraphChange, TextPiece } from './text-diff';

export type { BlockChanges, CellChange, StatusChange } from './compare-blocks';

export interface PartChanges {
  /** "4. Summary of Key Points" or "Appendix A: Theme 6 update". */
  readonly title: string;
  readonly id: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** The old title, when the part was renamed. */
  readonly renamedFrom: string | null;
  readonly paragraphs: readonly ParagraphChange[];
}

export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export interface PaperChanges {
  readonly fields: readonly FieldChange[];
  readonly sections: readonly PartChanges[];
  readonly appendices: readonly PartChanges[];
  readonly blocks: readonly BlockChanges[];
  /** Plain sentences: "3 deliverables moved to Green; section 4 rewritten." */
  readonly summary: string;
}

function compareParts<T extends Section | Appendix>(
  before: readonly T[],
  after: readonly T[],
  titleOf: (p: T, i: number) => string,
  unitsOf: (p: T, i: number) => TextUnit[],
): PartChanges[] {
  const out: PartChanges[] = [];
  const oldById = new Map(before.map((p, i) => [p.id, { p, i }]));
  const newIds = new Set(after.map((p) => p.id));
  after.forEach((p, i) => {
    const old = oldById.get(p.id);
    if (!old) {
      out.push({ title: titleOf(p, i), id: p.id, status: 'added', renamedFrom: null, paragraphs: compareUnits([], unitsOf(p, i)) });
      return;
    }
    const paragraphs = compareUnits(unitsOf(old.p, old.i), unitsOf(p, i));
    const renamed = old.p.title !== p.title ? old.p.title : null;
    if (paragraphs.length || renamed !== null) out.push({ title: titleOf(p, i), id: p.id, status: 'changed', renamedFrom: renamed, paragraphs });
  });
  before.forEach((p, i) => {
    if (!newIds.has(p.id)) out.push({ title: titleOf(p, i), id: p.id, status: 'removed', renamedFrom: null, paragraphs: compareUnits(unitsOf(p, i), []) });
  });
  return out;
}

function coverFields(b: PaperBundle): Record<string, string> {
  const c = b.paper.cover;
  return {
    Title: b.paper.title,
    'Report to': b.committee?.name ?? '',
    'Date of Meeting': c.meetingDate ? formatMeetingDate(c.meetingDate) : '',
    'Report of': c.reportOf,
    Author: c.author,
    'E-mail': c.email,
    'Other Contacts': c.otherContacts,
    'Agenda Item': c.agendaItem,
    Purpose: PURPOSE_LABEL[c.purpose],
    'Public/Non Public': PUBLICITY_LABEL[c.publicity],
    'Exemption reason': c.exemptionReason,
    Contacts: b.paper.contacts.map((x) => [x.name, x.role, x.email, x.phone].filter(Boolean).join(', ')).join('; '),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summarise(c: Omit<PaperChanges, 'summary'>): string {
  const parts: string[] = [];
  // Status moves, grouped by where they moved to: "3 deliverables moved to Green".
  const moves = new Map<string, { n: number; noun: string }>();
  for (const b of c.blocks)
    for (const s of b.statuses) {
      const key = `${b.noun}|${s.after ?? 'not rated'}`;
      moves.set(key, { n: (moves.get(key)?.n ?? 0) + 1, noun: b.noun });
    }
  for (const [key, { n, noun }] of moves) parts.push(`${plural(n, noun)} moved to ${key.split('|')[1]}`);
  const narratives = c.blocks.reduce((n, b) => n + b.texts.length, 0);
  if (narratives) parts.push(`${plural(narratives, 'update')} rewritten`);
  const cells = c.blocks.reduce((n, b) => n + b.cells.length, 0);
  if (cells) parts.push(`${plural(cells, 'figure')} changed in tables`);
  const notes = c.blocks.reduce((n, b) => n + b.notes.length, 0);
  if (notes) parts.push(`${plural(notes, 'sentence')} under the figures changed`);
  for (const s of c.sections) {
    const n = s.paragraphs.length;
    const name = must(s.title.split(' ')[0], "s.title.split(' ')[0]").replace(/\.$/, '');
    if (s.status === 'added') parts.push(`section ${name} added`);
    else if (s.status === 'removed') parts.push(`section “${s.title}” removed`);
    else if (n >= 3) parts.push(`section ${name} rewritten`);
    else if (n) parts.push(`${plural(n, 'paragraph')} changed in section ${name}`);
    else if (s.renamedFrom !== null) parts.push(`section ${name} renamed`);
  }
  for (const a of c.appendices) parts.push(`${a.title.split(':')[0]} ${a.status === 'changed' ? 'changed' : a.status}`);
  if (c.fields.length) parts.push(`cover sheet: ${c.fields.map((f) => f.field).join(', ')} changed`);
  if (!parts.length) return 'No changes.';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Everything that changed from `before` to `after` (each an issued version's bundle or a draft's). */
export function comparePapers(before: PaperBundle, after: PaperBundle): PaperChanges {
  const a = coverFields(before);
  const b = coverFields(after);
  const fields = Object.keys(b).flatMap((f) => (a[f] !== b[f] ? [{ field: f, before: a[f] ?? '', after: b[f] ?? '' }] : []));
  const sections = compareParts(
    before.sections,
    after.sections,
    (s, i) => `${sectionNumber(i)}. ${s.title}`,
    (s, i) => textUnits(s.body, sectionNumber(i)),
  );
  const appendices = compareParts(
    before.appendices,
    after.appendices,
    (x, i) => `Appendix ${appendixLetter(i)}: ${x.title}`,
    (x) => textUnits(x.body, null),
  );
  const ids = [...new Set([...Object.keys(after.blocks), ...Object.keys(before.blocks)])];
  const blocks = ids.flatMap((id) => {
    const ch = compareBlocks(id, before.blocks[id], after.blocks[id]);
    return ch ? [ch] : [];
  });
  const changes = { fields, sections, appendices, blocks };
  return { ...changes, summary: summarise(changes) };
}
