// Settings → Team's first sign-in against a real server: a good token, a refused one, nothing
// listening, and a WebSocket server of another kind each give their own answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { probeServer } from '../../renderer/sync/probe';
import { probeFailureSentence } from '../../shared/sync/connection';
import { SYNC_FORMAT } from '../../shared/sync/format';
import type { RunningServer } from './server';
import { startSyncServer } from './server';
import { hashToken } from './users';

let server: RunningServer;
let dir: string;
const users = [
  { name: 'Kim Dunn', role: 'author' as const, tokenSha256: hashToken('kim-token') },
  { name: 'Rhys Owen', role: 'reviewer' as const, tokenSha256: hashToken('rhys-token') },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pw-probe-'));
  server = await startSyncServer({ port: 0, host: '127.0.0.1', database: join(dir, 's.sqlite'), users: () => users, quiet: true });
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the first sign-in to a sync server', () => {
  it('is taken with a known token, read-write for an author and read-only on papers for a reviewer', async () => {
    expect(await probeServer(server.url, 'kim-token', { WebSocketPolyfill: WebSocket })).toEqual({ ok: true, scope: 'read-write' });
    expect(await probeServer(server.url, 'rhys-token', { WebSocketPolyfill: WebSocket })).toEqual({ ok: true, scope: 'readonly' });
  });

  it('is refused for an unknown token', async () => {
    expect(await probeServer(server.url, 'not-a-token', { WebSocketPolyfill: WebSocket })).toMatchObject({ ok: false, kind: 'refused' });
  });

  it('tells an older laptop (the first team sync, which says no format) to update the app, and a newer one to have the server updated', async () => {
    const older = await probeServer(server.url, 'kim-token', { WebSocketPolyfill: WebSocket, format: 1 });
    expect(older).toMatchObject({ ok: false, kind: 'refused' });
    expect(probeFailureSentence('refused', server.url, older.ok ? undefined : older.reason)).toMatch(
      /^This copy of Panelwright is older .* update Panelwright on this computer/,
    );
    const newer = await probeServer(server.url, 'kim-token', { WebSocketPolyfill: WebSocket, format: SYNC_FORMAT + 1 });
    expect(probeFailureSentence('refused', server.url, newer.ok ? undefined : newer.reason)).toMatch(/sync server is older .* ask your IT team to update it/);
  });

  it('finds nothing where no server listens', async () => {
    expect(await probeServer('ws://127.0.0.1:9', 'kim-token', { WebSocketPolyfill: WebSocket })).toMatchObject({ ok: false, kind: 'unreachable' });
  });

  it('names a WebSocket server of another kind as such', async () => {
    const other = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => other.once('listening', r));
    const port = (other.address() as { port: number }).port;
    try {
      expect(await probeServer(`ws://127.0.0.1:${port}`, 'kim-token', { WebSocketPolyfill: WebSocket, answerMs: 800 })).toMatchObject({
        ok: false,
        kind: 'not-panelwright',
      });
    } finally {
      other.close();
    }
  });
});
