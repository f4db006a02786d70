/**
 * fast-check generators of random policy drafts for the property tests
 * (property.test.ts): a small grammar of the genre — titles (broken over lines),
 * notice headers, headings of every level and marker style (standard and wrong),
 * inline headings, task items with and without responsible-unit clauses, target
 * sections with quantified and vague `——` items, citations with and without 文号
 * (also malformed and unbalanced), dates in every form, 专栏, page junk, Markdown —
 * assembled with mixed line endings, a BOM, full-/half-width punctuation, and then
 * salted with random Unicode (CJK, astral characters, combining marks, lone
 * surrogates, NUL, U+2028, bidi marks).
 *
 * Headings are generated as placeholders and numbered when the draft is assembled,
 * so the numbering is mostly in sequence with the usual defects (skips, repeats,
 * restarts, run-on) rather than random noise.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------
// Vocabulary

export const PLACES = ['兰州市', '酒泉市', '金昌市', '甘肃省', '安平县', '肃州区', '某市', 'XX市', '张掖市', '临夏州'];
export const TOPICS = [
  '农村人居环境整治提升',
  '数字经济高质量发展',
  '优化营商环境',
  '深入实施以人为本的新型城镇化战略五年',
  '城乡融合发展示范区建设',
  '文化旅游产业振兴',
  '生态环境保护',
  '“十四五”兰州经济圈发展',
  '新材料产业发展',
  '强县域',
];
export const DOC_KINDS = ['实施方案', '工作方案', '行动计划', '行动方案', '规划', '意见', '指南', '方案', '行动计划方案'];
export const PERIODS = ['（2021—2025年）', '(2021-2025年)', '（2023—2035年）', '（2022－2025年）', '(2023—2030年)', '（2021-2025）', ''];

/** Known, unknown, outdated and OCR-damaged unit names. */
export const UNITS = [
  '市发展改革委',
  '市发改委',
  '市发展改革局',
  '市农业农村局',
  '县农业农村局',
  '市商务局',
  '市教育局',
  '市卫生健康委',
  '市财政局',
  '市生态环境局',
  '市住建局',
  '市数据局',
  '县环保局',
  '市国土资源局',
  '市农牧局',
  '市卫计委',
  '市工商局',
  '市安监局',
  '市旅游局',
  '市 商务 局',
  '市城执法管局',
  '各县市区政府',
  '敦煌市政府',
  '肃州区政府',
  '兰州新区管委会',
];

export const SECTION_TITLES = [
  '总体要求',
  '指导思想',
  '基本原则',
  '工作目标',
  '发展目标',
  '主要目标',
  '目标任务',
  '重点任务',
  '主要任务',
  '工作重点',
  '重点工作',
  '保障措施',
  '组织实施',
  '工作要求',
  '组织保障',
  '规划背景',
  '发展基础',
  '机遇挑战',
  '发展定位',
  '规划实施',
  '加强组织领导',
  '强化资金保障',
  '扎实推进农村厕所革命',
  '加快推进农村生活污水治理',
  '全面提升农村生活垃圾治理水平',
  '推动数字产业化',
  '优化空间布局',
  '',
];

export const TASK_SENTENCES = [
  '因地制宜选择改厕技术模式，新改建户用卫生厕所1500座。',
  '推进粪污资源化利用。',
  '优先治理水源保护区和城乡结合部村庄，污水治理率提高15～30%。',
  '建立健全长效管护机制。',
  '统筹各类涉农资金,加大投入力度(2024-2025年每年安排1000万元)。',
  '各乡镇要落实“一把手”负责制,层层压实责任。',
  '加快建设5G基站2000个，推进G213线改造。',
  '到2025年，建成区绿化覆盖率达到40%以上。',
  '投资规模9～16亿元，带动就业1～2万人。',
  '持续开展“2+4”产业链招商。',
  '深化“放管服”改革，推行“一网通办”。',
  '完善"双随机、一公开"监管。',
  '强化要素保障：土地;资金;人才?',
  '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
  '坚持问题导向，坚持系统观念。',
  '区位优势明显。兰州是西北地区重要的交通枢纽。',
];

