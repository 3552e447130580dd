// A real team sync server for the UI tests: `npm run server`'s entry (server/src/main.ts) on a free
// port with a temporary SQLite file, and people added with `server:add-user`'s code, as an office's
// IT would. Stopped (and restarted on the same port and file) as a test needs.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export class SyncServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'pw-e2e-sync-'));
  readonly users = join(this.dir, 'users.json');
  readonly database = join(this.dir, 'sync.sqlite');
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async create(): Promise<SyncServer> {
    return new SyncServer(await freePort());
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Adds a person with `server:add-user` and returns the token it prints once. */
  addUser(name: string, role: 'author' | 'officer' | 'reviewer' | 'reader', person?: string): string {
    const args = ['--import', 'tsx', 'server/src/add-user.ts', name, role, this.users, ...(person ? ['--person', person] : [])];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`add-user failed (${r.status ?? r.signal}): ${r.stderr}`);
    const token = r.stdout.trim().split('\n').at(-1) ?? '';
    if (!/^[A-Za-z0-9_-]{20,}$/.test(token)) throw new Error(`add-user printed no token: ${r.stdout}`);
    return token;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: {
        ...process.env,
        PANELWRIGHT_SYNC_PORT: String(this.port),
        PANELWRIGHT_SYNC_HOST: '127.0.0.1',
        PANELWRIGHT_SYNC_DB: this.database,
        PANELWRIGHT_SYNC_USERS: this.users,
        PANELWRIGHT_SYNC_QUIET: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const r = await fetch(`http://127.0.0.1:${this.port}/health`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      if (this.child.exitCode !== null) throw new Error(`the sync server exited with ${this.child.exitCode}`);
      if (Date.now() > deadline) throw new Error('the sync server did not answer /health within 20 s');
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  async stop(): Promise<void> {
    const c = this.child;
    this.child = null;
    const running = () => c !== null && c.exitCode === null && c.signalCode === null;
    if (!c || !running()) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (running()) c.kill('SIGKILL');
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
