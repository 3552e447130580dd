// Update packs at scale: the 500-deliverable, 40-officer synthetic plan (./plans.ts). Prints the time
// to make the 40 Excel packs (records → workbooks; the first run includes loading exceljs, as the
// first Send update packs… in a session does), to make them again as the app saves them (one zip),
// and to take in 40 returns (read each workbook through the guarded reader, check it, and review
// every row against the plan: what the author waits for before the review screen shows). Filling the
// returns in (the officers' part) is not timed. Each line gives the elapsed time and the CPU time of
// this process: on the shared development machine the elapsed time mostly measures the other work.
import { makePacks } from '../../shared/packs/make';
import { packsZip } from '../../shared/packs/packs-zip';
import { readReturnFile } from '../../shared/packs/read-return';
import { reviewReturns } from '../../shared/packs/returns';
import { writeXlsxPack } from '../../shared/packs/xlsx-write';
import { fillXlsxPack } from '../../shared/packs/test-fixtures';
import { syntheticPlan } from './plans';

const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Elapsed and CPU time since a start taken with `start()`. */
const start = () => ({ wall: performance.now(), cpu: cpuMs() });
const since = (t: { wall: number; cpu: number }) => `${s(performance.now() - t.wall)} (CPU ${s(cpuMs() - t.cpu)})`;

export async function benchPacks(): Promise<void> {
  const data = syntheticPlan();
  const plan = data.plans[0]!;
  const period = 'fy2020q1'; // the quarter after the synthetic history: last period's text is in every row
  const t0 = start();
  const made = makePacks(data, { planId: plan.id, periodId: period, by: 'Bench', at: '2020-04-10T09:00:00.000Z' });
  if (!made.ok) throw new Error(made.error);
  const files: Uint8Array[] = [];
  for (const p of made.packs) files.push(await writeXlsxPack(p));
  const makeTime = since(t0);
  const total = files.reduce((n, f) => n + f.length, 0);
  console.log(`\nUpdate packs (${data.deliverables.length} deliverables, ${made.packs.length} lead officers)`);
  console.log(`  make ${made.packs.length} Excel packs (first, loads exceljs): ${makeTime}  (${(total / 1024).toFixed(0)} KiB in all)`);
  const tz = start();
  const zip = await packsZip(made.packs, 'xlsx');
  console.log(`  ... again, saved as the app saves them (one zip): ${since(tz)}  (${(zip.length / 1024).toFixed(0)} KiB)`);

  const returned: Uint8Array[] = [];
  for (const [i, f] of files.entries()) {
    const rows = made.packs[i]!.rows.length;
    returned.push(
      await fillXlsxPack(
        f,
        Array.from({ length: rows }, (_, r) => ({
          status: r % 5 === 0 ? 'A – Amber' : 'G – Green',
          text: `Officer ${i}, row ${r}: on track; next steps agreed with partners.`,
          date: '2020-06-20',
        })),
      ),
    );
  }
  const t1 = start();
  const read = [];
  for (const [i, f] of returned.entries()) read.push(await readReturnFile(`return-${i}.xlsx`, f));
  const readTime = since(t1);
  const review = reviewReturns(data, plan.id, period, read);
  const takeTime = since(t1);
  const refused = read.filter((r) => !r.ok).length;
  console.log(`  take in ${returned.length} returns (read + check):          ${readTime}`);
  console.log(`  ... and review all ${review.rows.length} rows:             ${takeTime} in all${refused ? `  (${refused} refused!)` : ''}`);
}
