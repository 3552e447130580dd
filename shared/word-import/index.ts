// Opening a Word paper: a .docx → the records of a new paper and a report of what was not carried
// over. Pure (no DOM, no Node): the app's "Open Word paper…", its drop target and `npm run import`
// all call importWordPaper. The file is untrusted: its package is read against an inflate budget
// (shared/ooxml), its text passes the same XML-character and link rules as pasted text, its images
// the image rule, and the records it makes pass the backup schema (records.ts).
import type { Relationship } from '../ooxml/package';
import type { XmlElement } from '../ooxml/xml';
import { attr, child, children, descendants, textContent } from '../ooxml/xml';
import type { FootnoteStyle } from '../papers/model';
import { imageSrcOf } from '../richtext/image';
import type { ImageNode } from '../richtext/model';
import type { Item } from './body';
import { piecesText, walkBlocks } from './body';
import type { DraftContact } from './contacts';
import type { NoteText } from './inline';
import { noteContentOf } from './inline';
import { WORD_IMPORT_LIMITS } from './limits';
import type { WordImportLimits } from './limits';
import { Numbering } from './numbering';
import { WordImportRefused, asRefusal, openWordPackage } from './open';
import type { OpenedWord } from './open';
import { resolvePseudoFootnotes } from './pseudo-footnotes';
import type { ImportReport } from './report';
import { ReportBuilder, quote } from './report';
import type { DraftAppendix, DraftSection } from './structure';
import { assemble } from './structure';
import { StyleSheet } from './styles';
import type { CoverSheet } from '../papers/model';

export { WordImportRefused } from './open';
export type { ImportReport, ImportNote, ImportNoteKind } from './report';
export { reportLines, countsSentence, NOTE_HEADINGS } from './report';
export { WORD_IMPORT_LIMITS } from './limits';

export interface WordPaperDraft {
  readonly title: string;
  readonly cover: Partial<CoverSheet>;
  readonly committeeName: string;
  readonly footnoteStyle: FootnoteStyle;
  readonly sections: readonly DraftSection[];
  readonly appendices: readonly DraftAppendix[];
  readonly contacts: readonly DraftContact[];
}

export type WordImportResult =
  { readonly ok: true; readonly draft: WordPaperDraft; readonly report: ImportReport } | { readonly ok: false; readonly error: string };

const REL = (suffix: string) => (r: Relationship) => !r.external && r.type.endsWith(`/${suffix}`);

async function partOf(w: OpenedWord, rels: ReadonlyMap<string, Relationship>, suffix: string): Promise<{ path: string; root: XmlElement } | null> {
  const rel = [...rels.values()].find(REL(suffix));
  if (!rel || !w.pkg.has(rel.target)) return null;
  const root = await w.pkg.xml(rel.target);
  return root ? { path: rel.target, root } : null;
}

const IMAGE_TYPES = /\.(png|jpe?g)$/i;

async function loadImages(
  w: OpenedWord,
  rels: ReadonlyMap<string, Relationship>,
  used: ReadonlySet<string>,
): Promise<Map<string, { src: string; width: number; height: number } | { reason: string }>> {
  const out = new Map<string, { src: string; width: number; height: number } | { reason: string }>();
  for (const id of used) {
    const rel = rels.get(id);
    if (!rel) {
      out.set(id, { reason: 'an image whose part is missing from the file was left out' });
      continue;
    }
    if (rel.external) {
      out.set(id, { reason: 'an image linked from outside the document was left out: only images held in the file can be kept' });
      continue;
    }
    const ext = /\.([a-z0-9]+)$/i.exec(rel.target)?.[1]?.toLowerCase() ?? '?';
    if (!IMAGE_TYPES.test(rel.target)) {
      out.set(id, {
        reason: `an image in ${ext.toUpperCase()} format was left out: only PNG and JPEG images can be kept; save it as PNG and add it with Image…`,
      });
      continue;
    }
    const bytes = await w.pkg.bytes(rel.target);
    const r = bytes ? imageSrcOf(bytes) : ({ ok: false, reason: 'The image part is missing.' } as const);
    out.set(
      id,
      r.ok
        ? { src: r.src, width: r.facts.width, height: r.facts.height }
        : { reason: `an image was left out: ${r.reason.charAt(0).toLowerCase()}${r.reason.slice(1)}` },
    );
  }
  return out;
}

