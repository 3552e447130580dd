// Issue 19 as an office does it: a business plan with two objectives and their actions (imported from a
// spreadsheet, then edited: a second owner, a when typed as text), two actions updated for a half-year
// custom period, and the plan document written in the app with its title page, a contents list, and
// the action plan block with those updates; exported to Word and the text checked.
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, openApp, sectionText, waitUntilSaved } from './support/app';

const PLAN = 'OPCC Business Plan 2014/15';
const CSV = `Objective,Action,Owner,Completion date or frequency
Protect support and respond to victims,Commission victim support services,Chief Executive,April 2014
,Hold the Chief Constable to account at the performance board,Chief Executive; Chief Finance Officer,Monthly
Spend your money wisely,Publish the medium-term financial plan,Chief Finance Officer,31/12/2014
,Review grants to community safety partners,Chief Finance Officer,Routinely 2014/15
`;

test('a business plan: action plan imported and monitored for a half-year period, written as a plan document and exported with its contents', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);

  // The plan, its action plan from a spreadsheet (objective, action, owner, when; no refs).
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByLabel('New plan').fill(PLAN);
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('heading', { name: PLAN, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  const importDialog = page.getByRole('dialog', { name: `Import into ${PLAN}` });
  const chooser = page.waitForEvent('filechooser');
  await importDialog.getByRole('button', { name: /Choose (another )?file/ }).click();
  await (await chooser).setFiles({ name: 'action-plan.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(importDialog).toContainText('4 deliverables');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importDialog).toBeHidden();
  await waitUntilSaved(page);

  // The actions with their owners and when, as typed; a past one-off says it is overdue, in words.
  await expect(page.getByRole('textbox', { name: 'Completion date or frequency of row 1' }).first()).toHaveValue('April 2014');
  const monthly = page.getByRole('textbox', { name: 'Completion date or frequency of row 2' }).first();
  await expect(monthly).toHaveValue('Monthly');
  await expect(page.getByText('Overdue: due April 2014')).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove CFO as an owner of row 2/ })).toBeVisible();
  // A when that is no date or listed frequency is kept as written, and says so.
  const budget = page.getByRole('textbox', { name: 'Completion date or frequency of row 1' }).nth(1);
  await budget.fill('Before the precept meeting');
  await budget.press('Enter');
  await expect(page.getByText('Kept as written (not a date or a listed frequency)')).toBeVisible();
  await waitUntilSaved(page);
  await expectNoAxeViolations(page, 'the plan screen with actions, owners and when');

  // A half-year custom period, and two actions updated for it.
  const periods = page.getByRole('region', { name: 'Reporting periods' });
  await periods.getByLabel('Label').fill('6 month update');
  await periods.getByLabel('Starts on').fill('2014-04-01');
  await periods.getByLabel('Ends on').fill('2014-09-30');
  await periods.getByRole('button', { name: 'Add period' }).click();
  await expect(periods.getByRole('textbox', { name: /Label of the period/ })).toHaveValue('6 month update');
  await page.getByRole('link', { name: 'Lead officer updates' }).click();
  await page.locator('#plan-period').selectOption({ label: '6 month update' });
  const victims = page.getByRole('article', { name: /Commission victim support services/ });
  await victims.getByRole('radio', { name: /Green/ }).click();
  await expect(victims.getByRole('radio', { name: /Green/ })).toBeChecked();
  await victims.getByRole('textbox', { name: /^Update for / }).click();
  await page.keyboard.type('Victim services commissioned from 1 April.');
  const grants = page.getByRole('article', { name: /Review grants to community safety partners/ });
  await grants.getByRole('radio', { name: /Amber/ }).click();
  await expect(grants.getByRole('radio', { name: /Amber/ })).toBeChecked();
  await grants.getByRole('textbox', { name: /^Update for / }).click();
  await page.keyboard.type('Two grant reviews moved to the autumn.');
  await waitUntilSaved(page);

  // The business plan document: New paper asks for the kind.
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: 'New paper' }).first().click();
  const newPaper = page.getByRole('dialog', { name: 'New paper' });
  await newPaper.getByRole('radio', { name: /Plan document/ }).check();
  await expectNoAxeViolations(page, 'the new paper dialog asking for the kind');
  await newPaper.getByRole('button', { name: 'Create plan document' }).click();
  await page.getByRole('textbox', { name: 'Paper title' }).fill('Business Plan 2014/15');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Office of the Police and Crime Commissioner');
  await page.getByRole('textbox', { name: 'Period' }).fill('2014/15');
  await page.getByRole('textbox', { name: 'Version' }).fill('Version 1.0');
  // The box shows the stored choice, so click and wait for it to come back checked.
  await page.getByRole('checkbox', { name: 'Numbered headings' }).click();
  await expect(page.getByRole('checkbox', { name: 'Numbered headings' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Cover sheet' })).toHaveCount(0);

  // Text with a sub-heading and a third-level heading; paragraphs are not numbered.
  await sectionText(page, 1).click();
  await page.keyboard.type('Our vision');
  await page.keyboard.press('ControlOrMeta+Alt+2');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Safer communities');
  await page.keyboard.press('ControlOrMeta+Alt+3');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('This plan sets out what the office will do this year.');
  await expect(sectionText(page, 1).locator('p.numbered')).toHaveCount(0);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents).toContainText('1.1Our vision');
  await expect(contents).toContainText('1.1.1Safer communities');

  // The action plan block, in section 3, with the half-year updates.
  await sectionText(page, 3).click();
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const insert = page.getByRole('dialog', { name: 'Insert data' });
  await insert.getByRole('radio', { name: /Action plan/ }).check();
  await insert.getByLabel('Plan', { exact: true }).selectOption({ label: PLAN });
  await insert.getByLabel('Latest update and status').selectOption({ label: 'For 6 month update' });
  await insert.getByLabel('When column').fill('Completion date or frequency');
  await expectNoAxeViolations(page, 'the insert dialog with the action plan form');
  await insert.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(insert).toBeHidden();
  const preview = page.locator('.block-preview').filter({ hasText: 'Completion date or frequency' });
  await expect(preview).toContainText('Protect support and respond to victims');
  await expect(preview).toContainText('Victim services commissioned from 1 April.');
  await waitUntilSaved(page);
  await expectNoAxeViolations(page, 'the plan document in the editor');

  // Switching the kind keeps the text; switching back again.
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Committee paper' });
  await expect(page.getByRole('region', { name: 'Cover sheet' })).toBeVisible();
  await expect(sectionText(page, 1)).toContainText('This plan sets out what the office will do this year.');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Plan document' });
  await expect(page.getByRole('region', { name: 'Title page' })).toBeVisible();
  await waitUntilSaved(page);

  // Export, and the Word file's text: title page, contents field with its entries, headings, action plan.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const bytes = readFileSync(await (await download).path());
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
  expect(text).toContain('Business Plan 2014/15');
  expect(text).toContain('Office of the Police and Crime Commissioner');
  expect(text).toContain('Version 1.0');
  expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
  const toc =
    /<w:sdt>[\s\S]*?<\/w:sdt>/
      .exec(xml)?.[0]
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<[^>]+>/g, '') ?? '';
  for (const entry of ['1 Introduction', '1.1 Our vision', '1.1.1 Safer communities', '3 Action plan']) expect(toc).toContain(entry);
  expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
  for (const cell of [
    'Protect support and respond to victims',
    'Commission victim support services',
    'CE, CFO',
    'Monthly',
    'Before the precept meeting',
    'Routinely 2014/15',
    'Update 6 month update',
    'Victim services commissioned from 1 April.',
    'Two grant reviews moved to the autumn.',
    '▲ A',
  ]) {
    expect(text).toContain(cell);
  }
  expect(text).not.toContain('Report to');
});
