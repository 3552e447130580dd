// Which shape of the sync documents a laptop and the server speak. Laptops of different shapes on one
// server would each miss what the other writes (format 1 sent bodies as field writes; format 2 keeps
// them as Y.XmlFragments, so a format-1 laptop saw no colleague's typing and its own went unseen), so
// the server signs in only laptops of its own format and says, in a sentence, which side to update.
// Raise SYNC_FORMAT whenever what a document holds changes in a way an older laptop would misread.

/**
 * 1: every field as field writes (the first team sync).
 * 2: section and appendix bodies and update narratives as Y.XmlFragments (rich-text.ts).
 */
export const SYNC_FORMAT = 2;

/** The query parameter the laptop sends its format in (the WebSocket's address: Hocuspocus passes it to onAuthenticate). */
export const FORMAT_PARAMETER = 'panelwright-format';

const LAPTOP_OLDER =
  'This copy of Panelwright is older than the office’s sync server: update Panelwright on this computer to sync. Your work stays here meanwhile.';
const SERVER_OLDER = 'The office’s sync server is older than this copy of Panelwright: ask your IT team to update it. Your work stays here meanwhile.';

/** The address a laptop of `format` connects to: the server's, with the format added. */
export function withFormat(url: string, format: number = SYNC_FORMAT): string {
  const u = new URL(url);
  u.searchParams.set(FORMAT_PARAMETER, String(format));
  return u.toString();
}

/**
 * Why the server will not sign in a laptop that said `said` (null when it may). A laptop that says
 * nothing is of format 1: the parameter came with format 2.
 */
export function formatRefusal(said: string | null | undefined, server: number = SYNC_FORMAT): string | null {
  const n = said === null || said === undefined || said === '' ? 1 : Number(said);
  if (!Number.isInteger(n) || n < 1) return LAPTOP_OLDER;
  if (n < server) return LAPTOP_OLDER;
  if (n > server) return SERVER_OLDER;
  return null;
}

/** Whether a refusal's reason is one of the sentences above (said as it is, not as a refused token). */
export const isFormatRefusal = (reason: string | undefined): boolean => reason === LAPTOP_OLDER || reason === SERVER_OLDER;
