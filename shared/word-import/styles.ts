// The style sheet (word/styles.xml): which paragraph styles are headings, titles or list styles,
// the numbering a style carries (Word's "numbering inherited from styles"), and the bold/italic a
// paragraph or character style gives its text. Names are matched as Word, LibreOffice and pandoc
// write them ("heading 1", "Heading 1", "Title").
import type { XmlElement } from '../ooxml/xml';
import { attr, child, children, path } from '../ooxml/xml';

export interface RunProps {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly superscript?: boolean;
}

interface RawStyle {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly basedOn: string | null;
  readonly outlineLevel: number | null;
  readonly numId: string | null;
  readonly ilvl: number | null;
  readonly run: RunProps;
}

export interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  /** 1 for Heading 1 (or outline level 0), 2 for Heading 2 … ; null for body text. */
  readonly headingLevel: number | null;
  /** Word's Title style, or our own export's Paper Title. */
  readonly isTitle: boolean;
  /** Word's Quote or Intense Quote style (or a style based on one): a quotation set apart from the text. */
  readonly isQuote: boolean;
  readonly numId: string | null;
  readonly ilvl: number | null;
  readonly run: RunProps;
}

/** A w:val on/off property: present means on unless val is false/0/off/none. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = (attr(el, 'w:val') ?? '').toLowerCase();
  return !(v === 'false' || v === '0' || v === 'off' || v === 'none');
}

export function runPropsOf(rPr: XmlElement | undefined): RunProps {
  if (!rPr) return {};
  const out: { -readonly [K in keyof RunProps]: RunProps[K] } = {};
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) out.bold = b;
  const i = onOff(child(rPr, 'w:i'));
  if (i !== undefined) out.italic = i;
  const u = child(rPr, 'w:u');
  if (u) out.underline = (attr(u, 'w:val') ?? 'single') !== 'none';
  const va = attr(child(rPr, 'w:vertAlign'), 'w:val');
  if (va) out.superscript = va === 'superscript';
  return out;
}

/** Run properties down a style chain (nearest first): the nearest style's say wins. */
const inheritedRun = (chain: readonly RawStyle[]): RunProps => chain.reduceRight<RunProps>((run, s) => ({ ...run, ...s.run }), {});

/** Word's names for its quotation styles, as Word, LibreOffice ("Quotations") and pandoc ("Block Text") write them. */
const QUOTE_NAME = /^(intense )?quote$|^quotations$|^block ?text$/i;
const QUOTE_ID = /^(Intense)?Quote$|^Quotations$|^BlockText$/;

function headingFromName(name: string): number | null {
  const m = /^heading\s*(\d)$/i.exec(name.trim());
  return m ? Number(m[1]) : null;
}

export class StyleSheet {
  private readonly raw = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, ParagraphStyle>();
  private readonly charRuns = new Map<string, RunProps>();
  private defaultParagraph: string | null = null;
  /** Numbering styles (w:type="numbering") → the numId their pPr names: abstractNum numStyleLink targets. */
  readonly numberingStyleNum = new Map<string, string>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const s of children(root, 'w:style')) {
      const id = attr(s, 'w:styleId') ?? '';
      const type = attr(s, 'w:type') ?? 'paragraph';
      const pPr = child(s, 'w:pPr');
      const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
      const outline = attr(pPr ? child(pPr, 'w:outlineLvl') : undefined, 'w:val');
      const ilvl = attr(numPr ? child(numPr, 'w:ilvl') : undefined, 'w:val');
      const style: RawStyle = {
        id,
        type,
        name: attr(child(s, 'w:name'), 'w:val') ?? id,
        basedOn: attr(child(s, 'w:basedOn'), 'w:val') ?? null,
        outlineLevel: outline !== undefined && /^\d$/.test(outline) ? Number(outline) : null,
        numId: attr(numPr ? child(numPr, 'w:numId') : undefined, 'w:val') ?? null,
        ilvl: ilvl !== undefined && /^\d$/.test(ilvl) ? Number(ilvl) : null,
        run: runPropsOf(child(s, 'w:rPr')),
      };
      this.raw.set(`${type}:${id}`, style);
      if (type === 'paragraph' && (attr(s, 'w:default') === '1' || attr(s, 'w:default') === 'true')) this.defaultParagraph = id;
      if (type === 'numbering' && style.numId) this.numberingStyleNum.set(id, style.numId);
    }
  }

  /** The style and those it is based on, nearest first (a loop in basedOn stops after 20). */
  private chain(type: 'paragraph' | 'character', id: string): RawStyle[] {
    const out: RawStyle[] = [];
    for (let at: string | null = id, guard = 0; at && guard < 20; guard++) {
      const s = this.raw.get(`${type}:${at}`);
      if (!s) break;
      out.push(s);
      at = s.basedOn;
    }
    return out;
  }

  /** The paragraph style by id (the default paragraph style when none is named), with everything inherited. */
  paragraph(id: string | undefined): ParagraphStyle {
    const key = id ?? this.defaultParagraph ?? 'Normal';
    const hit = this.resolved.get(key);
    if (hit) return hit;
    const chain = this.chain('paragraph', key);
    const own = chain[0];
    const run = inheritedRun(chain);
    const named = own ? (headingFromName(own.name) ?? headingFromName(own.id)) : headingFromName(key);
    const outline = chain.find((s) => s.outlineLevel !== null)?.outlineLevel ?? null;
    // Outline level 9 is "body text"; a style named "Heading N" wins over an inherited outline level.
    const headingLevel = named ?? (outline !== null && outline < 9 ? outline + 1 : null);
    const name = own?.name ?? key;
    const numbered = chain.find((s) => s.numId !== null);
    const out: ParagraphStyle = {
      id: key,
      name,
      headingLevel,
      isTitle: /^(title|paper ?title)$/i.test(name) || /^(Title|PaperTitle)$/.test(key),
      isQuote: headingLevel === null && chain.some((c) => QUOTE_NAME.test(c.name) || QUOTE_ID.test(c.id)),
      numId: numbered?.numId ?? null,
      ilvl: chain.find((s) => s.ilvl !== null)?.ilvl ?? null,
      run,
    };
    this.resolved.set(key, out);
    return out;
  }

  /** Bold/italic a character style gives (following basedOn). */
  character(id: string | undefined): RunProps {
    if (!id) return {};
    const hit = this.charRuns.get(id);
    if (hit) return hit;
    const run = inheritedRun(this.chain('character', id));
    this.charRuns.set(id, run);
    return run;
  }
}

/** The paragraph's own properties: style id and direct numbering. */
export function paragraphProps(p: XmlElement): { styleId: string | undefined; numId: string | null; ilvl: number | null; run: RunProps } {
  const pPr = child(p, 'w:pPr');
  const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
  const ilvl = attr(numPr ? child(numPr, 'w:ilvl') : undefined, 'w:val');
  return {
    styleId: attr(pPr ? child(pPr, 'w:pStyle') : undefined, 'w:val'),
    numId: attr(numPr ? child(numPr, 'w:numId') : undefined, 'w:val') ?? null,
    ilvl: ilvl !== undefined && /^\d$/.test(ilvl) ? Number(ilvl) : null,
    run: runPropsOf(path(p, 'w:pPr', 'w:rPr')),
  };
}
