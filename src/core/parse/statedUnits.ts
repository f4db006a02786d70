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

/** The duty verbs a unit in subject position comes before. */
// 要 as a verb, not 要求.
const VERB = /牵头|负责|会同|统筹|要(?!求)|组织|指导|督促|联合|协调|做好|开展|落实/g;
const HAS_VERB = /牵头|负责|会同|统筹|要|组织|指导|督促|联合|协调|做好|开展|落实/;
/** Code unit tables: the last character of a unit name (局, 委, 中心, 村（社区）…), and the marks that end a clause. */
const UNIT_END = new Uint8Array(0x10000);
for (const c of '局委办厅所站队府院会室心部区县村镇乡组司处科股团社行校馆园场台)') UNIT_END[c.charCodeAt(0)] = 1;
const SEPARATOR = new Uint8Array(0x10000);
for (const c of '。;,:、!?') SEPARATOR[c.charCodeAt(0)] = 1;
/** A name is at most 24 characters, after at most 并/要/请 and 由. */
const LONGEST = 26;
const NAME = /^[\u4e00-\u9fff][\u4e00-\u9fff()]{1,23}$/;
/** Words before a subject that are not part of it: an article number, 并/要/请, 由, a preposition. */
const LEAD = /^(?:第[零〇一二三四五六七八九十百]+条[ ]*)?(?:并|要|请)?(?:由|按照|根据|依据|经|对|向|与|配合|协助|支持)?/;
/** A duty list entry: 县应急管理局：负责…（预案 成员单位职责, 三定-style lists）, first in the paragraph or after a full stop. */
const DUTY_ENTRY = /(?:^|[。;])[ ]*([\u4e00-\u9fff][\u4e00-\u9fff()]{1,23}?)[ ]*:[ ]*(?:负责|承担|履行|牵头|配合|协助|协调|组织|指导|做好)/g;

/**
 * The stated units of a paragraph's text, outside its responsibility clauses (`clauses`:
 * their ranges). One pass over the duty verbs; a verb right after the last character of
 * a unit, first in its sentence or clause, has its subject before it (镇农业综合服务中心
 * 会同镇自然资源所…: 会同, not a later verb).
 */
export function findStatedUnits(text: MappedText, clauses: readonly Range[]): UnitMention[] {
  const s = text.text;
  const out: UnitMention[] = [];
  if (s.indexOf(':') > 1) {
    DUTY_ENTRY.lastIndex = 0;
    for (let entry = DUTY_ENTRY.exec(s); entry; entry = DUTY_ENTRY.exec(s)) {
      const from = entry.index + entry[0].indexOf(entry[1]);
      out.push({ name: entry[1], role: 'responsible', range: text.range(from, from + entry[1].length) });
    }
  }
  let lastFragment = -1;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(s); m; m = VERB.exec(s)) {
    // 县农委应当会同…: the subject stands before the modal.
    const at = s.startsWith('应当', m.index - 2) ? m.index - 2 : s[m.index - 1] === '应' || s[m.index - 1] === '须' ? m.index - 1 : m.index;
    if (at < 2 || !UNIT_END[s.charCodeAt(at - 1)]) continue;
    let fragment = at - 1;
    while (fragment > 0 && at - fragment <= LONGEST && !SEPARATOR[s.charCodeAt(fragment - 1)]) fragment--;
    if (at - fragment > LONGEST || fragment === lastFragment) continue;
    let from = fragment;
    while (from < at && s.charCodeAt(from) === 32) from++;
    // 第四条　县农牧局负责…, 并由…, 按照原县国土资源局…: what stands before the name.
    const lead = LEAD.exec(s.slice(from, at));
    if (lead) from += lead[0].length;
    const name = s.slice(from, at);
    // A verb earlier in the clause had the subject: this one is not first.
    if (!NAME.test(name) || HAS_VERB.test(name)) continue;
    const start = text.range(from, from + 1).start;
    if (clauses.some((c) => start >= c.start && start < c.end)) continue;
    lastFragment = fragment;
    const role = m[0] === '牵头' ? 'lead' : 'responsible';
    // 县食药监局、县工商局要…: the names before it in the list share the verb.
    const before: UnitMention[] = [];
    for (let end = fragment - 1; end > 0 && s[end] === '、'; ) {
      let k = end;
      while (k > 0 && end - k <= LONGEST && !SEPARATOR[s.charCodeAt(k - 1)]) k--;
      let a = k;
      while (a < end && s.charCodeAt(a) === 32) a++;
      const lead = LEAD.exec(s.slice(a, end));
      if (lead) a += lead[0].length;
      const earlier = s.slice(a, end);
      if (end - k > LONGEST || !UNIT_END[s.charCodeAt(end - 1)] || !NAME.test(earlier) || HAS_VERB.test(earlier)) break;
      before.unshift({ name: earlier, role, range: text.range(a, end) });
      end = k - 1;
    }
    for (const u of before) out.push(u);
    out.push({ name, role, range: text.range(from, at) });
  }
  return out;
}
