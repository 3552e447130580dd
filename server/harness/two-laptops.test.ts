// The two-laptop harness: laptops in child processes (each with its own fake-indexeddb and Dexie
// and the app's sync engine), a real sync server in a child process on 127.0.0.1 with SQLite,
// and a cuttable loopback link per laptop. One scenario after another on the same data, as an
// office would live it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import { hashToken } from '../src/users';
import type { SyncStatus } from '../../renderer/sync/engine';
import { Laptop, Link, ServerProcess, freePort, until } from './drive';

const sample = sampleSnapshot();
const paper = sample.papers[0]!;
const section = sample.sections.find((s) => s.paperId === paper.id && s.kind === 'text')!;
const update = sample.updates.find((u) => u.statusId !== null)!;
const plan = sample.plans[0]!;
const [statusA, statusB] = plan.statusKey.statuses.map((s) => s.id).filter((id) => id !== update.statusId);
const samsDeliverable = sample.deliverables.find((d) => d.id === update.deliverableId)!;
/** An update of a deliverable someone other than Sam leads. */
const othersUpdate = sample.updates.find((u) => sample.deliverables.find((d) => d.id === u.deliverableId)?.leadPersonId !== samsDeliverable.leadPersonId)!;
const TOKENS = { author: 'author-token', author2: 'author2-token', officer: 'officer-token' };

type Rec = Record<string, unknown> & { id: string };
interface Block {
  readonly type: string;
  readonly content?: readonly { readonly text?: string }[];
}
interface Body {
  readonly type: 'doc';
  readonly content: readonly Block[];
}
const plain = (b: Block | undefined) => (b?.content ?? []).map((c) => c.text ?? '').join('');

