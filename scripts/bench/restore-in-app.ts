// The benches' way in: a backup restored through the app's own restore screen, as a user would.
import type { Page } from 'playwright-core';

export async function restoreInApp(page: Page, backupJson: string): Promise<void> {
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(backupJson) });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await page.getByText('Backup restored').first().waitFor();
}
