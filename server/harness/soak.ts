// The soak run (`npm run soak -- --laptops 20 --minutes 3`): many simulated laptops (child processes
// with their own Dexie and the app's sync engine) on loopback, each editing and dropping off the
// network at random, then all reconnected. Prints how long they took to agree, the server's memory,
// and how the server's stored Y state grew. Figures, not pass/fail on time: it fails only when the
// laptops never agree or hold different conflicts.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import type { SnapshotTable } from '../../shared/backup/tables';
import { must } from '../../shared/records/must';
import { hashToken } from '../src/users';
import type { SyncStatus } from '../../renderer/sync/engine';
import { Laptop, Link, ServerProcess, freePort, until } from './drive';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} takes a positive number`);
  return v;
};
const LAPTOPS = Math.floor(arg('laptops', 20));
const MINUTES = arg('minutes', 3);
const SEED = Math.floor(arg('seed', 20261202));

// A small seeded generator, so a run can be repeated.
let state = SEED >>> 0;
const random = (): number => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => must(xs[Math.floor(random() * xs.length)], 'an item to pick');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mib = (b: number | null) => (b === null ? 'n/a' : `${(b / 2 ** 20).toFixed(1)} MiB`);
const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
const dirBytes = (d: string) => readdirSync(d).reduce((n, f) => n + statSync(join(d, f)).size, 0);

const sample = sampleSnapshot();
// Ordinary fields (the later edit wins) and one guarded field (concurrent changes are kept for a person).
const EDITS: readonly { table: SnapshotTable; ids: readonly string[]; field: string; guarded?: true }[] = [
  { table: 'people', ids: sample.people.map((p) => p.id), field: 'email' },
  { table: 'deliverables', ids: sample.deliverables.map((d) => d.id), field: 'activity' },
  { table: 'papers', ids: sample.papers.map((p) => p.id), field: 'title' },
  { table: 'measures', ids: sample.measures.map((m) => m.id), field: 'name' },
];
const STATUS_IDS = must(sample.plans[0], 'a plan in the sample').statusKey.statuses.map((s) => s.id);
const UPDATE_IDS = sample.updates.map((u) => u.id);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-soak-'));
  const dbDir = join(dir, 'db');
  const tokens = Array.from({ length: LAPTOPS }, (_, i) => `soak-token-${i}`);
  writeFileSync(
    join(dir, 'users.json'),
    JSON.stringify({ users: tokens.map((t, i) => ({ name: `Author ${i + 1}`, role: 'author', tokenSha256: hashToken(t) })) }),
  );
  mkdirSync(dbDir);
  const server = new ServerProcess(await freePort(), { PANELWRIGHT_SYNC_USERS: join(dir, 'users.json'), PANELWRIGHT_SYNC_DB: join(dbDir, 'sync.sqlite') });
  const laptops: Laptop[] = [];
  const links: Link[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rss() ?? 0)), 1000);
  const status = (l: Laptop) => l.send<SyncStatus | null>({ cmd: 'status' });
  try {
    await server.start();
    console.log(`soak: ${LAPTOPS} laptops, ${MINUTES} min of edits, seed ${SEED}`);
    // Started a few at a time: each is a Node process compiling TypeScript.
    for (let i = 0; i < LAPTOPS; i += 4)
      laptops.push(...(await Promise.all(Array.from({ length: Math.min(4, LAPTOPS - i) }, (_, k) => Laptop.start(`L${i + k + 1}`)))));
    for (const _ of laptops) links.push(await Link.open(() => server.port));
    const first = must(laptops[0], 'a laptop');
    await first.send({ cmd: 'open', name: 'l1', user: 'Author 1', seed: true });
    await first.send({ cmd: 'connect', url: must(links[0], 'a link').url, token: must(tokens[0], 'a token') });
    await until(
      'the first laptop seeded the server',
      () => status(first),
      (s) => s?.link.kind === 'connected' && s.waiting === 0,
      60_000,
    );
    const joinStart = Date.now();
    await Promise.all(
      laptops.slice(1).map(async (l, k) => {
        await l.send({ cmd: 'open', name: `l${k + 2}`, user: `Author ${k + 2}`, seed: false });
        await l.send({ cmd: 'connect', url: must(links[k + 1], 'a link').url, token: must(tokens[k + 1], 'a token') });
        await until(
          `${l.name} joined`,
          () => l.send<number>({ cmd: 'count', table: 'sections' }),
          (n) => n === sample.sections.length,
          180_000,
        );
      }),
    );
    const coldJoin = Date.now() - joinStart;
    const storedAfterSeed = dirBytes(dbDir);
    const rssAfterJoin = server.rss();

    // Everyone edits for MINUTES, dropping off the network now and then.
    let edits = 0;
    let guardedEdits = 0;
    let outages = 0;
    const end = Date.now() + MINUTES * 60_000;
    await Promise.all(
      laptops.map(async (l, i) => {
        const link = must(links[i], 'a link');
        let n = 0;
        while (Date.now() < end) {
          await sleep(400 + random() * 2000);
          if (random() < 0.05) {
            outages++;
            await link.cut();
            const away = 3000 + random() * 12_000;
            // Offline edits: they must arrive once the laptop is back.
            for (let t = Date.now() + away; Date.now() < t && Date.now() < end;) {
              await sleep(500 + random() * 1500);
              await edit(l, ++n);
            }
            await link.restore();
          } else await edit(l, ++n);
        }
      }),
    );
    async function edit(l: Laptop, n: number): Promise<void> {
      if (random() < 0.03) {
        guardedEdits++;
        await l.send({ cmd: 'edit', table: 'updates', id: pick(UPDATE_IDS), fields: { statusId: pick(STATUS_IDS) } });
      } else {
        const e = pick(EDITS);
        await l.send({ cmd: 'edit', table: e.table, id: pick(e.ids), fields: { [e.field]: `${e.field} from ${l.name}, edit ${n}` } });
      }
      edits++;
    }

    // All back on the network: how long until every laptop holds the same data and nothing waits?
    for (const link of links) await link.restore();
    const t0 = Date.now();
    const agreed = await until(
      'every laptop agrees',
      () => Promise.all(laptops.map(async (l) => ({ digest: await l.send<string>({ cmd: 'digest' }), s: await status(l) }))),
      (all) => all.every((x) => x.digest === all[0]?.digest && x.s?.waiting === 0 && x.s.link.kind === 'connected'),
      300_000,
    );
    const converged = Date.now() - t0;
    const conflicts = agreed.map((x) => x.s?.conflicts.length ?? -1);
    const heaps = await Promise.all(laptops.map((l) => l.send<number>({ cmd: 'memory' })));
    const stored = dirBytes(dbDir);

    const rows: [string, string][] = [
      [`cold join of ${LAPTOPS - 1} laptops`, `${(coldJoin / 1000).toFixed(1)} s`],
      ['edits made', `${edits} (${guardedEdits} to a guarded field), ${outages} network outages`],
      ['agreed after reconnecting', `${(converged / 1000).toFixed(1)} s (every laptop the same data, nothing waiting)`],
      [
        'conflicts shown per laptop',
        conflicts.every((c) => c === conflicts[0]) ? `${String(conflicts[0])} on every laptop` : `DIFFERENT: ${conflicts.join(', ')}`,
      ],
      ['server memory (RSS)', `after join ${mib(rssAfterJoin)}, peak ${mib(peakRss)}, end ${mib(server.rss())}`],
      [
        "server's stored state",
        `after seeding ${kib(storedAfterSeed)}, at the end ${kib(stored)} (+${kib(stored - storedAfterSeed)}, ${((stored - storedAfterSeed) / Math.max(1, edits)).toFixed(0)} bytes per edit)`,
      ],
      ['laptop heap', `median ${mib([...heaps].sort((a, b) => a - b)[heaps.length >> 1] ?? 0)}, largest ${mib(Math.max(...heaps))}`],
    ];
    console.log(`\nSoak figures (${LAPTOPS} laptops, ${MINUTES} min, load ${loadavg()[0]?.toFixed(1) ?? '?'}):`);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(28)} ${v}`);
    if (!conflicts.every((c) => c === conflicts[0])) process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    for (const l of laptops) l.kill();
    for (const k of links) await k.cut();
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`soak failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
