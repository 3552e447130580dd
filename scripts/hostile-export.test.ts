// Whatever an author pastes, the exported file must be well-formed and open in another reader:
// XML specials, control characters XML forbids, lone surrogates, emoji, right-to-left text, a
// 100,000-character paragraph and a 2,000-row table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../shared/docx/export';
import { bundlePaper } from '../shared/papers/bundle';
import { createPaper } from '../shared/papers/factory';
import { bold, doc, footnote, link, para, table } from '../shared/richtext/build';
import { emptySnapshot } from '../shared/backup/snapshot';

const FORBIDDEN = '\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff\ud800';
const HOSTILE = [
  `<w:p>&amp; "quotes" 'apos' <script>alert(1)</script> ]]> &#0; ${FORBIDDEN} end`,
  'Emoji 👮‍♀️ 🚓 ✅ and combining e\u0301',
  'مرحبا بالعالم — שלום עולם (right-to-left)',
  '\u202eevil override\u202c and zero-width\u200b joiner',
];

function hostileBundle() {
  const { paper, sections } = createPaper('fuzz', {
    title: `Hostile <title> & ${FORBIDDEN}`,
    cover: { publicity: 'non-public', exemptionReason: `Reason ${FORBIDDEN}`, author: '<Author> & Co' },
  });
  const body = doc(
    ...HOSTILE.map((t) => para(t, footnote(`Note ${t}`))),
    para(bold('A'.repeat(100_000))),
    para(link(`link ${FORBIDDEN}`, 'https://example.org/?a=1&b=<2>')),
    table(
      ['Col <1>', `Col & ${FORBIDDEN}`],
      Array.from({ length: 2000 }, (_, i) => [`row ${i} ${HOSTILE[i % HOSTILE.length]}`, String(i)]),
    ),
  );
  const filled = sections.map((s, i) => (i === 0 ? { ...s, title: `Section <1> & ${FORBIDDEN}`, body } : s));
  return bundlePaper({ ...emptySnapshot(), papers: [paper], sections: filled }, paper.id)!;
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('exporting hostile text', () => {
  it('writes no forbidden character raw, and every XML part is well-formed', async () => {
    const bytes = await exportPaperDocx(hostileBundle());
    const zip = await JSZip.loadAsync(bytes);
    const dir = mkdtempSync(join(tmpdir(), 'panelwright-hostile-'));
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      // eslint-disable-next-line no-control-regex -- the C0 controls XML forbids are what this looks for
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/);
      expect(xml, name).not.toContain('<script>');
      if (has('xmllint')) {
        const file = join(dir, name.replace(/[\\/]/g, '_'));
        writeFileSync(file, xml);
        const r = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
        expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      }
    }
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('👮‍♀️');
    expect(document).toContain('مرحبا');
    expect(document).toContain('A'.repeat(100_000));
  });

  (has('soffice') || process.env.CI ? it : it.skip)(
    'opens in LibreOffice',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-hostile-lo-'));
      writeFileSync(join(dir, 'hostile.docx'), await exportPaperDocx(hostileBundle()));
      const r = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'hostile.docx')],
        { encoding: 'utf8', timeout: 280_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(dir)).toContain('hostile.pdf');
    },
    300_000,
  );
});
