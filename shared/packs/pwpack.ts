// The Panelwright pack (.pwpack): a small JSON file for lead officers who have the app. The author's
// app writes the pack as sent (kind "pack"); the officer's app opens it into the lead officer's view,
// and "Save return pack" writes the same pack with their answers (kind "return"), which the author
// takes in like an Excel return. A SHA-256 of the pack as sent shows it was not edited; everything is
// validated with zod and checked for consistency before anything is opened or taken in.
// Format: docs/update-packs.md ("The Panelwright pack").
import { z } from 'zod';
import { stableJson } from '../merge/diff';
import type { DeliverableUpdate } from '../plans/model';
import { sha256Hex } from '../text/bytes';
import { richDocHasText } from '../plans/updates';
import type { PackReturn, ReadReturnResult, ReturnRow, UpdatePack } from './model';
import { PACK_FORMAT, PACK_VERSION } from './model';
import type { OpenedPack, PackAnswer } from './pwpack-model';
import { answersSchema, updatePackSchema } from './pwpack-schema';
import { narrativeToText } from './narrative-text';
import { text } from '../backup/schema-common';

export const PWPACK_EXTENSION = 'pwpack';

export type PwpackKind = 'pack' | 'return';

/** A pack file read and checked: the pack as sent, and (a return) the officer's answers. */
export interface PwpackFile {
  readonly kind: PwpackKind;
  readonly pack: UpdatePack;
  readonly answers: readonly PackAnswer[];
  readonly officerName: string;
  readonly savedAt: string | null;
}

export type ReadPwpackResult = { readonly ok: true; readonly file: PwpackFile } | { readonly ok: false; readonly error: string };

const envelopeSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.number(),
  kind: z.enum(['pack', 'return']),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  pack: z.unknown(),
  return: z.object({ savedAt: z.string(), officerName: text(200), answers: z.unknown() }).optional(),
});

const checksumOf = (pack: unknown): Promise<string> => sha256Hex(new TextEncoder().encode(stableJson(pack)));

function encode(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);
}

/** The pack as sent. */
export async function writePwpack(pack: UpdatePack): Promise<Uint8Array> {
  return encode({ format: PACK_FORMAT, version: PACK_VERSION, kind: 'pack', checksum: await checksumOf(pack), pack });
}

/** An answer that says nothing (no status, no words, no date) for a deliverable with no update yet. */
const isEmptyAnswer = (a: PackAnswer) => a.statusId === null && !richDocHasText(a.narrative) && a.narrativeDate === null;

/** The answers worth sending: those that say something, or change an update the pack was sent with. */
export function answersToReturn(opened: Pick<OpenedPack, 'pack' | 'answers'>): PackAnswer[] {
  const withBase = new Set(opened.pack.rows.filter((r) => r.base).map((r) => r.deliverableId));
  return opened.answers.filter((a) => withBase.has(a.deliverableId) || !isEmptyAnswer(a));
}

/** The return: the pack as it came (its checksum unchanged) and the officer's answers. */
export async function writePwpackReturn(opened: OpenedPack, savedAt: string): Promise<Uint8Array> {
  return encode({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    kind: 'return',
    checksum: await checksumOf(opened.pack),
    pack: opened.pack,
    return: { savedAt, officerName: opened.officerName, answers: answersToReturn(opened) },
  });
}

/** Whether bytes look like a pack file (JSON text) rather than a workbook. */
export function looksLikePwpack(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b; // "{"
}

const NOT_A_PACK = 'This file is not a Panelwright update pack (.pwpack).';
const DAMAGED = (where: string) => `This update pack is damaged (${where}), so it cannot be opened. Ask for the pack to be sent again.`;
export const PWPACK_TAMPERED =
  'This update pack has been changed since it was made (its checksum does not match), so it cannot be used safely. Ask for the pack to be sent again.';

/** Where the file is damaged, in words: "return.savedAt is missing", "rows.2.ref: Too big: …". */
const where = (issue: z.core.$ZodIssue | undefined): string => {
  if (!issue) return 'unreadable';
  const at = issue.path.join('.') || 'the file';
  // Zod says "expected string, received undefined" for a field that is not there at all.
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? `${at} is missing` : `${at}: ${issue.message}`;
};

