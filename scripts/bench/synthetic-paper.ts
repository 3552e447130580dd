// A synthetic long paper for benchmarks: ~100 printed pages of numbered paragraphs, tables and
// footnotes, plus the same content as Markdown for the pandoc baseline.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { createPaper } from '../../shared/papers/factory';
import type { Section } from '../../shared/papers/model';
import { bold, doc, footnote, para, subheading, table } from '../../shared/richtext/build';
import type { BlockNode } from '../../shared/richtext/model';
import { emptySnapshot } from '../../shared/backup/snapshot';

const SENTENCE =
  'The Force recorded an increase in reported offences compared with the same period last year, driven largely by improved recording practice following the audit';

export interface SyntheticSpec {
  readonly paragraphs: number;
  readonly tables: number;
  readonly rowsPerTable: number;
  readonly footnoteEvery: number;
}

export const HUNDRED_PAGES: SyntheticSpec = { paragraphs: 1000, tables: 60, rowsPerTable: 30, footnoteEvery: 10 };

export function syntheticSnapshot(spec: SyntheticSpec = HUNDRED_PAGES): { snapshot: DatabaseSnapshot; markdown: string; paperId: string } {
  const at = '2026-01-01T00:00:00.000Z';
  const { paper, sections } = createPaper('bench', { title: 'Synthetic 100-page paper', cover: { reportOf: 'Bench', author: 'Bench' } }, at);
  const perSection = Math.ceil(spec.paragraphs / sections.length);
  const tablesPerSection = Math.ceil(spec.tables / sections.length);
  let p = 0;
  let t = 0;
  let fn = 0;
  const md: string[] = [`# ${paper.title}`, ''];
  const filled: Section[] = sections.map((s, si) => {
    const blocks: BlockNode[] = [subheading('Overview')];
    md.push(`## ${si + 1}. ${s.title}`, '', '### Overview', '');
    for (let i = 0; i < perSection && p < spec.paragraphs; i++, p++) {
      const withNote = p % spec.footnoteEvery === 0;
      const text = `${SENTENCE} (item ${p + 1}); the position is being monitored closely by the board.`;
      blocks.push(withNote ? para(bold('Note: '), text, footnote(`Source ${++fn}: https://example.org/report-${fn}.pdf`)) : para(text));
      md.push(withNote ? `**Note:** ${text}[^${fn}]` : text, '');
      if (withNote) md.push(`[^${fn}]: Source ${fn}: https://example.org/report-${fn}.pdf`, '');
      if (i % Math.ceil(perSection / tablesPerSection) === 0 && t < spec.tables) {
        t++;
        const header = ['Measure', 'Jul-17', 'Sep-17', 'Status'];
        const rows = Array.from({ length: spec.rowsPerTable }, (_, r) => [
          `Measure ${r + 1} of table ${t}`,
          `${(r * 1.7).toFixed(1)}%`,
          `${(r * 1.3).toFixed(1)}%`,
          r % 3 ? 'Green' : 'Red',
        ]);
        blocks.push(table(header, rows));
        md.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
      }
    }
    return { ...s, body: doc(...blocks) };
  });
  return { snapshot: { ...emptySnapshot(), papers: [paper], sections: filled }, markdown: md.join('\n'), paperId: paper.id };
}
