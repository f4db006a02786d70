/**
 * citation-order: a 文号 written before the cited title (根据甘政发〔2021〕9号《…》).
 * The convention is title first, then the number in brackets: 《…》（甘政发〔2021〕9号）.
 */
import { defineRule } from './types';
import { quote } from './quote';

export default defineRule({
  meta: {
    id: 'citation-order',
    category: 'citations',
    defaultSeverity: 'warning',
    description: { zh: '引用文件时发文字号写在标题之前', en: 'Document number written before the cited title' },
    tags: ['citations'],
    fixable: false,
    docs: {
      rationale: {
        zh: '引用公文应先引标题，后引发文字号，发文字号加圆括号：《……》（甘政发〔2021〕9号）。这一做法见于2000年《国家行政机关公文处理办法》（已废止），至今仍是通行惯例。',
        en: 'Cite the title first, then the number in brackets: 《…》（甘政发〔2021〕9号）. Written down in the 2000 《国家行政机关公文处理办法》 (since superseded) and still the common practice.',
      },
      bad: '根据甘政发〔2021〕9号《关于加快县域经济高质量发展的意见》……',
      good: '根据《关于加快县域经济高质量发展的意见》（甘政发〔2021〕9号）……',
    },
  },
  messages: {
    order: {
      zh: '发文字号“{number}”应写在《{title}》之后，并加圆括号',
      en: 'Write the number "{number}" after 《{title}》, in brackets',
    },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      for (const c of doc.citations) {
        const n = c.docNumberBefore;
        if (!n) continue;
        report({ range: { start: n.range.start, end: c.range.end }, messageId: 'order', args: { number: quote(draft, n.range), title: quote(draft, c.titleRange) } });
      }
    }
  },
});
