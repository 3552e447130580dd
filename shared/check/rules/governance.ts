// Governance rules: Non Public marking and its exemption reason, dates older than the meeting, the
// committee's page limit and a contents list for long papers.
import type { RawFinding, Rule } from '../model';
import { daysBetween, findDatesInText } from '../../text/dates-in-text';
import type { TextUnit } from '../text-units';
import { at } from '../text-units';
import { estimatePages } from '../pages';
import { paperLength } from '../../papers/length';
import type { OoxmlDoc } from '../ooxml-doc';
import { ooxmlUnits } from '../ooxml-units';
import { must } from '../../records/must';

const NON_PUBLIC_WORDING = /\bnon[- ]?public\b|\bnot for publication\b|\bexempt information\b|\bschedule 12a\b/i;
const EXEMPTION_WORDING = /\bexempt|\bschedule 12a\b|\bparagraph \d+\b.*\blocal government act\b/i;

// The cover sheet's own label ("Public/Non Public*") is not wording about the paper.
const COVER_LABEL = /^\W*(public\W+)?non[- ]?public\W*$/i;

const wordingIn = (units: readonly TextUnit[]): RawFinding[] =>
  units.flatMap((u) => {
    if (COVER_LABEL.test(u.text)) return [];
    const m = NON_PUBLIC_WORDING.exec(u.text);
    return m ? [{ message: `Non Public wording (“${m[0]}”) in a public paper`, location: at(u.location, m.index, u.text.slice(m.index)) }] : [];
  });

export const nonPublic: Rule = {
  id: 'non-public',
  severity: 'error',
  title: 'Non Public papers',
  why: 'A Non Public paper must say which exemption applies (Local Government Act 1972, Schedule 12A); Non Public wording in a public paper may publish what was meant to be exempt.',
  fix: 'For a Non Public paper, give the exemption reason on the cover sheet; in a public paper, remove the wording or mark the paper Non Public.',
  checkPaper: (bundle) => {
    const { cover } = bundle.paper;
    if (cover.publicity === 'non-public')
      return cover.exemptionReason.trim()
        ? []
        : [
            {
              message: 'The paper is Non Public but gives no exemption reason',
              location: { targetKind: 'cover', label: 'the cover sheet (Exemption reason)' },
            },
          ];
    return [];
  },
  checkText: (units, ctx) => (ctx.publicity === 'public' ? wordingIn(units.filter((u) => u.kind !== 'title')) : []),
  checkOoxml: (d) => {
    const marked = /\bnon[- ]?public\b/i.test(d.headerText) || d.publicity.toLowerCase() === 'non public';
    if (!marked) return [];
    const text = d.paragraphs.map((p) => p.text).join('\n');
    return EXEMPTION_WORDING.test(text)
      ? []
      : [{ message: 'The paper is marked Non Public but states no exemption reason', location: { label: 'the document' } }];
  },
};

const AS_AT_ANYWHERE = /\b(as (?:at|of|on)|correct (?:at|to)|data to|position at)\s/i;
const AS_AT = /\b(as (?:at|of|on)|correct (?:at|to|as at)|data to|position at)\s+$/i;

export const staleDates: Rule = {
  id: 'stale-dates',
  severity: 'warning',
  title: 'Figures older than the meeting',
  why: 'A panel deciding on figures “as at” a date months before the meeting may be deciding on a position that has changed.',
  fix: 'Bring the figures up to date, or say why they are the latest available.',
  threshold: { default: 90, label: 'days before the meeting' },
  checkText: (units, ctx) => {
    if (!ctx.meetingDate) return [];
    const out: RawFinding[] = [];
    for (const u of units) {
      if (!AS_AT_ANYWHERE.test(u.text)) continue;
      let from = 0;
      for (const d of findDatesInText(u.text)) {
        const index = u.text.indexOf(d.text, from);
        from = index + d.text.length;
        if (!AS_AT.test(u.text.slice(Math.max(0, index - 20), index))) continue;
        const days = daysBetween(d.iso, ctx.meetingDate);
        if (days > ctx.threshold)
          out.push({
            message: `“${must(u.text.slice(Math.max(0, index - 20), index).match(AS_AT), 'u.text.slice(Math.max(0, index - 20), index).match(AS_AT)')[1]} ${d.text}” is ${days} days before the meeting`,
            location: at(u.location, index, d.text),
          });
      }
    }
    return out;
  },
};

// Pages: for a paper, shared/papers/length.ts (the status bar's estimate, appendices apart); for a
// Word file, the pages Word counted, or an estimate from its text.
const docPages = (d: OoxmlDoc) => d.pages ?? estimatePages(ooxmlUnits(d));

export const pageLimit: Rule = {
  id: 'page-limit',
  severity: 'warning',
  title: 'Page limit',
  why: 'Panels set a page limit so members can read every paper before the meeting; a longer paper may not be read in full.',
  fix: 'Move detail to appendices or background papers, and summarise.',
  // 0: no limit. A committee's page limit (Committees) is used unless its Check settings give another.
  threshold: { default: 0, label: 'pages (0: no limit)' },
  checkPaper: (bundle, ctx) => {
    const pages = paperLength(bundle).pages;
    return ctx.threshold > 0 && pages > ctx.threshold
      ? [{ message: `The report is about ${pages} pages (appendices apart), over the limit of ${ctx.threshold}`, location: { label: 'the paper as a whole' } }]
      : [];
  },
  checkOoxml: (d, ctx) => {
    const pages = docPages(d);
    return ctx.threshold > 0 && pages > ctx.threshold
      ? [{ message: `The document is about ${pages} pages, over the limit of ${ctx.threshold}`, location: { label: 'the document as a whole' } }]
      : [];
  },
};

const CONTENTS_TITLE = /^(table of )?contents$/i;

export const contentsList: Rule = {
  id: 'contents-list',
  severity: 'warning',
  title: 'Contents list for long papers',
  why: 'A contents list lets readers of a long paper find the part they need, on paper and on screen.',
  fix: 'Add a contents list after the cover sheet (a “Contents” section; in Word: References › Table of Contents).',
  threshold: { default: 10, label: 'pages before a contents list is needed' },
  checkPaper: (bundle, ctx) => {
    const length = paperLength(bundle);
    const pages = length.pages + length.appendixPages;
    const has = [...bundle.sections, ...bundle.appendices].some((s) => CONTENTS_TITLE.test(s.title.trim()));
    return pages > ctx.threshold && !has ? [{ message: `About ${pages} pages and no contents list`, location: { label: 'the paper as a whole' } }] : [];
  },
  checkOoxml: (d, ctx) => {
    const pages = docPages(d);
    const has = d.hasContentsList || d.paragraphs.some((p) => p.headingLevel > 0 && CONTENTS_TITLE.test(p.text.trim()));
    return pages > ctx.threshold && !has ? [{ message: `About ${pages} pages and no contents list`, location: { label: 'the document as a whole' } }] : [];
  },
};
