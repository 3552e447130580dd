import type { Clearance } from '../../../shared/clearance/model';
import type { Finding } from '../../../shared/check/model';
import type { PaperBundle } from '../../../shared/papers/model';

export interface CheckRequest {
  readonly id: number;
  /** Who asks ('panel', 'issue'): a newer request cancels only its own asker's older one. */
  readonly channel: string;
  readonly bundle: PaperBundle;
  /** The paper's live clearances, for the clearance rule (the worker hashes the sections' text). */
  readonly clearances: readonly Clearance[];
  /** Send the export's bytes back with the full answer (the host will check them against the Open XML schemas). */
  readonly wantDocx?: boolean;
}

/** 'model': the paper's own rules; 'full': with the rules run on its export. */
export interface CheckAnswer {
  readonly id: number;
  readonly stage: 'model' | 'full' | 'failed';
  readonly findings: readonly Finding[];
  readonly error?: string;
  /** With 'full' when asked for and the paper could be exported: the Word file the rules read (transferred). */
  readonly docx?: Uint8Array;
}
