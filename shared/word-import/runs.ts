// The runs of one Word paragraph → pieces: text with bold/italic/underline/superscript and its link,
// line breaks, footnote references and images. Everything else a paragraph can hold is either read
// through (content controls, smart tags, accepted insertions, a field's result) or reported to the
// caller with what it was: comments, deletions, text boxes, fields, symbols, objects, equations.
import type { Relationship } from '../ooxml/package';
import type { XmlElement } from '../ooxml/xml';
import { attr, child, descendants, isElement, textContent } from '../ooxml/xml';
import { isStorableLink } from '../richtext/model';
import type { FootnoteInline } from '../richtext/model';
import type { ImportNoteKind } from './report';
import { quote } from './report';
import type { RunProps, StyleSheet } from './styles';
import { runPropsOf } from './styles';
import { must } from '../records/must';

export type Piece =
  | {
      readonly t: 'text';
      readonly text: string;
      readonly bold: boolean;
      readonly italic: boolean;
      readonly underline: boolean;
      readonly sup: boolean;
      readonly href: string | null;
    }
  | { readonly t: 'break' }
  | { readonly t: 'note'; readonly kind: 'footnote' | 'endnote'; readonly id: string }
  | { readonly t: 'image'; readonly relId: string; readonly alt: string }
  /** A footnote found from a superscript mark and its note paragraph (pseudo-footnotes.ts). */
  | { readonly t: 'inlineNote'; readonly content: readonly FootnoteInline[] };

export interface RunContext {
  readonly styles: StyleSheet;
  /** Relationships of the part being read (hyperlink targets, images). */
  readonly rels: ReadonlyMap<string, Relationship>;
  readonly comments: ReadonlyMap<string, string>;
  /** Something not carried over, reported against the paragraph being read. */
  readonly note: (kind: ImportNoteKind, what: string) => void;
  /** Whether footnote references are allowed here (not inside a footnote). */
  readonly notesAllowed: boolean;
}

interface Field {
  instr: string;
  result: boolean;
  href: string | null;
  resultText: string;
}

interface State {
  readonly out: Piece[];
  readonly fields: Field[];
  href: string | null;
}

/** A link target from a relationship or a HYPERLINK field: only the schemes a paper may hold. */
function linkTarget(raw: string, ctx: RunContext, where: 'link' | 'field'): string | null {
  const href = raw.trim();
  if (!href) return null;
  if (isStorableLink(href)) return href;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(href)) return `mailto:${href}`;
  if (/^www\./i.test(href)) return `https://${href}`;
  ctx.note(
    'link',
    `a ${where === 'field' ? 'link field' : 'link'} to ${quote(href, 80)} was kept as plain text: only https://, http:// and mailto: links are kept`,
  );
  return null;
}

const FIELD_NAMES: Record<string, string> = {
  PAGE: 'page number',
  NUMPAGES: 'page count',
  TOC: 'table of contents',
  REF: 'cross-reference',
  PAGEREF: 'page reference',
  DATE: 'date',
  TIME: 'time',
  SEQ: 'caption number',
  MERGEFIELD: 'mail-merge field',
  DOCPROPERTY: 'document property',
  FILENAME: 'file name',
  AUTHOR: 'author',
};

function fieldEnded(f: Field, ctx: RunContext): void {
  const type = (/^\s*([A-Z]+)/i.exec(f.instr)?.[1] ?? '').toUpperCase();
  if (type === 'HYPERLINK' || type === '') return;
  const name = FIELD_NAMES[type] ?? `${type} field`;
  ctx.note(
    'field',
    f.resultText.trim() ? `a ${name} field was kept as its text ${quote(f.resultText)} (it no longer updates)` : `a ${name} field with no text was left out`,
  );
}

function hyperlinkOfField(instr: string, ctx: RunContext): string | null {
  const m = /^\s*HYPERLINK\s+(?:"([^"]*)"|(\S+))/i.exec(instr);
  if (!m) return null;
  if (/\\l/.test(instr) && !m[1] && !m[2]) return null;
  return linkTarget(m[1] ?? m[2] ?? '', ctx, 'field');
}

function pushText(state: State, text: string, props: RunProps): void {
  if (!text) return;
  const f = state.fields[state.fields.length - 1];
  if (f && !f.result) return; // field instructions are not text
  if (f) f.resultText += text;
  const href = state.href ?? [...state.fields].reverse().find((x) => x.href)?.href ?? null;
  state.out.push({
    t: 'text',
    text,
    bold: props.bold === true,
    italic: props.italic === true,
    underline: props.underline === true,
    sup: props.superscript === true,
    href,
  });
}

