// Where colleagues are in a bound body (live-binding.ts): y-prosemirror's cursor plugin draws each
// colleague's caret, labelled with their name, and their selection, from the team-sync provider's
// awareness (each laptop says where its caret is in which fragment). Seeing a colleague's caret keeps
// two people from typing over each other. Colours come from a fixed set of classes (no inline styles;
// a colleague's state never chooses one), and the name is beside the colour, never colour alone.
// What a colleague's laptop says is checked before it is read: a malformed caret is not drawn.
import { Plugin } from '@tiptap/pm/state';
import { yCursorPlugin, yCursorPluginKey } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';

/** How many caret colours the stylesheet has (`.collab-colour-0` …). */
export const CARET_COLOURS = 6;
const MAX_NAME = 60;

const isId = (v: unknown) =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { client?: unknown }).client) && Number.isSafeInteger((v as { clock?: unknown }).clock);
const isNone = (v: unknown) => v === undefined || v === null;

/** A relative position as Y.relativePositionToJSON writes it. */
function isPosition(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    (isNone(p.type) || isId(p.type)) &&
    (isNone(p.tname) || typeof p.tname === 'string') &&
    (isNone(p.item) || isId(p.item)) &&
    (isNone(p.assoc) || Number.isSafeInteger(p.assoc))
  );
}

/** A colleague's awareness state this editor may draw a caret from. */
export function isDrawableCaret(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false;
  // The plugin writes a default colour into `user`: it must be an object (or absent).
  const user = (state as { user?: unknown }).user;
  if (!isNone(user) && (typeof user !== 'object' || Array.isArray(user))) return false;
  const cursor = (state as { cursor?: unknown }).cursor;
  if (typeof cursor !== 'object' || cursor === null) return false;
  return isPosition((cursor as { anchor?: unknown }).anchor) && isPosition((cursor as { head?: unknown }).head);
}

/** The name a caret shows: the colleague's own, trimmed and short, or a plain word when they gave none. */
export function caretName(user: unknown): string {
  const name = typeof user === 'object' && user !== null ? (user as { name?: unknown }).name : undefined;
  const clean = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) : '';
  return clean || 'A colleague';
}

/** A colleague's colour, the same in every section this laptop shows (from their client id). */
export const caretColour = (clientId: number): number => Math.abs(clientId) % CARET_COLOURS;

function caretElement(user: unknown, clientId: number): HTMLElement {
  const caret = document.createElement('span');
  caret.className = `collab-caret collab-colour-${caretColour(clientId)}`;
  // The label is drawn by the stylesheet from data-name (not text in the body: copying, find and the
  // words a screen reader reads stay the body's own); the caret is decoration, hidden from them.
  caret.dataset.name = caretName(user);
  caret.setAttribute('aria-hidden', 'true');
  caret.contentEditable = 'false';
  return caret;
}

/** The cursor plugin, drawing colleagues' carets from `awareness`. */
export function colleagueCarets(awareness: Awareness): Plugin {
  return yCursorPlugin(awareness, {
    awarenessStateFilter: (own: number, clientId: number, state: unknown) => own !== clientId && isDrawableCaret(state),
    cursorBuilder: caretElement,
    selectionBuilder: (_user: unknown, clientId: number) => ({ class: `collab-selection collab-colour-${caretColour(clientId)}` }),
  }) as Plugin;
}

export const isCaretsPlugin = (p: Plugin): boolean => p.spec.key === yCursorPluginKey;
