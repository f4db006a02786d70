/**
 * section-order: standard sections out of their usual order. Reported on the
 * first chapter whose section should come before one already seen (保障措施 then
 * 重点任务 → on 重点任务). Unrecognised chapters count as task chapters once the
 * general part has been seen; before it they are left alone.
 */
import { hasNoFixedPlace, slotPhase } from '../parse/slots';
import { defineRule } from './types';
import { familyOf, headingRange } from './util';
import { isNamedSlot } from './skeleton';
import type { Heading } from '../parse/types';

const SLOT_NAMES: Record<string, { zh: string; en: string }> = {
  background: { zh: '背景', en: 'background' },
  significance: { zh: '意义', en: 'significance' },
  general: { zh: '总体要求', en: 'general requirements' },
  guidingThought: { zh: '指导思想', en: 'guiding thought' },
  principles: { zh: '基本原则', en: 'principles' },
  positioning: { zh: '发展定位', en: 'positioning' },
  targets: { zh: '目标', en: 'targets' },
  layout: { zh: '空间布局', en: 'spatial layout' },
  tasks: { zh: '任务', en: 'tasks' },
  steps: { zh: '实施步骤', en: 'implementation steps' },
  safeguards: { zh: '保障措施', en: 'safeguards' },
  scope: { zh: '适用范围', en: 'scope' },
};

export default defineRule({
  meta: {
    id: 'section-order',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '标准章节顺序颠倒', en: 'Standard sections out of order' },
    tags: ['structure', 'skeleton'],
    fixable: false,
    docs: {
      rationale: {
        zh: '标准章节按“背景—总体要求（含目标）—空间布局—任务—实施步骤—保障措施”的顺序排列。',
        en: 'Standard sections follow the order background, general requirements (with targets), layout, tasks, steps, safeguards.',
      },
      bad: '一、总体要求\n二、保障措施\n三、重点任务',
      good: '一、总体要求\n二、重点任务\n三、保障措施',
    },
  },
  messages: {
    order: {
      zh: '“{heading}”（{slot}）应排在“{previous}”（{previousSlot}）之前',
      en: '"{heading}" ({slotEn}) belongs before "{previous}" ({previousSlotEn})',
    },
  },
  run({ documents, report }) {
    for (const doc of documents) {
      if (!familyOf(doc)) continue;
      let furthest: Heading | undefined;
      for (const h of doc.outline) {
        // A scope section stands wherever the drafter puts it (often last, in 若干措施).
        if (h.level !== 1 || !h.slot || h.slot === 'scope' || hasNoFixedPlace(h.title)) continue;
        const named = isNamedSlot(h.title);
        if (!named && (!furthest || slotPhase(furthest.slot!) < 1)) continue;
        const phase = slotPhase(h.slot);
        if (furthest && phase < slotPhase(furthest.slot!)) {
          const name = SLOT_NAMES[h.slot];
          const prev = SLOT_NAMES[furthest.slot!];
          report({
            range: headingRange(h),
            messageId: 'order',
            args: {
              heading: h.marker + h.title,
              slot: name.zh,
              slotEn: name.en,
              previous: furthest.marker + furthest.title,
              previousSlot: prev.zh,
              previousSlotEn: prev.en,
            },
          });
          continue;
        }
        if (!furthest || phase > slotPhase(furthest.slot!)) furthest = h;
      }
    }
  },
});
