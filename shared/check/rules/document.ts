// Rules about the Word file as a whole: schema validity, properties, comments and tracked changes,
// colour and contrast. Most can only be seen in the OOXML, so for a paper they run on its export.
import type { Rule, RawFinding } from '../model';
import type { OoxmlDoc, OoxmlParagraph } from '../ooxml-doc';
import { paragraphLocation } from '../ooxml-units';
import { contrastRatio, isLight } from '../contrast';

const doc = { label: 'the document' } as const;

export const validOoxml: Rule = {
  id: 'valid-ooxml',
  severity: 'error',
  title: 'Valid Open XML',
  why: 'Word repairs or refuses a file that breaks the Open XML schemas, and screen readers may lose what it repaired.',
  fix: 'Save the file again from Word; for a Panelwright export, report the message, since the app must never write it.',
  checkOoxml: (d) => schemaErrorFindings(d.schemaErrors ?? []),
};

/** The validator's errors as findings (the first ten, then how many more): the rule's whole check. */
export function schemaErrorFindings(errors: NonNullable<OoxmlDoc['schemaErrors']>): RawFinding[] {
  const shown = errors.slice(0, 10).map((e): RawFinding => ({
    message: `Not valid Open XML in ${e.part}: ${e.description.slice(0, 200)}`,
    location: { label: `${e.part} ${e.xpath}`.trim(), excerpt: e.xpath },
  }));
  if (errors.length > 10) shown.push({ message: `…and ${errors.length - 10} more schema errors`, location: doc });
  return shown;
}

export const documentProperties: Rule = {
  id: 'document-properties',
  severity: 'error',
  title: 'Title and language',
  why: 'Screen readers announce the document’s title and read it in its language’s voice; without them they guess.',
  fix: 'Give the paper a title (File › Info › Title in Word) and set the language (Review › Language).',
  checkPaper: (b) => (b.paper.title.trim() ? [] : [{ message: 'The paper has no title', location: { targetKind: 'title', label: 'the paper’s title' } }]),
  checkOoxml: (d) => [
    ...(d.title ? [] : [{ message: 'The document has no title in its properties', location: doc }]),
    ...(d.language ? [] : [{ message: 'The document has no language set', location: doc }]),
  ],
};

export const commentsAndChanges: Rule = {
  id: 'comments-tracked-changes',
  severity: 'error',
  title: 'Comments and tracked changes',
  why: 'A published paper with reviewers’ comments or tracked changes shows the panel and the public what was meant to stay internal.',
  fix: 'Resolve and delete every comment, and accept or reject every tracked change (Review in Word), then save.',
  checkOoxml: (d) => [
    ...(d.comments ? [{ message: `${d.comments} comment${d.comments === 1 ? ' is' : 's are'} left in`, location: doc }] : []),
    ...(d.trackedChanges ? [{ message: `${d.trackedChanges} tracked change${d.trackedChanges === 1 ? ' is' : 's are'} left in`, location: doc }] : []),
  ],
};

export const colourOnly: Rule = {
  id: 'colour-only',
  severity: 'error',
  title: 'Meaning by colour alone',
  why: 'A shaded cell with no word, letter or symbol means nothing printed in black and white, or to anyone who cannot tell the colours apart.',
  fix: 'Put the status in the cell as a word, letter or symbol (■ G, ▲ A, ● R) as well as the colour.',
  checkOoxml: (d) => {
    const out: RawFinding[] = [];
    d.tables.forEach((t, ti) =>
      t.rows.forEach((r, ri) =>
        r.cells.forEach((c, ci) => {
          if (c.fill && !isLight(c.fill, 0.97) && c.text.trim() === '' && !c.hasTable)
            out.push({
              message: `A shaded cell (${c.fill}) has no text`,
              location: { paragraph: t.firstParagraph, label: `table ${ti + 1}, row ${ri + 1}, cell ${ci + 1}` },
            });
        }),
      ),
    );
    return out;
  },
};

const isLarge = (size: number, bold: boolean) => size >= 36 || (bold && size >= 28);

export const textContrast: Rule = {
  id: 'text-contrast',
  severity: 'error',
  title: 'Text contrast',
  why: 'Text that contrasts less than 4.5:1 with what is behind it (3:1 for large text) cannot be read by many people, or on a grey printout.',
  fix: 'Use black or white text on shading, or a darker text colour (WCAG 2.2 AA).',
  checkOoxml: (d) => {
    const out: RawFinding[] = [];
    const check = (p: OoxmlParagraph) => {
      for (const run of p.runs) {
        if (!run.colour || run.text.trim() === '') continue;
        const ratio = contrastRatio(run.colour, p.background ?? '#FFFFFF');
        const need = isLarge(run.size, run.bold) ? 3 : 4.5;
        if (ratio < need) {
          out.push({
            message: `Text contrast ${ratio.toFixed(1)}:1 (${run.colour} on ${p.background ?? 'white'}), below ${need}:1`,
            location: { ...paragraphLocation(p), excerpt: run.text.trim().slice(0, 60) },
          });
          return;
        }
      }
    };
    d.paragraphs.forEach(check);
    return out;
  },
};
