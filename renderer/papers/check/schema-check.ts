// The Open XML schema check of the Check panel and Issue, where the host offers one (Electron: the
// Open XML SDK validator in its main process). One file is validated at a time; while one runs, only
// the newest file of each asker waits, and an older one waiting is dropped (answered null), so typing
// never queues up validations. After each validation the next waits as long again (at most 30 s), so
// typing in a long paper (20 s a validation for 150 pages) keeps the validator busy half the time at most.
import type { DocxValidation } from '../../../shared/host/api';
import { getHost } from '../../host';

/** Whether this host can check a Word file against the Open XML schemas (a browser cannot). */
export const hostValidates = (): boolean => typeof getHost().validateDocx === 'function';

let running = false;
const waiting = new Map<string, { bytes: Uint8Array; resolve: (v: DocxValidation | null) => void }>();

export function validateNewest(channel: string, bytes: Uint8Array): Promise<DocxValidation | null> {
  return new Promise((resolve) => {
    waiting.get(channel)?.resolve(null);
    waiting.set(channel, { bytes, resolve });
    void next();
  });
}

async function next(): Promise<void> {
  if (running) return;
  const first = waiting.entries().next();
  if (first.done) return;
  const [channel, job] = first.value;
  waiting.delete(channel);
  running = true;
  const started = Date.now();
  try {
    const host = getHost();
    job.resolve(host.validateDocx ? await host.validateDocx(job.bytes) : { ok: false, message: 'This copy of the app has no Open XML schema check.' });
  } catch (e) {
    job.resolve({ ok: false, message: `The Open XML schema check failed (${e instanceof Error ? e.message.slice(0, 160) : String(e)}).` });
  } finally {
    setTimeout(
      () => {
        running = false;
        void next();
      },
      Math.min(Date.now() - started, MAX_REST_MS),
    );
  }
}

const MAX_REST_MS = 30_000;
