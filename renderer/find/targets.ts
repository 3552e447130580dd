// What the paper's Find searches: every rich-text editor of the paper (section and appendix text with
// their footnotes) and its title fields (the paper's, the sections', the appendices'). Each registers
// while it is on screen; the find bar takes them in the order they appear on the page.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';

export interface EditorTarget {
  readonly kind: 'editor';
  readonly key: string;
  readonly editor: Editor;
}

export interface FieldTarget {
  readonly kind: 'field';
  readonly key: string;
  /** The field's wrapper: where it is on the page, and what is highlighted. */
  readonly element: HTMLElement;
  value(): string;
  /** Stores a new value (a rename: one step of the paper's undo history). */
  replace(next: string): Promise<unknown>;
  readonly readOnly: boolean;
}

export type FindTarget = EditorTarget | FieldTarget;

const targets = new Map<string, FindTarget>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

export function registerFindTarget(target: FindTarget): () => void {
  targets.set(target.key, target);
  changed();
  return () => {
    if (targets.get(target.key) === target) targets.delete(target.key);
    changed();
  };
}

/** An editor's text changed (the find bar looks again, after a pause). */
export function noteEdited(): void {
  if (listeners.size) changed();
}

/** Told when a target comes or goes, its text changes, or a field's value changes. */
export function onFindTargetsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const elementOf = (t: FindTarget): HTMLElement => (t.kind === 'editor' ? t.editor.view.dom : t.element);

/** The targets in the order they are on the page. */
export function findTargets(): FindTarget[] {
  return [...targets.values()]
    .filter((t) => (t.kind === 'editor' ? !t.editor.isDestroyed : t.element.isConnected))
    .sort((a, b) => (elementOf(a).compareDocumentPosition(elementOf(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** A title field as a find target, while it is mounted. */
export function useFindField(
  key: string | null,
  ref: React.RefObject<HTMLElement | null>,
  value: string,
  replace: (next: string) => Promise<unknown>,
  readOnly: boolean,
): void {
  const latest = useRef({ value, replace });
  latest.current = { value, replace };
  useEffect(() => {
    const element = ref.current;
    if (!key || !element) return;
    return registerFindTarget({ kind: 'field', key, element, value: () => latest.current.value, replace: (next) => latest.current.replace(next), readOnly });
  }, [key, ref, readOnly]);
  // A new stored value (a rename, a replacement) may change the matches.
  useEffect(changed, [value]);
}
