/**
 * citation-unresolved: a 《title》 that names a policy document and matches no
 * document of the corpus, not even closely, nor a document of the same file or
 * an alias declared with 以下简称. The 请示 or 函 a document answers and the document its
 * title names (the plan a 批复 approves, the draft an 起草说明 explains) are not looked
 * for; a title cited again is reported at its first citation only.
 */
import { aliasesOf, namesPolicyDocument, resolveCitation } from '../corpus/resolveCitation';
import { defineRule } from './types';
import { quote } from './quote';
import { normalizeTitle } from '../text/normalizeTitle';
import { IMPLEMENTATION_TYPES, type PolicyDocument } from '../parse/types';

/** 请示, 报告, 函: the correspondence a document answers, never a prior plan of a corpus. */
const CORRESPONDENCE = /(?:请示|报告|函)[>)]*$/;

/**
 * The document a title names as its subject: the plan a 批复 approves, the draft an
 * 起草说明 explains or a 征求意见函 circulates, the plan a 通知 issues. It is being
 * drafted, approved or issued, so it is in no corpus yet; when it is, it resolves. A
 * plan's own title (贯彻落实《X》的实施方案) names the document it carries out, which is
 * looked for.
 */
function subjectTitles(doc: PolicyDocument): Set<string> {
  const type = doc.header.type;
  if (type && (IMPLEMENTATION_TYPES.includes(type) || type === '规划' || type === '意见')) return new Set();
  const out = new Set(doc.citations.filter((c) => c.paragraph.headerRole === 'title').map((c) => normalizeTitle(c.title)));
  if (type === '批复') {
    // 关于临泽县国土空间总体规划（2021—2035年）的批复: the subject without 《》; 原则同意《X》 in the body.
    const named = /关于(?:同意|批准)?(?:印发|实施)?(.{4,}?)的批复$/.exec(doc.header.title?.text ?? '')?.[1];
    if (named) out.add(normalizeTitle(named));
    for (const c of doc.citations) {
      const before = c.paragraph.text.text.slice(0, c.paragraph.text.text.indexOf(c.title) - 1);
      if (/同意(?:实施|印发|批准)?$/.test(before)) out.add(normalizeTitle(c.title));
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'citation-unresolved',
    category: 'citations',
    defaultSeverity: 'info',
    description: { zh: '引用的文件不在往期文件库中', en: 'Cited document is not in the corpus of prior plans' },
    tags: ['citations', 'corpus'],
    fixable: false,
    docs: {
      rationale: {
        zh: '引用的规划、方案、意见等文件在内置和自备的往期文件库中找不到，无法跳转核对原文。可把该文件加入配置 corpus 指定的文件夹。',
        en: 'The cited document is in neither the bundled nor your own corpus, so it cannot be opened and checked. Add it to a folder listed under corpus.',
      },
      bad: '根据《某某市不存在的发展规划》，制定本方案。',
      good: '根据《“十四五”兰州经济圈发展规划》，制定本方案。',
    },
  },
  messages: {
    unresolved: { zh: '《{title}》不在往期文件库中', en: '《{title}》 is not in the corpus of prior plans' },
    unresolvedClosest: {
      zh: '《{title}》不在往期文件库中（最接近的是《{closest}》）',
      en: '《{title}》 is not in the corpus (closest: 《{closest}》)',
    },
  },
  run({ draft, documents, corpus, report }) {
    const aliases = aliasesOf(draft);
    for (const doc of documents) {
      const subjects = subjectTitles(doc);
      // Once per title and document: the same 条例 cited in three places is one gap in the corpus.
      const reported = new Set<string>();
      // Short names declared after 简称 (also on the line under the title, where no
      // citation precedes them): 《方案》 is the document itself wherever it is cited.
      const declared = new Set(doc.citations.filter((c) => /简称[ ]*$/.test(draft.text.slice(Math.max(0, c.range.start - 8), c.range.start))).map((c) => normalizeTitle(c.title)));
      for (const c of doc.citations) {
        if (c.isAliasDeclaration || !namesPolicyDocument(c.title) || CORRESPONDENCE.test(c.title)) continue;
        const key = normalizeTitle(c.title);
        if (declared.has(key) || subjects.has(key) || reported.has(key)) continue;
        const target = resolveCitation(c, draft, corpus, aliases);
        // An alias of an unresolved title is reported once, at the full title.
        if (target.kind !== 'none' || target.via) continue;
        reported.add(key);
        report({
          range: c.range,
          messageId: target.closest ? 'unresolvedClosest' : 'unresolved',
          args: { title: quote(draft, c.titleRange), closest: target.closest?.doc.title ?? '' },
        });
      }
    }
  },
});
