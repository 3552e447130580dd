// An appendix's page: its own page title, its orientation, and a withdrawn one (listed, no page).
import { describe, expect, it } from 'vitest';
import { doc, para, table } from '../richtext/build';
import type { PaperBundle } from '../papers/model';
import { exportPaperDocx } from './export';
import { bundleWithBodies } from './fixtures';
import { documentParagraphs, readDocx } from './read-docx';
import { tableLayouts } from './testing/layout-of';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from './constants';

function withAppendices(...changes: Partial<PaperBundle['appendices'][number]>[]): PaperBundle {
  const base = bundleWithBodies(
    [doc(para('Text.'))],
    changes.map((_, i) => doc(para(`Body of appendix ${i + 1}.`), table(['A', 'B'], [['1', '2']]))),
  );
  const appendices = base.appendices.map((a, i) => ({ ...a, ...changes[i] }));
  return {
    ...base,
    sections: [...base.sections, { ...base.sections[0]!, id: 'appx-section', position: 2, title: 'Appendices', kind: 'appendices', body: doc() }],
    appendices,
  };
}

async function paragraphs(bundle: PaperBundle) {
  const d = await readDocx(await exportPaperDocx(bundle));
  return { texts: documentParagraphs(d).map((p) => p.text), document: d.part('word/document.xml') };
}

describe('appendix pages', () => {
  it('prints the page title on the page and the list title in the list', async () => {
    const { texts } = await paragraphs(
      withAppendices({ title: 'Theme 6 update', pageTitle: 'Theme 6: Prevention, Early Intervention and Reduction in Reoffending' }),
    );
    expect(texts).toContain('A.\tTheme 6 update');
    expect(texts).toContain('Theme 6: Prevention, Early Intervention and Reduction in Reoffending');
    expect(texts.filter((t) => t === 'Theme 6 update')).toEqual([]);
  });

  it('lists a withdrawn appendix as withdrawn, prints no page for it, and keeps the later letters', async () => {
    const { texts } = await paragraphs(withAppendices({ title: 'First' }, { title: 'Second', withdrawn: true }, { title: 'Third' }));
    expect(texts).toEqual(expect.arrayContaining(['A.\tFirst', 'B.\tSecond – withdrawn', 'C.\tThird', 'APPENDIX A', 'APPENDIX C']));
    expect(texts).not.toContain('APPENDIX B');
    expect(texts).not.toContain('Body of appendix 2.');
  });

  it('turns an appendix the author set landscape, and a table on it fills the wider page', async () => {
    const { document } = await paragraphs(withAppendices({ title: 'Wide', landscape: true }, { title: 'Narrow' }));
    const widths = tableLayouts(document)
      .slice(1)
      .map((t) => [t.page.landscape, t.tblW]);
    expect(widths).toEqual([
      [true, LANDSCAPE_TEXT_WIDTH],
      [false, TEXT_WIDTH],
    ]);
  });
});