export const TARGET_ITEMS = [
  '城镇化率达到{n}%以上。',
  '新增城镇就业{n}万人。',
  '地区生产总值年均增长{n}%左右。',
  '研发经费投入强度达到{n}‰。',
  '培育千亿级产业集群{n}个。',
  '经济总量翻一番。',
  '创新活力进一步增强。',
  '营商环境显著改善。',
  '城乡融合水平显著提升。',
  '综合实力进入全国前列。',
  '创成国家全域旅游示范区。',
  '到2025年，农村卫生厕所普及率达到{n}%。',
  '“十四五”末，单位GDP能耗下降{n}%。',
];

/** Titles close to, equal to and far from the seed corpus titles. */
export const CITED_TITLES = [
  '“十四五”兰州经济圈发展规划',
  '“十四五”兰州经济圈规划',
  '十四五兰州经济圈发展规划',
  '“十四五”河西走廊经济带发展规划',
  '甘肃省新材料产业发展规划',
  '甘肃省新材料产业规划',
  '甘肃省强县域行动实施方案（2022—2025年）',
  '甘肃省强县域行动实施方案(2022-2025年)',
  '甘肃省强县域行动实施方案（2021—2025年）',
  '农村人居环境整治提升五年行动方案（2021—2025年）',
  '国家行政机关公文处理办法',
  '中华人民共和国乡村振兴促进法',
  '红楼梦',
  '实施方案',
  '某市数字经济发展规划',
];

export const DOC_NUMBERS = [
  '甘政发〔2021〕9号',
  '甘政办发〔2021〕93号',
  '甘政发【2021】9号',
  '甘政发[2021]09号',
  '金政办发 〔2023〕 66号',
  '金政发〔2023〕066号',
  '安政办发(2024)第8号',
  '安政办发（2024）8号',
  '兰政发〔2024〕 12号',
  '甘政发〔2021〕',
  '〔2021〕9号',
];

export const DATES = [
  '2024年3月5日',
  '二○二四年三月五日',
  '二〇二四年三月十五日',
  '2024.3.5',
  '2024-03-05',
  '2024/3/5',
  '2024年03月05日',
  '2024年13月45日',
  '二○一二年九月二十九日',
];

export const JUNK_LINES = [
  '点击:12',
  '点击：',
  '浏览次数:345',
  '免责声明:本网站所载文章仅供参考',
  '当前位置:首页>政务公开>政策文件',
  '来源:市政府办公室',
  '发布时间:2024-03-05 10:21',
  '文件下载:甘政发〔2021〕9号甘肃省人民政府关于印发某规划的通知.pdf',
  '【打印】',
  '关闭窗口',
  '2013',
  '06/03',
  '21:24',
  '字号:大 中 小',
  '上一篇:关于某事的通知',
  '• 点击:88',
  '---',
];

// ---------------------------------------------------------------------------
// Random Unicode

const SPECIAL_CHARS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u0300',
  '\u0301',
  '\u20dd',
  '\ufe0f',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\u3000',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '😀',
  '👨‍👩‍👧',
  '🇨🇳',
  '𠀀',
  '𪚥',
  '\u{10ffff}',
  '〇',
  '○',
  '—',
  '——',
  '－',
  '～',
  '〜',
  '〔',
  '〕',
  '【',
  '】',
  '《',
  '》',
  '〈',
  '〉',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '（',
  '）',
  '(',
  ')',
  '。',
  '，',
  ',',
  '、',
  '：',
  ':',
  '；',
  ';',
  '！',
  '?',
  '\\',
  '$',
  '$&',
  "$'",
  '$1',
  '{',
  '}',
  '{rule}',
  '[',
  ']',
  '#',
  '## ',
  '<!--',
  '-->',
  '```',
  '|',
  '*',
  '号',
  '年',
  '月',
  '日',
  '第',
  '牵头',
  '配合',
  '责任单位：',
  '专栏',
  '%',
  '一、',
  '（一）',
  '1.',
  '（1）',
  '2025',
  '0',
  '9',
];

