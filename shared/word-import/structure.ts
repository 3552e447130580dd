// The body's paragraphs and tables → a paper: cover sheet, title, numbered sections (Heading 1, or a
// numbered heading like "4. SUMMARY OF KEY POINTS" whose number comes next), paragraphs numbered by
// Word ("4.1" from numbering.xml) or typed ("4.1 The Force…") stored without their number,
// sub-headings, lists, tables and images, "APPENDIX A" headings as appendices and the closing
// contacts block. Every note the walk made is given the place it came from.
import type { CoverSheet, SectionKind } from '../papers/model';
import { STANDARD_SECTIONS } from '../papers/standard-sections';
import type { BlockNode, BlockquoteNode, ImageNode, InlineNode } from '../richtext/model';
import { LIMITS } from '../backup/schema-common';
import type { Item, ParaItem, PendingNote } from './body';
import { allBold, dropPrefix, piecesText } from './body';
import type { DraftContact } from './contacts';
import { CONTACTS_INTRO_PATTERN, ContactsReader } from './contacts';
import { readCover } from './cover';
import type { InlineEnv } from './inline';
import { toInline } from './inline';
import { ListBuilder } from './lists';
import type { ImportNoteKind } from './report';
import { quote } from './report';
import { tableOf, tableTexts } from './tables';
import { must } from '../records/must';

export interface DraftSection {
  readonly title: string;
  readonly kind: SectionKind;
  readonly body: BlockNode[];
}

export interface DraftAppendix {
  readonly title: string;
  readonly body: BlockNode[];
}

export interface Assembled {
  readonly title: string;
  readonly cover: Partial<CoverSheet>;
  readonly committeeName: string;
  readonly sections: DraftSection[];
  readonly appendices: DraftAppendix[];
  readonly contacts: DraftContact[];
  readonly numberedParagraphs: number;
  readonly tables: number;
  readonly images: number;
}

export interface AssembleEnv extends Omit<InlineEnv, 'note'> {
  readonly report: (kind: ImportNoteKind, where: string, what: string) => void;
}

const APPENDIX = /^appendix\s+([a-z]{1,2}|\d{1,2})\b\s*[:.\-–—]?\s*(.*)$/i;
const TYPED_SECTION = /^(\d{1,2})[.)]?\s+(\S.*)$/s;
const TYPED_PARAGRAPH = /^(\d{1,2})\.(\d{1,3})\.?(?=[\s\u00a0])/;
const TYPED_BULLET = /^[•·▪◦‣∙●○■□➢►✓-]\s+/;
const APPENDIX_LINE = /^([A-Z]{1,2})[.)]?\s+(\S.*)$/;

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const isUpper = (s: string) => /[A-Z]/.test(s) && s === s.toUpperCase();
const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** A section's title and kind, spelt as the standard section where the title is one. */
export function sectionTitleOf(raw: string): { title: string; kind: SectionKind } {
  const clean = clip(raw.replace(/\s+/g, ' ').trim(), LIMITS.title);
  const std = STANDARD_SECTIONS.find((s) => key(s.title) === key(clean));
  if (std) return { title: std.title, kind: std.kind };
  return { title: clean, kind: /^(list of )?appendices\b/i.test(clean) ? 'appendices' : 'text' };
}

function looksLikeHeading(item: ParaItem, text: string): boolean {
  return text.length <= 200 && !text.includes('\n') && (allBold(item.pieces) || isUpper(text) || item.style.headingLevel !== null);
}