function usedImageIds(root: XmlElement): Set<string> {
  const ids = new Set<string>();
  for (const b of descendants(root, 'a:blip')) {
    const id = attr(b, 'r:embed');
    if (id) ids.add(id);
  }
  for (const v of descendants(root, 'v:imagedata')) {
    const id = attr(v, 'r:id');
    if (id) ids.add(id);
  }
  return ids;
}

function footnoteStyleOf(settings: XmlElement | null, body: XmlElement, pseudo: { found: number; letters: boolean }, hasNotes: boolean): FootnoteStyle {
  const formats = [...(settings ? descendants(settings, 'w:footnotePr') : []), ...descendants(body, 'w:footnotePr')].map((f) =>
    attr(child(f, 'w:numFmt'), 'w:val'),
  );
  const fmt = formats.find((f) => f !== undefined);
  if (fmt) return /letter/i.test(fmt) ? 'letter' : 'number';
  if (pseudo.found) return pseudo.letters ? 'letter' : 'number';
  // Word numbers footnotes 1, 2, 3 unless told otherwise; a paper without notes keeps the app's default.
  return hasNotes ? 'number' : 'letter';
}

async function readNotes(
  w: OpenedWord,
  part: { path: string; root: XmlElement } | null,
  tag: 'w:footnote' | 'w:endnote',
  base: { styles: StyleSheet; numbering: Numbering; comments: ReadonlyMap<string, string> },
): Promise<Map<string, NoteText>> {
  const out = new Map<string, NoteText>();
  if (!part) return out;
  const rels = await w.pkg.relationships(part.path);
  for (const n of children(part.root, tag)) {
    const type = attr(n, 'w:type');
    if (type && type !== 'normal') continue; // separators
    const id = attr(n, 'w:id') ?? '';
    const items = walkBlocks(n, {
      styles: base.styles,
      numbering: base.numbering,
      run: { styles: base.styles, rels, comments: base.comments, notesAllowed: false },
    });
    const pieces: Item[] = items;
    const content: ReturnType<typeof noteContentOf> = [];
    const notes = [];
    for (const it of pieces) {
      if (it.kind === 'table') {
        notes.push({ kind: 'table' as const, what: 'a table inside a footnote was kept as lines of text (Word footnotes hold plain paragraphs)' });
        for (const r of it.rows)
          for (const c of r.cells)
            for (const p of c.paragraphs) content.push(...(content.length ? [{ type: 'hardBreak' as const }] : []), ...noteContentOf(p.pieces));
        continue;
      }
      notes.push(...it.notes);
      if (it.pieces.some((p) => p.t === 'image')) notes.push({ kind: 'image' as const, what: 'an image inside a footnote was left out (footnotes hold text)' });
      if (!piecesText(it.pieces).trim()) continue;
      const mark = it.num ? [{ type: 'text' as const, text: `${it.num.bullet ? '•' : it.num.label} ` }] : [];
      content.push(...(content.length ? [{ type: 'hardBreak' as const }] : []), ...mark, ...noteContentOf(it.pieces));
    }
    out.set(id, { content, notes });
  }
  return out;
}

async function reportHeadersFooters(w: OpenedWord, rels: ReadonlyMap<string, Relationship>, report: ReportBuilder): Promise<void> {
  const seen = new Set<string>();
  for (const r of rels.values()) {
    if (r.external || !(r.type.endsWith('/header') || r.type.endsWith('/footer')) || !w.pkg.has(r.target)) continue;
    const root = await w.pkg.xml(r.target);
    if (!root) continue;
    // Field instructions (PAGE) are not text a reader sees.
    const text = descendants(root, 'w:t').map(textContent).join(' ').replace(/\s+/g, ' ').trim();
    if (!text || /^(page\s*)?\d*(\s*of\s*\d*)?$/i.test(text) || seen.has(text)) continue;
    seen.add(text);
    report.add(
      'header-footer',
      r.type.endsWith('/header') ? 'page header' : 'page footer',
      `${quote(text)} was not carried over: the app prints its own headers and footers (page numbers, NON PUBLIC)`,
    );
  }
}