describe('team sync between laptops', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-sync-'));
  let server: ServerProcess;
  const laptops: Laptop[] = [];
  let A: Laptop;
  let B: Laptop;
  let linkA: Link;
  let linkB: Link;

  const get = (l: Laptop, table: Parameters<Laptop['send']>[0] extends never ? never : string, id: string) =>
    l.send<Rec | null>({ cmd: 'get', table: table as never, id });
  const status = (l: Laptop) => l.send<SyncStatus | null>({ cmd: 'status' });

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'users.json'),
      JSON.stringify({
        users: [
          { name: 'Kim Author', role: 'author', tokenSha256: hashToken(TOKENS.author) },
          { name: 'Alex Author', role: 'author', tokenSha256: hashToken(TOKENS.author2) },
          // Sam leads the deliverable of `update` (person: a Person id in the plans' people).
          { name: 'Sam Officer', role: 'officer', tokenSha256: hashToken(TOKENS.officer), person: samsDeliverable.leadPersonId },
        ],
      }),
    );
    server = new ServerProcess(await freePort(), { PANELWRIGHT_SYNC_USERS: join(dir, 'users.json'), PANELWRIGHT_SYNC_DB: join(dir, 'sync.sqlite') });
    await server.start();
    [A, B] = await Promise.all([Laptop.start('A'), Laptop.start('B')]);
    laptops.push(A, B);
    linkA = await Link.open(() => server.port);
    linkB = await Link.open(() => server.port);
  }, 45_000);

  afterAll(async () => {
    for (const l of laptops) l.kill();
    await linkA.cut();
    await linkB.cut();
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two laptops seeded with the same sample join an empty server without duplicating or conflicting (the seed trap)', async () => {
    await A.send({ cmd: 'open', name: 'a', user: 'Kim Author', seed: true });
    await B.send({ cmd: 'open', name: 'b', user: 'Alex Author', seed: true });
    await A.send({ cmd: 'connect', url: linkA.url, token: TOKENS.author });
    await B.send({ cmd: 'connect', url: linkB.url, token: TOKENS.author2 });
    for (const l of [A, B])
      await until(
        `${l.name} connected`,
        () => status(l),
        (s) => s?.link.kind === 'connected' && s.waiting === 0,
      );
    for (const l of [A, B]) {
      expect(await l.send({ cmd: 'count', table: 'sections' })).toBe(sample.sections.length);
      expect(((await get(l, 'sections', section.id)) as Rec).body).toEqual(section.body);
      expect((await status(l))!.conflicts).toEqual([]);
    }
  });

  it('edits made offline on both laptops, to different fields, both survive once they reconnect', async () => {
    await linkA.cut();
    await linkB.cut();
    await until(
      'A offline',
      () => status(A),
      (s) => s?.link.kind === 'offline',
    );
    await A.send({ cmd: 'edit', table: 'papers', id: paper.id, fields: { title: 'Title from A' } });
    await B.send({ cmd: 'edit', table: 'sections', id: section.id, fields: { title: 'Section title from B' } });
    const offline = await until(
      'A counts its change',
      () => status(A),
      (s) => (s?.waiting ?? 0) > 0,
    );
    expect(offline!.link.kind).toBe('offline');
    expect(offline!.link.kind === 'offline' && offline!.link.since).toMatch(/^\d{4}-/);
    await linkA.restore();
    await linkB.restore();
    for (const l of [A, B]) {
      await until(
        `${l.name} has both edits`,
        async () => [await get(l, 'papers', paper.id), await get(l, 'sections', section.id)],
        ([p, s]) => p?.title === 'Title from A' && s?.title === 'Section title from B',
      );
      await until(
        `${l.name} has nothing waiting`,
        () => status(l),
        (s) => s?.waiting === 0 && s.link.kind === 'connected',
      );
    }
  });

  it('the same ordinary field edited on both sides takes the later edit on both laptops, not a random one', async () => {
    await linkA.cut();
    await linkB.cut();
    await B.send({ cmd: 'edit', table: 'papers', id: paper.id, fields: { title: 'Earlier, from B' } });
    await new Promise((r) => setTimeout(r, 20));
    await A.send({ cmd: 'edit', table: 'papers', id: paper.id, fields: { title: 'Later, from A' } });
    await linkA.restore();
    await linkB.restore();
    for (const l of [A, B])
      await until(
        `${l.name} takes the later title`,
        () => get(l, 'papers', paper.id),
        (p) => p?.title === 'Later, from A',
      );
  });

  it('a laptop restarted while offline keeps its edit and sends it when the network is back', async () => {
    await linkA.cut();
    await A.send({ cmd: 'edit', table: 'deliverables', id: sample.deliverables[0]!.id, fields: { activity: 'Written offline, then restarted' } });
    await A.send({ cmd: 'restart' });
    expect(((await get(A, 'deliverables', sample.deliverables[0]!.id)) as Rec).activity).toBe('Written offline, then restarted');
    await until(
      'A still counts it after the restart',
      () => status(A),
      (s) => (s?.waiting ?? 0) > 0,
    );
    await linkA.restore();
    await until(
      'B receives it',
      () => get(B, 'deliverables', sample.deliverables[0]!.id),
      (d) => d?.activity === 'Written offline, then restarted',
    );
  });

  it('a guarded field changed on both laptops while apart keeps both values, says who, and waits for a person to choose', async () => {
    await linkA.cut();
    await linkB.cut();
    await A.send({ cmd: 'edit', table: 'updates', id: update.id, fields: { statusId: statusA } });
    await B.send({ cmd: 'edit', table: 'updates', id: update.id, fields: { statusId: statusB } });
    await linkA.restore();
    await linkB.restore();
    const seen = [];
    for (const l of [A, B])
      seen.push(
        await until(
          `${l.name} shows the conflict`,
          () => status(l),
          (s) => s?.conflicts.some((c) => c.recordId === update.id) ?? false,
        ),
      );
    for (const s of seen) {
      const c = s!.conflicts.find((k) => k.recordId === update.id)!;
      expect(c.field).toBe('statusId');
      expect(c.options.map((o) => [o.by, o.value]).sort()).toEqual(
        [
          ['Alex Author', statusB],
          ['Kim Author', statusA],
        ].sort(),
      );
    }
    // Both laptops show the same value meanwhile, whatever their client ids.
    expect(((await get(A, 'updates', update.id)) as Rec).statusId).toBe(((await get(B, 'updates', update.id)) as Rec).statusId);
    // A person on A picks B's value; both laptops take it and the conflict is gone.
    const onA = seen[0]!.conflicts.find((k) => k.recordId === update.id)!;
    const index = seen[0]!.conflicts.indexOf(onA);
    await A.send({ cmd: 'choose', conflict: index, option: onA.options.findIndex((o) => o.value === statusB) });
    for (const l of [A, B]) {
      await until(
        `${l.name} takes the choice`,
        () => get(l, 'updates', update.id),
        (u) => u?.statusId === statusB,
      );
      await until(
        `${l.name} has no conflict`,
        () => status(l),
        (s) => s?.conflicts.length === 0,
      );
    }
  });

  it('two people typing in the same paragraph while apart both keep their typing, merged by character, with no conflict', async () => {
    const now = (await get(A, 'sections', section.id)) as Rec & { body: Body };
    const i = now.body.content.findIndex((b) => b.type === 'paragraph' && (b.content?.length ?? 0) > 0);
    const typed = (body: Body, edit: (text: string) => string): Body => ({
      ...body,
      content: body.content.map((b, k) => (k === i ? { type: 'paragraph', content: [{ type: 'text', text: edit(plain(b)) }] } : b)),
    });
    // The paragraph as plain text first, agreed on both laptops.
    const agreed = typed(now.body, (t) => t);
    await A.send({ cmd: 'edit', table: 'sections', id: section.id, fields: { body: agreed } });
    await until(
      'B has the agreed paragraph',
      () => get(B, 'sections', section.id),
      (x) => JSON.stringify(x?.body) === JSON.stringify(agreed),
    );
    await linkA.cut();
    await linkB.cut();
    const text = plain(agreed.content[i]);
    await A.send({ cmd: 'edit', table: 'sections', id: section.id, fields: { body: typed(agreed, (t) => `Typed on A. ${t}`) } });
    await B.send({ cmd: 'edit', table: 'sections', id: section.id, fields: { body: typed(agreed, (t) => `${t} Typed on B.`) } });
    await linkA.restore();
    await linkB.restore();
    const both = `Typed on A. ${text} Typed on B.`;
    for (const l of [A, B])
      await until(
        `${l.name} has both typings`,
        () => get(l, 'sections', section.id),
        (x) => plain((x as { body: Body } | null)?.body.content[i]) === both,
      );
    for (const l of [A, B]) {
      const x = (await get(l, 'sections', section.id)) as Rec & { body: Body };
      expect(x.body.content.length).toBe(agreed.content.length);
      expect((await status(l))!.conflicts).toEqual([]);
    }
  });

  it('a server killed without warning and restarted loses nothing: laptops resend, and a cold join sees it all', async () => {
    await A.send({ cmd: 'edit', table: 'papers', id: paper.id, fields: { title: 'Just before the power cut' } });
    await server.kill();
    await until(
      'A offline',
      () => status(A),
      (s) => s?.link.kind === 'offline',
    );
    await B.send({ cmd: 'edit', table: 'committees', id: sample.committees[0]!.id, fields: { name: 'Renamed while the server was down' } });
    await server.start();
    await until(
      'B gets A’s edit',
      () => get(B, 'papers', paper.id),
      (p) => p?.title === 'Just before the power cut',
    );
    await until(
      'A gets B’s edit',
      () => get(A, 'committees', sample.committees[0]!.id),
      (c) => c?.name === 'Renamed while the server was down',
    );
    await until(
      'A has nothing waiting',
      () => status(A),
      (s) => s?.waiting === 0 && s.link.kind === 'connected',
    );
    await until(
      'B has nothing waiting',
      () => status(B),
      (s) => s?.waiting === 0 && s.link.kind === 'connected',
    );

    // A third laptop joins with its own untouched sample: the server's newer records win, nothing is overwritten.
    const C = await Laptop.start('C');
    laptops.push(C);
    const linkC = await Link.open(() => server.port);
    await C.send({ cmd: 'open', name: 'c', user: 'Kim Author', seed: true });
    await C.send({ cmd: 'connect', url: linkC.url, token: TOKENS.author });
    await until(
      'C sees the edits',
      () => get(C, 'papers', paper.id),
      (p) => p?.title === 'Just before the power cut',
    );
    expect(((await get(C, 'committees', sample.committees[0]!.id)) as Rec).name).toBe('Renamed while the server was down');
    expect(((await get(A, 'papers', paper.id)) as Rec).title).toBe('Just before the power cut');
    await linkC.cut();
  }, 45_000);

  it('an unknown token is refused, and an officer’s change to a paper is kept on their laptop but not sent', async () => {
    const D = await Laptop.start('D');
    laptops.push(D);
    const linkD = await Link.open(() => server.port);
    await D.send({ cmd: 'open', name: 'd', user: 'Sam Officer', seed: true });
    await D.send({ cmd: 'connect', url: linkD.url, token: 'not-a-token' });
    await until(
      'D is refused',
      () => status(D),
      (s) => s?.link.kind === 'refused',
    );
    await D.send({ cmd: 'disconnect' });
    await D.send({ cmd: 'connect', url: linkD.url, token: TOKENS.officer });
    await until(
      'D joined read-only for papers',
      () => status(D),
      (s) => (s?.readOnly.includes('papers') ?? false) && !s!.readOnly.includes('updates'),
    );
    await until(
      'D has the server’s paper',
      () => get(D, 'papers', paper.id),
      (p) => p?.title === 'Just before the power cut',
    );
    await D.send({ cmd: 'edit', table: 'papers', id: paper.id, fields: { title: 'An officer may not retitle the paper' } });
    await D.send({ cmd: 'edit', table: 'updates', id: update.id, fields: { narrativeDate: '2017-10-31' } });
    await until(
      'A gets the officer’s update',
      () => get(A, 'updates', update.id),
      (u) => u?.narrativeDate === '2017-10-31',
    );
    const s = await status(D);
    expect(s!.blocked).toBe(1);
    expect(((await get(D, 'papers', paper.id)) as Rec).title).toBe('An officer may not retitle the paper');
    expect(((await get(A, 'papers', paper.id)) as Rec).title).toBe('Just before the power cut');
    await linkD.cut();
  }, 45_000);

  it('a paragraph deleted on one laptop while another typed in it is kept for the typist to restore', async () => {
    const now = (await get(A, 'sections', section.id)) as Rec & { body: Body };
    const i = now.body.content.findIndex((b) => b.type === 'paragraph' && plain(b).length > 0);
    const text = plain(now.body.content[i]);
    await until(
      'B agrees with A',
      () => get(B, 'sections', section.id),
      (x) => JSON.stringify(x?.body) === JSON.stringify(now.body),
    );
    await linkA.cut();
    await linkB.cut();
    const deleted: Body = { ...now.body, content: now.body.content.filter((_, k) => k !== i) };
    const typedIn: Body = {
      ...now.body,
      content: now.body.content.map((b, k) => (k === i ? { type: 'paragraph', content: [{ type: 'text', text: `${text} Typed on B while A deleted.` }] } : b)),
    };
    await A.send({ cmd: 'edit', table: 'sections', id: section.id, fields: { body: deleted } });
    await B.send({ cmd: 'edit', table: 'sections', id: section.id, fields: { body: typedIn } });
    await linkA.restore();
    await linkB.restore();
    // Both laptops converge on the deletion (Yjs takes the typing inside a deleted paragraph with it) …
    for (const l of [A, B])
      await until(
        `${l.name} has the paragraph deleted`,
        () => get(l, 'sections', section.id),
        (x) => (x as { body: Body } | null)?.body.content.length === deleted.content.length,
      );
    // … and B, who typed, has what was taken in its list, with nothing to choose.
    const s = await until(
      'B lists the removed paragraph',
      () => status(B),
      (x) => (x?.removed.length ?? 0) > 0,
    );
    expect(s!.removed.map((r) => r.text)).toEqual([`${text} Typed on B while A deleted.`]);
    expect(s!.conflicts).toEqual([]);
    expect((await status(A))!.removed).toEqual([]);
    // Restore puts it back where it stood, for everyone.
    expect(await B.send({ cmd: 'restoreRemoved', index: 0 })).toBe(true);
    for (const l of [A, B])
      await until(
        `${l.name} has the paragraph back`,
        () => get(l, 'sections', section.id),
        (x) => plain((x as { body: Body } | null)?.body.content[i]) === `${text} Typed on B while A deleted.`,
      );
    expect((await status(B))!.removed).toEqual([]);
  }, 30_000);
  it('an officer’s change to the update of a deliverable someone else leads stays on their laptop and does not reach the others', async () => {
    const E = await Laptop.start('E');
    laptops.push(E);
    const linkE = await Link.open(() => server.port);
    await E.send({ cmd: 'open', name: 'e', user: 'Sam Officer', seed: true });
    await E.send({ cmd: 'connect', url: linkE.url, token: TOKENS.officer });
    await until(
      'E knows it is Sam, an officer',
      () => status(E),
      (s) => s?.link.kind === 'connected' && s.signedInAs?.role === 'officer' && s.readOnly.includes('papers'),
    );
    await until(
      'E has the server’s updates',
      () => get(E, 'updates', update.id),
      (u) => u?.narrativeDate === '2017-10-31',
    );
    const before = (await get(A, 'updates', othersUpdate.id))!;
    await E.send({ cmd: 'edit', table: 'updates', id: othersUpdate.id, fields: { narrativeDate: '2017-11-30' } });
    await E.send({ cmd: 'edit', table: 'updates', id: update.id, fields: { narrativeDate: '2017-11-15' } });
    await until(
      'A gets Sam’s change to his own deliverable’s update',
      () => get(A, 'updates', update.id),
      (u) => u?.narrativeDate === '2017-11-15',
    );
    await until(
      'E counts the change it may not send',
      () => status(E),
      (s) => (s?.blocked ?? 0) >= 1 && s?.waiting === 0,
    );
    // Still Sam's on his laptop, never overwritten; the author's laptop never saw it.
    expect(((await get(E, 'updates', othersUpdate.id)) as Rec).narrativeDate).toBe('2017-11-30');
    expect(((await get(A, 'updates', othersUpdate.id)) as Rec).narrativeDate).toBe(before.narrativeDate);
    // A restart offline does not let it out either.
    await linkE.cut();
    await E.send({ cmd: 'restart' });
    await linkE.restore();
    await until(
      'E back, still holding the change',
      () => status(E),
      (s) => s?.link.kind === 'connected' && s.blocked >= 1 && s.waiting === 0,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(((await get(A, 'updates', othersUpdate.id)) as Rec).narrativeDate).toBe(before.narrativeDate);
    expect(((await get(E, 'updates', othersUpdate.id)) as Rec).narrativeDate).toBe('2017-11-30');
    await linkE.cut();
  }, 45_000);

  it('an officer’s offline change to an update whose deliverable was given to someone else meanwhile is held on their laptop, and sync goes on', async () => {
    const F = await Laptop.start('F');
    laptops.push(F);
    const linkF = await Link.open(() => server.port);
    await F.send({ cmd: 'open', name: 'f', user: 'Sam Officer', seed: true });
    await F.send({ cmd: 'connect', url: linkF.url, token: TOKENS.officer });
    await until(
      'F is connected as Sam with the server’s updates',
      () => status(F),
      (s) => s?.link.kind === 'connected' && s.signedInAs?.role === 'officer' && s.waiting === 0,
    );
    const lead = (await get(A, 'deliverables', samsDeliverable.id))!.leadPersonId;
    const other = sample.deliverables.find((d) => d.leadPersonId && d.leadPersonId !== lead)!.leadPersonId;
    // Offline, Sam writes the update of his deliverable; meanwhile the author gives the deliverable to another officer.
    await linkF.cut();
    await F.send({ cmd: 'edit', table: 'updates', id: update.id, fields: { narrativeDate: '2017-12-20' } });
    await A.send({ cmd: 'edit', table: 'deliverables', id: samsDeliverable.id, fields: { leadPersonId: other } });
    await until(
      'the server has the new lead',
      () => status(A),
      (s) => s?.waiting === 0,
    );
    await linkF.restore();
    await until(
      'F is back, holding the change it may no longer send',
      () => status(F),
      (s) => s?.link.kind === 'connected' && s.blocked >= 1 && s.waiting === 0,
      20_000,
    );
    // Sync goes on for Sam's laptop: the author's next change reaches it.
    await A.send({ cmd: 'edit', table: 'updates', id: othersUpdate.id, fields: { narrativeDate: '2018-01-05' } });
    await until(
      'F gets the author’s later change',
      () => get(F, 'updates', othersUpdate.id),
      (u) => u?.narrativeDate === '2018-01-05',
      20_000,
    );
    expect(((await get(F, 'updates', update.id)) as Rec).narrativeDate).toBe('2017-12-20');
    expect(((await get(A, 'updates', update.id)) as Rec).narrativeDate).not.toBe('2017-12-20');
    expect((await get(F, 'deliverables', samsDeliverable.id))!.leadPersonId).toBe(other);
    await A.send({ cmd: 'edit', table: 'deliverables', id: samsDeliverable.id, fields: { leadPersonId: lead } });
    await linkF.cut();
  }, 60_000);
});
