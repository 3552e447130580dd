import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_ID } from '../sample/plan';
import { stableJson } from '../merge/diff';
import { sha256Hex } from '../text/bytes';
import { makePacks } from './make';
import type { UpdatePack } from './model';
import type { OpenedPack, PackAnswer } from './pwpack-model';
import { PWPACK_TAMPERED, readPwpack, readPwpackReturn, writePwpack, writePwpackReturn } from './pwpack';
import { readReturnFile } from './read-return';
import { cleanRowIds, reviewReturns } from './returns';
import { samplePlanData } from './test-fixtures';

const AT = '2018-01-05T10:00:00.000Z';
let n = 0;
const ids = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

function packFor(periodId: string, min = 3): UpdatePack {
  const made = makePacks(samplePlanData(), { planId: SAMPLE_PLAN_ID, periodId, by: 'Report Author', at: AT, makeId: ids });
  if (!made.ok) throw new Error(made.error);
  const pack = made.packs.find((p) => p.rows.length >= min);
  if (!pack) throw new Error('no pack big enough');
  return pack;
}

const para = (text: string, bold = false) => ({
  type: 'paragraph' as const,
  content: [{ type: 'text' as const, text, ...(bold ? { marks: [{ type: 'bold' as const }] } : {}) }],
});
const answer = (deliverableId: string, statusId: string | null, words: string, bold = false): PackAnswer => ({
  deliverableId,
  statusId,
  narrative: { type: 'doc', content: words ? [para(words, bold)] : [{ type: 'paragraph' }] },
  narrativeDate: '2017-12-20',
  updatedAt: '2018-01-10T09:00:00.000Z',
});
const opened = (pack: UpdatePack, answers: PackAnswer[]): OpenedPack => ({ fileName: 'p.pwpack', openedAt: AT, officerName: 'Kim Dunn', pack, answers });

const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown> & { pack: UpdatePack };
const bytesOf = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
/** A file edited by hand and its checksum forged to match: only the consistency checks can catch it. */
async function forged(v: { pack: unknown } & Record<string, unknown>) {
  return bytesOf({ ...v, checksum: await sha256Hex(new TextEncoder().encode(stableJson(v.pack))) });
}

