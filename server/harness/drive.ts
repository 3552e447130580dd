// The parent's side of the harness: laptops as child processes, each behind a loopback proxy that
// can be cut (offline) and restored, and the sync server as a child process that can be SIGKILLed.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { LaptopCommand } from './laptop';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export class Laptop {
  private next = 1;
  private readonly waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (m: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      const w = m.id === undefined ? undefined : this.waiting.get(m.id);
      if (!w || m.id === undefined) return;
      this.waiting.delete(m.id);
      if (m.ok) w.ok(m.result);
      else w.fail(new Error(`${name}: ${m.error ?? 'failed'}`));
    });
    // A laptop that dies fails what was asked of it, at once, rather than leaving the run waiting.
    child.on('exit', (code, signal) => {
      for (const w of this.waiting.values()) w.fail(new Error(`${name} exited (${signal ?? String(code)})`));
      this.waiting.clear();
    });
  }

  static start(name: string): Promise<Laptop> {
    const child = fork(here('./laptop.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    return new Promise((ok, fail) => {
      child.once('message', () => ok(new Laptop(name, child)));
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`${name} exited (${String(code)}) before it was ready`)));
    });
  }

  send<T = unknown>(c: LaptopCommand): Promise<T> {
    const id = this.next++;
    const t0 = Date.now();
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, {
        ok: (v: unknown) => {
          if (process.env.PW_SYNC_TIMING && Date.now() - t0 > 300) console.log(`${this.name} ${c.cmd}: ${Date.now() - t0} ms`);
          ok(v as T);
        },
        fail,
      });
      this.child.send({ id, c });
    });
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

/** A TCP proxy on loopback in front of the server: cut() is a laptop losing its network. */
export class Link {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private constructor(
    readonly port: number,
    private readonly target: () => number,
  ) {}

  static async open(target: () => number): Promise<Link> {
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
    const l = new Link(port, target);
    await l.restore();
    return l;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  restore(): Promise<void> {
    if (this.server) return Promise.resolve();
    const s = createServer((inbound) => {
      const out = connect(this.target(), '127.0.0.1');
      this.sockets.add(inbound).add(out);
      const drop = () => {
        inbound.destroy();
        out.destroy();
        this.sockets.delete(inbound);
        this.sockets.delete(out);
      };
      inbound.on('error', drop).on('close', drop);
      out.on('error', drop).on('close', drop);
      inbound.pipe(out).pipe(inbound);
    });
    this.server = s;
    return new Promise((ok) => s.listen(this.port, '127.0.0.1', () => ok()));
  }

  async cut(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const k of this.sockets) k.destroy();
    this.sockets.clear();
    if (s) await new Promise<void>((ok) => s.close(() => ok()));
  }
}

/** The sync server in its own process, on a loopback port, with its SQLite file. */
export class ServerProcess {
  private child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const child = fork(fileURLToPath(new URL('../src/main.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...this.env, PANELWRIGHT_SYNC_PORT: String(this.port), PANELWRIGHT_SYNC_HOST: '127.0.0.1', PANELWRIGHT_SYNC_QUIET: '1' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    for (let i = 0; i < 200; i++) {
      try {
        const r = await fetch(`http://127.0.0.1:${this.port}/health`);
        if (r.ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the sync server did not start');
  }

  /** The server process's resident memory in bytes (Linux), or null where /proc is not there. */
  rss(): number | null {
    const pid = this.child?.pid;
    if (pid === undefined) return null;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return kb ? Number(kb) * 1024 : null;
    } catch {
      return null;
    }
  }

  /** No goodbye: the process is killed as a power cut would. */
  async kill(): Promise<void> {
    const c = this.child;
    this.child = null;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((ok) => {
      c.once('exit', () => ok());
      c.kill('SIGKILL');
    });
  }
}

export async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const t0 = Date.now();
  const end = t0 + ms;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${(JSON.stringify(last) as string | undefined)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 60));
    last = await read();
  }
  if (process.env.PW_SYNC_TIMING) console.log(`${what}: ${Date.now() - t0} ms`);
  return last;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((ok) => probe.close(() => ok()));
  return port;
}
