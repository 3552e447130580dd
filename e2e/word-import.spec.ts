// Word in: opening a .docx paper from the Papers list (file chooser and drop), seeing its sections,
// numbers, footnotes and the import report, exporting it again; pasting Word's clipboard HTML.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coverTable, makeDocx, p, r } from '../shared/word-import/test-docx';
import { expectNoAxeViolations, openApp, paragraphNumbers, sectionText, waitUntilSaved } from './support/app';

async function wordPaper(): Promise<Buffer> {
  const bytes = await makeDocx({
    body:
      coverTable() +
      p('Quarterly Update from Word', { style: 'Title' }) +
      p('1. PURPOSE OF THE REPORT', { style: 'Heading1' }) +
      p(['1.1 This report was also submitted to the Police and Crime Panel.', '<w:r><w:footnoteReference w:id="1"/></w:r>']) +
      p(['1.2 A second numbered paragraph.', '<w:r><w:commentReference w:id="3"/></w:r>']) +
      p('2. RECOMMENDATIONS', { style: 'Heading1' }) +
      p('2.1 Members to note the report.') +
      '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p>' +
      r('Year') +
      '</w:p></w:tc><w:tc><w:p>' +
      r('No.') +
      '</w:p></w:tc></w:tr><w:tr><w:tc><w:p>' +
      r('2016-17') +
      '</w:p></w:tc><w:tc><w:p>' +
      r('11') +
      '</w:p></w:tc></w:tr></w:tbl>',
    footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(' See ')}<w:hyperlink r:id="rIdL">${r('the published report', { b: true })}</w:hyperlink></w:p></w:footnote>`,
    footnoteRels: [['rIdL', 'hyperlink', 'https://example.org/report.pdf', true]],
    comments: '<w:comment w:id="3" w:author="Reviewer"><w:p><w:r><w:t>Check this figure</w:t></w:r></w:p></w:comment>',
  });
  return Buffer.from(bytes);
}

async function paperCount(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('heading', { name: 'Papers', exact: true })).toBeVisible();
  return page.locator('.paper-link').count();
}

async function expectOpenedPaper(page: Page): Promise<void> {
  await expect(page.getByLabel('Paper title')).toHaveValue('Quarterly Update from Word');
  await expect(page.getByLabel('Report to').locator('option:checked')).toHaveText(/Joint Audit/);
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Purpose of the Report');
  await expect(page.getByLabel('Section 2 title')).toHaveValue('Recommendations');
  expect(await paragraphNumbers(sectionText(page, 1))).toEqual(['1.1', '1.2']);
  await expect(sectionText(page, 1)).toContainText('This report was also submitted');
  await expect(sectionText(page, 1)).not.toContainText('1.1 This');
  await expect(page.getByRole('complementary', { name: 'Footnotes' })).toContainText('See the published report');
  await expect(page.getByRole('complementary', { name: 'Footnotes' }).locator('strong')).toHaveText('the published report');
  await expect(sectionText(page, 2).locator('th')).toHaveCount(2);
}

test('open a Word paper from the file chooser: its sections, numbers, footnotes and the import report; export it again', async ({ page }) => {
  await openApp(page);
  await expectNoAxeViolations(page, 'the papers list with Open Word paper');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open Word paper…' }).first().click();
  await (
    await chooser
  ).setFiles({ name: 'Quarterly update.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await wordPaper() });
  await expectOpenedPaper(page);

  const report = page.getByRole('region', { name: /Opened from Word/ });
  await expect(report).toContainText('2 sections, 0 appendices, 3 numbered paragraphs, 1 footnote, 1 table');
  await expect(report).toContainText('section 1, paragraph 1.2');
  await expect(report).toContainText('Check this figure');
  await expect(page.getByRole('heading', { name: /Opened from Word/ })).toBeFocused();
  await page.screenshot({ path: 'test-results/word-import-report.png' });
  await expectNoAxeViolations(page, 'a paper opened from Word, with its import report');

  await waitUntilSaved(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('This report was also submitted to the Police and Crime Panel.');
  expect(xml).not.toContain('1.1 This report');
  const notes = await zip.file('word/footnotes.xml')!.async('string');
  expect(notes).toContain('the published report');
  expect(await zip.file('word/_rels/footnotes.xml.rels')!.async('string')).toContain('https://example.org/report.pdf');

  await page.getByRole('button', { name: 'Dismiss report' }).click();
  await expect(report).toHaveCount(0);
});

test('drop a Word paper on the papers list to open it; a .doc renamed is refused with one sentence and nothing changes', async ({ page }) => {
  await openApp(page);
  const before = await paperCount(page);
  const drop = async (name: string, bytes: Buffer) => {
    const transfer = await page.evaluateHandle(
      ({ name: n, data }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], n));
        return dt;
      },
      { name, data: bytes.toString('base64') },
    );
    await page.locator('.papers-drop').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('.papers-drop').dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop('old paper.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  await expect(page.getByRole('status').filter({ hasText: 'was not opened' })).toContainText(
    'old paper.docx was not opened: This is a Word 97–2003 document (.doc)',
  );
  expect(await paperCount(page)).toBe(before);

  await drop('Quarterly update.docx', await wordPaper());
  await expectOpenedPaper(page);
  expect(await paperCount(page)).toBe(before + 1);
});

test('pasting from Word keeps footnotes and numbering and says what was done; Ctrl+Shift+V pastes plain text', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: 'New paper' }).first().click();
  await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
  const summary = sectionText(page, 4);
  await summary.click();
  const html = await readFile(join(process.cwd(), 'renderer', 'editor', 'paste', 'fixtures', 'word.html'), 'utf8');
  await summary.evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data);
    dt.setData('text/plain', 'plain');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await expect(page.getByRole('status').filter({ hasText: 'Pasted:' })).toContainText('2 footnotes kept; list numbers removed from 3 paragraphs');
  expect(await paragraphNumbers(summary)).toEqual(['4.1', '4.2']);
  await expect(summary).not.toContainText('[1]');
  await expect(summary.locator('sup.footnote-ref')).toHaveCount(2);
  await expect(page.getByRole('complementary', { name: 'Footnotes' })).toContainText('A number of performance measures are monitor only.');
  await expect(summary.locator('a[href*="127.0.0.1"], a[href*="_ftn"]')).toHaveCount(0);
  await expect(summary.locator('h3')).toHaveText(['SUMMARY OF KEY POINTS', 'Performance Summary']);
  await page.screenshot({ path: 'test-results/word-paste.png' });
  await expectNoAxeViolations(page, 'a paper after pasting from Word');

  const purpose = sectionText(page, 1);
  await purpose.click();
  await page.keyboard.down('Shift');
  await purpose.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<h1>Big heading</h1><p><b>bold</b></p>');
    dt.setData('text/plain', 'Just the words');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await page.keyboard.up('Shift');
  await expect(purpose).toContainText('Just the words');
  await expect(purpose).not.toContainText('Big heading');
});

test('a footnote takes bold and a link, shown in the footnote list', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: 'New paper' }).first().click();
  await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
  await sectionText(page, 1).click();
  await page.keyboard.type('See the audit');
  await page.keyboard.press('ControlOrMeta+Alt+f');
  const dialog = page.getByRole('dialog', { name: 'Footnote' });
  const note = dialog.getByRole('textbox', { name: 'Footnote text' });
  await expect(note).toBeFocused();
  await page.keyboard.type('Source: ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Internal audit');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('ControlOrMeta+k');
  await dialog.getByLabel('Link address (https://… or mailto:…)').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Apply link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Only https://, http:// and mailto: links');
  await dialog.getByLabel('Link address (https://… or mailto:…)').fill('https://example.org/audit.pdf');
  await dialog.getByRole('button', { name: 'Apply link' }).click();
  await expectNoAxeViolations(page, 'the footnote dialog');
  await dialog.getByRole('button', { name: 'Insert footnote' }).click();
  const list = page.getByRole('complementary', { name: 'Footnotes' });
  await expect(list.locator('strong')).toHaveText('Internal audit');
  await expect(list.locator('.link-text')).toHaveText(['Source: ', 'Internal audit']);
  for (const l of await list.locator('.link-text').all()) await expect(l).toHaveAttribute('title', 'https://example.org/audit.pdf');
  await expect(sectionText(page, 1)).toBeFocused();
});