function readRun(r: XmlElement, ctx: RunContext, state: State, paraRun: RunProps): void {
  const rPr = child(r, 'w:rPr');
  const own = runPropsOf(rPr);
  const charStyle = ctx.styles.character(attr(rPr ? child(rPr, 'w:rStyle') : undefined, 'w:val'));
  const props: RunProps = { ...paraRun, ...charStyle, ...own };
  for (const c of r.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:t':
        pushText(state, textContent(c), props);
        break;
      case 'w:tab':
      case 'w:ptab':
        pushText(state, '\t', props);
        break;
      case 'w:br': {
        const type = attr(c, 'w:type');
        if (type !== 'page' && type !== 'column') state.out.push({ t: 'break' });
        break;
      }
      case 'w:cr':
        state.out.push({ t: 'break' });
        break;
      case 'w:noBreakHyphen':
        pushText(state, '\u2011', props);
        break;
      case 'w:sym': {
        const code = parseInt(attr(c, 'w:char') ?? '', 16);
        const font = attr(c, 'w:font') ?? '';
        // Symbol-font characters sit in the private use area: only plain Unicode ones can be kept.
        if (Number.isFinite(code) && code >= 0x20 && (code < 0xe000 || code > 0xf8ff)) pushText(state, String.fromCodePoint(code), props);
        else ctx.note('symbol', `a ${font || 'symbol'} font character (code ${attr(c, 'w:char') ?? '?'}) was left out: it has no ordinary letter`);
        break;
      }
      case 'w:fldChar': {
        const type = attr(c, 'w:fldCharType');
        if (type === 'begin') state.fields.push({ instr: '', result: false, href: null, resultText: '' });
        else if (type === 'separate') {
          const f = state.fields[state.fields.length - 1];
          if (f) {
            f.result = true;
            f.href = hyperlinkOfField(f.instr, ctx);
          }
        } else if (type === 'end') {
          const f = state.fields.pop();
          if (f) fieldEnded(f, ctx);
        }
        break;
      }
      case 'w:instrText': {
        const f = state.fields[state.fields.length - 1];
        if (f && !f.result) f.instr += textContent(c);
        break;
      }
      case 'w:delText':
        break; // only inside w:del, reported there
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const id = attr(c, 'w:id') ?? '';
        if (ctx.notesAllowed) state.out.push({ t: 'note', kind: c.name === 'w:footnoteReference' ? 'footnote' : 'endnote', id });
        break;
      }
      case 'w:drawing':
        readDrawing(c, ctx, state);
        break;
      case 'w:pict':
        readPict(c, ctx, state);
        break;
      case 'w:object':
        ctx.note(
          'object',
          'an embedded object (a spreadsheet, chart or other file inside the document) was left out; paste it as a table or add it as an image',
        );
        break;
      case 'mc:AlternateContent':
        readAlternate(c, ctx, state, paraRun);
        break;
      case 'w:commentReference': {
        const text = ctx.comments.get(attr(c, 'w:id') ?? '');
        ctx.note('comment', `a comment ${text ? `${quote(text)} ` : ''}was left out (comments are not part of the paper)`);
        break;
      }
      default:
        break; // run properties, rendered page breaks, footnote marks, separators: not content
    }
  }
}

function readDrawing(d: XmlElement, ctx: RunContext, state: State): void {
  for (const holder of [...descendants(d, 'wp:inline'), ...descendants(d, 'wp:anchor')]) {
    const docPr = child(holder, 'wp:docPr');
    const alt = (attr(docPr, 'descr') ?? '').trim() || (attr(docPr, 'title') ?? '').trim();
    const data = descendants(holder, 'a:graphicData')[0];
    const uri = attr(data, 'uri') ?? '';
    const blip = data ? descendants(data, 'a:blip')[0] : undefined;
    if (blip && attr(blip, 'r:embed')) {
      state.out.push({ t: 'image', relId: must(attr(blip, 'r:embed'), "attr(blip, 'r:embed')"), alt });
    } else if (blip && attr(blip, 'r:link')) {
      ctx.note('image', `an image linked from outside the document${alt ? ` (${quote(alt)})` : ''} was left out: only images held in the file can be kept`);
    } else if (/chart/.test(uri)) {
      ctx.note('chart', `a chart${alt ? ` (${quote(alt)})` : ''} was left out: insert it again with Insert data… or as an image`);
    } else if (data && descendants(data, 'w:txbxContent').length) {
      readTextBox(descendants(data, 'w:txbxContent'), ctx);
    } else if (/diagram/.test(uri)) {
      ctx.note('chart', `a SmartArt diagram${alt ? ` (${quote(alt)})` : ''} was left out`);
    } else if (data) {
      ctx.note('object', `a drawing or shape${alt ? ` (${quote(alt)})` : ''} was left out`);
    }
  }
}

