/**
 * target-unquantified: a target item (paragraph, —— bullet or numbered item of a
 * target section or of a 专栏 about targets/indicators) with no measurable
 * quantity. The lead-in paragraph, the 2035 vision paragraph and named
 * deliverables (milestones: 创成…示范区) are reported as info. A quantified item
 * can still hold a stage with no number (到2027年…达到85%。到2029年…明显改善。):
 * that stage sentence is reported on its own.
 */
import { findVagueWords, VAGUE_WORDS } from '../lexicon/vagueWords';
import type { TargetItem } from '../parse/types';
import { defineRule, type Finding } from './types';

export default defineRule({
  meta: {
    id: 'target-unquantified',
    category: 'targets',
    defaultSeverity: 'warning',
    description: { zh: '目标没有量化指标', en: 'Target has no measurable quantity' },
    tags: ['targets'],
    fixable: false,
    docs: {
      rationale: {
        zh: '目标部分的每一项应给出可考核的指标：数值和单位（%、亿元、万个）、倍数、排名（前10位、第一方阵）、等级（5A级），或“全部清零”“零发生”“全覆盖”这类全有或全无的目标。“显著提升”“进一步增强”“基本形成”等表述无法考核。一段中已有指标、但其中某一阶段（如“到2029年，……明显改善”）没有数值的，该阶段单独报告。阶段从“到××年，”起，到下一阶段或远景目标为止。未设目标标题、在总体要求中以“到××年，”开头的段落也按目标检查。引导段和2035年远景目标段、“创成××示范区”等具体成果只作提示。',
        en: 'Each target gives a measurable quantity (a number with a unit, a multiple, a rank, a grade such as 5A级) or an all-or-none target (全部清零, 零发生, 全覆盖). Phrases like 显著提升 cannot be assessed. A stage of a quantified paragraph (到2029年，…明显改善) that gives no number is reported on its own; a stage runs from its 到…年， to the next stage or the vision. Paragraphs of 总体要求 that open with 到…年， count as targets when the plan has no target heading. The lead-in paragraph, the 2035 vision and named deliverables are info only.',
      },
      bad: '（三）工作目标\n到2027年，全市营商环境显著提升，市场主体活力进一步增强。',
      good: '（三）工作目标\n到2027年，全市新增市场主体3万户以上，政务服务事项网上可办率达到98%。',
    },
  },
  messages: {
    vague: {
      zh: '目标未量化：“{words}”没有可考核的数值、单位或排名',
      en: 'Unquantified target: "{words}" gives no measurable value, unit or rank',
    },
    plain: { zh: '目标未量化：这一项没有可考核的数值、单位或排名', en: 'Unquantified target: this item gives no measurable value, unit or rank' },
    leadIn: { zh: '目标引导段没有量化指标（可在下列各项中给出）', en: 'The lead-in of the target section has no quantity (the items below may give them)' },
    vision: { zh: '远景目标没有量化指标', en: 'The long-range vision has no quantity' },
    milestone: { zh: '目标为具体成果但没有数值，请确认是否可考核', en: 'The target is a named deliverable with no number; check that it can be assessed' },
    vagueStage: {
      zh: '{year}年的阶段目标未量化：“{words}”没有可考核的数值、单位或排名',
      en: 'The {year} stage target is unquantified: "{words}" gives no measurable value, unit or rank',
    },
  },
  run({ documents, report, vagueWords }) {
    for (const doc of documents) {
      for (const t of doc.targets) {
        if (!t.quantities.length) report(findingFor(t, vagueWords));
        else if (t.kind === 'item') for (const f of vagueStages(t, vagueWords)) report(f);
      }
    }
  },
});

/** Stage sentences of a quantified item that hold no quantity of their own but vague wording. */
function vagueStages(t: TargetItem, vagueWords: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const stage of t.stages) {
    if (stage.quantified) continue;
    const words = findVagueWords(stage.text, vagueWords);
    if (!words.length) continue;
    const at = itemOffset(t) + stage.offset + stage.text.indexOf(words[0]);
    out.push({ range: t.paragraph.text.range(at, at + words[0].length), messageId: 'vagueStage', args: { year: stage.year, words: words.slice(0, 3).join('”“') } });
  }
  return out;
}

function findingFor(t: TargetItem, vagueWords: readonly string[]): Finding {
  // Words added in the configuration count too (the parser knows only the built-in list).
  if (vagueWords !== VAGUE_WORDS && t.kind === 'item' && !t.milestone) {
    const words = findVagueWords(t.text, vagueWords);
    if (words.length) return { range: anchor({ ...t, vagueWords: words }), messageId: 'vague', args: { words: words.slice(0, 3).join('”“') } };
  }
  const range = anchor(t);
  if (t.kind === 'lead-in') return { range, messageId: 'leadIn', severity: 'info' };
  if (t.kind === 'vision') return { range, messageId: 'vision', severity: 'info' };
  if (t.milestone) return { range, messageId: 'milestone', severity: 'info' };
  if (t.vagueWords.length) return { range, messageId: 'vague', args: { words: t.vagueWords.slice(0, 3).join('”“') } };
  return { range, messageId: 'plain' };
}

/** The first vague phrase if there is one, else the item's first sentence. */
function anchor(t: TargetItem): { start: number; end: number } {
  const text = t.paragraph.text;
  const s = text.text;
  const base = itemOffset(t);
  for (const w of t.vagueWords) {
    const i = s.indexOf(w, base);
    if (i >= 0) return text.range(i, i + w.length);
  }
  const stop = s.indexOf('。', base);
  return text.range(base, stop > base ? stop : s.length);
}

/** Where the item's text starts in its paragraph's (an inline heading's body starts after the title). */
function itemOffset(t: TargetItem): number {
  const i = t.paragraph.text.text.indexOf(t.text.slice(0, 8));
  return i >= 0 ? i : 0;
}
