// The Check for the open paper, kept up to date as the author writes: a short pause after the stored
// paper changes, the rules run in a worker (never on the typing path), the model's findings first and
// then those read from the export. Where a worker cannot start, the same rules run here when idle.
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../shared/check/model';
import { checkPaper } from '../../../shared/check/run';
import { db } from '../../db/database';
import { loadExportBundle } from '../../db/papers-repo';
import type { CheckAnswer, CheckRequest } from './check-protocol';

export interface CheckState {
  readonly findings: readonly Finding[] | null;
  /** True once the rules read from the Word export have run on the latest text. */
  readonly complete: boolean;
  readonly error: string | null;
}

const PAUSE_MS = 400;

let shared: Worker | null | undefined;
/** Told when the worker could not load, so the hooks waiting on it run the rules here instead. */
const onWorkerLost = new Set<() => void>();
function worker(): Worker | null {
  if (shared !== undefined) return shared;
  try {
    shared = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    shared.addEventListener('error', () => {
      shared = null;
      for (const f of onWorkerLost) f();
    });
  } catch {
    shared = null;
  }
  return shared;
}

let nextId = 1;

/**
 * `changed` is anything that changes when the stored paper does (the screen's bundle); the paper is
 * then read as the export reads it (data blocks resolved) and checked.
 */
export function usePaperCheck(paperId: string, changed: unknown, active: boolean, channel = 'panel'): CheckState {
  const [state, setState] = useState<CheckState>({ findings: null, complete: false, error: null });
  const wanted = useRef(0);

  useEffect(() => {
    const w = worker();
    if (!w) return;
    const onMessage = (e: MessageEvent<CheckAnswer>) => {
      if (e.data.id !== wanted.current) return;
      setState(e.data.stage === 'failed' ? (s) => ({ ...s, complete: true, error: e.data.error ?? 'The check could not run.' }) : { findings: e.data.findings, complete: e.data.stage === 'full', error: null });
    };
    w.addEventListener('message', onMessage);
    return () => w.removeEventListener('message', onMessage);
  }, []);

  // A worker that fails to load (a host that refuses module workers) leaves the check to this thread.
  const [lost, setLost] = useState(0);
  useEffect(() => {
    const f = () => setLost((n) => n + 1);
    onWorkerLost.add(f);
    return () => void onWorkerLost.delete(f);
  }, []);

  useEffect(() => {
    if (!active || !changed) return;
    setState((s) => ({ ...s, complete: false }));
    let cancelled = false;
    const timer = setTimeout(() => {
      void loadExportBundle(db, paperId).then((bundle) => {
        if (cancelled || !bundle) return;
        const id = nextId++;
        wanted.current = id;
        const w = worker();
        if (w) w.postMessage({ id, channel, bundle } satisfies CheckRequest);
        else setState({ findings: checkPaper({ bundle }), complete: true, error: null });
      });
    }, PAUSE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [paperId, changed, active, channel, lost]);

  return state;
}
