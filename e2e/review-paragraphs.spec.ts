// A reviewer adds a paragraph and deletes another in Word (tracked, with Word's paragraph marks) and
// makes a figure bold. The author takes the file in, accepts the two paragraph changes and sees the
// paragraphs renumber, then takes both back with Ctrl+Z (and makes one again with Ctrl+Shift+Z),
// types, accepts the formatting change, and takes back the bold and then the typing with Ctrl+Z.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { addReviewerWork } from '../shared/review/test-returned';
import { clickAtEndOf, createPaper, expectNoAxeViolations, openApp, paragraphNumbers, sectionText, waitUntilSaved } from './support/app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const P1 = 'This paper asks the Panel to approve the estates strategy for 2027 to 2030.';
const P2 = 'It follows the review of the estate reported to the Panel in October 2026.';
const P3 = 'The strategy reduces the number of buildings from 14 to 9 by 2030.';
const NEW = 'The strategy was drawn up with the Chief Constable and the district councils.';

const paragraphs = (page: Page) => sectionText(page, 1).locator(':scope > p').allInnerTexts();

test('paragraphs inserted and deleted by a reviewer are accepted as paragraphs, renumbered, and undone with Ctrl+Z', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createPaper(page);
  await page.getByRole('textbox', { name: 'Paper title' }).fill('Estates Strategy 2027 to 2030');
  await sectionText(page, 1).click();
  for (const [i, line] of [P1, P2, P3].entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await waitUntilSaved(page);
  await expect.poll(() => paragraphNumbers(sectionText(page, 1))).toEqual(['1.1', '1.2', '1.3']);

  // Send for review, and the reviewer's Word edits: a new paragraph after 1.1 (Enter at its end, then
  // typing), 1.2 deleted whole, and a figure made bold.
  await page.getByRole('button', { name: /^Review & clearance/ }).click();
  await page.getByRole('button', { name: 'Send for review…' }).click();
  const send = page.getByRole('dialog', { name: 'Send for review' });
  await send.getByLabel('Name', { exact: true }).first().fill('Priya Shah');
  const copy = page.waitForEvent('download');
  await send.getByRole('button', { name: 'Save review copy' }).click();
  const reviewCopy = await readFile(await (await copy).path());
  const returned = addReviewerWork(new Uint8Array(reviewCopy), [
    { find: 'estates strategy for 2027', author: 'Priya Shah', insertParagraphAfter: NEW, paragraphMark: 'previous' },
    { find: 'It follows the review', author: 'Priya Shah', removeParagraph: true },
    { find: 'from 14 to 9', author: 'Priya Shah', format: { bold: true } },
  ]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Take in a returned file…' }).click();
  await (await chooser).setFiles({ name: 'Estates (PS).docx', mimeType: DOCX, buffer: Buffer.from(returned) });

  const notes = page.getByRole('complementary', { name: /Review of section 1/ });
  await expect(notes).toContainText('3 open of 3');
  const inserted = notes.getByRole('listitem', { name: /^Paragraph inserted by Priya Shah/ });
  const deleted = notes.getByRole('listitem', { name: /^Paragraph deleted by Priya Shah/ });
  const bold = notes.getByRole('listitem', { name: /^Bold added by Priya Shah/ });
  await expect(inserted).toContainText(NEW);
  await expect(inserted).toContainText('¶ after 1.1');
  await expect(deleted).toContainText(P2);
  await expect(bold).toContainText('from 14 to 9');
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/review-paragraphs.png' });
  await expectNoAxeViolations(page, 'whole-paragraph and formatting changes beside the text');

  // Accept the new paragraph: it is 1.2, numbered like its neighbours.
  await inserted.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => paragraphs(page)).toEqual([P1, NEW, P2, P3]);
  await expect.poll(() => paragraphNumbers(sectionText(page, 1))).toEqual(['1.1', '1.2', '1.3', '1.4']);
  // Focus goes to the next open item; accept the deletion: the paragraph goes and the rest renumber.
  await expect(deleted).toBeFocused();
  await deleted.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => paragraphs(page)).toEqual([P1, NEW, P3]);
  await expect.poll(() => paragraphNumbers(sectionText(page, 1))).toEqual(['1.1', '1.2', '1.3']);
  await expect(notes).toContainText('1 open of 3');
  await waitUntilSaved(page);

  // Ctrl+Z takes back the deletion, then the insertion, each reopening its change; Ctrl+Shift+Z makes the insertion again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => paragraphs(page)).toEqual([P1, NEW, P2, P3]);
  await expect(page.getByText(/Undone: Accept paragraph deleted/)).toBeVisible();
  await expect(notes).toContainText('2 open of 3');
  await page.keyboard.press('Control+z');
  await expect.poll(() => paragraphs(page)).toEqual([P1, P2, P3]);
  await expect(notes).toContainText('3 open of 3');
  await expect(inserted.getByRole('button', { name: 'Accept' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => paragraphs(page)).toEqual([P1, NEW, P2, P3]);
  await expect.poll(() => paragraphNumbers(sectionText(page, 1))).toEqual(['1.1', '1.2', '1.3', '1.4']);
  await expect(notes).toContainText('2 open of 3');

  // The author types at the end of 1.4, then accepts the formatting change: the figure is bold in the draft.
  await clickAtEndOf(page, sectionText(page, 1).locator(':scope > p').nth(3));
  await page.keyboard.type(' Subject to approval.');
  await waitUntilSaved(page);
  await bold.getByRole('button', { name: 'Accept' }).click();
  await expect(sectionText(page, 1).locator('strong')).toHaveText('from 14 to 9');
  await expect(notes).toContainText('1 open of 3');
  await expectNoAxeViolations(page, 'the review notes after changes were accepted');
  // Ctrl+Z takes back the bold, then the typing before it: one history, newest first.
  await page.keyboard.press('Control+z');
  await expect(sectionText(page, 1).locator('strong')).toHaveCount(0);
  await expect(notes).toContainText('2 open of 3');
  await page.keyboard.press('Control+z');
  await expect.poll(() => paragraphs(page)).toEqual([P1, NEW, P2, P3]);
  await waitUntilSaved(page);
});
