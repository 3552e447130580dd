// Test support: a short draft with implications sections, as the review tests and fixtures use.
import { createPaper } from '../papers/factory';
import type { PaperBundle, Section } from '../papers/model';
import { bold, bullets, doc, footnote, para } from '../richtext/build';
import type { RichDoc } from '../richtext/model';
import { createMeta } from '../records/meta';
import { draftTextHash } from './draft-text';
import type { ReviewRequest } from './model';
import { exportReviewCopy } from './review-copy';
import { addReviewerWork } from './test-returned';
import type { ReviewerEdit } from './test-returned';
import { must } from '../records/must';

export const TEST_TEXT = {
  purpose1: 'This report asks the Panel to approve the business case for the new custody suite at Northgate.',
  purpose2: 'It follows the Panel’s request of 14 October 2026 for a fuller option appraisal.',
  finance1: 'The capital cost of the scheme is £4.2m, met from the approved capital programme for 2027/28.',
  finance2: 'Running costs of £310,000 a year will be met from savings in the existing estate budget.',
  legal1: 'The Commissioner has the power to enter into the construction contract under the Police Reform and Social Responsibility Act 2011.',
  equality1: 'An equality impact assessment has been completed and shows no adverse impact on any protected group.',
  risk1: 'The main risk is construction cost inflation, which is held in a contingency of 8% of the capital cost.',
  bullet1: 'Planning consent is expected in March 2027.',
} as const;

const at = '2026-11-20T09:00:00.000Z';

export function testReviewBundle(): PaperBundle {
  const { paper, sections } = createPaper('Test Author', { title: 'Northgate Custody Suite Business Case' }, at);
  const bodies: Record<string, RichDoc> = {
    'Purpose of the Report': doc(para(TEST_TEXT.purpose1), para(TEST_TEXT.purpose2)),
    'Financial Implications and Budget Provision': doc(
      para(
        'The capital cost of the scheme is ',
        bold('£4.2m'),
        ', met from the approved capital programme for 2027/28.',
        footnote('Capital programme 2027/28, approved February 2026.', 'fn-1'),
      ),
      para(TEST_TEXT.finance2),
    ),
    'Changes in Legislation or other Legal Considerations': doc(para(TEST_TEXT.legal1)),
    'Equality Implications': doc(para(TEST_TEXT.equality1)),
    'Risk Management': doc(para(TEST_TEXT.risk1), bullets(TEST_TEXT.bullet1)),
  };
  // Fixed ids, so the committed LibreOffice fixtures carry this paper's id.
  const paperId = '5a3e1e00-2026-4000-8150-000000000001';
  const withBodies: Section[] = sections.map((s, i) => ({
    ...s,
    id: `5a3e1e00-2026-4000-8150-1000000000${String(i).padStart(2, '0')}`,
    paperId,
    ...(bodies[s.title] ? { body: must(bodies[s.title], 'bodies[s.title]') } : {}),
  }));
  return { paper: { ...paper, id: paperId }, committee: null, sections: withBodies, appendices: [], blocks: {} };
}

export const sectionTitled = (bundle: PaperBundle, start: string): Section =>
  must(
    bundle.sections.find((s) => s.title.startsWith(start)),
    'bundle.sections.find((s) => s.title.startsWith(start))',
  );

const at2 = '2026-12-01T09:00:00.000Z';

export async function requestFor(bundle: PaperBundle): Promise<ReviewRequest> {
  const fin = sectionTitled(bundle, 'Financial');
  return {
    ...createMeta('Test Author', at2, '5a3e1e00-2026-4000-8150-200000000001'),
    paperId: bundle.paper.id,
    sentAt: at2,
    dueDate: '2026-12-08',
    draftHash: await draftTextHash(bundle),
    lineNumbers: true,
    reviewers: [{ personId: null, name: 'Jane Smith', role: 'finance', sectionIds: [fin.id], ask: '' }],
    note: '',
  };
}

export const EDITS: ReviewerEdit[] = [
  { find: '£4.2m', author: 'Jane Smith', comment: { text: 'Is this the figure after the September re-costing?' } },
  { find: '£4.2m', author: 'Owen Price', comment: { text: 'Yes — confirmed with the project board.', replyTo: 0, done: true } },
  { find: '£310,000', author: 'Jane Smith', remove: true },
  { find: '£310,000', author: 'Jane Smith', insertAfter: '£295,000' },
  { find: 'no adverse impact', author: 'Priya Shah', comment: { text: 'Please attach the assessment as an appendix.' } },
  { find: 'construction cost inflation', author: 'Priya Shah', insertAfter: ' and supplier failure' },
  { find: 'Planning consent', author: 'Owen Price', remove: true },
];

/**
 * Whole paragraphs and formatting (the paragraphs fixture). No comment in a footnote: LibreOffice
 * 7.4 cannot open a file with a comment reference inside a footnote ("source file could not be
 * loaded"), so those are tested in Word's shapes only.
 */
export const PARAGRAPH_EDITS: ReviewerEdit[] = [
  { find: 'It follows the Panel’s request', author: 'Owen Price', removeParagraph: true },
  {
    find: 'custody suite at Northgate',
    author: 'Jane Smith',
    insertParagraphAfter: 'The Panel approved the outline case in June 2026.',
    paragraphMark: 'previous',
  },
  { find: 'Running costs of', author: 'Jane Smith', insertParagraphAfter: 'A further £50,000 is held as contingency for fitting out.' },
  { find: '£310,000', author: 'Jane Smith', format: { bold: true } },
];

export async function returnedCopy(
  bundle: PaperBundle,
  edits: readonly ReviewerEdit[] = EDITS,
  options?: Parameters<typeof addReviewerWork>[2],
): Promise<Uint8Array> {
  return addReviewerWork(await exportReviewCopy(bundle, await requestFor(bundle)), edits, options);
}
