// @vitest-environment happy-dom
// Clipboard HTML as Word, LibreOffice, Google Docs and web pages put it on the clipboard (fixtures/),
// pasted into a paper's editor: what the author then has, and the notice saying what was done.
import { Editor } from '@tiptap/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { richDocSchema } from '../../../shared/backup/schema';
import { doc, para } from '../../../shared/richtext/build';
import { blocksView } from '../../../shared/word-import/test-support';
import { LabelsExtension } from '../labels-plugin';
import { paperSchemaExtensions } from '../schema-extensions';
import { toRichDoc } from '../to-rich-doc';
import { normalisePastedHtml, pasteNotice } from './normalise';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function paste(html: string) {
  const e = new Editor({
    extensions: [...paperSchemaExtensions({ images: true }), LabelsExtension.configure({ initial: { sectionNo: 4, footnoteMarks: new Map() } })],
    content: doc(para('')) as never,
  });
  editors.push(e);
  e.view.pasteHTML(html);
  const stored = toRichDoc(e.getJSON());
  expect(richDocSchema.safeParse(stored).success).toBe(true);
  return { view: blocksView(stored.content).filter((l) => l !== 'N '), json: JSON.stringify(stored) };
}
const parse = (h: string) => new DOMParser().parseFromString(h, 'text/html');
const notice = (name: string) => pasteNotice(normalisePastedHtml(fixture(name), 'http://127.0.0.1:4332', parse).changes);

describe('pasting from Microsoft Word', () => {
  it('keeps footnotes, drops the list numbers Word typed in, rebuilds bullets as a list and keeps the header row', () => {
    const { view, json } = paste(fixture('word.html'));
    expect(view).toEqual([
      'H SUMMARY OF KEY POINTS',
      'H Performance Summary',
      'N Performance against refreshed targets and measures across all seven themes is contained in the Performance section of the Commissioner’s web site to September 2017.[^See the Performance and Insight Report.] This report details performance from 1st April 2017.',
      'N The table below shows a breakdown of the RAGB status.[^A number of performance measures are monitor only.]',
      '• Strengthen local civic leadership by encouraging local leaders.',
      '  • Faith and business leaders.',
      '• Raise public awareness so that everyone understands.',
      '| *Year | *No. Presented to Custody |',
      '| 2017-18 (Apr-Jun) | 2 |',
    ]);
    // the footnote keeps its link and bold; no link points at the pasted page or the app
    expect(json).toContain(
      '"text":"Performance and Insight Report","marks":[{"type":"bold"},{"type":"link","attrs":{"href":"http://www.nottinghamshire.pcc.police.uk/Performance-and-Insight-Report-to-September-2017.pdf"}}]',
    );
    expect(json).not.toMatch(/_ftn|127\.0\.0\.1|file:|clip_image|mso-/);
    expect(notice('word.html')).toBe(
      'Pasted: 2 footnotes kept; list numbers removed from 3 paragraphs (the paper numbers them); 1 list kept as a list; 2 headings made sub-headings; 1 table header row kept; 1 image not pasted (add it with Image…).',
    );
  });
});

describe('pasting from LibreOffice', () => {
  it('reads its outline numbering as headings and numbered paragraphs (no stray “1.” items), and its footnotes', () => {
    const { view, json } = paste(fixture('libreoffice.html'));
    expect(view.slice(0, 6)).toEqual([
      "H Police and Crime Commissioner's Update Report – to September 2017",
      'H Purpose of the Report',
      'N This report was also submitted to the Police and Crime Panel (PC Panel) on 27th November 2017.',
      expect.stringMatching(/^N In accordance with section 13/),
      expect.stringMatching(/^N This report provides the Joint Audit/),
      'H Recommendations',
    ]);
    expect(view).toContainEqual(
      expect.stringMatching(
        /^N Performance against refreshed targets .*September 2017\.\[\^http:\/\/www\.nottinghamshire\.pcc\.police\.uk\/Document-Library\/.*\.pdf\] This report details/,
      ),
    );
    expect(view.filter((l) => l.startsWith('#') || l.startsWith('•'))).toEqual([]);
    expect(json).not.toMatch(/sdfootnote/);
  });
});

describe('pasting from Google Docs', () => {
  it('is not all bold, keeps bold and italic, nested bullets, the bold first row as header, and the footnote', () => {
    const { view, json } = paste(fixture('google-docs.html'));
    expect(view).toEqual([
      'H Red Rated Measures',
      'N The first six months of this year have seen the Force record a 29.6% increase in All Crime.[^Force Performance and Insight report: nottinghamshire.police.uk/performance]',
      '• Victim-based crime',
      '  • Public order offences',
      '| *Measure | *Sep-17 |',
      '| All Crime | 29.6% |',
    ]);
    expect(json).toContain('{"type":"text","text":"29.6%","marks":[{"type":"bold"}]}');
    expect(json).toContain('"marks":[{"type":"italic"}]');
    expect(json).toContain('https://www.nottinghamshire.police.uk/performance');
  });
});

describe('pasting from a web page', () => {
  it('keeps its footnote, list start, header row and an embedded image; removes links to the page itself, relative and script links', () => {
    const { view, json } = paste(fixture('web-page.html'));
    expect(view).toEqual([
      'H Hate crime',
      'N The Force definition of a repeat victim is based on the national definition[^A hate crime repeat victim is a victim in the current month who was also a victim in the previous twelve months.]. See above and about us; click.',
      '# Third point',
      '# Fourth point',
      '| *Month | *Repeat victims |',
      '| September | 22 |',
      'IMG  1x1',
    ]);
    expect(json).toContain('"start":3');
    expect(json).toContain('https://www.gov.uk/hate-crime');
    expect(json).not.toMatch(/javascript|"\/about"|#hate-crime|example\.org\/chart/);
    expect(notice('web-page.html')).toMatch(/1 footnote kept.*3 links .* removed.*1 image not pasted.*1 image needs a description/);
  });

  it('says nothing after a paste that needed no change', () => {
    expect(pasteNotice(normalisePastedHtml('<p>Plain words, <b>bold</b>.</p>', 'http://x', parse).changes)).toBeNull();
  });

  it('removes a link to the app’s own address, and Word footnote links whose note is not in the fragment', () => {
    const { html, changes } = normalisePastedHtml(
      '<p>See <a href="http://127.0.0.1:4332/#/paper/1">the paper</a>, <a href="http://localhost:9999/x#_ftn1">[1]</a> and <a href="https://example.org/">a site</a></p>',
      'http://127.0.0.1:4332',
      parse,
    );
    expect(html).not.toMatch(/127\.0\.0\.1|_ftn1/);
    expect(html).toContain('href="https://example.org/"');
    expect(changes.linksRemoved).toBe(2);
  });
});
