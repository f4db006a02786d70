/**
 * required-section: a standard section missing for the detected document type.
 * 实施方案/工作方案/行动计划/行动方案: 总体要求 → 目标 → 重点任务 → 保障措施 (a 行动计划
 * may close with an unnumbered paragraph on organisation instead, seed 002:161);
 * 规划: 规划背景 → 总体要求 → 目标 → task chapters → 规划实施/保障措施.
 * Reported on the document's title line.
 */
import { defineRule } from './types';
import { documentAnchor, familyOf } from './util';
import { filledSlots, SKELETONS } from './skeleton';

export default defineRule({
  meta: {
    id: 'required-section',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '缺少该文种的标准章节', en: 'A standard section of the document type is missing' },
    tags: ['structure', 'skeleton'],
    fixable: false,
    docs: {
      rationale: {
        zh: '实施方案、工作方案、行动计划一般包括总体要求、目标、重点任务和保障措施；规划一般包括规划背景、总体要求、发展目标、任务章节和规划实施保障。文种由标题识别，也可在配置中指定。',
        en: 'Implementation plans have general requirements, targets, tasks and safeguards; development plans add a background chapter. The type comes from the title or the configuration.',
      },
      bad: 'XX市优化营商环境实施方案\n一、总体要求\n二、重点任务',
      good: 'XX市优化营商环境实施方案\n一、总体要求\n（一）指导思想\n（二）工作目标\n二、重点任务\n三、保障措施',
    },
  },
  messages: {
    missing: {
      zh: '{type}缺少“{slot}”部分（通常标题为：{titles}）',
      en: 'This {type} has no {slotEn} section (usual titles: {titles})',
    },
  },
  run({ documents, report }) {
    for (const doc of documents) {
      const family = familyOf(doc);
      if (!family) continue;
      const filled = filledSlots(doc);
      for (const slot of SKELETONS[family]) {
        if (slot.satisfiedBy.some((s) => filled.has(s))) continue;
        report({
          range: documentAnchor(doc),
          messageId: 'missing',
          args: { type: doc.header.type ?? '', slot: slot.name.zh, slotEn: slot.name.en, titles: slot.titles },
        });
      }
    }
  },
});
