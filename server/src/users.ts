// Who may connect: the office's users file, one entry per person, with a SHA-256 of their token
// (the token itself is handed to the person and never stored here).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SyncRole } from '../../shared/sync/documents';
import { isSyncRole } from '../../shared/sync/documents';

export interface SyncUser {
  readonly name: string;
  readonly role: SyncRole;
  readonly tokenSha256: string;
  /** Who they are in the plans' people (a Person id or name); absent: their name is matched. */
  readonly person?: string;
}

/** What the person's entry is matched against in the plans' people. */
export const personOf = (u: SyncUser): string => u.person ?? u.name;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new token for a person: 32 random bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Reads and checks the users file; throws one sentence naming what is wrong. */
export function readUsers(path: string): SyncUser[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read the users file ${path}: ${(e as Error).message}`);
  }
  const list = (parsed as { users?: unknown } | null)?.users;
  if (!Array.isArray(list)) throw new Error(`The users file ${path} has no "users" list.`);
  return list.map((u: unknown, i) => {
    const o = (u ?? {}) as Record<string, unknown>;
    if (typeof o.name !== 'string' || !o.name.trim()) throw new Error(`User ${i + 1} in ${path} has no name.`);
    if (!isSyncRole(o.role)) throw new Error(`User "${o.name}" in ${path} has an unknown role (author, officer, reviewer or reader).`);
    if (typeof o.tokenSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.tokenSha256)) throw new Error(`User "${o.name}" in ${path} has no tokenSha256.`);
    if (o.person !== undefined && (typeof o.person !== 'string' || !o.person.trim())) throw new Error(`User "${o.name}" in ${path} has an empty "person".`);
    return { name: o.name, role: o.role, tokenSha256: o.tokenSha256, ...(typeof o.person === 'string' ? { person: o.person.trim() } : {}) };
  });
}

/** The user a token belongs to, compared in constant time; null for an unknown token. */
export function userForToken(users: readonly SyncUser[], token: string): SyncUser | null {
  const h = Buffer.from(hashToken(token), 'hex');
  let found: SyncUser | null = null;
  for (const u of users) if (timingSafeEqual(h, Buffer.from(u.tokenSha256, 'hex'))) found = u;
  return found;
}
