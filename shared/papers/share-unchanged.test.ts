import { describe, expect, it } from 'vitest';
import { doc, para } from '../richtext/build';
import { touch } from '../records/meta';
import { createPaper } from './factory';
import type { PaperBundle } from './model';
import { shareUnchanged } from './share-unchanged';

const at = '2026-01-01T00:00:00.000Z';
const later = '2026-01-01T00:00:01.000Z';
function bundle(): PaperBundle {
  const { paper, sections } = createPaper('me', { title: 'Paper' }, at);
  return { paper, committee: null, sections, appendices: [], blocks: {} };
}
// What a fresh read from the database gives: equal values, new objects.
const reread = (b: PaperBundle): PaperBundle => structuredClone(b);

describe('shareUnchanged', () => {
  it('gives back the same bundle when nothing was written, so the paper screen does not render again', () => {
    const first = bundle();
    expect(shareUnchanged(first, reread(first))).toBe(first);
  });

  it('keeps the sections that were not edited, and takes the saved one', () => {
    const first = bundle();
    const next = reread(first);
    const edited = touch(next.sections[1]!, { body: doc(para('Typed')) }, 'me', later);
    const shared = shareUnchanged(first, { ...next, sections: next.sections.map((s, i) => (i === 1 ? edited : s)) })!;
    expect(shared).not.toBe(first);
    expect(shared.paper).toBe(first.paper);
    expect(shared.sections[0]).toBe(first.sections[0]);
    expect(shared.sections[2]).toBe(first.sections[2]);
    expect(shared.sections[1]).toBe(edited);
    expect(shared.sections[1]!.body).toEqual(doc(para('Typed')));
  });

  it('sees a rename or a move written in the same millisecond as the last save', () => {
    const first = bundle();
    const next = reread(first);
    const renamed = { ...next.sections[0]!, title: 'Renamed' }; // same updatedAt
    const moved = { ...next.sections[2]!, position: 99 };
    const shared = shareUnchanged(first, { ...next, sections: [renamed, next.sections[1]!, moved, ...next.sections.slice(3)] })!;
    expect(shared.sections[0]!.title).toBe('Renamed');
    expect(shared.sections[2]!.position).toBe(99);
    expect(shared.sections[1]).toBe(first.sections[1]);
  });

  it('drops a removed section and shows an added one', () => {
    const first = bundle();
    const next = reread(first);
    const added = { ...next.sections[0]!, id: 'new-section', title: 'Added' };
    const shared = shareUnchanged(first, { ...next, sections: [...next.sections.slice(1), added] })!;
    expect(shared.sections.map((s) => s.id)).toEqual([...first.sections.slice(1).map((s) => s.id), 'new-section']);
    expect(shared.sections[0]).toBe(first.sections[1]);
  });

  it('takes a changed paper, another paper, or a paper gone as they are', () => {
    const first = bundle();
    const retitled = { ...reread(first), paper: touch(first.paper, { title: 'New title' }, 'me', later) };
    expect(shareUnchanged(first, retitled)!.paper.title).toBe('New title');
    const other = bundle();
    expect(shareUnchanged(first, other)).toBe(other);
    expect(shareUnchanged(first, null)).toBeNull();
  });
});