export function assemble(items: readonly Item[], env: AssembleEnv): Assembled {
  let title = '';
  let cover: Partial<CoverSheet> = {};
  let committeeName = '';
  let coverDone = false;
  const front: BlockNode[] = [];
  const sections: DraftSection[] = [];
  const appendices: DraftAppendix[] = [];
  const contacts = new ContactsReader();
  let inContacts = false;
  let numbered = 0;
  let tables = 0;
  let images = 0;
  let paraNo = 0;
  let lastTypedSection = -1;
  let tocReported = false;
  const lists = new ListBuilder();
  const appendixListLines = new Set<BlockNode>();
  // The block quotation the last paragraph went into, so the next quotation paragraph joins it.
  let openQuote: BlockquoteNode | null = null;
  // Where the document styles its sub-headings (Heading 2 …), a bold line is just bold text.
  const styledSubheadings = items.some((it) => it.kind === 'para' && (it.style.headingLevel ?? 0) >= 2);

  const current = (): { body: BlockNode[]; where: string; mode: 'front' | 'section' | 'appendix' } => {
    const a = appendices[appendices.length - 1];
    if (a)
      return {
        body: a.body,
        where: `appendix ${String.fromCharCode(64 + Math.min(appendices.length, 26))}${a.title ? ` ${quote(a.title, 40)}` : ''}`,
        mode: 'appendix',
      };
    const s = sections[sections.length - 1];
    if (s)
      return {
        body: s.body,
        where: `section ${sections.length} ${quote(s.title, 40)}${paraNo ? `, after paragraph ${sections.length}.${paraNo}` : ''}`,
        mode: 'section',
      };
    return { body: front, where: 'before the first section', mode: 'front' };
  };
  const flushNotes = (notes: readonly PendingNote[], where: string) => {
    for (const n of notes) env.report(n.kind, where, n.what);
  };
  const closeLists = () => {
    const l = lists.close();
    if (l) current().body.push(l);
  };
  const pushImages = (imgs: readonly ImageNode[]) => {
    if (!imgs.length) return;
    closeLists();
    current().body.push(...imgs);
    images += imgs.length;
  };
  const inlineOf = (pieces: ParaItem['pieces'], where: () => string, plain = false) => {
    const notes: PendingNote[] = [];
    const r = toInline(pieces, { ...env, note: (n) => notes.push(n) }, { plain });
    const out: InlineNode[] = r.inline.map((n) =>
      n.type === 'text' && n.text.length > LIMITS.text
        ? (notes.push({ kind: 'limit', what: `a paragraph longer than ${LIMITS.text.toLocaleString('en-GB')} characters was cut` }),
          { ...n, text: n.text.slice(0, LIMITS.text) })
        : n,
    );
    flushNotes(notes, where());
    return { inline: out, images: r.images };
  };

  const startSection = (raw: string, item: ParaItem) => {
    closeLists();
    inContacts = false;
    const { title: t, kind } = sectionTitleOf(raw);
    sections.push({ title: t, kind, body: [] });
    paraNo = 0;
    lastTypedSection = -1;
    flushNotes(item.notes, `the heading of section ${sections.length}`);
  };

  const sectionHeadingTitle = (item: ParaItem, text: string): string | null => {
    if (item.style.isTitle) return null;
    const typed = TYPED_SECTION.exec(text);
    if (item.style.headingLevel === 1) return typed && !TYPED_PARAGRAPH.test(text) ? must(typed[2], 'typed[2]') : text;
    const next = sections.length + 1;
    if (typed && Number(typed[1]) === next && looksLikeHeading(item, text) && !TYPED_PARAGRAPH.test(text) && !item.num) return must(typed[2], 'typed[2]');
    const n = item.num;
    if (n && !n.bullet && !n.multiLevel && n.ilvl === 0 && /^\d+\.?$/.test(n.label) && n.value === next && looksLikeHeading(item, text)) return text;
    return null;
  };

  const startAppendix = (rest: string, at: number): number => {
    closeLists();
    inContacts = false;
    let t = rest.trim();
    let consumed = at;
    if (!t) {
      // The title is the next heading-like paragraph ("APPENDIX A" then its title on its own line).
      for (let j = at + 1; j < items.length; j++) {
        const n = must(items[j], 'items[j]');
        if (n.kind !== 'para') break;
        const nt = piecesText(n.pieces).trim();
        if (!nt) continue;
        if ((n.style.headingLevel !== null || allBold(n.pieces) || n.style.isTitle || isUpper(nt)) && nt.length <= 300 && !APPENDIX.test(nt)) {
          t = nt;
          consumed = j;
          flushNotes(n.notes, `the title of appendix ${String.fromCharCode(65 + Math.min(appendices.length, 25))}`);
        }
        break;
      }
    }
    appendices.push({ title: clip(t.replace(/\s+/g, ' '), LIMITS.title), body: [] });
    return consumed;
  };

  const listEntryOf = (item: ParaItem, text: string): { kind: 'bullet' | 'ordered'; level: number; value: number; key: string; strip: number } | null => {
    const n = item.num;
    if (n && n.bullet) return { kind: 'bullet', level: n.ilvl, value: 1, key: n.listKey, strip: 0 };
    if (n && !n.multiLevel) return { kind: 'ordered', level: n.ilvl, value: n.value, key: n.listKey, strip: 0 };
    // A typed bullet becomes a list; a typed "1." stays as typed (it prints the same, and it may be a list of headings).
    const b = TYPED_BULLET.exec(text);
    if (b) return { kind: 'bullet', level: 0, value: 1, key: 'typed', strip: b[0].length };
    return null;
  };

  for (let i = 0; i < items.length; i++) {
    const item = must(items[i], 'items[i]');
    const here = current();

    if (item.kind === 'table') {
      if (!coverDone && here.mode === 'front') {
        const read = readCover(tableTexts(item));
        if (read.recognised >= 2) {
          coverDone = true;
          cover = read.cover;
          committeeName = read.committeeName;
          for (const p of read.problems) env.report('cover', 'cover sheet', p);
          for (const r of item.rows)
            for (const c of r.cells)
              for (const p of c.paragraphs) {
                flushNotes(p.notes, 'cover sheet');
                for (const piece of p.pieces)
                  if (piece.t === 'note' || piece.t === 'inlineNote' || piece.t === 'image')
                    env.report(
                      piece.t === 'image' ? 'image' : 'footnote',
                      'cover sheet',
                      `${piece.t === 'image' ? 'an image' : 'a footnote'} in the cover-sheet table was left out: the cover sheet holds plain text`,
                    );
              }
          continue;
        }
      }
      closeLists();
      inContacts = false;
      const notes: PendingNote[] = [...item.notes];
      const { table, images: imgs } = tableOf(item, { ...env, note: (n) => notes.push(n) }, (n) => notes.push(n));
      flushNotes(notes, `${here.where}, in a table`);
      if (table) {
        current().body.push(table);
        tables++;
      }
      pushImages(imgs);
      continue;
    }

    const text = piecesText(item.pieces).trim();
    const hasContent = text !== '' || item.pieces.some((p) => p.t === 'image' || p.t === 'note' || p.t === 'inlineNote');
    if (/^(toc|table of contents|contents)\s*\d*$|^toc heading$/i.test(item.style.name)) {
      if (!tocReported && text)
        env.report('field', here.where, 'the table of contents was left out: Word makes it again from the headings (References › Table of Contents)');
      tocReported = true;
      continue;
    }
    if (!hasContent) {
      flushNotes(item.notes, here.where);
      continue;
    }

    // An appendix starts at "APPENDIX A" (a heading, or a line in bold or capitals).
    const app = APPENDIX.exec(text);
    if (
      app &&
      text.length <= 300 &&
      (item.style.headingLevel !== null || allBold(item.pieces) || isUpper(text.split(/\s+/).slice(0, 2).join(' ')) || item.style.isTitle)
    ) {
      flushNotes(item.notes, `the heading of appendix ${String.fromCharCode(65 + Math.min(appendices.length, 25))}`);
      i = startAppendix(app[2] ?? '', i);
      continue;
    }

    const inAppendix = appendices.length > 0;
    if (!inAppendix) {
      const heading = sectionHeadingTitle(item, text);
      if (heading !== null) {
        startSection(heading, item);
        continue;
      }
      if (
        !title &&
        sections.length === 0 &&
        !item.num &&
        !item.style.isQuote &&
        !TYPED_PARAGRAPH.test(text) &&
        !text.includes('\n') &&
        text.length <= LIMITS.title
      ) {
        title = text.replace(/\s+/g, ' ');
        flushNotes(item.notes, 'the title');
        for (const p of item.pieces)
          if (p.t === 'note' || p.t === 'inlineNote') env.report('footnote', 'the title', 'a footnote on the title was left out: the title holds plain text');
        continue;
      }
      if (sections.length && CONTACTS_INTRO_PATTERN.test(text)) {
        closeLists();
        inContacts = true;
        flushNotes(item.notes, 'the contacts block');
        continue;
      }
      if (inContacts) {
        const mail = item.pieces.find((p) => p.t === 'text' && p.href?.startsWith('mailto:'));
        for (const line of text.split('\n')) contacts.line(line, mail && mail.t === 'text' ? mail.href : null);
        flushNotes(item.notes, 'the contacts block');
        continue;
      }
    }

    const where = () => current().where;
    // Word's Quote / Intense Quote paragraphs are a block quotation; quotation paragraphs one after another are one quotation.
    if (item.style.isQuote && !item.num) {
      closeLists();
      const { inline, images: imgs } = inlineOf(item.pieces, where);
      flushNotes(item.notes, where());
      const body = current().body;
      const last = body[body.length - 1];
      if (inline.length) {
        const paragraph = { type: 'paragraph' as const, content: inline };
        const joins = openQuote !== null && last === openQuote;
        const node: BlockquoteNode = { type: 'blockquote', content: [...(joins && openQuote ? openQuote.content : []), paragraph] };
        if (joins) body[body.length - 1] = node;
        else body.push(node);
        openQuote = node;
      }
      pushImages(imgs);
      continue;
    }
    openQuote = null;

    // Sub-headings: Heading 2 and below (any heading inside an appendix), or a short line all in bold.
    const headingLevel = item.style.headingLevel;
    const boldLine = !styledSubheadings && allBold(item.pieces) && text.length <= 150 && !text.includes('\n') && !/[.,;]$/.test(text) && !item.num;
    if ((headingLevel !== null && (headingLevel >= 2 || inAppendix)) || item.style.isTitle || boldLine) {
      if (!TYPED_PARAGRAPH.test(text) || headingLevel !== null || inAppendix) {
        closeLists();
        const { inline, images: imgs } = inlineOf(item.pieces, where, true);
        flushNotes(item.notes, where());
        current().body.push(inline.length ? { type: 'subheading', content: inline } : { type: 'subheading' });
        pushImages(imgs);
        continue;
      }
    }

    // Numbered paragraphs: Word's "4.1" (a multi-level list) or typed "4.1 ".
    const sectionNo = sections.length;
    const wordNumbered = item.num !== null && !item.num.bullet && item.num.multiLevel;
    const typed = TYPED_PARAGRAPH.exec(text);
    const typedOk = typed !== null && !item.num && (Number(typed[1]) === sectionNo || Number(typed[1]) === lastTypedSection);
    if (!inAppendix && sectionNo > 0 && (wordNumbered || typedOk)) {
      closeLists();
      if (typedOk) lastTypedSection = Number(typed[1]);
      if (wordNumbered && item.num.ilvl >= 2)
        env.report(
          'numbering',
          `section ${sectionNo}, paragraph ${sectionNo}.${paraNo + 1}`,
          `the paragraph was numbered ${item.num.label} in Word; the app numbers paragraphs at one level (${sectionNo}.${paraNo + 1})`,
        );
      const full = piecesText(item.pieces);
      const skip = typedOk ? full.length - full.trimStart().length + typed[0].length : 0;
      const { inline, images: imgs } = inlineOf(
        skip ? dropPrefix(item.pieces, skip) : item.pieces,
        () => `section ${sectionNo}, paragraph ${sectionNo}.${paraNo + 1}`,
      );
      paraNo++;
      numbered++;
      flushNotes(item.notes, `section ${sectionNo}, paragraph ${sectionNo}.${paraNo}`);
      if (inline.length) current().body.push({ type: 'paragraph', content: inline });
      else {
        paraNo--;
        numbered--;
      }
      pushImages(imgs);
      continue;
    }

    // The appendices section lists the appendices; the app makes that list itself.
    const section = sections[sections.length - 1];
    if (!inAppendix && section?.kind === 'appendices' && !item.num && (APPENDIX_LINE.test(text) || /^none\.?$/i.test(text))) {
      closeLists();
      const { inline } = inlineOf(item.pieces, where);
      const block: BlockNode = { type: 'paragraph', attrs: { numbered: false }, content: inline };
      appendixListLines.add(block);
      current().body.push(block);
      continue;
    }

    const entry = listEntryOf(item, text);
    if (entry) {
      const pieces = entry.strip
        ? dropPrefix(item.pieces, piecesText(item.pieces).length - piecesText(item.pieces).trimStart().length + entry.strip)
        : item.pieces;
      const { inline, images: imgs } = inlineOf(pieces, () => `${current().where}, in a list`);
      flushNotes(item.notes, `${current().where}, in a list`);
      lists.add({ kind: entry.kind, level: entry.level, inline, value: entry.value, key: entry.key });
      if (imgs.length) {
        env.report('image', `${current().where}, in a list`, 'an image in a list was placed after the list (list items hold text only)');
        pushImages(imgs);
      }
      continue;
    }

    closeLists();
    let pieces = item.pieces;
    // Inside an appendix Word's numbers are kept as text: the app does not number appendix paragraphs.
    if (inAppendix && item.num && !item.num.bullet)
      pieces = [{ t: 'text', text: `${item.num.label}\t`, bold: false, italic: false, underline: false, sup: false, href: null }, ...pieces];
    const { inline, images: imgs } = inlineOf(pieces, where);
    flushNotes(item.notes, where());
    if (inline.length)
      current().body.push(
        inAppendix || here.mode === 'front' ? { type: 'paragraph', content: inline } : { type: 'paragraph', attrs: { numbered: false }, content: inline },
      );
    pushImages(imgs);
  }
  closeLists();

  // Text between the cover and the first section goes at the start of section 1 (or is the only section).
  if (!sections.length) {
    sections.push({ title: 'Main text', kind: 'text', body: [] });
    if (front.length)
      env.report(
        'structure',
        'the whole document',
        'no section headings were found (Heading 1, or numbered headings like “1. PURPOSE OF THE REPORT”), so the text is in one section; add sections and move the text as needed',
      );
  }
  if (front.length) {
    const first = must(sections[0], 'sections[0]');
    first.body.unshift(...front.map((b) => (b.type === 'paragraph' ? { ...b, attrs: { numbered: false } } : b)));
    if (sections.length > 1 || first.title !== 'Main text')
      env.report(
        'structure',
        'before the first section',
        `${front.length} block${front.length === 1 ? '' : 's'} of text between the title and the first section heading were put at the start of section 1, unnumbered`,
      );
  }
  if (appendices.length && appendixListLines.size) {
    for (const s of sections) {
      if (s.kind !== 'appendices') continue;
      const kept = s.body.filter((b) => !appendixListLines.has(b));
      if (kept.length !== s.body.length)
        env.report(
          'structure',
          `section ${sections.indexOf(s) + 1} ${quote(s.title, 40)}`,
          'the typed list of appendices was replaced by the list the app makes from the appendices',
        );
      s.body.splice(0, s.body.length, ...kept);
    }
  }
  return { title, cover, committeeName, sections, appendices, contacts: contacts.done(), numberedParagraphs: numbered, tables, images };
}