describe('the Panelwright pack (.pwpack)', () => {
  it('reads back the pack exactly as it was made', async () => {
    const pack = packFor('fy2017q2'); // Q2 already has updates: rows carry their base
    const bytes = await writePwpack(pack);
    const read = await readPwpack(bytes);
    expect(read).toEqual({ ok: true, file: { kind: 'pack', pack, answers: [], officerName: pack.officer!.name, savedAt: null } });
    expect(json(bytes)).toMatchObject({ format: 'panelwright-update-pack', version: 1, kind: 'pack', checksum: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('a return carries the rich narratives; the review shows them new, keeps their bold, and flags what the lead officer view flags', async () => {
    const pack = packFor('fy2017q3');
    const [a, b, c] = pack.rows as [UpdatePack['rows'][number], UpdatePack['rows'][number], UpdatePack['rows'][number]];
    const bytes = await writePwpackReturn(
      opened(pack, [answer(a.deliverableId, 'green', 'On track.', true), answer(b.deliverableId, 'amber', ''), answer(c.deliverableId, 'purple', 'x')]),
      '2018-01-10T09:30:00.000Z',
    );
    const read = await readPwpackReturn('kim.pwpack', bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.ret).toMatchObject({ kind: 'pack', packId: pack.packId, officerName: 'Kim Dunn', problems: [] });
    const review = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q3', [{ fileName: 'kim.pwpack', ok: true, ret: read.ret }]);
    expect(review.rows.slice(0, 3).map((r) => [r.entry.kind, r.problems])).toEqual([
      ['new', []],
      ['new', ['Write an update: it is required for Amber.']],
      ['new', ['The status "purple" is not in this plan\'s status key; choose another.']],
    ]);
    expect(review.rows[0]!.entry.incoming).toMatchObject({
      id: a.updateId,
      statusId: 'green',
      narrativeDate: '2017-12-20',
      narrative: { content: [para('On track.', true)] },
    });
    // Rows the officer did not touch say nothing and write nothing.
    expect(review.rows.slice(3).map((r) => r.entry.kind)).toEqual(pack.rows.slice(3).map(() => 'unchanged'));
    expect(cleanRowIds(review)).toEqual([review.rows[0]!.entry.id]);
  });

  it('rows with an update already: left alone they are unchanged, edited they are changed', async () => {
    const pack = packFor('fy2017q2', 2);
    const [a, b] = pack.rows as [UpdatePack['rows'][number], UpdatePack['rows'][number]];
    const same: PackAnswer = { ...answer(b.deliverableId, b.base!.statusId, ''), narrative: b.base!.narrative, narrativeDate: b.base!.narrativeDate };
    const read = await readPwpackReturn('r.pwpack', await writePwpackReturn(opened(pack, [answer(a.deliverableId, 'red', 'Now late.'), same]), AT));
    if (!read.ok) throw new Error(read.error);
    const review = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q2', [{ fileName: 'r.pwpack', ok: true, ret: read.ret }]);
    expect(review.rows.map((r) => r.entry.kind)).toEqual(['changed', ...pack.rows.slice(1).map(() => 'unchanged')]);
  });

  it('leaves out blank answers for deliverables with no update yet (typed then deleted)', async () => {
    const pack = packFor('fy2017q3');
    const bytes = await writePwpackReturn(opened(pack, [{ ...answer(pack.rows[0]!.deliverableId, null, ''), narrativeDate: null }]), AT);
    expect((json(bytes).return as { answers: unknown[] }).answers).toEqual([]);
  });

  it('refuses, in one sentence, every file it cannot use safely', async () => {
    const pack = packFor('fy2017q3');
    const good = json(await writePwpackReturn(opened(pack, [answer(pack.rows[0]!.deliverableId, 'green', 'Done.')]), AT));
    const packBytes = await writePwpack(pack);
    const cases: [string, Uint8Array, RegExp][] = [
      ['random bytes', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256), /^This file is not a returned update pack/],
      ['a backup', bytesOf({ format: 'panelwright-backup', version: 4, data: {} }), /^This file is not a Panelwright update pack/],
      ['JSON that is not an object', bytesOf([1, 2, 3]), /^This file is not a returned update pack/],
      ['cut short', packBytes.slice(0, Math.floor(packBytes.length / 2)), /damaged \(it is not complete JSON text\)/],
      ['invalid UTF-8', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), /damaged \(it is not complete JSON text\)/],
      ['a newer format', bytesOf({ ...good, version: 2 }), /made by a newer version of Panelwright \(pack format 2\)/],
      [
        'an edited reference',
        bytesOf({ ...good, pack: { ...good.pack, rows: [{ ...good.pack.rows[0], ref: 'X1' }, ...good.pack.rows.slice(1)] } }),
        /checksum does not match/,
      ],
      ['an edited plan id', bytesOf({ ...good, pack: { ...good.pack, plan: { ...good.pack.plan, id: 'other' } } }), /checksum does not match/],
      ['no checksum', bytesOf({ ...good, checksum: undefined }), /damaged \(checksum is missing\)/],
      [
        'a status key with no statuses (forged)',
        await forged({ ...good, pack: { ...good.pack, plan: { ...good.pack.plan, statusKey: { statuses: [] } } } }),
        /damaged \(plan\.statusKey\.statuses/,
      ],
      ['a 300-character id (forged)', await forged({ ...good, pack: { ...good.pack, packId: 'x'.repeat(300) } }), /damaged \(packId: id longer than 100/],
      [
        'a row sent twice (forged)',
        await forged({ ...good, pack: { ...good.pack, rows: [good.pack.rows[0], ...good.pack.rows] } }),
        /damaged \(rows\.1: a deliverable or update sent twice\)/,
      ],
      [
        'a base of another deliverable (forged)',
        await forged({
          ...good,
          pack: { ...good.pack, rows: [{ ...good.pack.rows[0], base: { ...(packFor('fy2017q2').rows[0]!.base as object), periodId: 'fy2017q2' } }] },
        }),
        /damaged \(rows\.0\.base: an update of another deliverable or period\)/,
      ],
      [
        'an answer for another deliverable',
        bytesOf({ ...good, return: { ...(good.return as object), answers: [answer('somewhere-else', 'green', 'x')] } }),
        /an answer for a deliverable the pack did not send/,
      ],
      [
        'two answers for one deliverable',
        bytesOf({
          ...good,
          return: { ...(good.return as object), answers: [answer(pack.rows[0]!.deliverableId, 'green', 'x'), answer(pack.rows[0]!.deliverableId, 'red', 'y')] },
        }),
        /an answer for a deliverable the pack did not send/,
      ],
      [
        'an answer with a script for a narrative',
        bytesOf({ ...good, return: { ...(good.return as object), answers: [{ ...answer(pack.rows[0]!.deliverableId, 'green', ''), narrative: '<script>' }] } }),
        /damaged \(answers\.0\.narrative/,
      ],
      ['a return without answers', bytesOf({ ...good, return: undefined }), /damaged \(a return without answers\)/],
    ];
    for (const [what, bytes, message] of cases) {
      const r = await readReturnFile('x.pwpack', bytes);
      expect(r.ok, what).toBe(false);
      if (!r.ok) {
        expect(r.error, what).toMatch(message);
        expect(r.error.split('\n'), what).toHaveLength(1);
      }
    }
    expect(PWPACK_TAMPERED).toMatch(/^This update pack has been changed/);
  });

  it('the pack as sent is not a return: the author is told what the officer should do', async () => {
    const r = await readReturnFile('p.pwpack', await writePwpack(packFor('fy2017q3')));
    expect(r).toEqual({ fileName: 'p.pwpack', ok: false, error: expect.stringContaining('not a return: the officer opens it in Panelwright') });
  });

  it('a return for another period or plan is refused by the review, naming it', async () => {
    const pack = packFor('fy2017q3');
    const read = await readPwpackReturn('r.pwpack', await writePwpackReturn(opened(pack, [answer(pack.rows[0]!.deliverableId, 'green', 'x')]), AT));
    if (!read.ok) throw new Error(read.error);
    const other = reviewReturns(samplePlanData(), SAMPLE_PLAN_ID, 'fy2017q4', [{ fileName: 'r.pwpack', ok: true, ret: read.ret }]);
    expect(other.files[0]!.messages).toEqual(['This is a return for Q3 2017/18, not Q4 2017/18: choose Q3 2017/18 on the plan to take it in.']);
    expect(reviewReturns(samplePlanData(), 'another-plan', 'fy2017q3', [{ fileName: 'r.pwpack', ok: true, ret: read.ret }]).rows).toEqual([]);
  });
});
