// @vitest-environment happy-dom
// The Check panel and Issue with a host that validates Word files (the desktop app): the export the
// Check worker built is sent to the host's validateDocx, and what it finds is listed as an Error in the
// panel and on Issue under the rule, message and severity the command line uses. A host that finds
// nothing adds nothing; one that cannot run says so; a browser (no validateDocx) says where it runs.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocxValidation, HostApi } from '../../../shared/host/api';
import { SAMPLE_PAPER_ID, sampleSnapshot } from '../../../shared/sample/reference-paper';
import { db } from '../../db/database';
import { IssueDialog } from '../IssueDialog';
import type { CheckAnswer, CheckRequest } from './check-protocol';
import { checkTasks } from './check-tasks';
import { CheckPanel } from './CheckPanel';
import { usePaperCheck } from './use-check';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const requests: CheckRequest[] = [];

/** The Check worker run in this thread, its messages cloned as postMessage clones them. */
class InThreadWorker {
  private readonly listeners = new Set<(e: { data: CheckAnswer }) => void>();
  private readonly run = checkTasks();
  addEventListener(type: string, l: (e: { data: CheckAnswer }) => void) {
    if (type === 'message') this.listeners.add(l);
  }
  removeEventListener(type: string, l: (e: { data: CheckAnswer }) => void) {
    this.listeners.delete(l);
  }
  postMessage(request: CheckRequest) {
    requests.push(request);
    void this.run(structuredClone(request), (answer) => {
      const data = structuredClone(answer);
      setTimeout(() => this.listeners.forEach((l) => l({ data })), 0);
    });
  }
}

const SCHEMA_ERROR = {
  part: '/word/document.xml',
  xpath: '/w:document[1]/w:body[1]/w:p[3]',
  description: "The element has unexpected child element 'http://schemas.openxmlformats.org/wordprocessingml/2006/main:bogus'.",
};
const MESSAGE = `Not valid Open XML in /word/document.xml: ${SCHEMA_ERROR.description}`;

let validated: Uint8Array[] = [];
function useHost(answer: DocxValidation | null) {
  validated = [];
  const host = {
    kind: 'electron',
    ...(answer
      ? {
          validateDocx: (bytes: Uint8Array) => {
            validated.push(bytes);
            return Promise.resolve(answer);
          },
        }
      : {}),
  };
  window.panelwright = host as unknown as HostApi;
}

function Panel() {
  const state = usePaperCheck(SAMPLE_PAPER_ID, true, true);
  const paper = useLiveQuery(() => db.papers.get(SAMPLE_PAPER_ID), []);
  return paper ? <CheckPanel paper={paper} state={state} readOnly={false} /> : null;
}

let root: Root | null = null;
function show(node: React.ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(node));
  return container;
}

async function until(what: () => boolean, label: string): Promise<void> {
  for (let t = Date.now(); !what();) {
    if (Date.now() - t > 20_000) throw new Error(`gave up waiting for ${label}: ${document.body.textContent}`);
    await act(() => new Promise((r) => setTimeout(r, 50)));
  }
}

const panelDone = (c: HTMLElement) => c.querySelector('.check-panel')?.getAttribute('aria-busy') === 'false';

beforeAll(async () => {
  (globalThis as { Worker?: unknown }).Worker = InThreadWorker;
  const sample = sampleSnapshot();
  await db.transaction('rw', db.tables, async () => {
    for (const [t, rows] of Object.entries(sample)) if (rows.length) await db.table(t).bulkAdd(rows as unknown[]);
  });
});

afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the Open XML schema check in the Check panel and on Issue', () => {
  it('lists what the host’s validator finds as an Error, in the panel and on Issue', async () => {
    useHost({ ok: true, errors: [SCHEMA_ERROR] });
    const c = show(<Panel />);
    await until(() => panelDone(c), 'the panel to finish');
    // The host was given the Word file the worker exported (a zip), once.
    expect(validated).toHaveLength(1);
    expect([...validated[0]!.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(c.querySelector('.check-summary')?.textContent).toMatch(/^1 error, /);
    const errors = c.querySelector('.check-error');
    expect(errors?.querySelector('summary')?.textContent).toBe('Errors (1)');
    expect(errors?.querySelector('.finding-message, .finding-go')?.textContent).toBe(MESSAGE);
    expect(errors?.textContent).toContain('/word/document.xml /w:document[1]/w:body[1]/w:p[3]');
    expect(c.textContent).not.toContain('on the command line');
    act(() => root!.unmount());

    const issue = show(<IssueDialog paperId={SAMPLE_PAPER_ID} nextNumber={1} onClose={() => {}} />);
    await until(() => !issue.textContent.includes('Checking the paper before it goes out'), 'Issue’s check');
    expect(issue.querySelector('.issue-check')?.textContent).toContain('The Check found 1 error not accepted');
    expect([...issue.querySelectorAll('.issue-findings li')].map((li) => li.textContent)).toEqual([
      `${MESSAGE} (/word/document.xml /w:document[1]/w:body[1]/w:p[3])`,
    ]);
  });

  it('adds nothing when the validator finds nothing: the sample has no Errors', async () => {
    useHost({ ok: true, errors: [] });
    const c = show(<Panel />);
    await until(() => panelDone(c), 'the panel to finish');
    expect(validated).toHaveLength(1);
    expect(c.querySelector('.check-summary')?.textContent).toMatch(/^0 errors, /);
    expect(c.textContent).not.toContain('Not valid Open XML');
    act(() => root!.unmount());

    const issue = show(<IssueDialog paperId={SAMPLE_PAPER_ID} nextNumber={1} onClose={() => {}} />);
    await until(() => !issue.textContent.includes('Checking the paper before it goes out'), 'Issue’s check');
    expect(issue.querySelector('.issue-check')?.textContent).toContain('The Check found no errors');
  });

  it('says so when the validator could not run, and the other rules’ findings stand', async () => {
    useHost({ ok: false, message: 'The Open XML schema check did not finish within 90 s.' });
    const c = show(<Panel />);
    await until(() => panelDone(c), 'the panel to finish');
    expect(c.querySelector('.check-schema-note')?.textContent).toBe(
      'The Open XML schema check could not run: The Open XML schema check did not finish within 90 s. The other rules ran.',
    );
    expect(c.querySelector('.check-summary')?.textContent).toMatch(/^0 errors, \d+ warnings?, \d+ tips?$/);
  });

  it('in a browser (no validateDocx) says where the schema check runs, and exports nothing extra for it', async () => {
    useHost(null);
    requests.length = 0;
    const c = show(<Panel />);
    await until(() => panelDone(c), 'the panel to finish');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.wantDocx === false)).toBe(true);
    expect(c.querySelector('.check-schema-note')?.textContent).toContain('The Open XML schema check runs in the desktop app and on the command line');
    expect(c.querySelector('.check-summary')?.textContent).toMatch(/^0 errors, /);
  });
});
