/**
 * Measurable quantities in a target statement, and time horizons.
 *
 * A quantity is a number with a unit or %/‰/倍/成, a count (10个以上), a
 * Chinese-numeral magnitude (翻一番, 三成, 千亿级), or a rank (前10位). Numbers
 * that are not measures are masked first: years, durations, 十四五, 5G, “2+4”,
 * 750千伏 in a project name, route codes, 1小时经济圈, ordinals, 文号.
 */
import type { MappedText } from '../text/mapped';
import type { Quantity } from './types';

const MASKS: readonly RegExp[] = [
  // 文号: 甘政发〔2021〕9号
  /[〔【\[(]\s*(?:19|20)\d{2}\s*[〕】\])]\s*(?:第\s*)?\d+\s*号/g,
  // years, year ranges and dates: 2025年, 2021—2025年, 2023年2月10日, 2025年底
  /(?:19|20)\d{2}\s*(?:[—\-~至到]\s*(?:19|20)\d{2}\s*)?年(?:底|末|初|前|以来|内|度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[—\-~至到]\s*\d{1,2}\s*月)?)?/g,
  /(?:19|20)\d{2}(?=\s*[—\-~至到]\s*(?:19|20)\d{2})/g,
  /(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日/g,
  // durations and periods: 经过5年, 5年努力, 3年内, 近5年
  /(?:经过|用|花|近|前|后|再)\s*\d+\s*年/g,
  /(?<![\d.])\d+\s*年(?=\s*(?:努力|奋斗|时间|左右时间|内|来|间|行动|计划|攻坚))/g,
  // codes and names: 5G, 4G/5G, G213, S303, 215省道, “2+4”, 1+3+10, 750千伏, 4×100万千瓦, 2×330mw
  /(?<![\d.])\d+\s*G(?![a-zA-Z])/g,
  /[A-Z]\d{1,4}/g,
  /(?<![\d.])\d+\s*(?:国道|省道|县道|高速|线)/g,
  /(?<![\d.])\d+(?:\s*\+\s*\d+)+/g,
  /(?<![\d.])\d+\s*(?:千伏|kV|kv)/g,
  /(?<![\d.])\d+(?:\.\d+)?\s*[×xX*]\s*\d+(?:\.\d+)?\s*(?:万千瓦|千瓦|兆瓦|mw|MW)?/g,
  /(?<![\d.])\d+(?:\.\d+)?\s*个?(?:小时|分钟)[\u4e00-\u9fff]{0,6}?(?:圈|网|带|区)/g,
  /(?<![\d.])\d+\s*#/g,
  // quoted slogans with digits: “5155”, '十四五'
  /[“'"][^”'"]{0,12}\d[^”'"]{0,12}[”'"]/g,
  // ordinals that are not ranks: 第2条, 第三批
  /第\s*\d+\s*(?![位名])/g,
  // 十四五 / 二十大 written in digits is rare; PUA characters OCR left for a decimal point
];

const UNITS = [
  '个百分点', '百分点', '%', '‰', '倍', '成',
  '万亿元', '千亿元', '百亿元', '亿元', '千万元', '百万元', '万元', '元', '亿美元', '万美元', '美元',
  '亿千瓦时', '万千瓦时', '千瓦时', '度', '万千瓦', '千瓦', '兆瓦', '吉瓦', 'GW', 'MW', 'kW', 'kw', 'mw',
  '亿吨', '万吨', '吨标准煤', '吨', '万标准立方米', '亿立方米', '万立方米', '立方米', '方',
  '平方公里', '平方千米', '万平方米', '平方米', '万公顷', '公顷', '万亩', '亩', '公里', '千米', '米',
  '亿人次', '万人次', '人次', '万人', '人', '万户', '户', '家次', '家', '个工作日', '工作日', '个', '项', '所', '座', '条', '张', '处', '件',
  '台', '套', '辆', '架', '列', '部', '批', '万头', '头', '万只', '只', '万份', '份', '床', '岁', '天', '日',
  '小时', '分钟', '万册', '册', '篇', '万株', '株', '棵', '公斤', '千克', '克', '毫克', '微克/立方米', '分贝',
  'Mbps', 'Gbps', '兆', '次', '名', '位', '支', '种', '类', '期', '级', '星', '年',
  // 5A级景区, 算力规模达到10EFlops, 存储1000PB, 考核得分90分 (分钟 and 分贝 come first above)
  'A级', 'EFlops', 'EFLOPS', 'PFlops', 'PFLOPS', 'PB', 'TB', '分',
];
const UNIT_RE = UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const NUMBER = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
/**
 * A number only from its first digit: without it a run of digits is tried from each of
 * its digits in turn, each try running to the run's end (quadratic on 1111…1).
 */
const FROM_NUMBER_START = '(?<![\\d.,])';

const QUANTITY_PATTERNS: readonly RegExp[] = [
  // 6.5%, 50%以上, 2000万千瓦, 10个以上, 100-300亿元, 15%～30%, 75.5岁
  // (each \s* follows a token, never another \s*: no polynomial backtracking on long space runs)
  // and 1.2万个, 2万家, 10万辆: a magnitude before a measure word
  new RegExp(`${FROM_NUMBER_START}${NUMBER}\\s*(?:(?:${UNIT_RE})\\s*)?(?:[-—~至到]\\s*${NUMBER}\\s*)?(?:(?:多|余)\\s*)?(?:[万亿千百](?:多|余)?\\s*)?(?:${UNIT_RE})`, 'g'),
  // ratios: 2.25:1
  new RegExp(`${FROM_NUMBER_START}${NUMBER}\\s*:\\s*\\d+(?:\\.\\d+)?`, 'g'),
  // 翻一番, 翻两番, 倍增
  /翻一番|翻两番|翻番|倍增/g,
  // Chinese-numeral magnitudes: 千亿元, 五十亿级, 三成, 两倍, 千亿级
  // (from the first numeral of a run only: a run of 一 is not tried from each of its characters)
  /(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]+(?:亿元|亿级|万亿|千亿|百亿|个百分点|倍|成(?![为果效立熟本功长])|万吨|万人|万千瓦|万亩|万户)/g,
  // ranks: 前10位, 第一名, 前三
  /(?:前|第)\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:位|名)/g,
  // full coverage
  /全覆盖/g,
  // A figure with no unit after a comparison, or before 以上/以下: 差异系数不高于0.50, PUE 1.3以下, 收入比缩小到2.1
  new RegExp(`(?:不高于|不低于|不超过|不少于|低于|高于|达到|缩小到|缩小至|缩小为|降至|降到|降低到|降低至|下降到|下降至|提高到|提高至|提升到|提升至|控制在|保持在|稳定在|超过|突破|增至)\\s*${NUMBER}(?:\\s*(?:以上|以下|以内|左右))?`, 'g'),
  new RegExp(`${FROM_NUMBER_START}${NUMBER}\\s*(?:以上|以下|以内|左右)`, 'g'),
  // Targets of all or none: 黑臭水体全部清零, 安全事故零发生, 全面消除, 全部达标, 完成国家下达任务
  /(?:全部|全面|彻底|动态)?清零|零(?:发生|事故|死亡|伤亡|新增|增长|排放|投诉|差错)|(?:全面|全部|彻底)消除|全部(?:脱贫|达标|建成|完成|覆盖|纳入|实现)|完成(?:国家|省|市|上级)?下达(?:的)?(?:任务|目标|指标)/g,
  // Ranks in words: 进入第一方阵, 位居全省首位, 百强县, 前50强
  /第一方阵|首位|百强|千强|前\s*(?:\d+|[一二三四五六七八九十]+)\s*强/g,
  // Counts in Chinese numerals: 新增4A级景区三家, 两万个, 十个 (a lone 一 only before 个/家/所/座/项/处: 一张网, 一盘棋 are slogans)
  /(?<![一二两三四五六七八九十百千万亿])(?:[一二两三四五六七八九十百千万亿]{2,}|[两三四五六七八九十百千])(?:个|家|所|座|条|项|处|名|户|套|台|辆|张|场)|(?<![一二两三四五六七八九十百千万亿])一(?:万|千|百)?(?:个|家|所|座|项|处)/g,
];

