// The clearance rules: a section's canonical text and its hash, the state of a clearance, what
// stops an issue, and what an issued version records. Pure: the UI and the data layer call these.
import type { Section } from '../papers/model';
import { isLive } from '../records/meta';
import { textUnits } from '../issued/text-units';
import { sha256Hex } from '../text/bytes';
import type { Clearance, ClearanceSignOff, ClearanceState, IssuedClearances } from './model';
import { ROLE_SHORT } from './model';
import { must } from '../records/must';

/**
 * The text a clearance covers: the section's title and every paragraph, list item, table row and
 * footnote in reading order, whitespace collapsed. Formatting and numbering are not part of it (a
 * bold word does not undo a clearance; a changed figure does).
 */
export function sectionClearanceText(section: Pick<Section, 'title' | 'body'>): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return [
    norm(section.title),
    ...textUnits(section.body, null)
      .map((u) => norm(u.text))
      .filter(Boolean),
  ].join('\n');
}

/** SHA-256 (hex) of the section's canonical text. */
export function sectionTextHash(section: Pick<Section, 'title' | 'body'>): Promise<string> {
  return sha256Hex(new TextEncoder().encode(sectionClearanceText(section)));
}

/** The hash of every live section's text, by section id. */
export async function sectionHashes(sections: readonly Section[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of sections) if (isLive(s)) out[s.id] = await sectionTextHash(s);
  return out;
}

/** Where a clearance stands, given the section's current text hash. */
export function clearanceState(c: Pick<Clearance, 'askedAt' | 'signOff'>, currentHash: string | undefined): ClearanceState {
  if (c.signOff)
    return c.signOff.textHash === currentHash ? { kind: 'cleared', signOff: c.signOff } : { kind: 'changed', signOff: c.signOff, askedAt: c.askedAt };
  return c.askedAt ? { kind: 'asked', at: c.askedAt } : { kind: 'not-asked' };
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The words a badge shows (never colour alone): "Finance: cleared by Jane Smith, 3 Dec 2026". */
export function clearanceStateText(c: Pick<Clearance, 'role' | 'personName'>, state: ClearanceState): string {
  const role = ROLE_SHORT[c.role];
  switch (state.kind) {
    case 'not-asked':
      return `${role}: not asked${c.personName ? ` (${c.personName})` : ''}`;
    case 'asked':
      return `${role}: asked ${day(state.at)}${c.personName ? ` (${c.personName})` : ''}`;
    case 'cleared':
      return `${role}: cleared by ${state.signOff.by}, ${day(state.signOff.at)}`;
    case 'changed':
      return `${role}: changed since cleared by ${state.signOff.by} on ${day(state.signOff.at)}`;
  }
}

/** A symbol for each state, printed beside the words. */
export const STATE_SYMBOL: Readonly<Record<ClearanceState['kind'], string>> = { 'not-asked': '○', asked: '◔', cleared: '✓', changed: '⚠' };

export interface IssueBlocker {
  readonly clearance: Clearance;
  readonly sectionTitle: string;
  readonly state: ClearanceState;
  /** "5. Financial Implications — Finance: not asked (Jane Smith)". */
  readonly message: string;
}

/** The live clearances of live sections, in section order. */
export function liveClearances(clearances: readonly Clearance[], sections: readonly Section[]): Clearance[] {
  const order = new Map(sections.filter(isLive).map((s, i) => [s.id, i]));
  return clearances
    .filter((c) => isLive(c) && order.has(c.sectionId))
    .sort(
      (a, b) => must(order.get(a.sectionId), 'order.get(a.sectionId)') - must(order.get(b.sectionId), 'order.get(b.sectionId)') || a.role.localeCompare(b.role),
    );
}

/** Every required clearance that is not cleared for the text as it is now. */
export function issueBlockers(clearances: readonly Clearance[], sections: readonly Section[], hashes: Readonly<Record<string, string>>): IssueBlocker[] {
  const live = sections.filter(isLive);
  const out: IssueBlocker[] = [];
  for (const c of liveClearances(clearances, sections)) {
    const state = clearanceState(c, hashes[c.sectionId]);
    if (state.kind === 'cleared') continue;
    const i = live.findIndex((s) => s.id === c.sectionId);
    const title = must(live[i], 'live[i]').title;
    out.push({ clearance: c, sectionTitle: title, state, message: `${i + 1}. ${title} — ${clearanceStateText(c, state)}` });
  }
  return out;
}

export const OVERRIDE_REASON_MIN = 10;

/** Whether the paper may be issued: yes when nothing blocks, or when the author gives a reason. */
export function issueAllowed(blockers: readonly IssueBlocker[], reason: string): { ok: true; overrideReason: string | null } | { ok: false; message: string } {
  if (blockers.length === 0) return { ok: true, overrideReason: null };
  const r = reason.trim();
  if (r.length >= OVERRIDE_REASON_MIN) return { ok: true, overrideReason: r };
  const n = blockers.length;
  return {
    ok: false,
    message: `${n === 1 ? 'A required clearance is' : `${n} required clearances are`} missing or out of date. Clear ${n === 1 ? 'it' : 'them'} first, or say why the paper goes without (at least ${OVERRIDE_REASON_MIN} characters).`,
  };
}

/** The clearances as the issued version records them (names and sign-offs; never printed in the paper). */
export function issuedClearances(
  clearances: readonly Clearance[],
  sections: readonly Section[],
  hashes: Readonly<Record<string, string>>,
  overrideReason: string | null,
): IssuedClearances {
  return {
    clearances: liveClearances(clearances, sections).map((c) => {
      const state = clearanceState(c, hashes[c.sectionId]);
      return {
        sectionTitle: must(
          sections.find((s) => s.id === c.sectionId),
          'sections.find((s) => s.id === c.sectionId)',
        ).title,
        role: c.role,
        personName: c.personName,
        state: state.kind,
        signOff: c.signOff,
      };
    }),
    overrideReason,
  };
}

/** A clearance after a new sign-off: the previous one goes to its history. */
export function withSignOff(c: Clearance, signOff: ClearanceSignOff): Pick<Clearance, 'signOff' | 'history'> {
  return { signOff, history: c.signOff ? [...c.history, c.signOff].slice(-50) : c.history };
}
