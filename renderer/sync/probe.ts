// Before a connection is saved: one sign-in to the server with the person's token, so Settings →
// Team can say in one sentence what is wrong (nothing there, the token refused, a server of another
// kind) instead of saving a connection that never works. Nothing is sent but the sign-in.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ProbeFailure } from '../../shared/sync/connection';
import { wireName } from '../../shared/sync/documents';
import { withFormat } from '../../shared/sync/format';

export type ProbeResult =
  { readonly ok: true; readonly scope: 'read-write' | 'readonly' } | { readonly ok: false; readonly kind: ProbeFailure; readonly reason?: string };

export interface ProbeOptions {
  readonly WebSocketPolyfill?: unknown;
  /** How long an open connection may stay silent before it counts as another kind of server (ms). */
  readonly answerMs?: number;
  /** How long to wait for the connection to open at all (ms). */
  readonly openMs?: number;
  /** The sync format this laptop says it speaks (tests stand in an older or newer app). */
  readonly format?: number;
}

export function probeServer(url: string, token: string, o: ProbeOptions = {}): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let opened = false;
    let done = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    // eslint-disable-next-line prefer-const -- assigned after the provider that the callbacks close over
    let provider: HocuspocusProvider | undefined;
    const finish = (r: ProbeResult) => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      // Destroyed after this turn: the provider is still inside its own callback.
      setTimeout(() => {
        provider?.destroy();
        socket.destroy();
      }, 0);
      resolve(r);
    };
    const socket = new HocuspocusProviderWebsocket({
      url: withFormat(url, o.format),
      delay: 500,
      minDelay: 250,
      maxAttempts: 1,
      // Connected below, so a failed attempt is caught here, not left as an unhandled rejection.
      autoConnect: false,
      ...(o.WebSocketPolyfill ? { WebSocketPolyfill: o.WebSocketPolyfill } : {}),
      onOpen: () => {
        opened = true;
        timers.push(setTimeout(() => finish({ ok: false, kind: 'not-panelwright' }), o.answerMs ?? 5000));
      },
      onClose: () => finish({ ok: false, kind: opened ? 'not-panelwright' : 'unreachable' }),
    });
    timers.push(setTimeout(() => finish({ ok: false, kind: opened ? 'not-panelwright' : 'unreachable' }), o.openMs ?? 10_000));
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: wireName('papers'),
      document: new Y.Doc(),
      token,
      onAuthenticated: ({ scope }) => finish({ ok: true, scope: scope === 'readonly' ? 'readonly' : 'read-write' }),
      onAuthenticationFailed: ({ reason }) => finish({ ok: false, kind: 'refused', reason }),
    });
    provider.attach();
    socket.connect().catch(() => finish({ ok: false, kind: opened ? 'not-panelwright' : 'unreachable' }));
  });
}