const specialChar = fc.constantFrom(...SPECIAL_CHARS);
const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
/** Any UTF-16 code unit: lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Any code point, astral ones included. */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

export const noiseChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: specialChar, weight: 6 },
  { arbitrary: cjkChar, weight: 3 },
  { arbitrary: codeUnit, weight: 2 },
  { arbitrary: codePoint, weight: 2 },
  { arbitrary: fc.constantFrom('a', 'Z', '0', '1', ' ', '.', '-'), weight: 1 },
);

export const noise: fc.Arbitrary<string> = fc.array(noiseChar, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));

/** Text made only of random characters (no grammar at all). */
export const unicodeSoup: fc.Arbitrary<string> = fc.array(noiseChar, { maxLength: 200 }).map((a) => a.join(''));

// ---------------------------------------------------------------------------
// Draft pieces

export type Level = 1 | 2 | 3 | 4;

/** How a heading's number relates to the previous heading of its level. */
export type Numbering = 'next' | 'skip' | 'repeat' | 'restart' | 'random';

export interface HeadingPiece {
  kind: 'heading';
  level: Level;
  /** Index into MARKERS[level]; 0–2 are standard forms. */
  style: number;
  numbering: Numbering;
  randomNumber: number;
  title: string;
  /** Text after the title in the same paragraph: `。正文…（A牵头）` or a clause only. */
  tail: string;
  /** Markdown `#` prefix depth (0 = none). */
  markdown: number;
}

export interface LinesPiece {
  kind: 'lines';
  lines: string[];
}

export type Piece = HeadingPiece | LinesPiece;

/** Marker templates per level ({n} is the number). The first three are standard. */
export const MARKERS: Record<Level, string[]> = {
  1: ['{n}、', '{n}、', '{n}、', '{n}.', '{n}．', '{n}，', '{n} 、', '{n}：', '{n},'],
  2: ['（{n}）', '({n})', '（{n}）', '（{n}）、', '({n}).', '{n})', '（ {n} ）', '({n}）'],
  3: ['{n}.', '{n}．', '{n}.', '{n}、', '{n}，', '{n}:', '{n} .', '{n};'],
  4: ['（{n}）', '({n})', '（{n}）', '{n})', '（{n}）、', '{n}）', '( {n} )'],
};

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三, 100 → 一百. */
export function chineseNumber(n: number): string {
  if (n <= 0) return '〇';
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + CN_DIGITS[n - 10];
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + CN_DIGITS[n % 10];
  return '一百';
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const unit = pick(UNITS);
const smallNumber = fc.integer({ min: 1, max: 99 });

export const clause: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(unit, unit, unit).map(([a, b, c]) => `（${a}牵头，${b}、${c}配合）`),
  fc.tuple(unit, unit).map(([a, b]) => `（${a}牵头，${b}配合）`),
  fc.tuple(unit, unit).map(([a, b]) => `（${a}牵头、${b}配合）`),
  unit.map((a) => `（${a}牵头）`),
  fc.tuple(unit, unit).map(([a, b]) => `（责任单位：${a}、${b}）`),
  fc.tuple(unit, unit).map(([a, b]) => `(${a}、${b}配合)`),
  fc.tuple(unit, unit, unit).map(([a, b, c]) => `（牵头单位：${a}；配合单位：${b}、${c}）`),
  unit.map((a) => `（${a}负责）`),
  fc.tuple(unit, unit).map(([a, b]) => `（${a}、${b}按职责分工负责）`),
  unit.map((a) => `（${a}牵头，${a}、${a}配合）`),
  fc.tuple(unit, unit).map(([a, b]) => `（${a}，${b}配合）`),
  fc.tuple(unit, unit).map(([a, b]) => `(${a}牵头,${b}配合)`),
  unit.map((a) => `（责任单位:${a}`),
);

export const docNumber = pick(DOC_NUMBERS);
export const citedTitle = pick(CITED_TITLES);

