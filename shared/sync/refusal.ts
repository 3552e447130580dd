// The server refuses a change by closing that document's connection; the reason it gives starts with
// this, so a laptop knows its own copy holds a change that will never be taken (a deliverable given to
// another officer while this one was offline, an issued paper changed) and can join again without it.
export const REFUSED_PREFIX = 'panelwright-refused: ';

/** The error the server's hook throws: Hocuspocus sends its reason to the laptop in the close message. */
export function refusedChange(why: string): Error & { code: number; reason: string } {
  return Object.assign(new Error(why), { code: 4403, reason: `${REFUSED_PREFIX}${why}` });
}

export const isRefusal = (reason: unknown): boolean => typeof reason === 'string' && reason.startsWith(REFUSED_PREFIX);
