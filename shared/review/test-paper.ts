// Test support: a short draft with implications sections, as the review tests and fixtures use.
import { createPaper } from '../papers/factory';
import type { PaperBundle, Section } from '../papers/model';
import { bold, bullets, doc, footnote, para } from '../richtext/build';
import type { RichDoc } from '../richtext/model';

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
    'Financial Implications and Budget Provision': doc(para('The capital cost of the scheme is ', bold('£4.2m'), ', met from the approved capital programme for 2027/28.', footnote('Capital programme 2027/28, approved February 2026.', 'fn-1')), para(TEST_TEXT.finance2)),
    'Changes in Legislation or other Legal Considerations': doc(para(TEST_TEXT.legal1)),
    'Equality Implications': doc(para(TEST_TEXT.equality1)),
    'Risk Management': doc(para(TEST_TEXT.risk1), bullets(TEST_TEXT.bullet1)),
  };
  const withBodies: Section[] = sections.map((s) => (bodies[s.title] ? { ...s, body: bodies[s.title]! } : s));
  return { paper, committee: null, sections: withBodies, appendices: [], blocks: {} };
}

export const sectionTitled = (bundle: PaperBundle, start: string): Section => bundle.sections.find((s) => s.title.startsWith(start))!;