function readTextBox(contents: readonly XmlElement[], ctx: RunContext): void {
  const text = contents
    .map((c) => textContent(c))
    .join(' ')
    .trim();
  ctx.note('text-box', text ? `a text box ${quote(text)} was left out: copy its text into the paper if it is needed` : 'an empty text box was left out');
}

function readPict(p: XmlElement, ctx: RunContext, state: State): void {
  const boxes = descendants(p, 'w:txbxContent');
  if (boxes.length) {
    readTextBox(boxes, ctx);
    return;
  }
  const img = descendants(p, 'v:imagedata')[0];
  const rel = attr(img, 'r:id');
  if (rel) state.out.push({ t: 'image', relId: rel, alt: (attr(img, 'o:title') ?? '').trim() });
  else ctx.note('object', 'an old-style drawing (VML) was left out');
}

function readAlternate(ac: XmlElement, ctx: RunContext, state: State, paraRun: RunProps): void {
  // Prefer the modern choice (a DrawingML picture or text box); fall back to what older Word reads.
  const choice = child(ac, 'mc:Choice') ?? child(ac, 'mc:Fallback');
  if (!choice) return;
  for (const c of choice.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:drawing') readDrawing(c, ctx, state);
    else if (c.name === 'w:pict') readPict(c, ctx, state);
    else if (c.name === 'w:r') readRun(c, ctx, state, paraRun);
  }
}

/** Reads the content of a paragraph (or of a hyperlink, insertion … inside it). */
function readInline(el: XmlElement, ctx: RunContext, state: State, paraRun: RunProps): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:r':
        readRun(c, ctx, state, paraRun);
        break;
      case 'w:hyperlink': {
        const id = attr(c, 'r:id');
        const rel = id ? ctx.rels.get(id) : undefined;
        const before = state.href;
        if (rel?.external) state.href = linkTarget(rel.target, ctx, 'link');
        else if (attr(c, 'w:anchor') !== undefined) {
          const text = textContent(c).trim();
          if (text && !/^_Toc/.test(attr(c, 'w:anchor') ?? ''))
            ctx.note('link', `a link to a place inside the document (${quote(text)}) was kept as plain text`);
          state.href = null;
        }
        readInline(c, ctx, state, paraRun);
        state.href = before;
        break;
      }
      case 'w:fldSimple': {
        const instr = attr(c, 'w:instr') ?? '';
        const f: Field = { instr, result: true, href: hyperlinkOfField(instr, ctx), resultText: '' };
        state.fields.push(f);
        readInline(c, ctx, state, paraRun);
        state.fields.pop();
        fieldEnded(f, ctx);
        break;
      }
      case 'w:ins':
      case 'w:moveTo':
        ctx.note('tracked-change', `a tracked insertion ${quote(textContent(c))} was accepted`);
        readInline(c, ctx, state, paraRun);
        break;
      case 'w:del':
      case 'w:moveFrom': {
        const text = descendants(c, 'w:delText').map(textContent).join('') || textContent(c);
        ctx.note('tracked-change', `a tracked deletion ${quote(text)} was accepted (the text is not in the paper)`);
        break;
      }
      case 'w:smartTag':
      case 'w:customXml':
        readInline(c, ctx, state, paraRun);
        break;
      case 'w:sdt': {
        const content = child(c, 'w:sdtContent');
        if (content) readInline(content, ctx, state, paraRun);
        break;
      }
      case 'm:oMath':
      case 'm:oMathPara': {
        const text = descendants(c, 'm:t').map(textContent).join('');
        ctx.note('equation', `an equation was kept as its plain text ${quote(text)}`);
        if (text) pushText(state, text, paraRun);
        break;
      }
      case 'mc:AlternateContent':
        readAlternate(c, ctx, state, paraRun);
        break;
      default:
        break; // paragraph properties, bookmarks, proofing marks, comment ranges
    }
  }
}

/** The pieces of one paragraph. `paraRun` is what its paragraph style gives every run (e.g. bold). */
export function paragraphPieces(p: XmlElement, ctx: RunContext, paraRun: RunProps): Piece[] {
  const state: State = { out: [], fields: [], href: null };
  readInline(p, ctx, state, paraRun);
  // A field left open at the end of the paragraph (it continues into the next) still counts as read.
  for (const f of state.fields.reverse()) if (f.result) fieldEnded(f, ctx);
  return state.out;
}
