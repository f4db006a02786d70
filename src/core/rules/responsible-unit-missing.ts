/**
 * responsible-unit-missing: in a task chapter of an implementation-type document
 * (and anywhere in a 若干措施), a lowest-level task item with no responsibility clause of its own and none
 * covering it. Items of a 专栏 need none; 规划 items are not checked (no seed
 * plan carries item clauses), nor are the tasks of a document that assigns its
 * duties unit by unit in a chapter of their own (四、工作职责 （一）镇党政办 …), as
 * township and department work plans do, nor those of a plan one department issues to
 * its own offices unless it gives most items a clause. The editor offers a clause template; the
 * CLI never invents units.
 */
import { defineRule } from './types';
import { headingRange } from './util';
import { quote, quoteHeading } from './quote';
import { isCovered, mostCarryClauses } from '../parse/items';
import { isDutiesChapter } from '../parse/slots';
import type { PolicyDocument } from '../parse/types';
import { knownStatedUnits, type StatedUnitsByParagraph } from '../lexicon/statedUnits';

/**
 * A plan one department issues to its own offices (县市场监管局关于印发…专项整治方案的通知):
 * an item with no clause falls to the department itself. Its signature names one
 * department, not a government, its office or a party committee.
 */
function issuedByOneDepartment(doc: PolicyDocument, documents: readonly PolicyDocument[]): boolean {
  const notice = doc.wrappedBy !== undefined ? documents.find((d) => d.index === doc.wrappedBy) : undefined;
  const issuer = (notice ?? doc).header.signature?.text.text.replace(/[ ]+/g, '');
  if (!issuer || /人民政府|政府办公室|办公厅|党委|[省市州县区]委|委员会|领导小组|指挥部/.test(issuer)) return false;
  return /(?:局|厅|办|中心)$/.test(issuer);
}

function cut(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}

function assignsDutiesByUnit(doc: PolicyDocument): boolean {
  return doc.headings.some((h) => h.level === 1 && !h.box && isDutiesChapter(h.title));
}

export default defineRule({
  meta: {
    id: 'responsible-unit-missing',
    category: 'units',
    defaultSeverity: 'warning',
    description: { zh: '任务条目没有明确责任单位', en: 'Task item has no responsible unit' },
    tags: ['units', 'implementation'],
    fixable: false,
    docs: {
      rationale: {
        zh: '实施方案、工作方案、行动计划的重点任务和若干措施的每条措施应逐条明确牵头单位和配合单位，写在条目末尾的括号里；单独成行的责任单位括号覆盖本节前面没有责任单位的条目；条目正文已写明“由XX负责”“XX牵头”（XX为名录中的单位）的也视为已明确。专栏内条目、规划，设“工作职责”“职责分工”专章按单位明确职责的文件，以及单个部门印发、多数条目未写责任单位的方案（未写的由该部门负责）不检查。',
        en: 'Each task item of an implementation plan, and each measure of a 若干措施, names its lead and co-operating units in a clause at its end; a clause on a line of its own covers the earlier items of its section; an item whose sentences say 由XX负责 or XX牵头 of a known unit names it too. 专栏 items, 规划, documents with a chapter giving the duties of each unit (工作职责, 职责分工), and a plan one department issues whose items mostly name no unit (those fall to the department) are not checked.',
      },
      bad: '二、重点任务\n1.加快推进产业园区建设。完善园区基础设施，提升承载能力。',
      good: '二、重点任务\n1.加快推进产业园区建设。完善园区基础设施，提升承载能力。（市工信局牵头，市发展改革委配合）',
    },
  },
  messages: {
    missing: {
      zh: '任务“{item}”没有明确责任单位（如：（XX牵头，XX配合））',
      en: 'Task "{item}" names no responsible unit (e.g. （XX牵头，XX配合）)',
    },
    insertClause: { zh: '插入责任单位括号', en: 'Insert a responsibility clause' },
  },
  run({ draft, documents, lexicon, report }) {
    for (const doc of documents) {
      if (assignsDutiesByUnit(doc)) continue;
      if (issuedByOneDepartment(doc, documents) && !mostCarryClauses(doc.items.filter((i) => i.inTaskChapter))) continue;
      // A task table row with its unit cells left empty (or —, 无).
      for (const row of doc.tableTasks) {
        if (!row.noUnit) continue;
        report({ range: row.task, messageId: 'missing', args: { item: cut(quote(draft, row.task), 24) } });
      }
      let stated: StatedUnitsByParagraph | undefined;
      for (const item of doc.items) {
        if (!item.inTaskChapter || isCovered(item)) continue;
        // A heading over a task table: the rows name the units, and are checked above.
        if (item.paragraphs.some((p) => p.tableRow)) continue;
        // A unit named in the item's sentences assigns it too (township plans, 通知).
        stated ??= knownStatedUnits(doc, lexicon);
        if (item.paragraphs.some((p) => stated!.has(p))) continue;
        const h = item.heading;
        const last = item.paragraphs[item.paragraphs.length - 1];
        const at = last.range.end;
        report({
          range: headingRange(h),
          messageId: 'missing',
          args: { item: quoteHeading(draft, h, 24) },
          suggestion: {
            title: { zh: '插入责任单位括号', en: 'Insert a responsibility clause' },
            range: { start: at, end: at },
            text: '（XX牵头，XX配合）',
            snippet: '（${1:牵头单位}牵头，${2:配合单位}配合）',
          },
        });
      }
    }
  },
});
