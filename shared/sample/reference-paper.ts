// The sample data: reference paper 000 ("Police and Crime Commissioner's Update Report – to
// September 2017", Joint Audit & Scrutiny Panel, 8 December 2017) with the committees it is used
// with. Loaded into an empty database on first run and shipped as assets/sample-backup.json.
// Every id and timestamp is fixed, so the output is identical on every run.
import { serializeBackup } from '../backup/parse';
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { Appendix, Section } from '../papers/model';
import { doc } from '../richtext/build';
import { SAMPLE_APPENDICES } from './appendices';
import { SAMPLE_COMMITTEES } from './committees';
import type { SectionContent } from './content';
import { sampleMeta } from './ids';
import { SAMPLE_PAPER, SAMPLE_PAPER_ID } from './paper';
import { RED_MEASURE_BLOCKS } from './section-5-red';
import { UPDATE_BLOCKS } from './section-5-updates';
import { CLOSING_SECTIONS } from './sections-closing';
import { OPENING_SECTIONS } from './sections-opening';
import { emptySnapshot } from '../backup/snapshot';
import { samplePlanTables } from './plan';
import { sampleMeasureTables } from './measures';
import { sampleLibraryTables } from './library';

export { SAMPLE_PAPER_ID } from './paper';

// The paper has no "Financial Implications" section: its section 5 carries on the summary with
// the Red-rated measures, so its later sections keep the numbers they print with (6 = HR …).
const SECTION_5: SectionContent = {
  title: 'Red Rated Measures (● significantly worse than Target >5% difference)',
  body: doc(...RED_MEASURE_BLOCKS, ...UPDATE_BLOCKS),
};

const ALL_SECTIONS: readonly SectionContent[] = [...OPENING_SECTIONS, SECTION_5, ...CLOSING_SECTIONS];

/** A fresh copy of the sample database (new objects each call; same values every time). */
export function sampleSnapshot(): DatabaseSnapshot {
  const sections = ALL_SECTIONS.map((s, i): Section => ({
    ...sampleMeta('section', i + 1),
    paperId: SAMPLE_PAPER_ID,
    position: i + 1,
    title: s.title,
    kind: s.kind ?? 'text',
    body: s.body,
  }));
  const appendices = SAMPLE_APPENDICES.map((a, i): Appendix => ({
    ...sampleMeta('appendix', i + 1),
    paperId: SAMPLE_PAPER_ID,
    position: i + 1,
    title: a.title,
    body: a.body,
  }));
  // structuredClone: callers may keep or store the result without sharing the module's constants.
  return structuredClone({
    ...emptySnapshot(),
    committees: [...SAMPLE_COMMITTEES],
    papers: [SAMPLE_PAPER],
    sections,
    appendices,
    ...samplePlanTables(),
    ...sampleMeasureTables(),
    ...sampleLibraryTables(),
  });
}

/** The envelope values of assets/sample-backup.json: fixed, so the file never changes by itself. */
export const SAMPLE_BACKUP_INFO = { appVersion: '0.1.0', exportedAt: '2017-11-24T17:00:00.000Z' } as const;

/** The exact text of assets/sample-backup.json (scripts/write-sample.ts writes it; a test compares). */
export function sampleBackupText(): string {
  return serializeBackup(sampleSnapshot(), SAMPLE_BACKUP_INFO);
}
