// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Deliverable, Person } from '../../shared/plans/model';
import { createMeta } from '../../shared/records/meta';
import { OwnersCell } from './ActionCells';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const AT = '2020-01-01T00:00:00.000Z';
const person = (n: number): Person => ({ ...createMeta('t', AT, `p${n}`), name: `Officer ${n}`, shortName: `O${n}`, email: '', role: '' });
const people = [1, 2, 3].map(person);
const d = {
  ...createMeta('t', AT, 'd1'),
  planId: 'pl',
  themeId: 'th',
  position: 1,
  ref: 'D1',
  organisation: '',
  leadPersonId: 'p2',
  activity: '',
  marker: '',
  dueDate: null,
} as Deliverable;

function render() {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(<OwnersCell d={d} name="D1" people={people} />));
  const pick = (label: string) => container.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
  const options = (s: HTMLSelectElement) => [...s.options].map((o) => o.textContent);
  return { lead: pick('Lead officer of D1'), more: pick('Add an owner to D1'), options };
}

describe("a deliverable's people pickers", () => {
  it('show the chosen lead officer before they are touched, and every person once focused or pressed', () => {
    const { lead, more, options } = render();
    expect(lead.value).toBe('p2');
    expect(options(lead)).toEqual(['—', 'O2']);
    act(() => {
      lead.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    expect(options(lead)).toEqual(['—', 'O1', 'O2', 'O3']);
    expect(lead.value).toBe('p2');
    act(() => {
      more.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(options(more)).toEqual(['+ owner', 'O1', 'O3']);
  });
});
