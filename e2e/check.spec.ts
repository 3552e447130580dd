// The Check, as an author uses it the day before the panel: open it on the sample paper, jump from a
// finding to the paragraph, fix it and see it go, accept another with a reason (kept after a reload),
// and see Issue list the accepted error and the ones still open.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

const PAPER = /Police and Crime Commissioner's Update Report/;

test('open the Check, fix a finding from it and see it go; accept one with a reason; Issue lists them', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openPaper(page, PAPER);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Check' });
  await expect(panel.getByRole('heading', { name: 'Check' })).toBeFocused();
  await expect(panel.getByRole('status')).toContainText(/\d+ errors?, \d+ warnings?, \d+ tips?$/, { timeout: 30_000 });
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expectNoAxeViolations(page, 'the paper with the Check panel open');

  // A typed "3." in section 5: the finding takes the author to the paragraph, caret at its start.
  const typed = panel.getByRole('button', { name: 'Typed list number or bullet “3.”', exact: true });
  await expect(typed).toBeVisible();
  await typed.click();
  const editor = page.getByRole('textbox', { name: /^Section 5: / });
  await expect(editor).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
  await expect(editor.locator('p', { hasText: 'Management Information for breakdown of Force response' }).first()).not.toContainText('3. Management');
  await waitUntilSaved(page);
  await expect(typed).toBeHidden({ timeout: 15_000 });
  await expect(panel.getByRole('button', { name: 'Typed list number or bullet “4.”', exact: true })).toBeVisible();

  // Accept the bold legend label with a reason: it stops nagging and is kept with the paper.
  await panel.getByRole('button', { name: /^Accept: “KEY to Performance Comparators”/ }).click();
  const ask = page.getByRole('dialog', { name: 'Accept this finding' });
  await ask.getByRole('textbox').fill('A legend label for the table below, not a heading');
  await ask.getByRole('button', { name: 'Accept' }).click();
  await expect(panel.getByRole('button', { name: '“KEY to Performance Comparators” is bold text used as a heading', exact: true })).toBeHidden();
  await panel.getByText(/^Accepted \(1\)$/).click();
  await expect(panel.getByText('Accepted: A legend label for the table below, not a heading')).toBeVisible();
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue/ });
  await expect(dialog.getByText(/The Check found \d+ errors? not accepted/)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText(/Typed list number or bullet “4\.”/)).toBeVisible();
  await expect(dialog.getByText(/KEY to Performance Comparators.*accepted: A legend label/)).toBeVisible();
  await expectNoAxeViolations(page, 'the Issue dialog with the Check');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
