/** The structure check: the draft's outline beside the standard skeleton of its type, missing slots marked. */
import type { ParsedDraft, PolicyDocument } from '../core/parse/types';
import type { Lang } from '../core/rules/types';
import { filledSlots, SKELETONS } from '../core/rules/skeleton';
import { familyOf } from '../core/rules/util';

export function structureMarkdown(draft: ParsedDraft, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [zh ? '# 结构检查' : '# Structure check', ''];
  for (const doc of draft.documents) out.push(...documentSection(doc, zh));
  return out.join('\n');
}

function documentSection(doc: PolicyDocument, zh: boolean): string[] {
  const title = doc.header.title?.original ?? (zh ? '（无标题）' : '(no title)');
  const out = [`## ${title}`, '', `${zh ? '文种' : 'Type'}：${doc.header.type ?? (zh ? '未识别' : 'unknown')}`, ''];
  const family = familyOf(doc);
  if (family) {
    const filled = filledSlots(doc);
    out.push(zh ? '| 标准章节 | 状态 | 本文对应标题 |' : '| Standard section | Status | Headings here |', '|---|---|---|');
    for (const slot of SKELETONS[family]) {
      const present = slot.satisfiedBy.some((s) => filled.has(s));
      const headings = doc.headings
        .filter((h) => !h.box && h.slot && slot.satisfiedBy.includes(h.slot))
        .map((h) => `${h.marker}${h.title}（${h.paragraph.firstLine + 1}）`);
      if (!headings.length && present && slot.id === 'safeguards' && doc.closingParagraph) {
        headings.push(zh ? `结尾段（${doc.closingParagraph.firstLine + 1}）` : `closing paragraph (${doc.closingParagraph.firstLine + 1})`);
      }
      const status = present ? '✓' : zh ? `✗ 缺少（通常为：${slot.titles}）` : `✗ missing (usually: ${slot.titles})`;
      out.push(`| ${zh ? slot.name.zh : slot.name.en} | ${status} | ${headings.join('；')} |`);
    }
    out.push('');
  } else {
    out.push(zh ? '此文种没有标准结构，只列出提纲。' : 'This type has no standard skeleton; outline only.', '');
  }
  out.push(zh ? '### 提纲' : '### Outline', '');
  for (const h of doc.headings) {
    if (h.box) continue;
    const depth = Math.max(0, h.level - 1);
    out.push(`${'  '.repeat(depth)}- ${h.marker}${h.title}（${h.paragraph.firstLine + 1}）`);
  }
  for (const b of doc.boxes) out.push(`- 专栏${b.numberText} ${b.title}（${b.paragraph.firstLine + 1}）`);
  out.push('');
  return out;
}
