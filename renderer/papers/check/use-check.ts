// The Check for the open paper, kept up to date as the author writes: a short pause after the stored
// paper changes, the rules run in a worker (never on the typing path), the model's findings first and
// then those read from the export. Where a worker cannot start, the same rules run here when idle.
// Where the host validates Word files (the desktop app), the worker's export is then checked against
// the Open XML schemas (schema-check.ts) and the schema rule's findings are added, as on the command line.
import { useEffect, useRef, useState } from 'react';
import type { AcceptedFinding, Finding } from '../../../shared/check/model';
import { clearanceFacts, overrideAcceptances } from '../../../shared/check/rules/clearance';
import type { CheckConfig } from '../../../shared/check/config';
import { checkPaper, committeeConfig, schemaFindings, withSchemaFindings } from '../../../shared/check/run';
import { db } from '../../db/database';
import type { CheckInput } from '../../db/check-repo';
import { loadCheckInput } from '../../db/check-repo';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckAnswer, CheckRequest } from './check-protocol';
import { hostValidates, validateNewest } from './schema-check';

/**
 * The Open XML schema check: 'unavailable' (a browser: the panel says where it runs), 'pending' (not
 * yet run on the latest text), 'running' (the other rules have run on the export), 'checked', 'not-run' (the paper could not be exported), or why the
 * check could not run (the other rules did).
 */
export type SchemaState = 'unavailable' | 'pending' | 'running' | 'checked' | 'not-run' | { readonly failed: string };

export interface CheckState {
  readonly findings: readonly Finding[] | null;
  /** Accepted besides the paper's own acceptances: an issued paper's clearance findings, by its version's override reason. */
  readonly alsoAccepted: readonly AcceptedFinding[];
  /** True once the rules read from the Word export (and the schema check, where the host has one) have run on the latest text. */
  readonly complete: boolean;
  readonly schema: SchemaState;
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

const alsoAccepted = (findings: readonly Finding[], o: CheckInput['issuedOverride']) => (o ? overrideAcceptances(findings, o.reason, o.at, o.by) : []);

/**
 * `changed` is anything that changes when the stored paper does (the screen's bundle); the paper is
 * then read as the export reads it (data blocks resolved) and checked.
 */
export function usePaperCheck(paperId: string, changed: unknown, active: boolean, channel = 'panel'): CheckState {
  const [state, setState] = useState<CheckState>(() => ({
    findings: null,
    alsoAccepted: [],
    complete: false,
    error: null,
    schema: hostValidates() ? 'pending' : 'unavailable',
  }));
  const wanted = useRef(0);
  const override = useRef<CheckInput['issuedOverride']>(null);
  const config = useRef<CheckConfig>({});
  // A clearance recorded (or required) changes what the Check says, though the paper itself did not change.
  const clearances = useLiveQuery(() => db.clearances.where('paperId').equals(paperId).toArray(), [paperId]);

  useEffect(() => {
    const w = worker();
    if (!w) return;
    const onMessage = (e: MessageEvent<CheckAnswer>) => {
      const { id, stage, findings, docx } = e.data;
      if (id !== wanted.current) return;
      if (stage === 'failed') {
        setState((s) => ({
          ...s,
          complete: true,
          error: e.data.error ?? 'The check could not run.',
          schema: s.schema === 'pending' || s.schema === 'running' ? 'not-run' : s.schema,
        }));
        return;
      }
      const validates = hostValidates();
      const show = (fs: readonly Finding[], complete: boolean, schema: SchemaState) =>
        setState({ findings: fs, alsoAccepted: alsoAccepted(fs, override.current), complete, error: null, schema });
      if (stage === 'model' || !validates) {
        show(findings, stage === 'full', validates ? 'pending' : 'unavailable');
        return;
      }
      if (!docx) {
        show(findings, true, 'not-run');
        return;
      }
      // The rules read from the export are shown at once; the schema check's findings join them.
      show(findings, false, 'running');
      void validateNewest(channel, docx).then((result) => {
        if (!result || id !== wanted.current) return;
        if (result.ok) show(withSchemaFindings(findings, schemaFindings(result.errors, config.current)), true, 'checked');
        else show(findings, true, { failed: result.message });
      });
    };
    w.addEventListener('message', onMessage);
    return () => w.removeEventListener('message', onMessage);
  }, [channel]);

  // A worker that fails to load (a host that refuses module workers) leaves the check to this thread.
  const [lost, setLost] = useState(0);
  useEffect(() => {
    const f = () => setLost((n) => n + 1);
    onWorkerLost.add(f);
    return () => void onWorkerLost.delete(f);
  }, []);

  useEffect(() => {
    if (!active || !changed || clearances === undefined) return;
    setState((s) => ({ ...s, complete: false }));
    let cancelled = false;
    const timer = setTimeout(() => {
      void loadCheckInput(db, paperId).then(async (input) => {
        if (cancelled || !input) return;
        const { bundle, clearances: records } = input;
        const id = nextId++;
        wanted.current = id;
        override.current = input.issuedOverride;
        config.current = committeeConfig(bundle.committee);
        const w = worker();
        if (w) w.postMessage({ id, channel, bundle, clearances: records, wantDocx: hostValidates() } satisfies CheckRequest);
        else {
          const findings = checkPaper({ bundle, clearance: await clearanceFacts(records, bundle.sections) });
          if (id === wanted.current)
            setState({
              findings,
              alsoAccepted: alsoAccepted(findings, input.issuedOverride),
              complete: true,
              error: null,
              schema: hostValidates() ? 'not-run' : 'unavailable',
            });
        }
      });
    }, PAUSE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [paperId, changed, clearances, active, channel, lost]);

  return state;
}
