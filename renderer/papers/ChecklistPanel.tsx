// What to refresh in a paper started from last quarter's: each item with a box to tick and a link
// to where it is. Kept with the paper, so it survives a restart.
import { useState } from 'react';
import type { Paper } from '../../shared/papers/model';
import { db } from '../db/database';
import { setChecklistItemDone } from '../db/issued-repo';

export function ChecklistPanel({ paper, readOnly }: { paper: Paper; readOnly: boolean }) {
  // The box shows the tick at once; the stored value follows a moment later.
  const [ticked, setTicked] = useState<Readonly<Record<string, boolean>>>({});
  const items = (paper.refreshChecklist ?? []).map((i) => ({ ...i, done: ticked[i.id] ?? i.done }));
  if (!items.length) return null;
  const left = items.filter((i) => !i.done).length;
  const jump = (id: string) => {
    const el =
      document.getElementById(`section-${id}`) ?? document.getElementById(`appendix-${id}`) ?? document.querySelector<HTMLElement>(`[data-block-id="${id}"]`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('[contenteditable="true"], input, button')?.focus();
  };
  return (
    <section className="checklist-panel" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Before this paper goes out {left ? `(${left} of ${items.length} to do)` : '(all done)'}</h2>
      <ul>
        {items.map((i) => (
          <li key={i.id} className={i.done ? 'done' : undefined}>
            <label className="check">
              <input
                type="checkbox"
                checked={i.done}
                disabled={readOnly}
                onChange={(e) => {
                  const done = e.target.checked;
                  setTicked((t) => ({ ...t, [i.id]: done }));
                  void setChecklistItemDone(db, paper.id, i.id, done);
                }}
              />{' '}
              {i.text}
            </label>
            {i.targetId && (
              <button type="button" className="link-button" onClick={() => jump(i.targetId)}>
                Go there
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
