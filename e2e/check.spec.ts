// The Check, as an author uses it the day before the panel: open it on the sample paper (no Errors),
// type a list letter by hand and see the Error appear, jump from it to the paragraph, fix it and see it
// go; accept another with a reason (kept after a reload) and see Issue list it.
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

  // The sample has no Errors. The author types a list letter by hand: an Error appears as they stop typing.
  const editor = page.getByRole('textbox', { name: /^Section 3: / });
  await editor.locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('a) Review the budget each month.');
  await waitUntilSaved(page);
  const typed = panel.getByRole('button', { name: 'Typed list number or bullet “a)”', exact: true });
  await expect(typed).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole('status')).toContainText(/^1 error, /);

  // The finding takes them to the paragraph, caret at its start; deleting the letter makes it go.
  await page.keyboard.press('Control+Home');
  await typed.click();
  await expect(editor).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
  await expect(editor.locator('p').last()).toHaveText(/^Review the budget each month\.$/);
  await waitUntilSaved(page);
  await expect(typed).toBeHidden({ timeout: 15_000 });
  await expect(panel.getByRole('status')).toContainText(/^0 errors, /);

  // A second one, accepted with a reason: it stops nagging, is kept with the paper, and Issue lists it.
  await editor.locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('b) Quoted from the auditor’s report as written.');
  await waitUntilSaved(page);
  await expect(panel.getByText(/“b\) Quoted from the auditor’s report as written\.”/)).toBeVisible({ timeout: 15_000 });
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await panel.getByRole('button', { name: 'Accept: Typed list number or bullet “b)”', exact: true }).click({ timeout: 15_000 });
  const ask = page.getByRole('dialog', { name: 'Accept this finding' });
  await ask.getByRole('textbox').fill('Quoted exactly as the auditor wrote it');
  await ask.getByRole('button', { name: 'Accept' }).click();
  await expect(panel.getByRole('button', { name: 'Typed list number or bullet “b)”', exact: true })).toBeHidden();
  await panel.getByText(/^Accepted \(1\)$/).click();
  await expect(panel.getByText('Accepted: Quoted exactly as the auditor wrote it')).toBeVisible();
  await expectNoAxeViolations(page, 'the Check panel with an accepted finding');
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue/ });
  await expect(dialog.getByText(/The Check found no errors/)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText(/Typed list number or bullet “b\)”.*accepted: Quoted exactly as the auditor wrote it/)).toBeVisible();
  await expectNoAxeViolations(page, 'the Issue dialog with the Check');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a committee’s Check settings change what its papers are told', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Committees' }).click();
  await page.getByText('Check settings for Joint Audit & Scrutiny Panel').click();
  const settings = page.locator('details', { hasText: 'Check settings for Joint Audit & Scrutiny Panel' });
  const sentence = settings.getByRole('textbox', { name: 'words in a sentence' });
  await sentence.fill('80');
  await sentence.blur();
  await settings.getByRole('checkbox', { name: 'Tip: Passive voice' }).uncheck();
  await expectNoAxeViolations(page, 'the committees with Check settings open');
  await waitUntilSaved(page);

  await openPaper(page, PAPER);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Check' });
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await panel.getByText(/^Warnings \(/).click();
  await expect(panel.getByText(/Reading age/).first()).toBeVisible();
  await expect(panel.getByText(/^Sentence of \d+ words$/)).toHaveCount(0);
  await expect(panel.getByText(/passive phrases/)).toHaveCount(0);
});
