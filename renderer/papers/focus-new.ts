import { focusWhenShown } from '../ui/focus';

/** A new section's title field, focused with "New section" selected so typing names it. */
export async function focusNewSectionTitle(sectionId: string): Promise<void> {
  const input = await focusWhenShown(() => document.querySelector<HTMLInputElement>(`#section-${CSS.escape(sectionId)} .heading-field input`));
  if (input instanceof HTMLInputElement) input.select();
}
