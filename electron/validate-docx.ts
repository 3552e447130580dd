// The Open XML schema check for the desktop app (HostApi.validateDocx): the Open XML SDK validator
// (@ooxml-tools/validate, .NET in WebAssembly: Node only, 45 MB) in a worker thread of the main process,
// so the window never waits on it. The worker (scripts/check/validate-worker.mjs, bundled to
// dist/electron/validate-worker.mjs) starts on the first check and stays while checks keep coming
// (the runtime's start is most of the cost), then goes after a quiet spell to give its memory back.
// One check at a time; each has a time limit, after which the worker is stopped (the next check starts
// a new one), so a hostile file cannot hang the app. The worker is injected: tested in Node.

import { Worker } from 'node:worker_threads';
import type { DocxValidation, SchemaError } from '../shared/host/api';

/** Long enough for the validator's first start on a slow laptop and a large paper. */
export const VALIDATE_TIMEOUT_MS = 90_000;
/** After this long with no check, the worker (and its few hundred MB) goes. */
export const VALIDATOR_IDLE_MS = 120_000;

/** The part of a worker_threads Worker used here. */
export interface ValidatorWorker {
  postMessage(message: { id: number; bytes: Uint8Array }): void;
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  terminate(): Promise<number>;
}

export interface DocxValidatorDeps {
  readonly startWorker: () => ValidatorWorker;
  readonly timeoutMs?: number;
  readonly idleMs?: number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export interface DocxValidator {
  validate(bytes: Uint8Array): Promise<DocxValidation>;
  /** Stops the worker now (the app is quitting). */
  stop(): void;
}

type Answer = { id: number; ok: true; results: SchemaError[] } | { id: number; ok: false; error: string };

const isAnswer = (m: unknown): m is Answer => typeof m === 'object' && m !== null && typeof (m as { id?: unknown }).id === 'number';

export function createDocxValidator(deps: DocxValidatorDeps): DocxValidator {
  const timeoutMs = deps.timeoutMs ?? VALIDATE_TIMEOUT_MS;
  const idleMs = deps.idleMs ?? VALIDATOR_IDLE_MS;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  let worker: ValidatorWorker | null = null;
  let idle: unknown = null;
  let nextId = 1;
  /** The check being answered: its id and how to answer it. */
  let current: { id: number; answer: (r: DocxValidation) => void } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = () => {
    if (idle !== null) clearTimer(idle);
    idle = null;
    const w = worker;
    worker = null;
    if (w) void w.terminate();
  };

  const started = (): ValidatorWorker => {
    if (worker) return worker;
    const w = deps.startWorker();
    worker = w;
    w.on('message', (m) => {
      if (!isAnswer(m) || current?.id !== m.id) return;
      current.answer(
        m.ok ? { ok: true, errors: m.results } : { ok: false, message: `The Open XML validator could not read the file (${m.error.slice(0, 160)}).` },
      );
    });
    const lost = (why: string) => {
      if (worker === w) worker = null;
      current?.answer({ ok: false, message: why });
    };
    w.on('error', (e) => lost(`The Open XML schema check failed (${e.message.slice(0, 160)}).`));
    w.on('exit', () => lost('The Open XML schema check stopped before it finished.'));
    return w;
  };

  const runOne = (bytes: Uint8Array): Promise<DocxValidation> =>
    new Promise((resolve) => {
      if (idle !== null) clearTimer(idle);
      idle = null;
      const id = nextId++;
      let timer: unknown = null;
      current = {
        id,
        answer: (r) => {
          if (current?.id !== id) return;
          current = null;
          if (timer !== null) clearTimer(timer);
          idle = setTimer(stop, idleMs);
          resolve(r);
        },
      };
      const answer = current.answer;
      timer = setTimer(() => {
        // Too long: stop the worker (a hostile or huge file); the next check starts a new one.
        answer({ ok: false, message: `The Open XML schema check did not finish within ${Math.round(timeoutMs / 1000)} s.` });
        stop();
      }, timeoutMs);
      try {
        started().postMessage({ id, bytes });
      } catch (e) {
        answer({ ok: false, message: `The Open XML schema check could not start (${e instanceof Error ? e.message.slice(0, 160) : 'unknown'}).` });
      }
    });

  return {
    // One at a time, in the order asked.
    validate: (bytes) => {
      const run = queue.then(() => runOne(bytes));
      queue = run.catch(() => undefined);
      return run;
    },
    stop,
  };
}

/** The real worker: the bundled validator, with a memory cap. */
export function nodeValidatorWorker(file: string): () => ValidatorWorker {
  return () => new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
}