export const citation: fc.Arbitrary<string> = fc.oneof(
  citedTitle.map((t) => `根据《${t}》`),
  fc.tuple(citedTitle, docNumber).map(([t, n]) => `《${t}》（${n}）`),
  fc.tuple(citedTitle, docNumber).map(([t, n]) => `《${t}》(${n})`),
  fc.tuple(citedTitle, docNumber).map(([t, n]) => `${n}《${t}》`),
  fc.tuple(citedTitle, citedTitle).map(([a, b]) => `《${a}》、《${b}》`),
  fc.tuple(citedTitle, citedTitle).map(([a, b]) => `《${a}》《${b}》`),
  citedTitle.map((t) => `《${t}（以下简称《规划》）`),
  citedTitle.map((t) => `《${t}》（以下简称《规划》）`),
  citedTitle.map((t) => `《${t}`),
  citedTitle.map((t) => `${t}》`),
  citedTitle.map((t) => `《《${t}》》`),
  citedTitle.map((t) => `《关于转发《${t}》的通知》`),
  citedTitle.map((t) => `〔2021《${t}》`),
  citedTitle.map((t) => `《》${t}`),
);

export const date = pick(DATES);

const targetItem: fc.Arbitrary<string> = fc
  .tuple(pick(TARGET_ITEMS), smallNumber)
  .map(([t, n]) => t.replace('{n}', String(n)));

export const sentence: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(TASK_SENTENCES), weight: 6 },
  { arbitrary: fc.tuple(citation, pick(TASK_SENTENCES)).map(([c, s]) => `${c}，${s}`), weight: 2 },
  { arbitrary: targetItem, weight: 1 },
  { arbitrary: fc.tuple(date, pick(TASK_SENTENCES)).map(([d, s]) => `${d}前，${s}`), weight: 1 },
  { arbitrary: fc.constantFrom('“加强管理。', '”加强管理。', '"一网通办"。', "'放管服'。", '（此件公开发布）'), weight: 1 },
);

const body: fc.Arbitrary<string> = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((a) => a.join(''));

export const title: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(PLACES), pick(TOPICS), pick(DOC_KINDS)).map(([p, t, k]) => `${p}${t}${k}`),
  fc.tuple(pick(PLACES), pick(TOPICS), pick(PERIODS)).map(([p, t, y]) => `${p}${t}规划${y}`),
  fc.tuple(pick(PLACES), pick(TOPICS), pick(DOC_KINDS)).map(([p, t, k]) => `关于印发《${p}${t}${k}》的通知`),
  fc.tuple(pick(PLACES), pick(TOPICS), pick(DOC_KINDS)).map(([p, t, k]) => `${p}人民政府办公室关于印发${p}${t}${k}的通知`),
  fc.tuple(pick(TOPICS), pick(DOC_KINDS)).map(([t, k]) => `XX市${t}${k}`),
  fc.constantFrom('金昌市人民政府关于金昌经济技术开发区化工产业集中区总体规划(2021—2035年)的批复', '关于加快发展的意见', '某某'),
);

/** A title, sometimes broken over two or three lines. */
const titleLines: fc.Arbitrary<string[]> = fc
  .tuple(title, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }))
  .map(([t, a, b, breaks]) => {
    if (breaks <= 1 || t.length < 4) return [t];
    const i = 1 + (a % (t.length - 2));
    if (breaks === 2) return [t.slice(0, i), t.slice(i)];
    const j = i + 1 + (b % Math.max(1, t.length - i - 1));
    return [t.slice(0, i), t.slice(i, j), t.slice(j)].filter((s) => s.length > 0);
  });

const addressee = fc.constantFrom(
  '各县区人民政府，市政府各部门：',
  '各乡镇人民政府,县直各部门:',
  '各市、自治州人民政府，省政府各部门',
  '市直有关单位：',
);

const attachment = fc.constantFrom(
  '附件：1.某市实施方案',
  '附件:某市实施方案。',
  '附件：某市实施方案',
  '附件：1.某市实施方案\n      2.某市工作方案',
  '附件：某市实施方案\n      某市工作方案',
);

const signature = fc.constantFrom('兰州市人民政府办公室', '安平县人民政府', '甘肃省发展和改革委员会', '中共某市委办公室');

const lines = (...ls: string[]): LinesPiece => ({ kind: 'lines', lines: ls.flatMap((l) => l.split('\n')) });

