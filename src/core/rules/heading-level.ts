/**
 * heading-level: a heading more than one level below its parent (（1） directly
 * under （一） or under 一、), or a level-2/3/4 heading before the first 一、 of a
 * body that has one (once per run of siblings). `1.` directly under `一、` is legal: short chapters with no
 * （一） sub-sections do it, in real drafts and in the seeds.
 */
import { defineRule } from './types';
import { headingRange } from './util';
import { quote, quoteHeading } from './quote';

export default defineRule({
  meta: {
    id: 'heading-level',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '标题层级跳级', en: 'Heading skips a level' },
    tags: ['structure', 'gb9704'],
    fixable: false,
    docs: {
      rationale: {
        zh: '结构层次应逐级使用。“（1）”不应直接出现在“（一）”或“一、”之下；正文第一个一级标题之前不应出现下级标题。“一、”下直接使用“1.”的短章节是允许的。长篇规划采用“第X章”“第X节”时，章、节位于“一、”之上。',
        en: 'Levels are used in order: （1） does not stand directly under （一） or 一、, and no lower-level heading comes before the first level-1 heading. 1. directly under 一、 is allowed. In long plans written in chapters, 第X章 and 第X节 sit above 一、.',
      },
      bad: '（一）指导思想\n（1）坚持稳中求进。',
      good: '（一）指导思想\n1.坚持稳中求进。',
    },
  },
  messages: {
    jump: {
      zh: '层级跳级：第{level}层标题“{marker}”直接出现在第{parentLevel}层标题“{parent}”之下',
      en: 'Level jump: level-{level} heading "{marker}" directly under level-{parentLevel} heading "{parent}"',
    },
    beforeFirst: {
      zh: '第{level}层标题“{marker}”出现在第一个一级标题之前',
      en: 'Level-{level} heading "{marker}" comes before the first level-1 heading',
    },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      const hasLevelOne = doc.outline.some((h) => h.level <= 1);
      for (const h of doc.headings) {
        if (h.box) continue;
        const parent = h.parent;
        if (!parent) {
          if (hasLevelOne && h.level > 1) {
            report({ range: headingRange(h), messageId: 'beforeFirst', args: { level: h.level, marker: quote(draft, h.markerRange) } });
          }
          continue;
        }
        const jump = h.level - parent.level;
        // 1. directly under 一、 (a short chapter with no （一）) is legal.
        if (jump <= 1 || (parent.markerLevel === 1 && h.markerLevel === 3)) continue;
        // One finding for the run of siblings that make the jump: its first heading.
        const siblings = parent.children;
        const previous = siblings[siblings.indexOf(h) - 1];
        if (previous && previous.level === h.level) continue;
        report({
          range: headingRange(h),
          messageId: 'jump',
          args: { level: h.level, marker: quote(draft, h.markerRange), parentLevel: parent.level, parent: quoteHeading(draft, parent) },
        });
      }
    }
  },
});
