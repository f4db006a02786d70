/**
 * responsible-unit-outdated: a unit abolished or renamed by the institutional
 * reforms (2008, 2013, 2018, 2023): 环保局 → 生态环境局, 国土局 → 自然资源局 …,
 * from the dated table in data/outdated-units.json. Checked in responsibility clauses
 * and where a sentence assigns a unit (县规划局要做好…).
 */
import { defineRule } from './types';
import { quoteUnit } from './quote';
import type { UnitLexicon } from '../lexicon/units';
import type { ParsedDraft, UnitMention } from '../parse/types';

/**
 * 县农业农村局（县乡村振兴局）: the old name as the plaque (加挂牌子) its successor hangs,
 * in brackets right after it. That is how the 2023 reform left it, not an old name.
 */
function isPlaqueOfSuccessor(draft: ParsedDraft, host: UnitMention | undefined, u: UnitMention, lexicon: UnitLexicon): boolean {
  if (!host || !/^[ \u3000]*[（(〔][ \u3000]*$/.test(draft.text.slice(host.range.end, u.range.start))) return false;
  if (!/^[ \u3000]*[）)〕]/.test(draft.text.slice(u.range.end))) return false;
  const m = lexicon.outdated(u.name);
  return m !== undefined && lexicon.canonical(m.suggestedName) === lexicon.canonical(host.name);
}

export default defineRule({
  meta: {
    id: 'responsible-unit-outdated',
    category: 'units',
    defaultSeverity: 'info',
    description: { zh: '责任单位是机构改革前的旧名称', en: 'Unit name predates an institutional reform' },
    tags: ['units', 'lexicon'],
    fixable: false,
    docs: {
      rationale: {
        zh: '2018年、2023年党和国家机构改革后，环保局、国土资源局、农委、卫计委、工商局、安监局、旅游局等已更名或撤并，新起草的文件应使用现名称。检查责任单位括号，以及正文中作为主语承担任务的单位（如“县规划局要……”）。',
        en: 'After the 2018 and 2023 reforms many agencies were renamed or merged; a new draft uses the current names. Checked in responsibility clauses and where a sentence assigns a unit (县规划局要…).',
      },
      bad: '（市环保局牵头，市国土局配合）',
      good: '（市生态环境局牵头，市自然资源局配合）',
    },
  },
  messages: {
    outdatedLikely: {
      zh: '“{unit}”可能是{reform}年机构改革前的名称，多数地方现为“{suggested}”（{note}）',
      en: '"{unit}" probably predates the {reform} institutional reform; in most places now "{suggested}" ({note})',
    },
    outdated: {
      zh: '“{unit}”是{reform}年机构改革前的名称，现为“{suggested}”（{note}）',
      en: '"{unit}" predates the {reform} institutional reform; now "{suggested}" ({note})',
    },
  },
  run({ draft, documents, lexicon, report }) {
    for (const doc of documents) {
      // The units of the clauses, and those a sentence assigns (县规划局要…), except
      // one called former (原县规划局).
      const named = doc.clauses
        .flatMap((c) => c.units.filter((u, k) => !isPlaqueOfSuccessor(draft, c.units[k - 1], u, lexicon)))
        .concat(doc.statedUnits.filter((u) => !/^(?:原|前)/.test(u.name)));
      for (const u of named) {
        const m = lexicon.outdated(u.name);
        if (!m) continue;
        report({
          range: u.range,
          messageId: m.confidence === 'likely' ? 'outdatedLikely' : 'outdated',
          args: { unit: quoteUnit(draft, u.range), reform: m.reform, suggested: m.suggestedName, note: m.note },
          suggestion: {
            title: { zh: `改为“${m.suggestedName}”`, en: `Change to "${m.suggestedName}"` },
            range: u.range,
            text: m.suggestedName,
          },
        });
      }
    }
  },
});
