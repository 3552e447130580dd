// "What changed" as a Word document with real tracked changes (w:ins / w:del with author and date),
// so a reader in Word or LibreOffice sees a redline they can step through, accept or reject. It lists
// only what changed, grouped as the paper is (cover sheet, sections, data blocks, appendices), each
// change in its place ("4.2", "C03: status").
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { PaperChanges, PartChanges, TextPiece } from '../issued/compare';
import { xmlSafe } from '../text/xml-safe';
import { paperStyles } from './styles';

export interface RedlineInfo {
  readonly paperTitle: string;
  /** "Version 1 (issued 8 Dec 2017)" and "Version 2 (issued 9 Mar 2018)", or "the current draft". */
  readonly fromLabel: string;
  readonly toLabel: string;
  /** Who the changes are attributed to, and when (ISO), for Word's review pane. */
  readonly author: string;
  readonly date: string;
}

export function buildRedlineDocument(changes: PaperChanges, info: RedlineInfo): Document {
  let nextId = 1;
  const rev = { author: xmlSafe(info.author) || 'Panelwright', date: info.date };
  const run = (p: TextPiece): ParagraphChild => {
    const text = xmlSafe(p.text);
    if (p.kind === 'inserted') return new InsertedTextRun({ ...rev, id: nextId++, text });
    if (p.kind === 'deleted') return new DeletedTextRun({ ...rev, id: nextId++, text });
    return new TextRun(text);
  };
  const line = (lead: string, pieces: readonly TextPiece[]) =>
    new Paragraph({ children: [new TextRun({ text: `${xmlSafe(lead)}  `, bold: true }), ...pieces.map(run)] });
  const swap = (before: string, after: string): TextPiece[] => [
    ...(before ? [{ kind: 'deleted' as const, text: before }] : []),
    ...(before && after ? [{ kind: 'same' as const, text: ' ' }] : []),
    ...(after ? [{ kind: 'inserted' as const, text: after }] : []),
  ];
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) =>
    new Paragraph({ heading: level, children: [new TextRun(xmlSafe(text))] });

  const part = (p: PartChanges): Paragraph[] => [
    heading(`${p.title}${p.status === 'added' ? ' (added)' : p.status === 'removed' ? ' (removed)' : ''}`),
    ...(p.renamedFrom !== null ? [line('Title', swap(p.renamedFrom, p.title.replace(/^[^ ]+ /, '')))] : []),
    ...p.paragraphs.map((c) => line(c.label, c.pieces)),
  ];

  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(`What changed: ${info.paperTitle}`))] }),
    new Paragraph({
      children: [
        new TextRun(
          xmlSafe(`From ${info.fromLabel} to ${info.toLabel}. Insertions and deletions are tracked changes: use Review in Word to step through them.`),
        ),
      ],
    }),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run options are `string | IRunOptions`: the rule reads `bold` as String.prototype.bold
    new Paragraph({ children: [new TextRun({ text: 'Summary: ', bold: true }), new TextRun(xmlSafe(changes.summary))] }),
  ];
  if (changes.fields.length) children.push(heading('Cover sheet'), ...changes.fields.map((f) => line(f.field, swap(f.before, f.after))));
  for (const s of changes.sections) children.push(...part(s));
  for (const b of changes.blocks) {
    children.push(heading(`${b.title}${b.status === 'added' ? ' (added)' : b.status === 'removed' ? ' (removed)' : ''}`));
    for (const r of b.rowsAdded) children.push(line('Added', [{ kind: 'inserted', text: r }]));
    for (const r of b.rowsRemoved) children.push(line('Removed', [{ kind: 'deleted', text: r }]));
    for (const s of b.statuses) children.push(line(`${s.row}: status`, swap(s.before ?? 'not rated', s.after ?? 'not rated')));
    for (const c of b.cells) children.push(line(`${c.row}, ${c.column}`, swap(c.before, c.after)));
    for (const t of [...b.texts, ...b.notes]) children.push(line(t.label, t.pieces));
  }
  for (const a of changes.appendices) children.push(...part(a));
  if (changes.summary === 'No changes.') children.push(new Paragraph({ children: [new TextRun('Nothing changed between them.')] }));

  return new Document({
    title: xmlSafe(`What changed: ${info.paperTitle}`),
    creator: rev.author,
    styles: paperStyles(),
    sections: [{ children }],
  });
}

export function exportRedlineDocx(changes: PaperChanges, info: RedlineInfo): Promise<Uint8Array> {
  return Packer.pack(buildRedlineDocument(changes, info), 'uint8array');
}
