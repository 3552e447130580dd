// Find and replace across the whole paper (Ctrl+F, Ctrl+H): section and appendix text, their footnotes,
// and the titles, in page order. Next/previous (Enter, Shift+Enter, F3), match case, whole words, the
// number of matches; Replace takes the current match, Replace all every one, as one step of the paper's
// undo history. The bar is not a dialog: the paper stays in view and can be worked on.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { TextSelection } from '@tiptap/pm/state';
import { findInText, replaceInText } from '../../shared/text/find';
import type { History } from '../undo/history';
import { rememberFocus, restoreFocus } from '../ui/focus';
import { showToast } from '../ui/toast';
import { replaceInEditor, setEditorFind } from './find-plugin';
import type { EditorMatch, FindQuery } from './find-plugin';
import { findTargets, onFindTargetsChanged } from './targets';
import type { FindTarget } from './targets';

type Hit = { target: FindTarget; local: number; editorMatch?: EditorMatch; fieldMatch?: { from: number; to: number } };

const FIELD_HIT = 'find-field-hit';
const FIELD_CURRENT = 'find-field-current';

function clearFieldMarks(): void {
  for (const el of document.querySelectorAll(`.${FIELD_HIT}, .${FIELD_CURRENT}`)) el.classList.remove(FIELD_HIT, FIELD_CURRENT);
}

/** Every match of the query, in page order; editors get the query for their highlights. */
function collect(query: FindQuery | null): Hit[] {
  clearFieldMarks();
  const hits: Hit[] = [];
  for (const t of findTargets()) {
    if (t.kind === 'editor') {
      const matches = setEditorFind(t.editor, query);
      matches.forEach((m, local) => hits.push({ target: t, local, editorMatch: m }));
    } else if (query) {
      const matches = findInText(t.value(), query.text, query);
      if (matches.length) t.element.classList.add(FIELD_HIT);
      matches.forEach((m, local) => hits.push({ target: t, local, fieldMatch: m }));
    }
  }
  return hits;
}

function show(hit: Hit | undefined, query: FindQuery | null): void {
  for (const t of findTargets()) if (t.kind === 'editor') setEditorFind(t.editor, query, hit?.target === t ? hit.local : null);
  document.querySelectorAll(`.${FIELD_CURRENT}`).forEach((el) => el.classList.remove(FIELD_CURRENT));
  if (!hit) return;
  if (hit.target.kind === 'field') {
    hit.target.element.classList.add(FIELD_CURRENT);
    // A .findable wrapper has no box of its own: scroll to the field inside it.
    const box = hit.target.element.classList.contains('findable') ? hit.target.element.firstElementChild : hit.target.element;
    box?.scrollIntoView({ block: 'center' });
  } else if (hit.editorMatch) {
    const { node } = hit.target.editor.view.domAtPos(hit.editorMatch.from);
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
  }
}

