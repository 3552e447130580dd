// A plan document's title page: its title, organisation, period, version and date, centred on a page
// of its own. The title is a "Title" paragraph, not a heading, so it is not an entry of the contents.
import { AlignmentType, PageBreak, Paragraph } from 'docx';
import type { PaperBundle } from '../papers/model';
import { titlePageOf } from '../papers/document-kind';
import { formatMeetingDate } from '../text/dates';
import { xmlSafe } from '../text/xml-safe';
import { textRuns } from './runs';
import { STYLE } from './constants';

export const DOCUMENT_TITLE_STYLE = 'DocumentTitle';
export const UNTITLED_PLAN = 'Untitled plan';

/** The title page's lines in print order (blank fields left out): what the page and the tests read. */
export function titlePageLines(bundle: PaperBundle): { title: string; lines: string[] } {
  const t = titlePageOf(bundle.paper);
  const clean = (s: string) => xmlSafe(s).trim();
  const date = formatMeetingDate(clean(t.date)).replace(/^(\d+)(st|nd|rd|th)/, '$1');
  return { title: clean(bundle.paper.title) || UNTITLED_PLAN, lines: [clean(t.organisation), clean(t.period), clean(t.version), date].filter(Boolean) };
}

export function titlePageChildren(bundle: PaperBundle): Paragraph[] {
  const { title, lines } = titlePageLines(bundle);
  return [
    new Paragraph({ style: DOCUMENT_TITLE_STYLE, alignment: AlignmentType.CENTER, spacing: { before: 3600, after: 480 }, children: textRuns(title) }),
    ...lines.map(
      (line, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: textRuns(line, i === 0 ? { bold: true } : {}) }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The paragraph styles a plan document adds: its title (large, not a heading). */
export const titlePageStyles = () => [
  {
    id: DOCUMENT_TITLE_STYLE,
    name: 'Title',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 44, bold: true },
    paragraph: { keepNext: true },
  },
];

export { STYLE };
