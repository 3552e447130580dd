// A Word file's text as TextUnits, located by paragraph number ("paragraph 57") and its first words.
import type { OoxmlDoc, OoxmlParagraph } from './ooxml-doc';
import type { Location } from './model';
import type { TextUnit } from './text-units';
import { excerptOf } from './text-units';

export const paragraphLocation = (p: OoxmlParagraph): Location => ({
  paragraph: p.index,
  label: `paragraph ${p.index}${p.inTable ? ' (in a table)' : ''}`,
  excerpt: excerptOf(p.text),
});

export function ooxmlUnits(doc: OoxmlDoc): TextUnit[] {
  const out: TextUnit[] = doc.paragraphs.map((p) => ({
    // Numbered paragraphs (4.1, 4.2) are Word list paragraphs too: they are prose, with inList set.
    kind: p.isTitle ? 'title' : p.headingLevel ? 'heading' : p.inTable ? 'cell' : 'paragraph',
    text: p.text,
    location: paragraphLocation(p),
    allBold: p.allBold,
    links: p.links,
    inList: p.inList,
  }));
  for (const f of doc.footnotes)
    out.push({
      kind: 'footnote',
      text: f.text,
      location: { label: `footnote ${f.number}`, excerpt: excerptOf(f.text) },
      allBold: false,
      links: f.links,
      inList: false,
    });
  return out;
}
