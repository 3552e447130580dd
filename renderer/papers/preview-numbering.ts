// A correction to docx-preview's reading of style numbering, before it lays out the pages.
// docx-preview merges a base style's properties over a derived style's own (its mergeDeep copies the
// base's values onto the derived style), so a style that switches numbering off over its base —
// Paper Title sets numId 0 over Heading 1 — would print the base's number ("1." before the title,
// every section one higher). Word takes the nearest style in the basedOn chain that sets numbering:
// each paragraph with no numbering of its own is given that, as Word reads it.

type Numbering = { id?: string; level?: number };

interface PreviewStyle {
  readonly id?: string;
  readonly basedOn?: string | null;
  readonly paragraphProps?: { numbering?: Numbering };
}
interface PreviewElement {
  type?: string;
  styleName?: string;
  numbering?: Numbering;
  children?: PreviewElement[];
}
/** The parts of docx-preview's parsed document this reads (its types call the document `any`). */
export interface PreviewDocument {
  readonly stylesPart?: { readonly styles?: readonly PreviewStyle[] } | null;
  readonly documentPart?: { readonly body?: PreviewElement } | null;
}

/** The numbering a style gives its paragraphs, as Word resolves it (undefined: none). */
function styleNumbering(styles: ReadonlyMap<string, PreviewStyle>, id: string | undefined): Numbering | undefined {
  const seen = new Set<string>();
  for (let s = id ? styles.get(id) : undefined; s?.id && !seen.has(s.id); s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    seen.add(s.id);
    if (s.paragraphProps?.numbering) return { ...s.paragraphProps.numbering };
  }
  return undefined;
}

export function fixStyleNumbering(doc: PreviewDocument): void {
  const styles = new Map((doc.stylesPart?.styles ?? []).filter((s) => s.id).map((s) => [s.id!, s]));
  const walk = (e: PreviewElement | undefined) => {
    if (!e) return;
    if (e.type === 'paragraph' && !e.numbering && e.styleName) {
      const n = styleNumbering(styles, e.styleName);
      if (n) e.numbering = n;
    }
    for (const c of e.children ?? []) walk(c);
  };
  walk(doc.documentPart?.body);
}
