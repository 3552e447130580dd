import type { FootnoteInline } from '../../shared/richtext/model';

// Modal questions (text input, confirm, notice, an image's description, a file) as promises, so
// commands can ask without owning UI, and tests can answer them.
export interface TextQuestion {
  readonly title: string;
  readonly label: string;
  readonly initial?: string;
  readonly multiline?: boolean;
  readonly confirmLabel?: string;
}

export interface ConfirmQuestion {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
}

export interface Notice {
  readonly title: string;
  readonly message: string;
}

/** An image's description (required) and caption, asked with the image in view. */
export interface ImageQuestion {
  readonly title: string;
  /** The image's data URL, shown so the author can describe what is there. */
  readonly src: string;
  readonly alt?: string;
  readonly caption?: string;
  readonly confirmLabel: string;
}

export interface ImageDetails {
  /** Never blank: the dialog does not confirm without it. */
  readonly alt: string;
  /** May be empty (no caption). */
  readonly caption: string;
}

/** A footnote's text, written with bold, italic, underline and links. */
export interface FootnoteQuestion {
  readonly title: string;
  readonly initial: readonly FootnoteInline[];
  readonly confirmLabel: string;
  /** Editing an existing note: an empty text removes it (the dialog says so). */
  readonly editing: boolean;
}

/** A file to pick from the computer (through the host: a system dialog or a file input). */
export interface FileQuestion {
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

export interface Asker {
  text(q: TextQuestion): Promise<string | null>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  notice(n: Notice): Promise<void>;
  imageDetails(q: ImageQuestion): Promise<ImageDetails | null>;
  /** The note's pieces (cleaned: shared/richtext/footnote.ts), or null when cancelled. */
  footnote(q: FootnoteQuestion): Promise<readonly FootnoteInline[] | null>;
  /** The chosen file's name and bytes, or null when cancelled. */
  file(q: FileQuestion): Promise<{ readonly name: string; readonly data: Uint8Array } | null>;
}

let current: Asker | null = null;

export function setAsker(asker: Asker | null): void {
  current = asker;
}

export function getAsker(): Asker {
  if (!current) throw new Error('No dialog host is mounted');
  return current;
}
