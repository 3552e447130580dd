// The round for one plan and period: who has been sent a pack, who has returned it, who to chase.
import { isLive } from '../records/meta';
import type { UpdatePackRecord } from './record';

export interface RoundOfficer {
  readonly personId: string | null;
  readonly name: string;
  readonly email: string;
  /** The latest pack sent to them. */
  readonly sentAt: string;
  readonly packs: number;
  /** When a return of any of their packs was taken in (the latest), or null. */
  readonly returnedAt: string | null;
  readonly returnFile: string;
}

export interface Round {
  readonly officers: readonly RoundOfficer[];
  readonly sent: number;
  readonly returned: number;
  readonly missing: readonly RoundOfficer[];
  /** "3 of 5 returned". */
  readonly text: string;
}

/** The round of packs for a plan's period; one line per officer however many packs they were sent. */
export function packRound(records: readonly UpdatePackRecord[], planId: string, periodId: string): Round {
  // Packs opened here to fill in (an officer's) are not packs this plan sent.
  const mine = records.filter((r) => isLive(r) && r.opened === undefined && r.planId === planId && r.periodId === periodId);
  const byOfficer = new Map<string, UpdatePackRecord[]>();
  for (const r of mine) {
    const k = r.personId ?? `name:${r.officerName}`;
    byOfficer.set(k, [...(byOfficer.get(k) ?? []), r]);
  }
  const officers = [...byOfficer.values()]
    .map((rs): RoundOfficer => {
      const latest = rs.reduce((a, b) => (b.sentAt > a.sentAt ? b : a));
      const returned = rs.filter((r) => r.returnedAt !== null).sort((a, b) => ((a.returnedAt ?? '') < (b.returnedAt ?? '') ? 1 : -1))[0];
      return {
        personId: latest.personId,
        name: latest.officerName || 'Deliverables without a lead',
        email: latest.officerEmail,
        sentAt: latest.sentAt,
        packs: rs.length,
        returnedAt: returned?.returnedAt ?? null,
        returnFile: returned?.returnFile ?? '',
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const missing = officers.filter((o) => o.returnedAt === null);
  const returned = officers.length - missing.length;
  return { officers, sent: officers.length, returned, missing, text: officers.length ? `${returned} of ${officers.length} returned` : 'No packs sent yet' };
}

/** The chasing list to paste into an e-mail's To line: "Kim Dunn <kim.dunn@example.org>; Lee Fox". */
export function chasingList(missing: readonly RoundOfficer[]): string {
  return missing.map((o) => (o.email ? `${o.name} <${o.email}>` : o.name)).join('; ');
}
