// Test support: a reviewer's work on a review copy, written into its XML in the shapes Word writes
// (comments.xml with w14:paraId, commentsExtended.xml with w15:paraIdParent and w15:done, w:ins /
// w:del / w:moveFrom / w:moveTo with author and date, comment ranges and references in the body).
// Our own export is the input, so its runs' shape is known; this builds fixtures, it reads nothing
// from outside.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { must } from '../records/must';

export interface ReviewerEdit {
  /** Text inside one run of the review copy: the edit applies to it. */
  readonly find: string;
  readonly author: string;
  readonly date?: string;
  readonly comment?: { readonly text: string; readonly replyTo?: number; readonly done?: boolean };
  /** Text inserted just after `find`. */
  readonly insertAfter?: string;
  /** Delete `find` (a tracked deletion). */
  readonly remove?: boolean;
  /** Move `find` to just after `to` (tracked move). */
  readonly moveTo?: string;
  /**
   * A new paragraph of this text after the paragraph holding `find`, with its paragraph's look
   * (numbering). Word writes it two ways: the new paragraph's own mark inserted ('own', typing then
   * Enter), or the mark of the paragraph before it ('previous', Enter at its end then typing).
   */
  readonly insertParagraphAfter?: string;
  readonly paragraphMark?: 'own' | 'previous';
  /** The whole paragraph holding `find` deleted, its mark too. */
  readonly removeParagraph?: boolean;
  /** The mark of the paragraph holding `find` deleted: it joins the next. */
  readonly joinWithNext?: boolean;
  /** `find`'s look changed (w:rPrChange): its new state. */
  readonly format?: { readonly bold?: boolean; readonly italic?: boolean; readonly underline?: boolean; readonly size?: number };
  /** The paragraph holding `find` given other paragraph formatting (w:pPrChange: centred). */
  readonly paragraphFormat?: boolean;
  /** The comment is on text in a footnote (word/footnotes.xml). */
  readonly inFootnote?: boolean;
}

/** The paragraph (start and end offsets) holding `find`. */
function paragraphOf(xml: string, find: string): { start: number; end: number } {
  const at = xml.indexOf(esc(find));
  if (at < 0) throw new Error(`test-returned: "${find}" is not in the document`);
  return { start: xml.lastIndexOf('<w:p>', at), end: xml.indexOf('</w:p>', at) + '</w:p>'.length };
}

/** A paragraph's XML with a tracked mark revision in its w:pPr/w:rPr. */
function withMark(p: string, mark: string): string {
  const pPr = /^<w:p><w:pPr>.*?<\/w:pPr>/.exec(p)?.[0];
  if (!pPr) return p.replace('<w:p>', `<w:p><w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`);
  const next = pPr.includes('<w:rPr>') ? pPr.replace('<w:rPr>', `<w:rPr>${mark}`) : pPr.replace('</w:pPr>', `<w:rPr>${mark}</w:rPr></w:pPr>`);
  return next + p.slice(pPr.length);
}

