import { describe, expect, it } from 'vitest';
import type { BlockContent, StatusMark } from '../blocks/content';
import { status, text } from '../blocks/content';
import { bundleWithBodies } from '../docx/fixtures';
import { doc, footnote, para, subheading } from '../richtext/build';
import { comparePapers } from './compare';
import { compareUnits } from './text-diff';

const GREEN: StatusMark = { label: 'Green', letter: 'G', symbol: '■', fill: '#00B050', text: '#000000' };
const AMBER: StatusMark = { label: 'Amber', letter: 'A', symbol: '▲', fill: '#FFC000', text: '#000000' };
const theme = (c03: StatusMark, f03: StatusMark, update: string): BlockContent => ({
  title: 'Theme 6 update',
  landscape: true,
  parts: [
    {
      type: 'table',
      columns: [1, 1, 6, 1],
      rows: [
        { role: 'header', cells: [text('Ref'), text('Lead Officer'), text('Strategic Activity'), text('Status')] },
        { role: 'body', keepWithNext: true, cells: [text('C03'), text('CP-D'), text('GPS tags'), status(c03)] },
        { role: 'body', cells: [text('Update'), text('1 Oct'), { content: { kind: 'rich', doc: doc(para(update)) }, span: 2 }] },
        { role: 'body', keepWithNext: true, cells: [text('F03'), text('KM'), text('Cyber crime'), status(f03)] },
        { role: 'body', cells: [text('Update'), text(''), { content: { kind: 'rich', doc: doc(para('No change.')) }, span: 2 }] },
      ],
    },
  ],
});

describe('comparing two states of a paper', () => {
  it('names paragraphs rewritten, inserted and deleted, with the words that changed, by their numbers', () => {
    const before = bundleWithBodies([doc(para('The Police and Crime Plan was refreshed in 2017.'), para('Second point.'), para('Third point.'))]);
    const after = {
      ...before,
      sections: [
        {
          ...before.sections[0]!,
          body: doc(
            para('The Police and Crime Plan was refreshed in March 2018.'),
            para('Third point.'),
            subheading('New heading'),
            para('A new fourth point.', footnote('See the plan.')),
          ),
        },
        ...before.sections.slice(1),
      ],
    };
    const c = comparePapers(before, after);
    const s = c.sections.find((x) => x.id === before.sections[0]!.id)!;
    expect(s.paragraphs.map((p) => [p.kind, p.label])).toEqual([
      ['changed', '1.1'],
      ['deleted', '1.2'],
      ['inserted', 'sub-heading'],
      ['inserted', '1.3'],
      ['inserted', 'footnote'],
    ]);
    const words = s.paragraphs[0]!.pieces.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text.trim()}`);
    expect(words).toEqual(['deleted:2017', 'inserted:March 2018']);
  });

  it('per deliverable: status moves and rewritten updates, and a summary to paste into the paper', () => {
    const base = bundleWithBodies([doc(para('Intro'))]);
    const before = { ...base, blocks: { b1: theme(AMBER, AMBER, 'Work is under way.') } };
    const after = { ...base, blocks: { b1: theme(GREEN, AMBER, 'Work is complete.') } };
    const c = comparePapers(before, after);
    expect(c.blocks).toHaveLength(1);
    expect(c.blocks[0]!.statuses).toEqual([{ row: 'C03', before: 'Amber', after: 'Green' }]);
    expect(c.blocks[0]!.texts.map((t) => t.label)).toEqual(['C03 Update']);
    expect(c.summary).toBe('1 deliverable moved to Green; 1 update rewritten.');
  });

  it('changed cover fields and unchanged papers', () => {
    const a = bundleWithBodies([doc(para('Same.'))]);
    expect(comparePapers(a, a).summary).toBe('No changes.');
    const b = { ...a, paper: { ...a.paper, cover: { ...a.paper.cover, agendaItem: '12' } } };
    expect(comparePapers(a, b).fields).toEqual([{ field: 'Agenda Item', before: a.paper.cover.agendaItem, after: '12' }]);
  });

  it('pairs a deleted run with the inserted run after it as rewrites, paragraph by paragraph', () => {
    const u = (t: string) => ({ label: 'p', text: t });
    expect(compareUnits([u('a'), u('b'), u('c')], [u('a'), u('B'), u('c'), u('d')]).map((x) => x.kind)).toEqual(['changed', 'inserted']);
  });
});
