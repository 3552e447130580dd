// The Edit menu's Undo and Redo (Electron sends them to the page: electron/window-options.ts). The
// paper screen takes them for its undo history while it is open; elsewhere they do what the browser
// does for the focused field or editor.
export type EditCommand = 'undo' | 'redo';

const native = (command: EditCommand) => {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to run the browser's own undo for a focused field; no replacement exists
  document.execCommand(command);
};
let handler: (command: EditCommand) => void = native;

/** Sets who handles the menu's Undo/Redo; returns a function that gives it back. */
export function takeEditCommands(next: (command: EditCommand) => void): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = native;
  };
}

export function runEditCommand(command: unknown): void {
  if (command === 'undo' || command === 'redo') handler(command);
}
