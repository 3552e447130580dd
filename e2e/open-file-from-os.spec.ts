// Issue 14: double-clicking a .pwpack or a .panelwright backup opens it in the app. Electron's main
// process hands the file to the page through HostApi.onFileOpened (electron/opened-files.ts, tested
// in Node); here a stand-in host does main's part in the browser, so what the page does with the
// file is walked as a user sees it: the pack opens into the officer's view as "Open update pack…"
// does, and a backup goes to Backup & restore, which asks before anything is replaced.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { makePacks, packFileName } from '../shared/packs/make';
import { writePwpack } from '../shared/packs/pwpack';
import { sampleBackupText, sampleSnapshot } from '../shared/sample/reference-paper';
import { expectNoAxeViolations, openApp } from './support/app';
import { addStandInHostBase } from './support/stand-in-host';

const PLAN = 'Police and Crime Plan (2016-18)';

interface Handed {
  name: string;
  bytes?: number[];
  error?: string;
}

/** A host standing in for Electron's preload: files "double-clicked" are handed over by window.__handOver. */
async function withStandInHost(page: Page, startedWith: Handed[]): Promise<void> {
  await addStandInHostBase(page);
  await page.addInitScript((started: Handed[]) => {
    type Open = (f: unknown) => void;
    const toHost = (h: Handed) =>
      h.error ? { ok: false, name: h.name, error: h.error } : { ok: true, file: { name: h.name, data: new Uint8Array(h.bytes!) } };
    const w = window as unknown as { panelwright: unknown; __standInHost: object; __handOver: (h: Handed) => void };
    let open: Open | null = null;
    const waiting: Handed[] = [...started];
    w.__handOver = (h) => (open ? open(toHost(h)) : waiting.push(h));
    w.panelwright = {
      ...w.__standInHost,
      onFileOpened: (o: Open) => {
        open = o;
        for (const h of waiting.splice(0)) o(toHost(h));
      },
    };
  }, startedWith);
}

async function officerPack(): Promise<Handed> {
  const snapshot = sampleSnapshot();
  const plan = snapshot.plans.find((p) => p.name === PLAN)!;
  const made = makePacks(snapshot, { planId: plan.id, periodId: 'fy2017q3', by: 'Report author', at: '2026-01-05T09:00:00.000Z' });
  if (!made.ok) throw new Error(made.error);
  const pack = [...made.packs].sort((a, b) => b.rows.length - a.rows.length)[0]!;
  return { name: packFileName(pack, 'pwpack'), bytes: [...(await writePwpack(pack))] };
}

test('started by double-clicking a .pwpack, the app opens it into the officer’s view of just those deliverables', async ({ page }) => {
  const pack = await officerPack();
  const rows = (JSON.parse(Buffer.from(pack.bytes!).toString('utf8')) as { pack: { rows: { ref: string }[] } }).pack.rows;
  await withStandInHost(page, [pack]);
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${PLAN}: Q3 2017/18`);
  await expect(page.locator('.update-card')).toHaveCount(rows.length);
  await expect(
    page
      .getByRole('group', { name: `Status for ${rows[0]!.ref} (required)` })
      .getByRole('radio')
      .first(),
  ).toBeFocused();
  // Double-clicked again while open: what the officer has written is kept.
  await page.keyboard.press('g');
  await expect(page.getByTestId('pack-progress')).toHaveText(`1 of ${rows.length} updated`);
  await page.evaluate((h) => (window as unknown as { __handOver: (h: Handed) => void }).__handOver(h), pack);
  await expect(page.getByRole('status').filter({ hasText: 'This pack was already open here' })).toBeVisible();
  await expect(page.getByTestId('pack-progress')).toHaveText(`1 of ${rows.length} updated`);
});

test('a double-clicked backup goes to Backup & restore and is restored only after the summary is confirmed; a bad file is named in one line', async ({
  page,
}) => {
  await withStandInHost(page, []);
  await openApp(page);
  const handOver = (h: Handed) => page.evaluate((x) => (window as unknown as { __handOver: (h: Handed) => void }).__handOver(x), h);

  // A file main could not read, and a .pwpack that is not a pack: one line each, nothing opened.
  await handOver({ name: 'huge.panelwright', error: 'That file is larger than 50 MB and cannot be opened.' });
  await expect(page.getByRole('status').filter({ hasText: 'huge.panelwright: That file is larger than 50 MB and cannot be opened.' })).toBeVisible();
  await handOver({ name: 'notes.pwpack', bytes: [...Buffer.from('{"hello": 1}')] });
  await expect(page.getByRole('status').filter({ hasText: 'notes.pwpack: This file is not a Panelwright update pack (.pwpack).' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Delivery plans' })).toHaveAttribute('aria-current', 'page');

  // The author deleted the sample paper; the backup double-clicked holds it.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('button', { name: /^Delete Police and Crime/ }).click();
  await page.getByRole('button', { name: 'Delete paper' }).click();
  await expect(page.getByRole('heading', { name: 'No papers yet' })).toBeVisible();
  const backup: Handed = { name: 'Panelwright backup.panelwright', bytes: [...Buffer.from(sampleBackupText())] };
  await handOver(backup);
  const dialog = page.getByRole('dialog', { name: 'Restore from “Panelwright backup.panelwright”' });
  await expect(dialog).toContainText(/It holds 1 paper, 13 sections of papers/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backup & restore');
  await expect(dialog.getByRole('radio', { name: /^Everything/ })).toBeFocused();
  await expectNoAxeViolations(page, 'the restore confirmation of a double-clicked backup');
  // Cancelled: nothing is restored.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No papers yet' })).toBeVisible();
  // Double-clicked again and confirmed: the paper is back.
  await handOver(backup);
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(page.getByRole('link', { name: /Police and Crime Commissioner's Update Report/ })).toBeVisible();
});