/** Reads and checks a .pwpack (pack or return). Never throws; one sentence when it cannot be used. */
export async function readPwpack(bytes: Uint8Array): Promise<ReadPwpackResult> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: looksLikePwpack(bytes) ? DAMAGED('it is not complete JSON text') : NOT_A_PACK };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PACK_FORMAT) return { ok: false, error: NOT_A_PACK };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PACK_VERSION)
    return { ok: false, error: `This update pack was made by a newer version of Panelwright (pack format ${version}). Update the app, then open it.` };
  const env = envelopeSchema.safeParse(json);
  if (!env.success) return { ok: false, error: DAMAGED(where(env.error.issues[0])) };
  if (env.data.version !== PACK_VERSION) return { ok: false, error: DAMAGED(`pack format ${env.data.version}`) };
  if ((await checksumOf(env.data.pack)) !== env.data.checksum) return { ok: false, error: PWPACK_TAMPERED };
  const pack = updatePackSchema.safeParse(env.data.pack);
  if (!pack.success) return { ok: false, error: DAMAGED(where(pack.error.issues[0])) };
  const problem = inconsistency(pack.data);
  if (problem) return { ok: false, error: DAMAGED(problem) };
  const ret = env.data.return;
  if (env.data.kind === 'pack' && ret) return { ok: false, error: DAMAGED('a pack with answers in it') };
  if (env.data.kind === 'return' && !ret) return { ok: false, error: DAMAGED('a return without answers') };
  let answers: PackAnswer[] = [];
  if (ret) {
    const parsed = answersSchema.safeParse(ret.answers);
    if (!parsed.success) return { ok: false, error: DAMAGED(`answers.${where(parsed.error.issues[0])}`) };
    answers = parsed.data;
    const rows = new Set(pack.data.rows.map((r) => r.deliverableId));
    const seen = new Set<string>();
    for (const a of answers) {
      if (!rows.has(a.deliverableId) || seen.has(a.deliverableId)) return { ok: false, error: DAMAGED('an answer for a deliverable the pack did not send') };
      seen.add(a.deliverableId);
    }
    if (!/^\d{4}-\d{2}-\d{2}T/.test(ret.savedAt)) return { ok: false, error: DAMAGED('return.savedAt') };
  }
  return {
    ok: true,
    file: { kind: env.data.kind, pack: pack.data, answers, officerName: ret?.officerName ?? pack.data.officer?.name ?? '', savedAt: ret?.savedAt ?? null },
  };
}

/** Ids that do not fit together: each deliverable once, each base the update the row names, for the pack's period. */
function inconsistency(pack: UpdatePack): string | null {
  const deliverables = new Set<string>();
  const updates = new Set<string>();
  for (const [i, r] of pack.rows.entries()) {
    if (deliverables.has(r.deliverableId) || updates.has(r.updateId)) return `rows.${i}: a deliverable or update sent twice`;
    deliverables.add(r.deliverableId);
    updates.add(r.updateId);
    if (r.base && (r.base.id !== r.updateId || r.base.deliverableId !== r.deliverableId || r.base.periodId !== pack.period.id))
      return `rows.${i}.base: an update of another deliverable or period`;
  }
  return null;
}

/** The update an answer would write, on the base it was made from. */
export function answerUpdate(pack: UpdatePack, row: UpdatePack['rows'][number], a: PackAnswer, officerName: string): DeliverableUpdate {
  return {
    id: row.updateId,
    createdAt: row.base?.createdAt ?? pack.madeAt,
    updatedAt: a.updatedAt,
    updatedBy: officerName.slice(0, 200),
    deletedAt: null,
    deliverableId: row.deliverableId,
    periodId: pack.period.id,
    statusId: a.statusId,
    narrative: a.narrative,
    narrativeDate: a.narrativeDate,
    authorPersonId: pack.officer?.personId ?? row.base?.authorPersonId ?? null,
  };
}

/** A returned .pwpack as a PackReturn for the review (shared/packs/returns.ts). */
export async function readPwpackReturn(fileName: string, bytes: Uint8Array): Promise<ReadReturnResult> {
  const read = await readPwpack(bytes);
  if (!read.ok) return read;
  const { pack, answers, officerName, kind } = read.file;
  if (kind === 'pack')
    return {
      ok: false,
      error: 'This is the update pack as it was sent, not a return: the officer opens it in Panelwright, fills it in and chooses "Save return pack".',
    };
  const byDeliverable = new Map(answers.map((a) => [a.deliverableId, a]));
  const rows: ReturnRow[] = [];
  const updates: DeliverableUpdate[] = [];
  pack.rows.forEach((r, i) => {
    const a = byDeliverable.get(r.deliverableId);
    const from = a ?? r.base;
    rows.push({
      rowNumber: i + 1,
      deliverableId: r.deliverableId,
      updateId: r.updateId,
      ref: r.ref,
      statusText: from?.statusId ?? '',
      narrativeText: narrativeToText(from?.narrative),
      officerName: a ? officerName : '',
      dateText: from?.narrativeDate ?? '',
    });
    if (a) updates.push(answerUpdate(pack, r, a, officerName));
  });
  const ret: PackReturn = {
    fileName,
    kind: 'pack',
    packId: pack.packId,
    planId: pack.plan.id,
    periodId: pack.period.id,
    personId: pack.officer?.personId ?? null,
    officerName: officerName || (pack.officer?.name ?? ''),
    sent: pack,
    rows,
    problems: [],
    updates,
  };
  return { ok: true, ret };
}
