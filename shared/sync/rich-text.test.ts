import { describe, expect, it } from 'vitest';
import { blockText, isRichTextField, removedBlocks, seedClientId } from './rich-text';
import { isGuarded } from './guarded';

describe('text removed by a colleague while typed here', () => {
  const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  it('lists a paragraph typed here that the merged body no longer holds', () => {
    const local = { type: 'doc', content: [p('First.'), p('Second, typed into here.'), p('Third.')] };
    const merged = { type: 'doc', content: [p('First.'), p('Third.')] };
    // removed runs still standing elsewhere (moved), or no run at all: nothing listed
    expect(removedBlocks(local, { type: 'doc', content: [p('First.'), p('Third, typed into here.')] }, ['typed into'])).toEqual([]);
    expect(removedBlocks(local, merged, [])).toEqual([]);
    expect(removedBlocks(local, merged, ['typed into'])).toEqual([{ index: 1, block: p('Second, typed into here.'), text: 'Second, typed into here.' }]);
  });
  it('lists nothing when what was removed here is still in the merged body', () => {
    const local = {
      type: 'doc',
      content: [p('Typed on A. The plan.'), { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('cell')] }] }] }],
    };
    const merged = {
      type: 'doc',
      content: [
        p('Typed on A. The plan. Typed on B.'),
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('cell, more')] }] }] },
      ],
    };
    expect(removedBlocks(local, merged, ['Typed on A.'])).toEqual([]);
    expect(blockText(local.content[1])).toBe('cell');
  });
});

describe('rich-text fields', () => {
  it('merge section and appendix bodies and update narratives by character, so they are no longer guarded', () => {
    for (const t of ['sections', 'appendices'] as const) {
      expect(isRichTextField(t, 'body')).toBe(true);
      expect(isGuarded(t, 'body')).toBe(false);
    }
    expect(isRichTextField('updates', 'narrative')).toBe(true);
    expect(isGuarded('updates', 'narrative')).toBe(false);
    expect(isGuarded('updates', 'statusId')).toBe(true);
    expect(isRichTextField('sections', 'title')).toBe(false);
  });
  it('seed the same body with the same client id, a different body with another', () => {
    expect(seedClientId('abc')).toBe(seedClientId('abc'));
    expect(seedClientId('abc')).not.toBe(seedClientId('abd'));
    expect(seedClientId('abc')).toBeGreaterThan(0);
  });
});
