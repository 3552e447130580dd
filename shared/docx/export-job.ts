// One Word export as data, so the app can run it in a worker and the command line and tests in
// Node, through the same call: a draft (ids and dates of now, as Export to Word always made) or a
// version (`exportPaperDocxAt`: the same bundle, instant and seed always give the same bytes).
import type { PaperBundle } from '../papers/model';
import { exportPaperDocxAt } from './deterministic';
import { exportPaperDocx } from './export';

export type ExportJob =
  | { readonly kind: 'draft'; readonly bundle: PaperBundle }
  | { readonly kind: 'version'; readonly bundle: PaperBundle; readonly at: string; readonly seed: string };

/** How far an export has got: building part `built` of `of` (sections, appendices), then packing the file. */
export type ExportProgress = { readonly step: 'build'; readonly built: number; readonly of: number } | { readonly step: 'pack' };

/** The progress as the author reads it. */
export function exportProgressText(p: ExportProgress): string {
  return p.step === 'pack' ? 'Packing the Word file…' : `Building the Word document: part ${p.built} of ${p.of}…`;
}

/**
 * The progress as a fraction for a progress bar, while it is known: building is about 40% of an
 * export (measured on the 150-page synthetic paper), packing the rest, and the packer does not say
 * how far it has got (undefined: the bar shows work going on).
 */
export function exportProgressFraction(p: ExportProgress): number | undefined {
  return p.step === 'pack' ? undefined : 0.4 * (p.of ? p.built / p.of : 1);
}

export function runExportJob(job: ExportJob, onProgress: (p: ExportProgress) => void = () => {}): Promise<Uint8Array> {
  const built = (n: number, of: number) => {
    onProgress({ step: 'build', built: n, of });
    if (n === of) onProgress({ step: 'pack' });
  };
  return job.kind === 'draft' ? exportPaperDocx(job.bundle, { onProgress: built }) : exportPaperDocxAt(job.bundle, job.at, job.seed, built);
}
