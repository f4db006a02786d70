/**
 * Every rule of the catalogue (../../../shared/spec/rules.md), in the order the
 * docs list them. Rule ids are public and stable: never rename one.
 */
import addresseeFormat from './addressee-format';
import attachmentFormat from './attachment-format';
import citationBrackets from './citation-brackets';
import clauseBrackets from './clause-brackets';
import citationOrder from './citation-order';
import citationSeparator from './citation-separator';
import citationTitleMismatch from './citation-title-mismatch';
import citationUnresolved from './citation-unresolved';
import dateFormat from './date-format';
import docNumberFormat from './doc-number-format';
import emptySection from './empty-section';
import headingLevel from './heading-level';
import headingSequence from './heading-sequence';
import headingStyle from './heading-style';
import numberRange from './number-range';
import punctuationWidth from './punctuation-width';
import quotePairs from './quote-pairs';
import requiredSection from './required-section';
import responsibleUnitDuplicate from './responsible-unit-duplicate';
import responsibleUnitMissing from './responsible-unit-missing';
import responsibleUnitNoLead from './responsible-unit-no-lead';
import responsibleUnitOutdated from './responsible-unit-outdated';
import responsibleUnitUnknown from './responsible-unit-unknown';
import sectionOrder from './section-order';
import targetNoDeadline from './target-no-deadline';
import targetUnquantified from './target-unquantified';
import yearRange from './year-range';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  headingStyle,
  headingSequence,
  headingLevel,
  requiredSection,
  sectionOrder,
  emptySection,
  responsibleUnitMissing,
  responsibleUnitNoLead,
  responsibleUnitDuplicate,
  responsibleUnitUnknown,
  responsibleUnitOutdated,
  clauseBrackets,
  targetUnquantified,
  targetNoDeadline,
  citationUnresolved,
  citationTitleMismatch,
  citationOrder,
  citationBrackets,
  citationSeparator,
  docNumberFormat,
  dateFormat,
  yearRange,
  addresseeFormat,
  attachmentFormat,
  numberRange,
  punctuationWidth,
  quotePairs,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