/** Reads a Word file into a new paper's draft and its import report; never throws. */
export async function importWordPaper(
  bytes: Uint8Array,
  fileName = 'the Word file',
  options: { limits?: Partial<WordImportLimits> } = {},
): Promise<WordImportResult> {
  const limits: WordImportLimits = { ...WORD_IMPORT_LIMITS, ...options.limits };
  try {
    const w = await openWordPackage(bytes, limits);
    const report = new ReportBuilder(limits.reportPerKind);
    const rels = await w.pkg.relationships(w.main);
    const doc = await w.pkg.xml(w.main);
    const body = doc ? child(doc, 'w:body') : undefined;
    if (!doc || !body) throw new WordImportRefused('This Word file has no document body; it may be damaged. Open it in Word, save it again and retry.');
    const paragraphs = descendants(body, 'w:p').length; // table cells' paragraphs included
    if (paragraphs > limits.paragraphs) {
      throw new WordImportRefused(
        `This document has more than ${limits.paragraphs.toLocaleString('en-GB')} paragraphs, far more than a committee paper; split it into smaller documents and open each.`,
      );
    }
    const styles = new StyleSheet((await partOf(w, rels, 'styles'))?.root ?? null);
    const numbering = new Numbering((await partOf(w, rels, 'numbering'))?.root ?? null, styles);
    const settings = (await partOf(w, rels, 'settings'))?.root ?? null;
    const comments = new Map<string, string>();
    const commentsPart = await partOf(w, rels, 'comments');
    for (const c of commentsPart ? children(commentsPart.root, 'w:comment') : [])
      comments.set(attr(c, 'w:id') ?? '', textContent(c).replace(/\s+/g, ' ').trim());
    if (w.macros) report.add('macro', 'the whole document', 'the document is macro-enabled (.docm); its macros were neither run nor kept');

    // Footnotes and endnotes keep their own numbering counters out of the body's.
    const noteNumbering = new Numbering((await partOf(w, rels, 'numbering'))?.root ?? null, styles);
    const footnotes = await readNotes(w, await partOf(w, rels, 'footnotes'), 'w:footnote', { styles, numbering: noteNumbering, comments });
    const endnotes = await readNotes(w, await partOf(w, rels, 'endnotes'), 'w:endnote', { styles, numbering: noteNumbering, comments });

    const walked = walkBlocks(body, { styles, numbering, run: { styles, rels, comments, notesAllowed: true } });
    const pseudo = resolvePseudoFootnotes(walked);
    const images = await loadImages(w, rels, usedImageIds(body));

    let placedFootnotes = 0;
    let placedEndnotes = 0;
    const assembled = assemble(pseudo.items, {
      footnotes,
      endnotes,
      image: (relId, alt): ImageNode | { reason: string } => {
        const img = images.get(relId);
        if (!img) return { reason: 'an image whose part is missing from the file was left out' };
        if ('reason' in img) return img;
        return { type: 'image', attrs: { src: img.src, alt: alt.slice(0, 2_000), width: img.width, height: img.height } };
      },
      placedNote: (kind) => {
        if (kind === 'endnote') placedEndnotes++;
        else placedFootnotes++;
      },
      report: (kind, where, what) => report.add(kind, where, what),
    });
    if (placedEndnotes)
      report.add(
        'footnote',
        'the whole document',
        `${placedEndnotes} endnote${placedEndnotes === 1 ? ' was' : 's were'} made footnotes (papers use footnotes)`,
      );
    for (const s of assembled.sections)
      for (const b of s.body)
        if (b.type === 'image' && !b.attrs.alt.trim())
          report.add(
            'image',
            `section ${assembled.sections.indexOf(s) + 1} ${quote(s.title, 40)}`,
            'an image has no description (alt text): double-click it to add one before exporting',
          );
    for (const [k, a] of assembled.appendices.entries())
      for (const b of a.body)
        if (b.type === 'image' && !b.attrs.alt.trim())
          report.add(
            'image',
            `appendix ${String.fromCharCode(65 + Math.min(k, 25))}`,
            'an image has no description (alt text): double-click it to add one before exporting',
          );
    await reportHeadersFooters(w, rels, report);

    const title = assembled.title || fileName.replace(/\.(docx|docm|dotx)$/i, '').slice(0, 1_000) || 'Untitled paper';
    const draft: WordPaperDraft = {
      title,
      cover: assembled.cover,
      committeeName: assembled.committeeName,
      footnoteStyle: footnoteStyleOf(settings, body, pseudo, placedFootnotes + placedEndnotes > 0),
      sections: assembled.sections,
      appendices: assembled.appendices,
      contacts: assembled.contacts,
    };
    const counts = {
      sections: assembled.sections.length,
      appendices: assembled.appendices.length,
      numberedParagraphs: assembled.numberedParagraphs,
      footnotes: placedFootnotes + placedEndnotes,
      tables: assembled.tables,
      images: assembled.images,
      contacts: assembled.contacts.length,
    };
    return { ok: true, draft, report: report.build(fileName, counts) };
  } catch (e) {
    return { ok: false, error: asRefusal(e).message };
  }
}
