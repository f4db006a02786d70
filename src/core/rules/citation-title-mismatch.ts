/**
 * citation-title-mismatch: a 《title》 close to a corpus title but not equal to it
 * (a word missing or changed, a slip in its year range). Width, dash, quote style,
 * spaces and ○/〇/2035 differences are not mismatches, and neither is another
 * period (“十五五” for “十四五”, 2026—2030 for 2021—2025): that is the next edition of
 * the plan, another document. The fix writes the exact title.
 */
import { aliasesOf, officialTitle, resolveCitation } from '../corpus/resolveCitation';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'citation-title-mismatch',
    category: 'citations',
    defaultSeverity: 'warning',
    description: { zh: '引用的文件名称与原文件标题不一致', en: 'Cited title differs from the document’s exact title' },
    tags: ['citations', 'corpus', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: '引用文件应使用其完整、准确的标题。与往期文件库中某文件标题高度相近但不相同（缺字、改字、年份区间笔误）的，视为引用有误。全角半角、破折号、引号样式、空格和“○/〇/2035”的差别不算错误；规划期不同（“十五五”与“十四五”、2026—2030年与2021—2025年）的是下一期文件，不是同一文件，不报告。',
        en: 'Documents are cited by their exact title. A title very close to a corpus title but different (a word missing or changed, a slip in the year range) is flagged; width, dash, quote, space and ○/〇/2035 differences are not, nor another period (十五五 for 十四五, 2026—2030 for 2021—2025), the plan’s next edition.',
      },
      bad: '根据《十四五兰州经济圈规划》……',
      good: '根据《“十四五”兰州经济圈发展规划》……',
    },
  },
  messages: {
    mismatch: { zh: '引用标题与原文件不一致，原标题为《{exact}》', en: 'The cited title differs from the original: 《{exact}》' },
  },
  run({ draft, documents, corpus, report }) {
    const aliases = aliasesOf(draft);
    for (const doc of documents) {
      for (const c of doc.citations) {
        // 《关于印发〈…规划》的通知》: the title was cut at the wrong 》 (citation-brackets reports it); what is cited is unknown.
        if (c.isAliasDeclaration || unbalancedInner(c.title)) continue;
        const target = resolveCitation(c, draft, corpus, aliases);
        if (target.kind !== 'corpus' || target.match !== 'close' || target.via || !target.doc.title) continue;
        const exact = officialTitle(target.doc.title);
        report({ range: c.titleRange, messageId: 'mismatch', args: { exact }, fix: { range: c.titleRange, text: exact } });
      }
    }
  },
});

function unbalancedInner(title: string): boolean {
  let depth = 0;
  for (const ch of title) {
    if (ch === '〈') depth++;
    else if (ch === '〉' && --depth < 0) return true;
  }
  return depth !== 0;
}
