// Adds a person to the users file and prints their token once (hand it to them; only its hash is kept).
//   npm run server:add-user -- "Kim Dunn" officer [users.json] [--person "KD"]
// --person: who they are in the plans' people (a Person id, name or short name); without it their
// name is matched. An officer may change the updates of the deliverables that person leads.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSyncRole } from '../../shared/sync/documents';
import { hashToken, newToken } from './users';

const args = process.argv.slice(2);
const at = args.indexOf('--person');
const person = at >= 0 ? args[at + 1]?.trim() : undefined;
if (at >= 0) args.splice(at, 2);
const [name, role, file = process.env.PANELWRIGHT_SYNC_USERS ?? 'users.json'] = args;
if (!name || !isSyncRole(role) || (at >= 0 && !person)) {
  console.error('Usage: add-user "Full Name" author|officer|reviewer|reader [users.json] [--person "Name or id in the plans\' people"]');
  process.exit(1);
}
const path = resolve(file);
const data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { users: unknown[] }) : { users: [] };
const token = newToken();
data.users.push({ name, role, tokenSha256: hashToken(token), ...(person ? { person } : {}) });
writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
console.log(`Added ${name} (${role}${person ? `, in the plans: ${person}` : ''}) to ${path}. Their sign-in token (shown once):\n${token}`);
