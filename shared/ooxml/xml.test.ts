import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { OfficePackage, PackageProblem, resolvePartPath, sniff } from './package';
import { attr, children, descendants, parseXml, path, textContent } from './xml';

describe('parseXml', () => {
  it('normalises prefixes by namespace, whatever the file declared', () => {
    const r = parseXml(
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t xml:space="preserve"> Hi </x:t></x:r></x:p></x:body></x:document>',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.name).toBe('w:document');
    const t = descendants(r.root, 'w:t')[0]!;
    expect(textContent(t)).toBe(' Hi ');
    expect(attr(t, 'xml:space')).toBe('preserve');
    expect(path(r.root, 'w:body', 'w:p', 'w:r')?.name).toBe('w:r');
    expect(children(r.root)).toHaveLength(1);
  });

  it('refuses a DOCTYPE (entity expansion) with a plain message', () => {
    const r = parseXml('<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('DOCTYPE') });
  });

  it('refuses malformed XML, too many elements and too deep nesting without throwing', () => {
    expect(parseXml('<a><b></a>').ok).toBe(false);
    expect(parseXml('').ok).toBe(false);
    expect(parseXml('<a>' + '<b/>'.repeat(20) + '</a>', { maxElements: 10, maxDepth: 10 })).toEqual({
      ok: false,
      error: expect.stringContaining('more than 10 elements'),
    });
    expect(parseXml('<a>'.repeat(30) + '</a>'.repeat(30), { maxElements: 100, maxDepth: 10 })).toEqual({ ok: false, error: expect.stringContaining('deep') });
  });
});

describe('OfficePackage', () => {
  it('tells a zip from .doc, RTF and empty files', () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('zip');
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('ole');
    expect(sniff(new TextEncoder().encode('{\\rtf1\\ansi'))).toBe('rtf');
    expect(sniff(new Uint8Array())).toBe('empty');
  });

  it('reads parts case-insensitively and resolves relationships', async () => {
    const zip = new JSZip();
    zip.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file('Word/Document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    zip.file(
      'word/_rels/document.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="x/image" Target="media/a.png"/><Relationship Id="rId6" Type="x/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>',
    );
    const pkg = await OfficePackage.open(await zip.generateAsync({ type: 'uint8array' }));
    expect(await pkg.rootPart('/officeDocument')).toBe('word/document.xml');
    expect((await pkg.xml('word/document.xml'))?.name).toBe('w:document');
    const rels = await pkg.relationships('word/document.xml');
    expect(rels.get('rId5')).toMatchObject({ target: 'word/media/a.png', external: false });
    expect(rels.get('rId6')).toMatchObject({ target: 'https://example.org', external: true });
    expect(resolvePartPath('word/document.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
  });

  it('stops inflating at the budget (a zip bomb), with a message', async () => {
    const zip = new JSZip();
    zip.file('big.xml', 'a'.repeat(5_000_000));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(100_000);
    const pkg = await OfficePackage.open(bytes, { maxUncompressedBytes: 1_000_000, maxEntries: 10 });
    await expect(pkg.text('big.xml')).rejects.toThrow(PackageProblem);
    await expect(pkg.text('big.xml')).rejects.toThrow(/unpacks to more than/);
  });

  it('refuses a file that is not a zip, or a damaged one, with PackageProblem', async () => {
    await expect(OfficePackage.open(new TextEncoder().encode('hello'))).rejects.toThrow(PackageProblem);
    await expect(OfficePackage.open(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).rejects.toThrow(PackageProblem);
  });
});
