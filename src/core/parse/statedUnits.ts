/**
 * Units named as the subject of a sentence rather than in a clause: 镇应急办牵头，各村
 * （社区）负责，… / 由镇农业综合服务中心负责，… / 县规划局要做好… — how township and
 * county plans, 批复 and 通知 often assign a task; and the entries of a duty list
 * (县应急管理局：负责…). The parser only finds the words in
 * subject position before a duty verb; whether they name a unit is the lexicon's call
 * (a rule's), so 各地要… or 组织开展… cost nothing but a look-up.
 */
import type { MappedText, Range } from '../text/mapped';
import type { UnitMention } from './types';

/** The name before the duty verb, at the start of a sentence or clause. */
const SUBJECT = /^(?:并|要|请)?由?([\u4e00-\u9fff][\u4e00-\u9fff()]{1,23}?)(牵头|负责|会同|统筹|要|组织|指导|督促|联合|协调|做好|开展|落实)/;
/** A cheap test first: a duty verb, or 要 / 组织 / 开展 … right after the last character of a unit. */
const MAY_STATE = /牵头|负责|会同|统筹|[局委办厅所站队府院会室心部区县村镇乡)](?:要|组织|指导|督促|联合|协调|做好|开展|落实)/;
const FRAGMENT = /[^。;,:、!?]+/g;
/** A duty list entry: 县应急管理局：负责…（预案 成员单位职责, 三定-style lists）. */
const DUTY_ENTRY = /^([\u4e00-\u9fff][\u4e00-\u9fff()]{1,23}?)[ ]*:[ ]*(?:负责|承担|履行|牵头|配合|协助|协调|组织|指导|做好)/;

/** The stated units of a paragraph's text, outside its responsibility clauses (`clauses`: their ranges). */
export function findStatedUnits(text: MappedText, clauses: readonly Range[]): UnitMention[] {
  const s = text.text;
  const out: UnitMention[] = [];
  const entry = DUTY_ENTRY.exec(s);
  if (entry) out.push({ name: entry[1], role: 'responsible', range: text.range(0, entry[1].length) });
  if (!MAY_STATE.test(s)) return out;
  for (const m of s.matchAll(FRAGMENT)) {
    const lead = m[0].length - m[0].trimStart().length;
    const hit = SUBJECT.exec(m[0].slice(lead));
    if (!hit) continue;
    const start = m.index! + lead + hit[0].length - hit[2].length - hit[1].length;
    const at = text.range(start, start + 1).start;
    if (clauses.some((c) => at >= c.start && at < c.end)) continue;
    out.push({ name: hit[1], role: hit[2] === '牵头' ? 'lead' : 'responsible', range: text.range(start, start + hit[1].length) });
  }
  return out;
}
