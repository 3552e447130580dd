// Test support: a reviewer's work on a review copy, written into its XML in the shapes Word writes
// (comments.xml with w14:paraId, commentsExtended.xml with w15:paraIdParent and w15:done, w:ins /
// w:del / w:moveFrom / w:moveTo with author and date, comment ranges and references in the body).
// Our own export is the input, so its runs' shape is known; this builds fixtures, it reads nothing
// from outside.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

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
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14 w15"';

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
  const doc = aroundRun(strFromU8(parts['word/document.xml']!), find, (rPr, t) => `${ids.map((i) => `<w:commentRangeStart w:id="${i}"/>`).join('')}<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>${ids.map((i) => `<w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r>`).join('')}`);
  parts['word/document.xml'] = strToU8(doc);
  const comments = ids.map((i) => `<w:comment w:id="${i}" w:author="Reviewer ${i % 7}" w:date="2026-12-03T10:00:00Z"><w:p><w:r><w:t>Comment ${i}</w:t></w:r></w:p></w:comment>`).join('');
  return addParts(parts, comments, '');
}

function addParts(parts: Record<string, Uint8Array>, comments: string, extended: string): Uint8Array {
  parts['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments}</w:comments>`);
  parts['word/commentsExtended.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}>${extended}</w15:commentsEx>`);
  const types = strFromU8(parts['[Content_Types].xml']!);
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  );
  const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
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
  let doc = strFromU8(parts['word/document.xml']!);
  let rev = 100;
  const comments: string[] = [];
  const extended: string[] = [];
  edits.forEach((e, n) => {
    const date = e.date ?? '2026-12-03T10:00:00Z';
    const who = `w:author="${esc(e.author)}" w:date="${date}"`;
    if (e.comment) {
      const id = n;
      const paraId = (0x10000000 + n).toString(16).toUpperCase();
      doc = aroundRun(doc, e.find, (rPr, t) => `<w:commentRangeStart w:id="${id}"/><w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r><w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`);
      const lines = e.comment.text.split('\n');
      comments.push(
        `<w:comment w:id="${id}" ${who} w:initials="${esc(e.author.split(' ').map((x) => x[0]).join(''))}">` +
          lines.map((l, k) => `<w:p w14:paraId="${k === lines.length - 1 ? paraId : (0x20000000 + n * 10 + k).toString(16).toUpperCase()}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${k === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('') +
          `</w:comment>`,
      );
      const parent = e.comment.replyTo !== undefined ? ` w15:paraIdParent="${(0x10000000 + e.comment.replyTo).toString(16).toUpperCase()}"` : '';
      extended.push(`<w15:commentEx w15:paraId="${paraId}"${parent} w15:done="${e.comment.done ? 1 : 0}"/>`);
    }
    if (e.insertAfter !== undefined) doc = aroundRun(doc, e.find, (rPr, t) => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r><w:ins w:id="${rev++}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${esc(e.insertAfter!)}</w:t></w:r></w:ins>`);
    if (e.remove) doc = aroundRun(doc, e.find, (rPr, t) => `<w:del w:id="${rev++}" ${who}><w:r>${rPr}<w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`);
    if (e.moveTo !== undefined) {
      const name = `move${rev}`;
      doc = aroundRun(doc, e.find, (rPr, t) => `<w:moveFromRangeStart w:id="${rev++}" ${who} w:name="${name}"/><w:moveFrom w:id="${rev++}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="${rev - 2}"/>`);
      doc = aroundRun(doc, e.moveTo, (rPr, t) => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r><w:moveToRangeStart w:id="${rev++}" ${who} w:name="${name}"/><w:moveTo w:id="${rev++}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${esc(e.find)}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="${rev - 2}"/>`);
    }
  });
  parts['word/document.xml'] = strToU8(doc);
  if (options.dropReviewMark || options.paperIdAs) {
    const custom = strFromU8(parts['docProps/custom.xml']!);
    parts['docProps/custom.xml'] = strToU8(options.dropReviewMark ? custom.replace(/<property [^>]*name="Panelwright[^"]*">.*?<\/property>/g, '') : custom.replace(/(name="PanelwrightPaperId"><vt:lpwstr>)[^<]*/, `$1${options.paperIdAs}`));
  }
  return comments.length ? addParts(parts, comments.join(''), extended.join('')) : zipSync(parts);
}