/** The header of a notice or plan: title, 发文字号, 主送机关, 附件说明, 落款, 成文日期 in some order. */
export const header: fc.Arbitrary<Piece[]> = fc
  .record({
    title: titleLines,
    number: fc.option(docNumber, { nil: undefined }),
    addressee: fc.option(addressee, { nil: undefined }),
    lead: fc.option(
      fc.tuple(citedTitle, fc.constantFrom('印发给你们，请认真贯彻执行。', '印发给你们，请结合实际认真组织实施')).map(([t, s]) => `现将《${t}》${s}`),
      { nil: undefined },
    ),
    attachment: fc.option(attachment, { nil: undefined }),
    signature: fc.option(signature, { nil: undefined }),
    date: fc.option(date, { nil: undefined }),
    publicity: fc.option(fc.constantFrom('（此件公开发布）', '(此件公开发布)'), { nil: undefined }),
  })
  .map((h) => {
    const out: Piece[] = [lines(...h.title)];
    if (h.number) out.push(lines(h.number));
    if (h.addressee) out.push(lines(h.addressee));
    if (h.lead) out.push(lines('　　' + h.lead));
    if (h.attachment) out.push(lines(h.attachment));
    if (h.signature) out.push(lines(h.signature));
    if (h.date) out.push(lines(h.date));
    if (h.publicity) out.push(lines(h.publicity));
    return out;
  });

const numbering: fc.Arbitrary<Numbering> = fc.oneof(
  { arbitrary: fc.constant<Numbering>('next'), weight: 12 },
  { arbitrary: fc.constantFrom<Numbering>('skip', 'repeat', 'restart', 'random'), weight: 1 },
);

const markerStyle = (level: Level) =>
  fc.oneof({ arbitrary: fc.integer({ min: 0, max: 2 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: MARKERS[level].length - 1 }), weight: 1 });

export function heading(level: Level, tail: fc.Arbitrary<string> = fc.constant('')): fc.Arbitrary<HeadingPiece> {
  return fc
    .record({
      style: markerStyle(level),
      numbering,
      randomNumber: fc.integer({ min: 1, max: 120 }),
      title: pick(SECTION_TITLES),
      tail,
      markdown: fc.oneof({ arbitrary: fc.constant(0), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 1 }),
    })
    .map((h) => ({ kind: 'heading' as const, level, ...h }));
}

/** Text after a heading title: nothing, an inline body, a clause, both. */
const headingTail: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  { arbitrary: body.map((b) => `。${b}`), weight: 3 },
  { arbitrary: fc.tuple(body, clause).map(([b, c]) => `。${b}${c}`), weight: 3 },
  { arbitrary: clause, weight: 1 },
  { arbitrary: fc.tuple(body, clause).map(([b, c]) => `。${b}${c}。`), weight: 1 },
);

/** Body paragraphs, hard-wrapped sometimes, with an optional clause at the end or on its own line. */
const paragraph: fc.Arbitrary<LinesPiece> = fc
  .tuple(body, fc.option(clause, { nil: undefined }), fc.integer({ min: 0, max: 4 }), fc.nat(), fc.constantFrom('　　', '', '  ', '\t'))
  .map(([b, c, shape, cut, indent]) => {
    const text = b + (c && shape !== 1 ? c : '');
    const ls = shape === 2 && text.length > 4 ? [text.slice(0, 2 + (cut % (text.length - 3))), text.slice(2 + (cut % (text.length - 3)))] : [text];
    if (c && shape === 1) ls.push(c);
    return lines(...ls.map((l, i) => (i === 0 ? indent + l : l)));
  });

const standaloneClause: fc.Arbitrary<LinesPiece> = clause.map((c) => lines(c));

