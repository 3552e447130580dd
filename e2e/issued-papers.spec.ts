// Issued papers, as an author lives them: issue the quarter's paper, find it cannot be changed,
// revise it after the plan's figures move, re-issue it, see version 1 still as it went out, compare
// the two and export the redline, start next quarter's paper from it, and save a template.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, openApp, openPaper, sectionText, waitUntilSaved } from './support/app';

const PAPER = /Police and Crime Commissioner's Update Report/;

async function insertThemeUpdate(page: Page) {
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /Theme update/ }).check();
  await dialog.getByLabel('Theme', { exact: true }).selectOption('5a3e1e00-2017-4000-8012-000000000006');
  await expect(dialog.getByLabel('Reporting period')).toHaveValue('fy2017q2');
  await dialog.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
}

async function issue(page: Page, note: string, revisedNote?: string) {
  await page.getByRole('button', { name: 'Issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue/ });
  await dialog.getByLabel('Note (optional)').fill(note);
  if (revisedNote !== undefined) await dialog.getByLabel('Revision note printed with it (optional)').fill(revisedNote);
  await dialog.getByRole('button', { name: /^Issue version/ }).click();
  await expect(dialog).toBeHidden();
  // Focus goes to the note saying what was issued (the Issue button has gone), not lost.
  await expect(page.locator('#issued-note')).toBeFocused();
}

test('issue, try to change it, revise when the figures move, re-issue; v1 keeps what went out; compare and redline; next quarter; template', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await openPaper(page, PAPER);
  await insertThemeUpdate(page);
  const figures = page.locator('.block-preview').filter({ hasText: 'STATUS KEY and Results' });
  await expect(figures).toContainText('11/13 (84.6%)');

  await issue(page, 'Issued to Police and Crime Panel, 8 Dec');
  await expect(page.getByRole('note').filter({ hasText: 'Issued as version 1' })).toContainText('it cannot be changed');
  // Switching the editors to read-only writes nothing (a refused write would show in the status bar).
  await waitUntilSaved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toHaveCount(0);
  // Nothing that could change it is offered, and typing changes nothing.
  await expect(page.getByRole('button', { name: 'Insert data…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove .* from the paper/ })).toHaveCount(0);
  await expect(sectionText(page, 1)).toHaveAttribute('contenteditable', 'false');
  await expect(page.locator('.data-block-state').first()).toHaveText('Frozen as issued');
  await expectNoAxeViolations(page, 'an issued paper');

  // The plan moves on: a lead officer changes an Amber deliverable of Q2 to Green.
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByRole('link', { name: 'Lead officer updates' }).first().click();
  await page.locator('#plan-period').selectOption({ label: 'Q2 2017/18' });
  const name = (await page
    .getByRole('article')
    .filter({ has: page.getByRole('radio', { name: /Amber/, checked: true }) })
    .first()
    .locator('h3')
    .textContent())!.trim();
  const amber = page.getByRole('article', { name });
  await amber.getByRole('radio').first().focus();
  await page.keyboard.press('g');
  await expect(amber.getByRole('radio', { name: /Green/ })).toBeChecked();
  await waitUntilSaved(page);

  await openPaper(page, PAPER);
  await expect(figures).toContainText('11/13 (84.6%)'); // as issued, not today's 12/13
  await page.getByRole('button', { name: 'Revise' }).click();
  await expect(page.getByText('Draft of v2')).toBeVisible();
  await expect(figures).toContainText('12/13 (92.3%)');
  await issue(page, 'Re-issued: Theme 6 statuses updated', 'Theme 6 statuses updated');

  // Both versions are kept; version 1 still shows what the panel received.
  await page.getByRole('button', { name: /^Versions/ }).click();
  const versions = page.getByRole('region', { name: 'Issued versions' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page, 'the versions panel');
  await versions.getByRole('button', { name: 'Open version 1' }).click();
  await expect(page.getByRole('note')).toContainText('You are reading version 1');
  await expect(figures).toContainText('11/13 (84.6%)');
  const v1 = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this version' }).click();
  const v1Text = readFileSync(await (await v1).path());
  expect(v1Text.subarray(0, 2).toString()).toBe('PK');
  await page.getByRole('button', { name: 'Back to the paper' }).click();

  // What changed between them, and the redline in Word.
  await page.getByRole('button', { name: /^Versions/ }).click();
  await versions.getByLabel('Compare').selectOption('1');
  await versions.getByLabel('with').selectOption('2');
  await versions.getByRole('button', { name: 'Show what changed' }).click();
  await expect(page.getByRole('heading', { name: /What changed from version 1 .* to version 2/ })).toBeFocused();
  await expect(page.locator('#compare-summary-text')).toContainText('1 deliverable moved to Green');
  await expect(page.locator('.compare-screen ins').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the comparison');
  const redline = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Word with tracked changes' }).click();
  const file = await (await redline).path();
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<w:ins w:id="\d+" w:author="[^"]+" w:date="/);
  expect(xml).toMatch(/<w:del w:id="\d+"/);
  if (spawnSync('sh', ['-c', 'command -v soffice']).status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'pw-redline-e2e-'));
    writeFileSync(join(dir, 'redline.docx'), readFileSync(file));
    const lo = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'redline.docx')],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(lo.status, lo.stderr).toBe(0);
  }

  // Next quarter's paper from the issued one.
  await page
    .getByRole('link', { name: /Police and Crime Commissioner's Update Report/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Start the next paper from this one' }).first().click();
  const checklist = page.getByRole('region', { name: /Before this paper goes out/ });
  await expect(checklist).toContainText('Set the agenda item number.');
  await expect(checklist).toContainText(/Theme 6 update.*no data yet/);
  await expect(page.locator('.block-preview').filter({ hasText: 'STATUS KEY and Results' })).toContainText('Q3 2017/18');
  await checklist.getByRole('checkbox', { name: 'Set the agenda item number.' }).check();
  await expect(checklist.getByRole('heading')).toContainText(/to do/);
  await expectNoAxeViolations(page, 'the next paper with its checklist');

  // A template from it, offered by New paper.
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByRole('dialog', { name: 'Save as template' }).getByLabel('Template name').fill('Commissioner’s update');
  await page.getByRole('dialog', { name: 'Save as template' }).getByRole('button', { name: 'Save template' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('button', { name: 'New paper' }).first().click();
  const newPaper = page.getByRole('dialog', { name: 'New paper' });
  await expect(newPaper.getByRole('radio', { name: /Template: Commissioner’s update/ })).toBeChecked();
  await expectNoAxeViolations(page, 'the new paper dialog');
  await newPaper.getByRole('button', { name: 'Create paper' }).click();
  await expect(page.getByRole('textbox', { name: 'Paper title' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Paper outline' })).toContainText('Purpose of the Report');
});
