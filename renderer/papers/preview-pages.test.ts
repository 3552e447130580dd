import { describe, expect, it } from 'vitest';
import { markForPages } from './preview-pages';
import type { PagedDocument } from './preview-pages';

const run = (...children: object[]) => ({ type: 'run', children });

describe('markForPages (before docx-preview renders)', () => {
  it('marks header rows, keep-with-next paragraphs (own or by style) and footnote references', () => {
    const body = {
      type: 'document',
      children: [
        { type: 'paragraph', styleName: 'Heading2', children: [] },
        { type: 'paragraph', styleName: 'Normal', children: [run({ type: 'footnoteReference' })] },
        {
          type: 'table',
          children: [
            { type: 'row', isHeader: true, children: [] },
            { type: 'row', children: [] },
          ],
        },
      ],
    };
    const doc = {
      stylesPart: {
        styles: [
          { id: 'Heading1', paragraphProps: { keepNext: true } },
          { id: 'Heading2', basedOn: 'Heading1', paragraphProps: {} },
          { id: 'Normal', paragraphProps: {} },
        ],
      },
      documentPart: { body },
    } as unknown as PagedDocument;
    markForPages(doc);
    const [heading, normal, table] = body.children as { className?: string; children: { className?: string }[] }[];
    expect(heading!.className).toBe('pw-keep-next');
    expect(normal!.className).toBeUndefined();
    expect(normal!.children[0]!.className).toBe('pw-note-ref');
    expect(table!.children.map((r) => r.className)).toEqual(['pw-header-row', undefined]);
  });

  it('turns the footer’s PAGE and NUMPAGES fields into placeholders and drops a cached result', () => {
    const field = (name: string, cached: string) => [
      run({ type: 'complexField', charType: 'begin' }),
      run({ type: 'instruction', text: ` ${name} ` }),
      run({ type: 'complexField', charType: 'separate' }),
      run({ type: 'text', text: cached }),
      run({ type: 'complexField', charType: 'end' }),
    ];
    const paragraph = {
      type: 'paragraph',
      children: [run({ type: 'text', text: 'Page ' }), ...field('PAGE', '7'), run({ type: 'text', text: ' of ' }), ...field('NUMPAGES', '9')],
    };
    const doc = { parts: [{ rootElement: { type: 'footer', children: [paragraph] } }] } as unknown as PagedDocument;
    markForPages(doc);
    const text = (paragraph.children as { children: { text?: string }[] }[]).flatMap((r) => r.children.map((c) => c.text ?? '')).join('');
    expect(text).toBe('Page \u2063PAGE\u2063 of \u2063NUMPAGES\u2063');
  });

  it('scales Word’s multiple line spacing to a multiple of the font’s single line (1.15 em)', () => {
    const p = { type: 'paragraph', cssStyle: { 'line-height': '1.10' }, children: [] };
    const exact = { type: 'paragraph', cssStyle: { 'line-height': '12pt' }, children: [] };
    const doc = { documentPart: { body: { type: 'document', children: [p, exact] } } } as unknown as PagedDocument;
    markForPages(doc);
    expect(p.cssStyle['line-height']).toBe('1.265');
    expect(exact.cssStyle['line-height']).toBe('12pt');
  });
});
