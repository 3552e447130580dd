// A pack being filled in on an officer's computer: each deliverable's answer as it stands, and the
// progress shown above the cards (the lead officer view's rule: validateUpdate).
import { validateUpdate } from '../plans/updates';
import type { Progress } from '../plans/updates';
import type { StatusKey } from '../plans/model';
import type { UpdatePack } from './model';
import type { PackAnswer } from './pwpack-model';

/** What the officer wrote, else the update the pack was sent with (undefined: nothing yet). */
export function answerFor(pack: UpdatePack, answers: readonly PackAnswer[], deliverableId: string): PackAnswer | undefined {
  const a = answers.find((x) => x.deliverableId === deliverableId);
  if (a) return a;
  const base = pack.rows.find((r) => r.deliverableId === deliverableId)?.base;
  return base ? { deliverableId, statusId: base.statusId, narrative: base.narrative, narrativeDate: base.narrativeDate, updatedAt: base.updatedAt } : undefined;
}

/** Each deliverable's problems (status required, text required for Amber and Red, status in the key). */
export function packRowProblems(pack: UpdatePack, answers: readonly PackAnswer[], key: StatusKey = pack.plan.statusKey) {
  return pack.rows.map((r) => {
    const a = answerFor(pack, answers, r.deliverableId);
    return { row: r, answer: a, problems: a ? validateUpdate(a, key) : validateUpdate({ statusId: null, narrative: { type: 'doc', content: [] } }, key) };
  });
}

/** "3 of 5 updated", as the lead officer's view counts. */
export function packProgress(pack: UpdatePack, answers: readonly PackAnswer[]): Progress {
  const rows = packRowProblems(pack, answers);
  const updated = rows.filter((r) => r.answer && r.problems.length === 0).length;
  const started = rows.filter((r) => r.answer && r.problems.length > 0).length;
  return { updated, started, total: rows.length, text: `${updated} of ${rows.length} updated` };
}