export function FindBar({
  mode,
  asked = 0,
  history,
  readOnly,
  onClose,
}: {
  mode: 'find' | 'replace';
  asked?: number;
  history: History | null;
  readOnly: boolean;
  onClose: () => void;
}) {
  const id = useId();
  const [returnTo] = useState(rememberFocus);
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [replacing, setReplacing] = useState(mode === 'replace');
  const [hits, setHits] = useState<Hit[]>([]);
  const [current, setCurrent] = useState(0);
  const findInput = useRef<HTMLInputElement>(null);
  const query: FindQuery | null = text ? { text, matchCase, wholeWord } : null;
  const queryKey = JSON.stringify(query);

  useEffect(() => setReplacing((r) => r || mode === 'replace'), [mode]);
  // Opened again with Ctrl+F / Ctrl+H: back into the find field, its text selected.
  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, [mode, asked]);

  const refresh = useCallback(() => {
    const next = collect(query);
    setHits(next);
    setCurrent((c) => (next.length === 0 ? 0 : Math.min(c, next.length - 1)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query's value is queryKey
  }, [queryKey]);

  // A new query: find again from the first match.
  useEffect(() => {
    const next = collect(query);
    setHits(next);
    setCurrent(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey]);

  // The paper changing under the bar (typing, a replacement, a section added) updates the matches.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, 120);
    };
    const stop = onFindTargetsChanged(later);
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [refresh]);

  useEffect(() => show(hits[current], query), [hits, current]); // eslint-disable-line react-hooks/exhaustive-deps

  // Closing takes the highlights away.
  useEffect(
    () => () => {
      clearFieldMarks();
      for (const t of findTargets()) if (t.kind === 'editor') setEditorFind(t.editor, null);
    },
    [],
  );

  const step = (delta: 1 | -1) => {
    if (hits.length) setCurrent((c) => (c + delta + hits.length) % hits.length);
  };

  const close = () => {
    const hit = hits[current];
    onClose();
    // Into the text at the match found, or back where the author was.
    if (hit?.target.kind === 'editor' && hit.editorMatch && !hit.editorMatch.footnote) {
      const { editor } = hit.target;
      const { from, to } = hit.editorMatch;
      requestAnimationFrame(
        () =>
          editor.isDestroyed || (editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to))), editor.commands.focus()),
      );
    } else requestAnimationFrame(() => restoreFocus(returnTo));
  };

  const replaceOne = async () => {
    const hit = hits[current];
    if (!hit || !query || readOnly) return;
    if (hit.target.kind === 'editor' && hit.editorMatch) replaceInEditor(hit.target.editor, [hit.editorMatch], replacement);
    else if (hit.target.kind === 'field' && hit.fieldMatch) {
      const v = hit.target.value();
      await hit.target.replace(v.slice(0, hit.fieldMatch.from) + replacement + v.slice(hit.fieldMatch.to));
    }
    // The next match now sits where this one was.
    refresh();
  };

  const replaceAll = async () => {
    if (!query || readOnly || hits.length === 0) return;
    const label = `Replace all “${query.text}” with “${replacement}”`;
    const run = async () => {
      let count = 0;
      for (const t of findTargets()) {
        const mine = hits.filter((h) => h.target === t);
        if (!mine.length) continue;
        if (t.kind === 'editor')
          count += replaceInEditor(
            t.editor,
            mine.map((h) => h.editorMatch!),
            replacement,
          );
        else if (!t.readOnly) {
          const r = replaceInText(t.value(), query.text, replacement, query);
          await t.replace(r.text);
          count += r.count;
        }
      }
      return count;
    };
    const count = history ? await history.group(label, run) : await run();
    showToast({ tone: 'success', text: `Replaced ${count} ${count === 1 ? 'match' : 'matches'}. Ctrl+Z undoes it.` });
    refresh();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'F3' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'g')) {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'checkbox') {
      // Enter on Match case / Whole words goes on to the next match, as in the find field.
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  };

  const count = !query ? '' : hits.length === 0 ? 'No matches' : `${current + 1} of ${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`;
  return (
    <div className="find-bar" role="search" aria-label="Find and replace in this paper" onKeyDown={onKeyDown}>
      <div className="find-row">
        <label htmlFor={`${id}-find`}>Find</label>
        <input
          ref={findInput}
          id={`${id}-find`}
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-count`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <button type="button" onClick={() => step(-1)} disabled={hits.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
          ↑
        </button>
        <button type="button" onClick={() => step(1)} disabled={hits.length === 0} aria-label="Next match" title="Next match (Enter)">
          ↓
        </button>
        <span id={`${id}-count`} className="find-count" aria-live="polite">
          {count}
        </span>
        <label className="check">
          <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> Match case
        </label>
        <label className="check">
          <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> Whole words
        </label>
        {readOnly && <span className="muted small">Issued: this paper can be searched, not changed.</span>}
        {!replacing && !readOnly && (
          <button type="button" className="link-button" onClick={() => setReplacing(true)}>
            Replace…
          </button>
        )}
        <button type="button" className="find-close" onClick={close} aria-label="Close find" title="Close (Esc)">
          ×
        </button>
      </div>
      {replacing && !readOnly && (
        <div className="find-row">
          <label htmlFor={`${id}-replace`}>Replace with</label>
          <input
            id={`${id}-replace`}
            value={replacement}
            autoComplete="off"
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void replaceOne();
              }
            }}
          />
          <button type="button" onClick={() => void replaceOne()} disabled={hits.length === 0}>
            Replace
          </button>
          <button type="button" onClick={() => void replaceAll()} disabled={hits.length === 0}>
            Replace all
          </button>
        </div>
      )}
    </div>
  );
}
