import type { Finding } from '../../../shared/check/model';
import type { PaperBundle } from '../../../shared/papers/model';

export interface CheckRequest {
  readonly id: number;
  /** Who asks ('panel', 'issue'): a newer request cancels only its own asker's older one. */
  readonly channel: string;
  readonly bundle: PaperBundle;
}

/** 'model': the paper's own rules; 'full': with the rules run on its export. */
export interface CheckAnswer {
  readonly id: number;
  readonly stage: 'model' | 'full' | 'failed';
  readonly findings: readonly Finding[];
  readonly error?: string;
}
