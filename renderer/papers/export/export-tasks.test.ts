// The export worker gives out the very bytes the Node builder (the command line, issuing in tests)
// makes: the bundle crosses to the worker by structured clone, as postMessage sends it, and the file
// comes back whole. And a refusal crosses as what the author must fix, not as a bare error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportPaperDocx } from '../../../shared/docx/export';
import { exportPaperDocxAt } from '../../../shared/docx/deterministic';
import { readDocxForCheck } from '../../../shared/check/read';
import { checkPaper } from '../../../shared/check/run';
import { clearanceFacts } from '../../../shared/check/rules/clearance';
import { bundlePaper } from '../../../shared/papers/bundle';
import type { PaperBundle } from '../../../shared/papers/model';
import { sampleSnapshot, SAMPLE_PAPER_ID } from '../../../shared/sample/reference-paper';
import { seededRandom } from '../../../shared/testing/seeded-random';
import { sha256Hex } from '../../../shared/text/bytes';
import type { ExportAnswer, ExportRequest } from './export-protocol';
import { handleExportRequest } from './export-tasks';

const sample = (): PaperBundle => bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)!;

/** Runs the request as the worker does, with the bundle cloned as postMessage clones it. */
async function inWorker(request: ExportRequest): Promise<ExportAnswer[]> {
  const answers: ExportAnswer[] = [];
  await handleExportRequest(structuredClone(request), (a) => answers.push(structuredClone(a)));
  return answers;
}

const bytesOf = (answers: ExportAnswer[]) => {
  const last = answers.at(-1);
  if (last?.type !== 'exported') throw new Error(`no file: ${JSON.stringify(last)}`);
  return last.bytes;
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the export worker', () => {
  it('issues the sample paper to the same SHA-256 as the Node builder', async () => {
    const bundle = sample();
    const at = '2026-11-08T10:30:00.000Z';
    const seed = '0b7e3a52-6f1c-4d8e-9a41-2c5d7e9f1a33';
    const answers = await inWorker({ id: 1, task: 'export', job: { kind: 'version', bundle, at, seed } });
    const node = await exportPaperDocxAt(bundle, at, seed);
    expect(await sha256Hex(bytesOf(answers))).toBe(await sha256Hex(node));
  });

  it('exports the sample draft to the same bytes as the Node builder, given the same clock and ids', async () => {
    const bundle = sample();
    const run = async (f: () => Promise<Uint8Array>) => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-08T10:30:00.000Z') });
      vi.spyOn(Math, 'random').mockImplementation(seededRandom(7).next);
      try {
        return await sha256Hex(await f());
      } finally {
        vi.restoreAllMocks();
        vi.useRealTimers();
      }
    };
    const worker = await run(async () => bytesOf(await inWorker({ id: 2, task: 'export', job: { kind: 'draft', bundle } })));
    const node = await run(() => exportPaperDocx(bundle));
    expect(worker).toBe(node);
  });

  it('says how far it has got: every section and appendix in turn, then packing, then the file', async () => {
    const bundle = sample();
    const answers = await inWorker({ id: 3, task: 'export', job: { kind: 'draft', bundle } });
    const parts = bundle.sections.length + bundle.appendices.length;
    expect(answers.map((a) => (a.type === 'progress' ? (a.progress.step === 'build' ? `${a.progress.built}/${a.progress.of}` : 'pack') : a.type))).toEqual([
      ...Array.from({ length: parts }, (_, i) => `${i + 1}/${parts}`),
      'pack',
      'exported',
    ]);
    expect(answers.every((a) => a.id === 3)).toBe(true);
  });

  it('refuses a Non Public paper without its reason with the field to fill in, and builds nothing', async () => {
    const bundle = sample();
    const refused = { ...bundle, paper: { ...bundle.paper, cover: { ...bundle.paper.cover, publicity: 'non-public' as const, exemptionReason: ' ' } } };
    const answers = await inWorker({ id: 4, task: 'export', job: { kind: 'draft', bundle: refused } });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ type: 'failed', error: { name: 'ExportRefusedError', field: 'exemptionReason' } });
  });

  it('runs the Check on a saved file as the main thread would', async () => {
    const bundle = sample();
    const bytes = await exportPaperDocx(bundle);
    const answers = await inWorker({ id: 5, task: 'check', bundle, bytes, clearances: [] });
    const here = checkPaper({ bundle, exported: await readDocxForCheck(bytes), clearance: await clearanceFacts([], bundle.sections) });
    const last = answers.at(-1);
    const found = last?.type === 'checked' ? last.findings.map((f) => f.key) : [];
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(here.map((f) => f.key));
  });
});
