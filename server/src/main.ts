// Starts the sync server from the environment (see server/README.md):
//   PANELWRIGHT_SYNC_PORT (4460), PANELWRIGHT_SYNC_HOST (127.0.0.1),
//   PANELWRIGHT_SYNC_DB (./panelwright-sync.sqlite, or a postgres://user:password@host/db address),
//   PANELWRIGHT_SYNC_USERS (./users.json).
// The users file is read again on SIGHUP, so adding a person needs no restart.
import { resolve } from 'node:path';
import { startSyncServer } from './server';
import type { SyncUser } from './users';
import { readUsers } from './users';

const env = process.env;
const usersPath = resolve(env.PANELWRIGHT_SYNC_USERS ?? 'users.json');
let users: readonly SyncUser[];
try {
  users = readUsers(usersPath);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
let running: Awaited<ReturnType<typeof startSyncServer>>;
try {
  running = await startSyncServer({
    port: Number(env.PANELWRIGHT_SYNC_PORT ?? 4460),
    host: env.PANELWRIGHT_SYNC_HOST ?? '127.0.0.1',
    database: /^postgres(ql)?:\/\//.test(env.PANELWRIGHT_SYNC_DB ?? '')
      ? (env.PANELWRIGHT_SYNC_DB ?? '')
      : resolve(env.PANELWRIGHT_SYNC_DB ?? 'panelwright-sync.sqlite'),
    users: () => users,
    quiet: env.PANELWRIGHT_SYNC_QUIET === '1',
  });
} catch (e) {
  console.error(`The sync server could not start: ${(e as Error).message}`);
  process.exit(1);
}
process.on('SIGHUP', () => {
  try {
    users = readUsers(usersPath);
    console.log(`re-read ${usersPath}: ${users.length} users`);
  } catch (e) {
    console.error(`kept the previous users: ${(e as Error).message}`);
  }
});
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    void running.stop().then(() => process.exit(0));
  });
