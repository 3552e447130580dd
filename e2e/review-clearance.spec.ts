// Review and clearance as an author lives it: say Finance must clear section 5, send the draft for
// review, take in the reviewer's returned Word file (their tracked changes and a colleague's
// comment), accept a change, record Finance's clearance, see it go out of date when the text
// changes and clear it again, be stopped at Issue by the missing Legal clearance and issue with a
// reason — and find no trace of the review in the public Word file.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { addReviewerWork } from '../shared/review/test-returned';
import { createPaper, expectNoAxeViolations, openApp, sectionText, waitUntilSaved } from './support/app';

const CFO = 'Marcus Ellingham';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function write(page: Page, section: number, lines: string[]) {
  const editor = sectionText(page, section);
  await editor.click();
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await waitUntilSaved(page);
}

async function requireClearance(page: Page, section: string, role: string, name: string) {
  const panel = page.getByRole('region', { name: 'Clearances' });
  await panel.getByLabel('Section', { exact: true }).selectOption({ label: section });
  await panel.getByLabel('Cleared by (role)', { exact: true }).selectOption({ label: role });
  await panel.getByLabel('Person', { exact: true }).selectOption({ label: 'Someone else (type the name)' });
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Require this clearance' }).click();
}

test('send for review → take in a returned file → accept a change → clear Finance → issue, with nothing of the review in the public copy', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createPaper(page);
  await page.getByRole('textbox', { name: 'Paper title' }).fill('Northgate Custody Suite Business Case');
  await write(page, 5, [
    'The capital cost of the scheme is £4.2m, met from the capital programme.',
    'Running costs of £310,000 a year will be met from savings in the estate budget.',
  ]);
  await write(page, 10, ['The Commissioner has the power to enter into the contract.']);

  // Finance must clear section 5, Legal section 10.
  await page.getByRole('button', { name: /^Review & clearance/ }).click();
  await expect(page.getByRole('region', { name: 'Review & clearance' })).toContainText('Nothing sent yet');
  await requireClearance(page, '5. Financial Implications and Budget Provision', 'Finance — Chief Finance Officer (S151 officer)', CFO);
  await requireClearance(page, '10. Changes in Legislation or other Legal Considerations', 'Legal — Monitoring Officer', 'Sandra Okafor');
  const clearances = page.getByRole('table', { name: 'Required clearances and their state' });
  await expect(clearances.locator('tr[data-clearance="finance"]')).toContainText(`Finance: not asked (${CFO})`);
  await expect(page.getByRole('list', { name: 'Clearances of this section' }).first()).toContainText(`○ Finance: not asked (${CFO})`);
  await expectNoAxeViolations(page, 'the Review & clearance panel');

  // Send for review: the dialog starts from the clearances not yet given. This round goes to the CFO and a colleague.
  await page.getByRole('button', { name: 'Send for review…' }).click();
  const send = page.getByRole('dialog', { name: 'Send for review' });
  await expect(send.getByLabel('Name', { exact: true })).toHaveCount(2);
  await expect(send.getByLabel('Name', { exact: true }).first()).toHaveValue(CFO);
  await expect(send.getByLabel('Name', { exact: true }).nth(1)).toHaveValue('Sandra Okafor');
  await send.getByRole('button', { name: 'Remove reviewer 2' }).click();
  await send.getByRole('button', { name: 'Add a reviewer' }).click();
  await send.getByLabel('Name', { exact: true }).nth(1).fill('Priya Shah');
  await send.getByLabel('Reply by (YYYY-MM-DD, optional)').fill('2026-12-08');
  await expectNoAxeViolations(page, 'the Send for review dialog');
  await page.screenshot({ path: 'test-results/review-send-dialog.png' });
  const copy = page.waitForEvent('download');
  await send.getByRole('button', { name: 'Save review copy' }).click();
  const reviewCopy = await readFile(await (await copy).path());
  await expect(send).toBeHidden();
  await expect(clearances.locator('tr[data-clearance="finance"]')).toContainText('Finance: asked');
  await expect(clearances.locator('tr[data-clearance="legal"]')).toContainText('Legal: not asked');
  const reviewXml = await (await JSZip.loadAsync(reviewCopy)).file('word/document.xml')!.async('string');
  expect(reviewXml).toContain(`${CFO}: please clear section 5, Financial Implications and Budget Provision`);

  // The CFO replaces a figure (tracked); a colleague comments.
  const returned = addReviewerWork(new Uint8Array(reviewCopy), [
    { find: '£310,000', author: CFO, remove: true },
    { find: '£310,000', author: CFO, insertAfter: '£295,000' },
    { find: '£4.2m', author: 'Priya Shah', comment: { text: 'Is this after the September re-costing?' } },
  ]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Take in a returned file…' }).click();
  await (await chooser).setFiles({ name: 'Northgate review (ME).docx', mimeType: DOCX, buffer: Buffer.from(returned) });
  const notes = page.getByRole('complementary', { name: /Review of section 5/ });
  await expect(notes).toContainText('3 open of 3');
  await expect(notes.getByRole('heading')).toBeFocused();
  await expect(notes).toContainText('Is this after the September re-costing?');
  await expect(page.getByRole('region', { name: 'Review & clearance' })).toContainText('Returned: Northgate review (ME).docx');
  await page.screenshot({ path: 'test-results/review-notes.png', fullPage: false });
  await expectNoAxeViolations(page, 'a paper with reviewers’ comments and changes beside the text');

  // Accept the deletion and the insertion: the draft changes through the normal guarded save.
  await notes
    .getByRole('listitem', { name: /^Deleted by/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(notes).toContainText('2 open of 3');
  // Focus moves on to the next open item: what the author deals with next.
  await expect(notes.getByRole('listitem', { name: /^Inserted by/ })).toBeFocused();
  await notes
    .getByRole('listitem', { name: /^Inserted by/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(sectionText(page, 5)).toContainText('Running costs of £295,000 a year');
  await expect(notes).toContainText('1 open of 3');
  await notes
    .getByRole('listitem', { name: /^Comment by/ })
    .getByRole('button', { name: 'Resolve' })
    .click();
  await expect(notes).toContainText('0 open of 3');

  // Finance clears the text as it now stands.
  await clearances.getByRole('button', { name: /Record Finance .* clearance of section 5/ }).click();
  const record = page.getByRole('dialog', { name: /Record clearance of 5\./ });
  await expect(record.getByLabel('Cleared by')).toHaveValue(CFO);
  await expectNoAxeViolations(page, 'the Record clearance dialog');
  await record.getByRole('button', { name: 'Record clearance' }).click();
  await expect(record).toBeHidden();
  await expect(clearances.locator('tr[data-clearance="finance"]')).toContainText(`✓ Finance: cleared by ${CFO}`);

  // Editing section 5 puts the clearance out of date, visibly; clearing again restores it.
  await sectionText(page, 5).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Subject to VAT.');
  await waitUntilSaved(page);
  await expect(page.getByRole('list', { name: 'Clearances of this section' }).first()).toContainText('⚠ Finance: changed since cleared');
  await clearances.getByRole('button', { name: /Record Finance .* clearance of section 5/ }).click();
  await page
    .getByRole('dialog', { name: /Record clearance/ })
    .getByRole('button', { name: 'Record clearance' })
    .click();
  await expect(clearances.locator('tr[data-clearance="finance"]')).toContainText(`✓ Finance: cleared by ${CFO}`);

  // Issue: Legal is missing, so it asks for a reason; without one nothing is issued.
  await page.getByRole('button', { name: 'Issue…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue this paper' });
  await expect(issue).toContainText('10. Changes in Legislation or other Legal Considerations — Legal: not asked (Sandra Okafor)');
  await expectNoAxeViolations(page, 'the Issue dialog with a missing clearance');
  await issue.getByRole('button', { name: 'Issue version 1' }).click();
  await expect(issue.getByRole('alert')).toContainText('A required clearance is missing or out of date');
  await issue.getByLabel(/Reason to issue without (it|them)/).fill('Monitoring Officer on leave; deputy agreed by phone');
  await issue.getByRole('button', { name: 'Issue version 1' }).click();
  await expect(issue).toBeHidden();
  await expect(page.locator('#issued-note')).toBeFocused();

  // The public copy: no comments part, no tracked changes, no reviewer or clearer names, anywhere.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await exported).path()));
  expect(Object.keys(zip.files).filter((n) => /comments/i.test(n))).toEqual([]);
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir) continue;
    const xml = await zip.file(name)!.async('string');
    for (const trace of [
      '<w:ins ',
      '<w:del ',
      '<w:commentReference',
      CFO,
      'Priya Shah',
      'Sandra Okafor',
      'Panelwright',
      'DRAFT FOR REVIEW',
      'Monitoring Officer on leave',
    ])
      expect(xml, `${trace} in ${name}`).not.toContain(trace);
  }
  expect(await zip.file('word/document.xml')!.async('string')).toContain('£295,000');
});

test('a returned file of another paper is refused with a message, taking nothing in', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await write(page, 1, ['This paper asks the Panel to note the estates strategy for 2027 to 2030.']);
  await page.getByRole('button', { name: /^Review & clearance/ }).click();
  await page.getByRole('button', { name: 'Send for review…' }).click();
  const send = page.getByRole('dialog', { name: 'Send for review' });
  await send.getByLabel('Name', { exact: true }).first().fill('Priya Shah');
  const copy = page.waitForEvent('download');
  await send.getByRole('button', { name: 'Save review copy' }).click();
  const bytes = await readFile(await (await copy).path());
  // The same file marked as another paper's review copy.
  const stranger = addReviewerWork(new Uint8Array(bytes), [{ find: 'estates strategy', author: 'Priya Shah', comment: { text: 'Which one?' } }], {
    paperIdAs: 'not-this-paper',
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Take in a returned file…' }).click();
  await (await chooser).setFiles({ name: 'other.docx', mimeType: DOCX, buffer: Buffer.from(stranger) });
  await expect(page.getByText('other.docx was not taken in: This is a review copy of a paper that is not on this computer')).toBeVisible();
  await expect(page.getByRole('complementary', { name: /Review of section/ })).toHaveCount(0);
});
