/**
 * heading-style: a heading marker that is not the standard one for its level
 * (GB/T 9704-2012 §7.3.3): 一、 / （一） / 1. / （1）. Half-width (一) is a correct
 * level-2 marker here; its width is punctuation-width's business.
 */
import { standardMarker } from '../parse/markers';
import { defineRule } from './types';
import { quote } from './quote';

export default defineRule({
  meta: {
    id: 'heading-style',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '标题序号不是该层级的标准写法', en: 'Heading marker is not the standard one for its level' },
    tags: ['structure', 'gb9704', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 9704—2012 第7.3.3条规定结构层次序数依次为“一、”“（一）”“1.”“（1）”。“1、”“一.”“（一）、”等写法不规范。',
        en: 'GB/T 9704-2012 §7.3.3 sets the heading markers 一、 / （一） / 1. / （1）; 1、, 一. or （一）、 are non-standard.',
      },
      bad: '三、重点任务\n1、加快产业转型升级。',
      good: '三、重点任务\n1.加快产业转型升级。',
    },
  },
  messages: {
    nonStandard: {
      zh: '标题序号“{marker}”不规范，第{level}层应写作“{expected}”',
      en: 'Heading marker "{marker}" is non-standard; level {level} uses "{expected}"',
    },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      for (const h of doc.headings) {
        if (h.standardMarker || h.markerLevel === 0) continue;
        const expected = standardMarker(h.markerLevel, h.numberText);
        report({
          range: h.markerRange,
          messageId: 'nonStandard',
          args: { marker: quote(draft, h.markerRange), level: h.markerLevel, expected },
          fix: { range: h.markerRange, text: expected },
        });
      }
    }
  },
});
