// Settings → Team's rules: what a typed server address means, the one-sentence refusals, and the
// connection's status in words. Pure, so the screen, the engine's wrapper and tests share them.
import { isFormatRefusal } from './format';

/** The address as the app connects to it (ws: or wss:), or a sentence saying what is wrong with it. */
export type AddressCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

/**
 * An office types `sync.example.gov.uk`, `wss://sync.example.gov.uk`, `https://…` (their proxy's
 * web address) or `ws://127.0.0.1:4460`. http(s) become ws(s); no scheme means wss (the TLS proxy);
 * anything else, credentials in the address, a query or a fragment is refused.
 */
export function checkServerAddress(typed: string): AddressCheck {
  const s = typed.trim();
  if (!s) return { ok: false, message: 'Enter the address of your office’s sync server (your IT team gives it, e.g. wss://sync.example.gov.uk).' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `wss://${s}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: false, message: `“${s}” is not a server address: it should look like wss://sync.example.gov.uk.` };
  }
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[u.protocol];
  if (!scheme) return { ok: false, message: `A sync server’s address starts with wss:// (or ws:// on the office network), not ${u.protocol}//.` };
  if (!u.hostname) return { ok: false, message: `“${s}” has no server name in it.` };
  if (u.username || u.password) return { ok: false, message: 'Leave the user name and password out of the address: the sign-in token goes in its own box.' };
  if (u.search || u.hash) return { ok: false, message: 'The address cannot have a “?” or “#” part: use only the server’s address.' };
  u.protocol = scheme;
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${u.protocol}//${u.host}${path}` };
}

/** A sign-in token as the server issues them (32 random bytes, base64url); whitespace around it is dropped. */
export function checkToken(typed: string): { readonly ok: true; readonly token: string } | { readonly ok: false; readonly message: string } {
  const t = typed.trim();
  if (!t) return { ok: false, message: 'Enter the sign-in token your IT team gave you.' };
  if (/\s/.test(t) || t.length > 512) return { ok: false, message: 'A sign-in token is one word with no spaces: paste it again as it was given to you.' };
  return { ok: true, token: t };
}

/** Why a first connection did not succeed, each as the sentence the screen shows. */
export type ProbeFailure = 'unreachable' | 'refused' | 'not-panelwright';

export function probeFailureSentence(kind: ProbeFailure, url: string, reason?: string): string {
  switch (kind) {
    case 'unreachable':
      return `No sync server answered at ${url}: check the address with your IT team, and that this computer is on the office network.`;
    case 'refused':
      if (reason && isFormatRefusal(reason)) return reason;
      return reason && reason !== 'permission-denied' && reason !== 'Unknown token.'
        ? `The server refused the sign-in: ${reason}`
        : 'The server refused this sign-in token: check it with your IT team (it may have been replaced).';
    case 'not-panelwright':
      return `The server at ${url} answered, but it is not a Panelwright sync server: check the address with your IT team.`;
  }
}

export type LinkWords =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'connected' }
  | { readonly kind: 'offline'; readonly since: string }
  | { readonly kind: 'refused'; readonly message: string };

export interface StatusInput {
  readonly link: LinkWords;
  readonly waiting: number;
  readonly blocked: number;
  readonly conflicts: number;
  /** When this laptop last had nothing waiting while connected (ISO), if ever. */
  readonly lastSynced: string | null;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "08:14" today, otherwise "3 Dec 2026, 08:14". */
export function whenInWords(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  return sameDay ? time : `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`;
}

/** The status as sentences: the link first, then what is waiting, held back and to decide. */
export function statusInWords(s: StatusInput, now: Date = new Date()): string[] {
  const out: string[] = [];
  switch (s.link.kind) {
    case 'connecting':
      out.push('Connecting…');
      break;
    case 'connected':
      out.push(s.waiting ? 'Connected: sending changes.' : 'Connected: everything is up to date.');
      break;
    case 'offline':
      out.push(`Offline since ${whenInWords(s.link.since, now)}: your changes are kept on this computer and sent when the server is back.`);
      break;
    case 'refused':
      out.push(s.link.message);
      break;
  }
  if (s.waiting) out.push(`${plural(s.waiting, 'change', 'changes')} waiting to be sent.`);
  if (s.blocked) out.push(`${plural(s.blocked, 'change', 'changes')} made here that your role does not send (kept on this computer only).`);
  if (s.conflicts) out.push(`${plural(s.conflicts, 'value', 'values')} changed by two people while apart: choose which stands below.`);
  out.push(s.lastSynced ? `Last synced ${whenInWords(s.lastSynced, now)}.` : 'Not synced yet.');
  return out;
}

/** A value of a guarded field as a person can read it in the conflicts list (short, one line). */
export function valueInWords(has: boolean, value: unknown, max = 160): string {
  if (!has || value === undefined || value === null) return '(empty)';
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'boolean') s = String(value);
  else s = textOf(value) || JSON.stringify(value);
  s = s.replace(/\s+/g, ' ').trim();
  if (!s) return '(empty)';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The text inside rich text (ProseMirror JSON) or another object: its `text` leaves, in order. */
function textOf(v: unknown): string {
  const parts: string[] = [];
  const walk = (x: unknown, depth: number) => {
    if (depth > 40 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) walk(y, depth + 1);
      return;
    }
    const o = x as Record<string, unknown>;
    if (typeof o.text === 'string') parts.push(o.text);
    for (const [k, y] of Object.entries(o)) if (k !== 'text') walk(y, depth + 1);
  };
  walk(v, 0);
  return parts.join(' ');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Rich text (ProseMirror JSON) reads as its words, not as its parts. */
const isRichText = (v: unknown) => isPlainObject(v) && v.type === 'doc';
/** "meetingDate" → "meeting date". */
const keyInWords = (k: string) => k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * Each conflicting value as a person reads it. Values that are records of several parts (a cover
 * sheet) show only the parts that differ between them ("author: Kim Dunn"), so the choice is
 * visible; anything else is `valueInWords`.
 */
export function optionsInWords(options: readonly { readonly has: boolean; readonly value: unknown }[]): string[] {
  const objects = options.every((o) => o.has && isPlainObject(o.value) && !isRichText(o.value));
  if (!objects || options.length < 2) return options.map((o) => valueInWords(o.has, o.value));
  const values = options.map((o) => o.value as Record<string, unknown>);
  const keys = [...new Set(values.flatMap((v) => Object.keys(v)))].sort();
  const differing = keys.filter((k) => new Set(values.map((v) => JSON.stringify(v[k] ?? null))).size > 1);
  if (differing.length === 0) return options.map((o) => valueInWords(o.has, o.value));
  return values.map((v) => differing.map((k) => `${keyInWords(k)}: ${valueInWords(v[k] !== undefined, v[k], 80)}`).join('; '));
}

/** The status bar's short form: "Team: up to date", "Team: offline since 09:05, 3 waiting", "Team: 2 values to choose". */
export function shortStatusInWords(s: StatusInput, now: Date = new Date()): string {
  if (s.conflicts) return `Team: ${plural(s.conflicts, 'value', 'values')} to choose`;
  const waiting = s.waiting ? `, ${s.waiting.toLocaleString('en-GB')} waiting` : '';
  switch (s.link.kind) {
    case 'connecting':
      return `Team: connecting…${waiting}`;
    case 'refused':
      return 'Team: sign-in refused';
    case 'offline':
      return `Team: offline since ${whenInWords(s.link.since, now)}${waiting}`;
    case 'connected':
      return s.waiting ? `Team: sending ${plural(s.waiting, 'change', 'changes')}` : 'Team: up to date';
  }
}
