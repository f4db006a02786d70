/**
 * target-no-deadline: a quantified target whose item, section lead-in and section
 * heading give no time horizon (到2025年, “十四五”末, 年均, 每年 …) in a document
 * that states no period (规划期为2021—2025年, a year range, a year or 十五五 in the title).
 */
import { findDeadline } from '../parse/quantity';
import type { Heading, PolicyDocument, TargetItem } from '../parse/types';
import { defineRule } from './types';
import { quote } from './quote';

export default defineRule({
  meta: {
    id: 'target-no-deadline',
    category: 'targets',
    defaultSeverity: 'info',
    description: { zh: '量化目标没有完成时限', en: 'Quantified target has no deadline' },
    tags: ['targets'],
    fixable: false,
    docs: {
      rationale: {
        zh: '量化目标应说明何时达到：到××年、“十四五”末、年均等。标题或正文写明了规划期的，视为已有时限。',
        en: 'A quantified target says by when: 到2027年, “十四五”末, 年均 … A period stated in the title or preamble counts.',
      },
      bad: '（二）工作目标\n新增高新技术企业100家以上。',
      good: '（二）工作目标\n到2027年，新增高新技术企业100家以上。',
    },
  },
  messages: {
    noDeadline: { zh: '量化目标“{quantity}”没有完成时限', en: 'Quantified target "{quantity}" has no deadline' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      if (doc.header.period || HORIZON_IN_TITLE.test(doc.header.title?.text ?? '')) continue;
      const leadIns = new Map<Heading | undefined, TargetItem>();
      for (const t of doc.targets) if (t.kind === 'lead-in') leadIns.set(t.section, t);
      for (const t of doc.targets) {
        if (!t.quantities.length || t.deadline) continue;
        if (hasHorizonAround(t, doc, leadIns.get(t.section))) continue;
        report({ range: t.quantities[0].range, messageId: 'noDeadline', args: { quantity: quote(draft, t.quantities[0].range) } });
      }
    }
  },
});

/** A title that names its period: 某市“十五五”…规划, 2025年全市…工作要点. */
const HORIZON_IN_TITLE = /十[一二三四五六七八九]五|(?:19|20)\d{2}[ ]*年/;

function hasHorizonAround(t: TargetItem, doc: PolicyDocument, leadIn: TargetItem | undefined): boolean {
  if (leadIn && findDeadline(leadIn.text)) return true;
  if (t.box && findDeadline(t.box.title)) return true;
  for (let h: Heading | undefined = t.section; h; h = h.parent) if (findDeadline(h.title)) return true;
  // The text right before the item in its section (a preceding paragraph often sets 到2025年).
  const items = doc.targets.filter((x) => x.section === t.section && x.box === t.box);
  const before = items.slice(0, items.indexOf(t));
  return before.some((x) => x.kind !== 'item' && findDeadline(x.text) !== undefined);
}