/** A target section: heading, lead-in, `——` bullets quantified and vague, maybe a 2035 paragraph. */
const targetSection: fc.Arbitrary<Piece[]> = fc
  .tuple(
    heading(2, fc.constant('')).map((h) => ({ ...h, title: '工作目标' })),
    fc.constantFrom('到2025年，主要目标如下：', '“十四五”时期，努力实现以下目标：', '全县农村人居环境显著改善。', ''),
    fc.array(fc.tuple(fc.constantFrom('——', '—', '-', '•', ''), targetItem), { maxLength: 5 }),
    fc.option(fc.constantFrom('展望2035年，基本实现社会主义现代化。', '到2035年，远景目标全面实现。'), { nil: undefined }),
  )
  .map(([h, lead, items, vision]) => {
    const out: Piece[] = [h];
    if (lead) out.push(lines('　　' + lead));
    for (const [bullet, item] of items) out.push(lines(bullet + item));
    if (vision) out.push(lines(vision));
    return out;
  });

/** A 专栏 with numbered entries (their own numbering scope), sometimes with sub-entries. */
const box: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.constantFrom('专栏1 重点项目', '专栏一：主要指标', '专栏2  重大工程', '专栏 3', '专栏十、发展目标'),
    fc.array(fc.tuple(heading(3, fc.constant('')), fc.array(heading(4, body.map((b) => `。${b}`)), { maxLength: 2 })), { maxLength: 3 }),
    fc.option(fc.constantFrom('注：带*的为约束性指标。', '说明:数据来源于统计局'), { nil: undefined }),
    fc.array(targetItem.map((t) => lines(t)), { maxLength: 2 }),
  )
  .map(([t, entries, note, plain]) => {
    const out: Piece[] = [lines(t), ...plain];
    for (const [e, subs] of entries) out.push({ ...e, numbering: 'next' }, ...subs);
    if (note) out.push(lines(note));
    return out;
  });

const junk: fc.Arbitrary<LinesPiece> = pick(JUNK_LINES).map((l) => lines(l));

const markdownBits: fc.Arbitrary<LinesPiece> = fc.constantFrom(
  lines('<!-- policylint-disable-next-line heading-style -->'),
  lines('<!-- policylint-disable-next-line -->'),
  lines('```', '一、代码里的标题', '```'),
  lines('- 列表项，（市商务局牵头）'),
  lines('> 引用：《“十四五”兰州经济圈规划》'),
  lines('| 指标 | 2025年 |', '| --- | --- |', '| 城镇化率 | 60% |'),
  lines('**加强组织领导。**'),
);

const misc: fc.Arbitrary<LinesPiece> = fc.oneof(
  fc.tuple(date).map(([d]) => lines(d)),
  docNumber.map((n) => lines(n)),
  citation.map((c) => lines(c + '。')),
  fc.constantFrom(
    lines('（此件公开发布）'),
    lines(''),
    lines('', ''),
    lines('　　'),
    lines('安平县人民政府办公室', '2024年3月15日'),
    lines('规划期为2021—2025年，展望到2035年。'),
    lines('各乡镇人民政府,县直各部门:'),
    lines('附件:1.某市实施方案。'),
  ),
);

/** Level-3 items under a level-2 heading, with clauses, sub-items, standalone group clauses. */
const items: fc.Arbitrary<Piece[]> = fc
  .array(
    fc.tuple(
      heading(3, headingTail),
      fc.array(fc.oneof({ arbitrary: paragraph, weight: 3 }, { arbitrary: heading(4, headingTail), weight: 1 }), { maxLength: 2 }),
    ),
    { maxLength: 4 },
  )
  .chain((list) =>
    fc.option(standaloneClause, { nil: undefined, freq: 3 }).map((group) => {
      const out: Piece[] = list.flatMap(([h, rest]) => [h, ...rest]);
      if (group) out.push(group);
      return out;
    }),
  );

const level2Section: fc.Arbitrary<Piece[]> = fc.oneof(
  { arbitrary: fc.tuple(heading(2, headingTail), fc.array(paragraph, { maxLength: 2 }), items).map(([h, ps, is]) => [h, ...ps, ...is]), weight: 5 },
  { arbitrary: targetSection, weight: 2 },
  { arbitrary: box, weight: 1 },
);