function runProps(f: NonNullable<ReviewerEdit['format']>): string {
  return `${f.bold ? '<w:b/><w:bCs/>' : ''}${f.italic ? '<w:i/><w:iCs/>' : ''}${f.size ? `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>` : ''}${f.underline ? '<w:u w:val="single"/>' : ''}`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14 w15"';

/** Splits the run holding `find` into before / target / after runs and lets `wrap` rewrite the target. */
function aroundRun(xml: string, find: string, wrap: (rPr: string, target: string) => string): string {
  const needle = esc(find);
  const at = xml.indexOf(needle);
  if (at < 0) throw new Error(`test-returned: "${find}" is not in the document`);
  const runStart = xml.lastIndexOf('<w:r>', at);
  const runEnd = xml.indexOf('</w:r>', at) + '</w:r>'.length;
  const run = xml.slice(runStart, runEnd);
  const rPr = /<w:rPr>.*?<\/w:rPr>/.exec(run)?.[0] ?? '';
  const text = /<w:t[^>]*>(.*?)<\/w:t>/.exec(run)?.[1] ?? '';
  const i = text.indexOf(needle);
  const piece = (t: string) => (t ? `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>` : '');
  return xml.slice(0, runStart) + piece(text.slice(0, i)) + wrap(rPr, needle) + piece(text.slice(i + needle.length)) + xml.slice(runEnd);
}

/** `n` comments on the same words, written in one pass (for the many-comments limits). */
export function addManyComments(docx: Uint8Array, find: string, n: number): Uint8Array {
  const ids = Array.from({ length: n }, (_, i) => i);
  const parts = unzipSync(docx);
  const doc = aroundRun(
    strFromU8(must(parts['word/document.xml'], "parts['word/document.xml']")),
    find,
    (rPr, t) =>
      `${ids.map((i) => `<w:commentRangeStart w:id="${i}"/>`).join('')}<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>${ids.map((i) => `<w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r>`).join('')}`,
  );
  parts['word/document.xml'] = strToU8(doc);
  const comments = ids
    .map((i) => `<w:comment w:id="${i}" w:author="Reviewer ${i % 7}" w:date="2026-12-03T10:00:00Z"><w:p><w:r><w:t>Comment ${i}</w:t></w:r></w:p></w:comment>`)
    .join('');
  return addParts(parts, comments, '');
}

function addParts(parts: Record<string, Uint8Array>, comments: string, extended: string): Uint8Array {
  parts['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments}</w:comments>`);
  parts['word/commentsExtended.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}>${extended}</w15:commentsEx>`);
  const types = strFromU8(must(parts['[Content_Types].xml'], "parts['[Content_Types].xml']"));
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  );
  const rels = strFromU8(must(parts['word/_rels/document.xml.rels'], "parts['word/_rels/document.xml.rels']"));
  parts['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdReviewComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdReviewCommentsEx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ),
  );
  return zipSync(parts);
}

export function addReviewerWork(docx: Uint8Array, edits: readonly ReviewerEdit[], options: { dropReviewMark?: boolean; paperIdAs?: string } = {}): Uint8Array {
  const parts = unzipSync(docx);
  let doc = strFromU8(must(parts['word/document.xml'], "parts['word/document.xml']"));
  let notes = parts['word/footnotes.xml'] ? strFromU8(parts['word/footnotes.xml']) : '';
  let rev = 100;
  const comments: string[] = [];
  const extended: string[] = [];
  edits.forEach((e, n) => {
    const date = e.date ?? '2026-12-03T10:00:00Z';
    const who = `w:author="${esc(e.author)}" w:date="${date}"`;
    if (e.comment) {
      const id = n;
      const paraId = (0x10000000 + n).toString(16).toUpperCase();
      const mark = (rPr: string, t: string) =>
        `<w:commentRangeStart w:id="${id}"/><w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r><w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
      if (e.inFootnote) notes = aroundRun(notes, e.find, mark);
      else doc = aroundRun(doc, e.find, mark);
      const lines = e.comment.text.split('\n');
      comments.push(
        `<w:comment w:id="${id}" ${who} w:initials="${esc(
          e.author
            .split(' ')
            .map((x) => x[0])
            .join(''),
        )}">` +
          lines
            .map(
              (l, k) =>
                `<w:p w14:paraId="${k === lines.length - 1 ? paraId : (0x20000000 + n * 10 + k).toString(16).toUpperCase()}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${k === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`,
            )
            .join('') +
          `</w:comment>`,
      );
      const parent = e.comment.replyTo !== undefined ? ` w15:paraIdParent="${(0x10000000 + e.comment.replyTo).toString(16).toUpperCase()}"` : '';
      extended.push(`<w15:commentEx w15:paraId="${paraId}"${parent} w15:done="${e.comment.done ? 1 : 0}"/>`);
    }
    if (e.insertAfter !== undefined)
      doc = aroundRun(
        doc,
        e.find,
        (rPr, t) =>
          `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r><w:ins w:id="${rev++}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${esc(must(e.insertAfter, 'e.insertAfter'))}</w:t></w:r></w:ins>`,
      );
    if (e.remove)
      doc = aroundRun(doc, e.find, (rPr, t) => `<w:del w:id="${rev++}" ${who}><w:r>${rPr}<w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`);
    if (e.moveTo !== undefined) {
      const name = `move${rev}`;
      doc = aroundRun(
        doc,
        e.find,
        (rPr, t) =>
          `<w:moveFromRangeStart w:id="${rev++}" ${who} w:name="${name}"/><w:moveFrom w:id="${rev++}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="${rev - 2}"/>`,
      );
      doc = aroundRun(
        doc,
        e.moveTo,
        (rPr, t) =>
          `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r><w:moveToRangeStart w:id="${rev++}" ${who} w:name="${name}"/><w:moveTo w:id="${rev++}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${esc(e.find)}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="${rev - 2}"/>`,
      );
    }
    if (e.format) {
      const f = e.format;
      doc = aroundRun(doc, e.find, (rPr, t) => {
        const old = /<w:rPr>(.*?)<\/w:rPr>/.exec(rPr)?.[1] ?? '';
        return `<w:r><w:rPr>${runProps(f)}<w:rPrChange w:id="${rev++}" ${who}><w:rPr>${old}</w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
      });
    }
    if (e.insertParagraphAfter !== undefined || e.removeParagraph || e.joinWithNext || e.paragraphFormat) {
      const { start, end } = paragraphOf(doc, e.find);
      let p = doc.slice(start, end);
      let after = '';
      if (e.insertParagraphAfter !== undefined) {
        const pPr = /^<w:p>(<w:pPr>.*?<\/w:pPr>)?/.exec(p)?.[1] ?? '';
        const fresh = `<w:p>${pPr}<w:ins w:id="${rev++}" ${who}><w:r><w:t xml:space="preserve">${esc(e.insertParagraphAfter)}</w:t></w:r></w:ins></w:p>`;
        const mark = `<w:ins w:id="${rev++}" ${who}/>`;
        if (e.paragraphMark === 'previous') {
          p = withMark(p, mark);
          after = fresh;
        } else after = withMark(fresh, mark);
      }
      if (e.removeParagraph) {
        p = withMark(p, `<w:del w:id="${rev++}" ${who}/>`).replace(
          /<w:r>(.*?)<\/w:r>/g,
          (_m, inner: string) =>
            `<w:del w:id="${rev++}" ${who}><w:r>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>')}</w:r></w:del>`,
        );
      }
      if (e.joinWithNext) p = withMark(p, `<w:del w:id="${rev++}" ${who}/>`);
      if (e.paragraphFormat) {
        const pPr = /^<w:p><w:pPr>(.*?)<\/w:pPr>/.exec(p);
        const old = pPr?.[1] ?? '';
        // w:jc before the mark's w:rPr, w:pPrChange last (the schema's order).
        const change = `<w:pPrChange w:id="${rev++}" ${who}><w:pPr>${old.replace(/<w:rPr>.*?<\/w:rPr>/, '')}</w:pPr></w:pPrChange>`;
        const jc = '<w:jc w:val="center"/>';
        p = pPr
          ? p.replace(
              /<w:pPr>(.*?)<\/w:pPr>/,
              (_m, inner: string) => `<w:pPr>${inner.includes('<w:rPr>') ? inner.replace('<w:rPr>', `${jc}<w:rPr>`) : inner + jc}${change}</w:pPr>`,
            )
          : p.replace('<w:p>', `<w:p><w:pPr>${jc}${change}</w:pPr>`);
      }
      doc = doc.slice(0, start) + p + after + doc.slice(end);
    }
  });
  parts['word/document.xml'] = strToU8(doc);
  if (notes) parts['word/footnotes.xml'] = strToU8(notes);
  if (options.dropReviewMark || options.paperIdAs) {
    const custom = strFromU8(must(parts['docProps/custom.xml'], "parts['docProps/custom.xml']"));
    parts['docProps/custom.xml'] = strToU8(
      options.dropReviewMark
        ? custom.replace(/<property [^>]*name="Panelwright[^"]*">.*?<\/property>/g, '')
        : custom.replace(/(name="PanelwrightPaperId"><vt:lpwstr>)[^<]*/, `$1${options.paperIdAs}`),
    );
  }
  return comments.length ? addParts(parts, comments.join(''), extended.join('')) : zipSync(parts);
}
