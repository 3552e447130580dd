// Every rule of the Check, in the order findings of one severity are listed. The panel, Issue, Export
// and `npm run check` all run this list.
import type { Rule } from './model';
import { colourOnly, commentsAndChanges, documentProperties, textContrast, validOoxml } from './rules/document';
import { requiredClearance } from './rules/clearance';
import { contentsList, nonPublic, pageLimit, staleDates } from './rules/governance';
import { altText, emptyParagraphs, emptySection, headingLevels, mergedCells, tableHeaders } from './rules/structure';
import { acronyms, adverbDensity, footnoteUrl, imposterHeading, linkText, longSentence, passiveVoice, readingAgeRule, typedListNumber } from './rules/wording';

export const RULES: readonly Rule[] = [
  validOoxml,
  altText,
  tableHeaders,
  documentProperties,
  headingLevels,
  imposterHeading,
  typedListNumber,
  colourOnly,
  textContrast,
  commentsAndChanges,
  nonPublic,
  requiredClearance,
  emptySection,
  mergedCells,
  emptyParagraphs,
  linkText,
  longSentence,
  readingAgeRule,
  pageLimit,
  contentsList,
  staleDates,
  footnoteUrl,
  acronyms,
  passiveVoice,
  adverbDensity,
];

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
