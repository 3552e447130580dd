// @vitest-environment happy-dom
// After Add, focus goes to the new item's first field once it is written — unless the author has
// already clicked into another field meanwhile (a busy laptop): then their typing stays where they put it.
import { afterEach, describe, expect, it } from 'vitest';
import { focusWhenShown } from './focus';

afterEach(() => document.body.replaceChildren());

function page(): { add: HTMLButtonElement; other: HTMLInputElement } {
  const add = document.body.appendChild(document.createElement('button'));
  const other = document.body.appendChild(document.createElement('input'));
  add.focus();
  return { add, other };
}
/** The new item's field, written a few frames after the click. */
function appearsLater(): HTMLInputElement {
  const field = document.createElement('input');
  field.id = 'new-field';
  requestAnimationFrame(() => requestAnimationFrame(() => document.body.appendChild(field)));
  return field;
}

describe('focusWhenShown', () => {
  it('puts focus in the new field once it appears', async () => {
    const { add } = page();
    const field = appearsLater();
    expect(await focusWhenShown(() => document.getElementById('new-field'), { unlessMovedFrom: add })).toBe(field);
    expect(document.activeElement).toBe(field);
  });

  it('leaves focus in the field the author went to while the new one was written', async () => {
    const { add, other } = page();
    appearsLater();
    other.focus(); // the author clicks into another field before the new one appears
    expect(await focusWhenShown(() => document.getElementById('new-field'), { unlessMovedFrom: add })).toBeNull();
    expect(document.activeElement).toBe(other);
  });

  it('without unlessMovedFrom, focuses the new field as before', async () => {
    const { other } = page();
    const field = appearsLater();
    other.focus();
    expect(await focusWhenShown(() => document.getElementById('new-field'))).toBe(field);
    expect(document.activeElement).toBe(field);
  });
});
