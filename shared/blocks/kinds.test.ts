// Every kind of the registry, on the sample: it has examples, resolves to real content (never the
// "no longer available" placeholder) and exports to Word with its title and text. A new kind is
// checked here the moment it is registered.
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../docx/export';
import { bundleWithBodies } from '../docx/fixtures';
import { readDocx, textOf } from '../docx/read-docx';
import { doc, para } from '../richtext/build';
import { sampleSnapshot } from '../sample/reference-paper';
import { BLOCK_KINDS, BLOCK_KIND_NAMES, exampleSources } from './kinds';
import type { BlockContent } from './content';
import { resolveBlock } from './resolve';

const sample = sampleSnapshot();
const paper = sample.papers[0]!;

/** The plain words a block prints (table cells and text parts), to compare with the Word file. */
function wordsOf(c: BlockContent): string[] {
  const out: string[] = [];
  for (const p of c.parts) {
    if (p.type === 'heading') out.push(p.text);
    if (p.type === 'table')
      for (const r of p.rows) for (const cell of r.cells) if (cell.content.kind === 'text' && cell.content.text.trim()) out.push(cell.content.text);
  }
  return out;
}

describe('the block kinds registry', () => {
  it('every kind has an example in the sample, so the sample and the tests exercise it', () => {
    const kinds = new Set(exampleSources(sample).map((s) => s.kind));
    expect(BLOCK_KIND_NAMES.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('every kind reads only tables that exist, and its example sources resolve from just those tables', () => {
    for (const source of exampleSources(sample)) {
      const reads = BLOCK_KINDS[source.kind].reads;
      const only = Object.fromEntries(Object.entries(sample).map(([t, rows]) => [t, reads.includes(t as never) ? rows : []])) as typeof sample;
      const content = resolveBlock(source, only, paper);
      expect(JSON.stringify(content), `${source.kind} printed a placeholder when given only the tables it reads`).not.toContain('is no longer available');
      expect(content).toEqual(resolveBlock(source, sample, paper));
    }
  });

  it('every kind’s examples export to Word with their title and the words they print', async () => {
    const sources = exampleSources(sample);
    const blocks = Object.fromEntries(sources.map((s, i) => [`b${i}`, resolveBlock(s, sample, paper)]));
    const body = doc(para('Blocks follow.'), ...sources.map((_, i) => ({ type: 'dataBlock' as const, attrs: { blockId: `b${i}` } })));
    const docx = await readDocx(await exportPaperDocx({ ...bundleWithBodies([body]), blocks }));
    const text = textOf(docx.part('word/document.xml'));
    for (const [id, content] of Object.entries(blocks)) {
      for (const w of wordsOf(content).slice(0, 5)) expect(text, `${id} (${content.title})`).toContain(w);
    }
  });
});
