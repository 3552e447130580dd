import type { Committee } from '../papers/model';
import { sampleMeta } from './ids';
import { must } from '../records/must';

// The meetings a Commissioner's office reports to; the sample paper goes to the second.
export const SAMPLE_COMMITTEES: readonly Committee[] = [
  { ...sampleMeta('committee', 1), name: 'Police and Crime Panel' },
  { ...sampleMeta('committee', 2), name: 'Joint Audit & Scrutiny Panel' },
  { ...sampleMeta('committee', 3), name: 'Audit Committee' },
  { ...sampleMeta('committee', 4), name: 'Strategic Resources and Performance Meeting' },
];

export const JASP_ID = must(SAMPLE_COMMITTEES[1], 'SAMPLE_COMMITTEES[1]').id;