/** Anything at all, in the wrong place: makes level jumps, stray junk, Markdown. */
const stray: fc.Arbitrary<Piece[]> = fc.oneof(
  junk.map((p) => [p]),
  markdownBits.map((p) => [p]),
  misc.map((p) => [p]),
  heading(4, headingTail).map((h) => [h]),
  heading(3, headingTail).map((h) => [h]),
);

const level1Section: fc.Arbitrary<Piece[]> = fc
  .tuple(
    heading(1, fc.oneof({ arbitrary: fc.constant(''), weight: 5 }, { arbitrary: headingTail, weight: 1 })),
    fc.array(paragraph, { maxLength: 1 }),
    fc.array(fc.oneof({ arbitrary: level2Section, weight: 5 }, { arbitrary: stray, weight: 1 }), { maxLength: 3 }),
  )
  .map(([h, ps, subs]) => [h, ...ps, ...subs.flat()]);

/** One document: a header (or just a title), a preamble, chapters. */
export const documentPieces: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.oneof({ arbitrary: header, weight: 3 }, { arbitrary: titleLines.map((t) => [lines(...t)]), weight: 3 }, { arbitrary: fc.constant([] as Piece[]), weight: 1 }),
    fc.array(paragraph, { maxLength: 2 }),
    fc.array(fc.oneof({ arbitrary: level1Section, weight: 6 }, { arbitrary: stray, weight: 1 }), { maxLength: 4 }),
    fc.option(fc.tuple(signature, date).map(([s, d]) => lines(s, d)), { nil: undefined }),
  )
  .map(([h, pre, chapters, end]) => [...h, ...pre, ...chapters.flat(), ...(end ? [end] : [])]);

// ---------------------------------------------------------------------------
// Assembly

export type EolMode = '\n' | '\r\n' | '\r' | 'mixed';

export interface DraftSpec {
  documents: Piece[][];
  bom: boolean;
  eol: EolMode;
  /** Per-line choices for mixed line endings (cycled). */
  mixedEols: string[];
  /** Punctuation width of the whole draft: as written, all full-width, all half-width. */
  width: LineEdit['width'];
  /** Line-level transforms: width flips and noise insertions (line index modulo the line count). */
  lineEdits: LineEdit[];
  /** Noise inserted into the assembled text at these positions (modulo its length). */
  inserts: Array<[number, string]>;
  /** Numbering of lower levels runs on across parents instead of restarting. */
  runOn: boolean;
  /** The last line ends with a line break. */
  trailingEol: boolean;
  /** Keep only a slice of the assembled text (cut mid-character, mid-line). */
  cut?: [number, number];
}

export interface LineEdit {
  line: number;
  width: 'keep' | 'full' | 'half';
  noise?: [number, string];
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', '.': '．' };
const FULL_TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));

function flipWidth(line: string, width: LineEdit['width']): string {
  if (width === 'full') return line.replace(/[,:;()?!]/g, (c) => HALF_TO_FULL[c]);
  if (width === 'half') return line.replace(/[，：；（）？！]/g, (c) => FULL_TO_HALF[c]);
  return line;
}

function renderHeadings(pieces: Piece[], runOn: boolean): string[] {
  const counters: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const out: string[] = [];
  for (const p of pieces) {
    if (p.kind === 'lines') {
      out.push(...p.lines);
      continue;
    }
    let n: number;
    switch (p.numbering) {
      case 'next':
        n = counters[p.level] + 1;
        break;
      case 'skip':
        n = counters[p.level] + 2;
        break;
      case 'repeat':
        n = Math.max(1, counters[p.level]);
        break;
      case 'restart':
        n = 1;
        break;
      default:
        n = p.randomNumber;
    }
    counters[p.level] = n;
    if (!runOn) for (let l = p.level + 1; l <= 4; l++) counters[l as Level] = 0;
    const numberText = p.level <= 2 ? chineseNumber(n) : String(n);
    const marker = MARKERS[p.level][p.style % MARKERS[p.level].length].replace('{n}', numberText);
    const prefix = p.markdown ? '#'.repeat(p.markdown) + ' ' : '';
    out.push(prefix + marker + p.title + p.tail);
  }
  return out;
}

