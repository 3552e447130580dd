// Modal questions (text input, confirm, notice) as promises, so commands can ask without owning UI.
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

export interface Asker {
  text(q: TextQuestion): Promise<string | null>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  notice(n: Notice): Promise<void>;
}

let current: Asker | null = null;

export function setAsker(asker: Asker | null): void {
  current = asker;
}

export function getAsker(): Asker {
  if (!current) throw new Error('No dialog host is mounted');
  return current;
}
