// The Check, as an author uses it the day before the panel: open it on the sample paper (no Errors),
// type a list letter by hand and see the Error appear, jump from it to the paragraph, fix it and see it
// go; accept another with a reason (kept after a reload) and see Issue list it.
import { expect, test } from '@playwright/test';
import { clickAtEndOf, createPaper, expectNoAxeViolations, openApp, openPaper, sectionText, waitUntilSaved } from './support/app';
import { addStandInHostBase } from './support/stand-in-host';

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
  await clickAtEndOf(page, editor.locator('p').last());
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
  await clickAtEndOf(page, editor.locator('p').last());
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

test('a required Finance clearance not given is an Error at its section heading, and goes once it is recorded', async ({ page }) => {
  test.setTimeout(120_000);
  const CFO = 'Marcus Ellingham';
  await openApp(page);
  await createPaper(page);
  await page.getByRole('textbox', { name: 'Paper title' }).fill('Northgate Custody Suite Business Case');
  await sectionText(page, 5).click();
  await page.keyboard.type('The capital cost of the scheme is £4.2m, met from the capital programme.');
  await waitUntilSaved(page);

  // Finance must clear section 5.
  await page.getByRole('button', { name: /^Review & clearance/ }).click();
  const clearancesPanel = page.getByRole('region', { name: 'Clearances' });
  await clearancesPanel.getByLabel('Section', { exact: true }).selectOption({ label: '5. Financial Implications and Budget Provision' });
  await clearancesPanel.getByLabel('Cleared by (role)', { exact: true }).selectOption({ label: 'Finance — Chief Finance Officer (S151 officer)' });
  await clearancesPanel.getByLabel('Person', { exact: true }).selectOption({ label: 'Someone else (type the name)' });
  await clearancesPanel.getByLabel('Name', { exact: true }).fill(CFO);
  await clearancesPanel.getByRole('button', { name: 'Require this clearance' }).click();
  const clearances = page.getByRole('table', { name: 'Required clearances and their state' });
  await expect(clearances.locator('tr[data-clearance="finance"]')).toContainText(`Finance: not asked (${CFO})`);

  // The Check lists it as an Error, says where and who to ask.
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Check' });
  const finding = panel.getByRole('button', { name: `Required clearance missing — Finance: not asked (${CFO})`, exact: true });
  await expect(finding).toBeVisible({ timeout: 30_000 });
  const item = panel.locator('li.finding', { hasText: 'Required clearance missing' });
  await expect(item).toContainText('section 5 (Financial Implications and…)');
  await expect(item).toContainText(`Fix: Send section 5 to ${CFO} (Finance — Chief Finance Officer (S151 officer)) for clearance`);
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(panel).toContainText('The Open XML schema check runs in the desktop app and on the command line');
  await expectNoAxeViolations(page, 'the Check panel with a missing clearance');

  // It takes the author to the section's heading.
  await finding.click();
  await expect(page.getByRole('textbox', { name: 'Section 5 title' })).toBeFocused();

  // Finance clears it: the Error goes.
  await clearances.getByRole('button', { name: /Record Finance .* clearance of section 5/ }).click();
  const record = page.getByRole('dialog', { name: /Record clearance of 5\./ });
  await record.getByRole('button', { name: 'Record clearance' }).click();
  await expect(record).toBeHidden();
  await expect(clearances.locator('tr[data-clearance="finance"]')).toContainText(`✓ Finance: cleared by ${CFO}`);
  await expect(finding).toBeHidden({ timeout: 15_000 });
  await expect(panel.getByText(/Required clearance/)).toHaveCount(0);
});

// The desktop app checks the paper's Word file against the Open XML schemas in its main process
// (HostApi.validateDocx, tested in Node with the real validator). Here a stand-in host does main's part:
// it reports a schema error while window.__schemaFault is set, so the page's side is walked as a user sees it.
test('where the host validates Word files, a schema error is an Error in the Check and on Issue, and goes when the file is valid', async ({ page }) => {
  test.setTimeout(120_000);
  await addStandInHostBase(page);
  await page.addInitScript(() => {
    const w = window as unknown as { panelwright: unknown; __standInHost: object; __schemaFault: boolean; __validated: number };
    w.__schemaFault = true;
    w.__validated = 0;
    w.panelwright = {
      ...w.__standInHost,
      validateDocx: (bytes: Uint8Array) => {
        // Only a Word file (a zip) is ever sent.
        if (!(bytes instanceof Uint8Array) || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return Promise.resolve({ ok: false, message: 'Not a zip.' });
        w.__validated++;
        return Promise.resolve({
          ok: true,
          errors: w.__schemaFault
            ? [{ part: '/word/document.xml', xpath: '/w:document[1]/w:body[1]/w:p[3]', description: "The element has unexpected child element 'w:bogus'." }]
            : [],
        });
      },
    };
  });
  await openApp(page);
  await openPaper(page, PAPER);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Check' });
  const schemaError = panel.getByText("Not valid Open XML in /word/document.xml: The element has unexpected child element 'w:bogus'.", { exact: true });
  await expect(schemaError).toBeVisible({ timeout: 30_000 });
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(panel.getByRole('status')).toContainText(/^1 error, /);
  await expect(panel.getByText('Errors (1)')).toBeVisible();
  await expect(panel).not.toContainText('on the command line');
  await expectNoAxeViolations(page, 'the Check panel with a schema error');
  await panel.screenshot({ path: test.info().outputPath('check-panel-schema-error.png') });

  // Issue lists it with the other Errors.
  await page.getByRole('button', { name: 'Issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue/ });
  await expect(dialog.getByText(/The Check found 1 error not accepted/)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.locator('.issue-findings li')).toHaveText([
    "Not valid Open XML in /word/document.xml: The element has unexpected child element 'w:bogus'. (/word/document.xml /w:document[1]/w:body[1]/w:p[3])",
  ]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The file is valid again: the next edit's check finds nothing, and the Error goes.
  await page.evaluate(() => ((window as unknown as { __schemaFault: boolean }).__schemaFault = false));
  const editor = page.getByRole('textbox', { name: /^Section 3: / });
  await clickAtEndOf(page, editor.locator('p').last());
  await page.keyboard.type(' Reviewed.');
  await waitUntilSaved(page);
  await expect(schemaError).toBeHidden({ timeout: 30_000 });
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(panel.getByRole('status')).toContainText(/^0 errors, /);
  expect(await page.evaluate(() => (window as unknown as { __validated: number }).__validated)).toBeGreaterThanOrEqual(2);
});