/** Renders a spec to the draft text. */
export function renderDraft(spec: DraftSpec): string {
  const rendered = spec.documents.flatMap((d) => renderHeadings(d, spec.runOn)).flatMap((l) => l.split('\n'));
  const edited = rendered.map((line) => (spec.width === 'keep' ? line : flipWidth(line, spec.width)));
  for (const edit of spec.lineEdits) {
    if (!edited.length) break;
    const i = edit.line % edited.length;
    let l = flipWidth(edited[i], edit.width);
    if (edit.noise) {
      const at = edit.noise[0] % (l.length + 1);
      l = l.slice(0, at) + edit.noise[1] + l.slice(at);
    }
    edited[i] = l;
  }
  let text = '';
  edited.forEach((line, i) => {
    if (i > 0) {
      text += spec.eol === 'mixed' ? (spec.mixedEols.length ? spec.mixedEols[i % spec.mixedEols.length] : '\n') : spec.eol;
    }
    text += line;
  });
  if (edited.length && spec.trailingEol) text += spec.eol === 'mixed' ? (spec.mixedEols[0] ?? '\n') : spec.eol;
  for (const [pos, s] of spec.inserts) {
    const at = pos % (text.length + 1);
    text = text.slice(0, at) + s + text.slice(at);
  }
  if (spec.cut) {
    const [a, b] = spec.cut;
    const from = a % (text.length + 1);
    text = text.slice(from, from + (b % (text.length - from + 1)));
  }
  return (spec.bom ? '\uFEFF' : '') + text;
}

const widthMode = fc.oneof({ arbitrary: fc.constant<'keep'>('keep'), weight: 6 }, { arbitrary: fc.constantFrom<'full' | 'half'>('full', 'half'), weight: 1 });

const lineEdit: fc.Arbitrary<LineEdit> = fc.record(
  {
    line: fc.nat(),
    width: fc.oneof({ arbitrary: fc.constant<'keep'>('keep'), weight: 6 }, { arbitrary: fc.constantFrom<'full' | 'half'>('full', 'half'), weight: 1 }),
    noise: fc.option(fc.tuple(fc.nat(), noise), { nil: undefined, freq: 3 }),
  },
  { requiredKeys: ['line', 'width'] },
);

export interface DraftOptions {
  /** Maximum number of documents in one file. */
  maxDocuments?: number;
  /** How much random Unicode to salt the draft with: none, a little (default), a lot. */
  noise?: 'none' | 'some' | 'heavy';
}

export function draftSpec(options: DraftOptions = {}): fc.Arbitrary<DraftSpec> {
  const level = options.noise ?? 'some';
  const inserts =
    level === 'none'
      ? fc.constant<Array<[number, string]>>([])
      : fc.array(fc.tuple(fc.nat(), noise), { maxLength: level === 'heavy' ? 12 : 2 });
  const edits = level === 'none' ? fc.constant<LineEdit[]>([]) : fc.array(lineEdit, { maxLength: level === 'heavy' ? 20 : 6 });
  return fc.record(
    {
      documents: fc.array(documentPieces, { minLength: 1, maxLength: options.maxDocuments ?? 2 }),
      bom: fc.boolean(),
      eol: fc.constantFrom<EolMode>('\n', '\n', '\r\n', '\r', 'mixed'),
      mixedEols: fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r\n'), { minLength: 1, maxLength: 5 }),
      width: widthMode,
      lineEdits: edits,
      inserts,
      runOn: fc.boolean(),
      trailingEol: fc.boolean(),
      cut: level === 'none' ? fc.constant(undefined) : fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined, freq: 8 }),
    },
    { requiredKeys: ['documents', 'bom', 'eol', 'mixedEols', 'width', 'lineEdits', 'inserts', 'runOn', 'trailingEol'] },
  );
}

/** Random drafts as text. */
export function draft(options: DraftOptions = {}): fc.Arbitrary<string> {
  return draftSpec(options).map(renderDraft);
}

/** Drafts as they reach the linter: grammar drafts mostly, sometimes pure Unicode soup. */
export function anyText(options: DraftOptions = {}): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: draft(options), weight: 9 }, { arbitrary: unicodeSoup, weight: 1 });
}
