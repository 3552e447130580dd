// Files that are not Word papers, damaged ones and hostile ones: each refused with one sentence that
// says what the file is, or imported with its dangerous parts removed, in bounded time.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importWordPaper } from './index';
import { makeDocx, p } from './test-docx';

const refused = async (bytes: Uint8Array, pattern: RegExp, options?: Parameters<typeof importWordPaper>[2]) => {
  const res = await importWordPaper(bytes, 'x.docx', options);
  expect(res.ok).toBe(false);
  if (!res.ok) {
    expect(res.error).toMatch(pattern);
    expect(res.error.split('\n')).toHaveLength(1);
  }
};
const zipOf = async (files: Record<string, string | Uint8Array>) => {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
const text = (s: string) => new TextEncoder().encode(s);

describe('files that are not Word papers', () => {
  it('says what a renamed file really is', async () => {
    await refused(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      /Word 97–2003 document \(\.doc\).*save it as a Word Document \(\.docx\)/,
    );
    await refused(text('{\\rtf1\\ansi Hello}'), /Rich Text \(RTF\)/);
    await refused(text('%PDF-1.7 ...'), /This is a PDF/);
    await refused(text('<!DOCTYPE html><html><body>x</body></html>'), /web page \(HTML\)/);
    await refused(new Uint8Array(), /The file is empty/);
    await refused(text('just some text'), /not a Word document/);
    await refused(await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), /OpenDocument text file \(\.odt\)/);
    await refused(
      await zipOf({
        '[Content_Types].xml':
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      }),
      /Excel workbook/,
    );
    await refused(await zipOf({ 'readme.txt': 'hello' }), /zip file, not a Word document/);
  });

  it('refuses damaged and truncated files and malformed XML', async () => {
    const good = await makeDocx({ body: p('Hello') });
    await refused(good.slice(0, Math.floor(good.length / 2)), /damaged or incomplete/);
    const bad = await zipOf({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
      'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
    });
    await refused(bad, /word\/document\.xml\) cannot be read: it is not well-formed XML/);
  });

  it('refuses an entity-expansion attack (a DOCTYPE)', async () => {
    const bytes = await makeDocx({ body: p('x') });
    const z = await JSZip.loadAsync(bytes);
    const doc = await z.file('word/document.xml')!.async('string');
    z.file('word/document.xml', doc.replace('<w:document', '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><w:document'));
    await refused(await z.generateAsync({ type: 'uint8array' }), /DOCTYPE/);
  });

  it('stops a zip bomb while inflating, whatever its directory claims', async () => {
    const huge = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${' '.repeat(8 * 1024 * 1024)}</w:body></w:document>`;
    const bytes = await makeDocx({ body: p('x') });
    const z = await JSZip.loadAsync(bytes);
    z.file('word/document.xml', huge);
    const bomb = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(100_000);
    await refused(bomb, /unpacks to more than 2 MB/, { limits: { unpackedBytes: 2 * 1024 * 1024 } });
  });

  it('refuses tens of thousands of paragraphs quickly, and opens a long paper in bounded time', async () => {
    const many = await makeDocx({ body: '<w:p/>'.repeat(60_000) });
    let t0 = performance.now();
    await refused(many, /more than 50,000 paragraphs/);
    expect(performance.now() - t0).toBeLessThan(5_000);
    const long = await makeDocx({
      body:
        p('Title') +
        Array.from(
          { length: 40 },
          (_, s) =>
            p(`${s + 1}. SECTION ${s + 1}`, { style: 'Heading1' }) +
            Array.from({ length: 100 }, (_, k) =>
              p(`${s + 1}.${k + 1} Paragraph text of a long paper, with enough words to be a real paragraph of a report.`),
            ).join(''),
        ).join(''),
    });
    t0 = performance.now();
    const res = await importWordPaper(long, 'long.docx');
    expect(res.ok && res.report.counts.numberedParagraphs).toBe(4000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('hostile content inside a real Word file', () => {
  it('keeps the text of links to javascript:, file: and data: addresses but not the links', async () => {
    const res = await importWordPaper(
      await makeDocx({
        body:
          p('T') +
          p('1. S', { style: 'Heading1' }) +
          p([
            '<w:hyperlink r:id="a"><w:r><w:t>one</w:t></w:r></w:hyperlink>',
            '<w:hyperlink r:id="b"><w:r><w:t>two</w:t></w:r></w:hyperlink>',
            '<w:hyperlink r:id="c"><w:r><w:t>three</w:t></w:r></w:hyperlink>',
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "javascript:evil()"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>four</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
          ]),
        rels: [
          ['a', 'hyperlink', 'javascript:alert(1)', true],
          ['b', 'hyperlink', 'file:///C:/secret.txt', true],
          ['c', 'hyperlink', 'data:text/html,<script>x</script>', true],
        ],
      }),
      'x.docx',
    );
    expect(res.ok).toBe(true);
    const json = JSON.stringify(res.ok && res.draft);
    expect(json).toContain('onetwothreefour');
    expect(json).not.toMatch(/javascript|file:|data:text/);
    expect(res.ok && res.report.notes.filter((n) => n.kind === 'link')).toHaveLength(4);
  });

  it('cuts a paragraph longer than the app stores, and says so', async () => {
    const res = await importWordPaper(await makeDocx({ body: p('T') + p('1. S', { style: 'Heading1' }) + p(`1.1 ${'x'.repeat(250_000)}`) }), 'x.docx');
    expect(res.ok && res.report.notes).toContainEqual(expect.objectContaining({ kind: 'limit', where: 'section 1, paragraph 1.1' }));
  });

  it('never throws on seeded-random damage to a real document', async () => {
    const good = await makeDocx({ body: p('T') + p('1. S', { style: 'Heading1' }) + p('1.1 Some text.') });
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 60; k++) {
      const bytes = good.slice();
      for (let j = 0; j < 1 + Math.floor(rand() * 20); j++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const res = await importWordPaper(bytes, 'x.docx');
      if (!res.ok) expect(res.error.length).toBeGreaterThan(10);
    }
  });
});
