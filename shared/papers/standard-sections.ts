import type { SectionKind } from './model';

/** The sections a new paper starts with, in the order such papers use. */
export const STANDARD_SECTIONS: readonly { readonly title: string; readonly kind: SectionKind }[] = [
  { title: 'Purpose of the Report', kind: 'text' },
  { title: 'Recommendations', kind: 'text' },
  { title: 'Reasons for Recommendations', kind: 'text' },
  { title: 'Summary of Key Points', kind: 'text' },
  { title: 'Financial Implications and Budget Provision', kind: 'text' },
  { title: 'Human Resources Implications', kind: 'text' },
  { title: 'Equality Implications', kind: 'text' },
  { title: 'Risk Management', kind: 'text' },
  { title: 'Policy Implications and links to the Plan', kind: 'text' },
  { title: 'Changes in Legislation or other Legal Considerations', kind: 'text' },
  { title: 'Details of outcome of consultation', kind: 'text' },
  { title: 'Appendices', kind: 'appendices' },
  { title: 'Background Papers', kind: 'text' },
];

export const CONTACTS_INTRO = 'For any enquiries about this report please contact:';
