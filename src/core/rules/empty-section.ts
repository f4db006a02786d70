/**
 * empty-section: a section heading with nothing under it — no text of its own,
 * no body paragraph, no sub-heading, no 专栏. Lower numbered items are statements
 * in themselves and are not sections.
 */
import { defineRule } from './types';
import { familyOf, headingRange } from './util';
import { quote, quoteHeading } from './quote';
import type { DocumentType, Heading, Paragraph, PolicyDocument } from '../parse/types';

const POINT_TYPES: ReadonlySet<DocumentType | undefined> = new Set<DocumentType | undefined>(['批复', '通知', '措施', '指南']);

function isStatement(h: Heading, doc: PolicyDocument): boolean {
  const text = h.paragraph.text.text;
  if (!/[。;!?]$/.test(text)) return false;
  return /[,，;；]/.test(text) || POINT_TYPES.has(doc.header.type) || (!familyOf(doc) && isListEntry(h));
}

/**
 * One entry of a list set as headings (四、申报材料 （一）项目申报书。（二）营业执照复印件。),
 * in a document with no standard sections (通告, 考核办法, 分工方案): a sentence whose
 * siblings all stand alone too. In a plan, 三、保障措施 （一）加强组织领导。（二）… with
 * nothing under them are sections still to be written.
 */
function isListEntry(h: Heading): boolean {
  const siblings = h.parent?.children;
  return siblings !== undefined && siblings.length > 1 && siblings.every((s) => !s.children.length && !s.inline && s.body.every(isClosingFormula));
}

/** 特此通告。 after the last entry closes the document; it is not the entry's text. */
function isClosingFormula(p: Paragraph): boolean {
  return /^特此(?:通告|通知|公告|批复|函告|报告)[。.]?$/.test(p.text.text);
}

export default defineRule({
  meta: {
    id: 'empty-section',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '章节标题下没有内容', en: 'Section heading with no content' },
    tags: ['structure'],
    fixable: false,
    docs: {
      rationale: {
        zh: '一级、二级标题下应有正文或下级标题；只有序号没有文字的标题也属此类。',
        en: 'A level-1 or level-2 heading needs text or sub-headings under it; a marker with no title counts too.',
      },
      bad: '二、重点任务\n三、保障措施\n（一）加强组织领导。……',
      good: '二、重点任务\n（一）加快产业升级。……\n三、保障措施\n（一）加强组织领导。……',
    },
  },
  messages: {
    empty: { zh: '“{heading}”下没有内容', en: '"{heading}" has nothing under it' },
    noTitle: { zh: '标题“{marker}”没有文字', en: 'Heading "{marker}" has no title' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      const boxParents = new Set(doc.boxes.map((b) => b.parent));
      for (const h of doc.headings) {
        if (h.title.trim().length === 0 && !h.inline) {
          report({ range: h.markerRange, messageId: 'noTitle', args: { marker: quote(draft, h.markerRange) } });
          continue;
        }
        if (h.box || h.level > 2 || h.inline || h.children.length || h.body.length || boxParents.has(h)) continue;
        // A long heading line is a statement in itself (the decision points of a 批复), not a section;
        // so is a numbered sentence of clauses, and in a 批复, 通知 or 措施 any numbered sentence
        // (一、同意设立…小学。 / 四、本措施自印发之日起施行。).
        if (h.title.length > 30 || isStatement(h, doc)) continue;
        report({ range: headingRange(h), messageId: 'empty', args: { heading: quoteHeading(draft, h) } });
      }
    }
  },
});