/** Blanks out every non-measure number; the result has the same length. */
export function maskNonMeasures(text: string): string {
  let s = text;
  for (const re of MASKS) {
    re.lastIndex = 0;
    s = s.replace(re, (m) => ' '.repeat(m.length));
  }
  return s;
}

export function findQuantities(text: MappedText): Quantity[] {
  const masked = maskNonMeasures(text.text);
  const out: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  for (const re of QUANTITY_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim().length === 0 || taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const numeric = /\d+(?:\.\d+)?/.exec(m[0]);
      out.push({
        text: text.text.slice(start, end),
        range: text.range(start, end),
        value: numeric ? Number(numeric[0]) : undefined,
        // 1.3以下: 以下 compares, it is no unit.
        unit: /[^\d.,\s\-—~至到多余]+$/.exec(m[0].replace(/\s*(?:以上|以下|以内|左右)$/, ''))?.[0],
      });
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

const DEADLINE =
  /到\s*(?:19|20)\d{2}\s*年|(?<![较比以与])(?:19|20)\d{2}\s*年(?:底|末|前|内)?(?!为基)|[“"']?十[一二三四五六七八九]五[”"']?\s*(?:末|期间|时期|期末|内)|规划期(?:末|内)?|年均|每年|期间|至\s*(?:19|20)\d{2}|\d+\s*年内|(?:一|两|三|四|五)年内|本世纪中叶|经过\s*(?:\d+|[一二三四五六七八九十])\s*年|(?:\d+|[一二三四五六七八九十])\s*年(?:努力|时间|左右)|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:前|以前|之前|底前|底|末)|(?:今年|本年度?|年)(?:底|末)前?|年内|今年|本年度?|当年|(?:\d+|[一两三四五六七八九十])\s*年累计/;

/** A time horizon in a text: 到2025年, “十四五”末, 年均, 每年 … and in a plan of one year, 6月30日前, 年底前. */
export function findDeadline(text: string): string | undefined {
  return DEADLINE.exec(text)?.[0];
}
