/**
 * The unit lexicon (curated data in ../data/units.json plus the user's own list)
 * and the table of outdated agency names (../data/outdated-units.json).
 *
 * A name is known when the lexicon has it, or has the same body under another
 * jurisdiction: the body is the name after its jurisdiction prefix (省, 市, 县 …,
 * or a place name ending in 省/市/州/县/区), so 县农业农村局 is known because
 * 市农业农村局 is.
 */
import unitData from '../data/units.json';
import outdatedData from '../data/outdated-units.json';
import { bigrams, dice, editDistance } from '../text/similarity';
import { BoundedMemo } from '../memo';

type Level = 'province' | 'city' | 'county';

interface OutdatedEntry {
  pattern: string;
  replacement: string;
  reform: string;
  since: string;
  confidence: 'certain' | 'likely';
  note: string;
  exact?: boolean;
  except?: string[];
  levels?: string[];
  onlyIfContains?: string[];
  replacementByLevel?: Partial<Record<string, string>>;
}

interface UnitEntry {
  name: string;
  aliases?: string[];
  level?: string;
  status?: string;
}

export interface OutdatedMatch {
  /** The outdated part of the name (e.g. 环保局). */
  pattern: string;
  /** The current name for the same level (e.g. 生态环境局). */
  replacement: string;
  /** The whole name with the outdated part replaced. */
  suggestedName: string;
  reform: string;
  since: string;
  confidence: 'certain' | 'likely';
  note: string;
}

const data = unitData as unknown as {
  jurisdictionPrefixes: string[];
  prefixLevels: Record<string, string>;
  provinceShortNames: string[];
  units: UnitEntry[];
  generic: string[];
};
const outdated = (outdatedData as unknown as { entries: OutdatedEntry[] }).entries
  .slice()
  .sort((a, b) => b.pattern.length - a.pattern.length);
/** Entries by the last character of their pattern (a name can only match those ending like it). */
const outdatedByLast = new Map<string, OutdatedEntry[]>();
for (const e of outdated) {
  const last = e.pattern[e.pattern.length - 1];
  outdatedByLast.set(last, [...(outdatedByLast.get(last) ?? []), e]);
}

const PREFIXES = [...data.jurisdictionPrefixes].sort((a, b) => b.length - a.length);
const PLACE = /^([\u4e00-\u9fff]{2,8}?)(自治区|自治州|自治县|自治旗|省|市|州|盟|县|旗|区)([\u4e00-\u9fff(（].+)$/;
const PLACE_LEVEL: Record<string, Level> = {
  自治区: 'province', 省: 'province', 自治州: 'city', 市: 'city', 州: 'city', 盟: 'city',
  自治县: 'county', 县: 'county', 自治旗: 'county', 旗: 'county', 区: 'county',
};

/** Names remembered per lexicon and question before the memo starts afresh. */
const MEMO_LIMIT = 10000;

/**
 * The departments of a jurisdiction as a whole, at any level: 区直各有关部门,
 * 县政府各部门, 市级相关单位, 区直各执法部门 (the lexicon lists some such forms
 * verbatim; this is the pattern they share).
 */
const JURISDICTION_COLLECTIVE = /^(?:省|自治区|市|州|盟|县|区|旗)(?:直|政府|级)(?:各|有关|相关){0,2}(?:行政执法|执法|职能|行业主管|主管)?(?:部门|单位)(?:、单位|和单位)?$/;

/**
 * The Party committee's departments and a jurisdiction's own enterprises as a whole:
 * 县委各部门, 市委有关部门, 县属国有企业, 市属企业.
 */
const PARTY_OR_STATE_COLLECTIVE = /^(?:省|自治区|市|州|盟|县|区|旗)(?:委(?:各|有关|相关){1,2}部门|(?:属|直属)(?:各|有关|相关)?(?:国有)?企业)$/;

/**
 * The central and provincial units stationed in a place, as a whole: 中央和省驻酒有关单位,
 * 中省驻市有关单位, 中央驻甘单位, 省驻天水各单位 (the place is a one-character short name
 * or a name of two or three).
 */
const STATIONED_UNITS = /^(?:中央和省|中央及省|中央、省|中省|中央|省)(?:属)?驻[\u4e00-\u9fff]{1,3}(?:各|有关|相关){0,2}(?:单位|部门|机构)$/;

/**
 * The township units of a county as a whole: 各乡镇卫生院, 乡镇派出所, 各镇司法所 — a
 * known 镇 unit named for every township (镇卫生院 is one, 各乡镇卫生院 all of them).
 */
const TOWNSHIP_COLLECTIVE = /^各?(?:乡镇|乡\(镇\)|镇\(乡\)|镇|乡)(.{2,})$/;

/** The members of a committee or group as a whole: 省老龄委各成员单位, 领导小组成员单位. */
const MEMBER_UNITS = /^[\u4e00-\u9fff()]{2,24}?(?:各)?成员单位$/;

const DOUBLED_PREFIX = /^(省省|市市(?!场)|州州|县县|区区)/;

/**
 * Units named after a place that no list can hold: the local branch of the state
 * grid (国网河阳供电公司, 国网甘肃省电力公司兰州供电公司), public-security, traffic-police
 * and fire-rescue branches, the local tax bureaus of the State Taxation Administration,
 * the branches of the state telecom and postal companies, customs offices, the survey
 * teams of the statistics bureau, the branches of the central bank and of the financial
 * regulator, and township governments and street offices.
 */
const PLACE_NAMED_UNIT_FORMS = [
  '国网[\\u4e00-\\u9fff]{1,12}(供电公司|供电分公司|电力公司)',
  // 区公安分局, 公安东山分局, 市公安局东山分局
  '[\\u4e00-\\u9fff]{0,6}公安(局)?[\\u4e00-\\u9fff]{0,6}分局',
  // 区交警大队, 市公安局交通警察支队西固大队, 区消防救援大队
  '[\\u4e00-\\u9fff]{0,12}(交警|交通警察|消防救援)(支队|大队)([\\u4e00-\\u9fff]{1,6}大队)?',
  // 国家税务总局兰州市西固区税务局
  '国家税务总局[\\u4e00-\\u9fff]{2,16}税务局',
  // 中国移动兰州分公司, 中国铁塔天水分公司
  '中国(移动|联通|电信|铁塔|邮政)[\\u4e00-\\u9fff]{0,10}(分公司|公司)',
  // 天水海关, 兰州中川机场海关
  '[\\u4e00-\\u9fff]{2,8}海关',
  // 国家统计局天水调查队, 人民银行天水市分行, 国家金融监督管理总局天水监管分局
  '国家统计局[\\u4e00-\\u9fff]{2,12}调查队',
  '(中国)?(人民银行|人行)[\\u4e00-\\u9fff]{2,12}(分行|支行|营业管理部)',
  '国家金融监督管理总局[\\u4e00-\\u9fff]{2,12}(监管局|监管分局|监管支局)',
  // The offices of the financial regulator below a province, in the short form documents
  // use: 酒泉金融监管分局 (国家金融监督管理总局酒泉监管分局), 会宁金融监管支局
  '[\\u4e00-\\u9fff]{2,8}金融监管(分局|支局)',
  // The National Energy Administration's offices: 国家能源局甘肃监管办, 甘肃能源监管办, 西北能源监管局
  '国家能源局[\\u4e00-\\u9fff]{2,6}监管(办|办公室|局)',
  '[\\u4e00-\\u9fff]{2,6}能源监管(办|办公室|局)',
  // Civil aviation regulators: 民航甘肃监管局, 中国民用航空甘肃安全监督管理局, 民航西北地区管理局
  '(民航|中国民用航空)[\\u4e00-\\u9fff]{2,6}(安全监督管理局|监管局|地区管理局)',
  // Military sub-districts and garrisons: 张掖军分区, 兰州警备区
  '[\\u4e00-\\u9fff]{2,6}(军分区|警备区)',
  // National-park administrations and their branches: 祁连山国家公园张掖分局,
  // 祁连山国家公园甘肃省管理局张掖分局, 大熊猫国家公园甘肃省管理局
  '[\\u4e00-\\u9fff]{2,8}国家公园[\\u4e00-\\u9fff]{0,12}(管理局|分局|管理分局|管理站|保护站)',
  // Numbered public hospitals: 市第一人民医院, 天水市第二人民医院 (市人民医院 is in the data)
  '[\\u4e00-\\u9fff]{1,8}?第[一二三四五六七八九十]{1,3}人民医院',
  // The law-enforcement teams of the 2019 reform, named by field: 市农业综合行政执法支队,
  // 县农业综合行政执法大队, 市卫生健康综合监督执法局 (县综合行政执法局 is in the data)
  '[\\u4e00-\\u9fff]{0,8}?(农业|农业农村|市场监管|市场监督管理|生态环境保护|生态环境|交通运输|文化市场|文化和旅游|城市管理|应急管理|自然资源|水利|卫生健康)综合(行政|监督)?执法(总队|支队|大队|局)',
  // Rural banks and credit co-operatives, named by their county: 县农商银行,
  // 甘肃会宁农村商业银行股份有限公司, 会宁县农村信用合作联社
  '[\\u4e00-\\u9fff]{1,10}(农商银行|农村商业银行|农村信用合作联社|农村信用联社|农信社|村镇银行)(股份有限公司)?',
  // The branches of commercial and policy banks: 甘肃银行酒泉分行, 中国农业银行会宁县支行, 农发行天水市分行
  '([\\u4e00-\\u9fff]{2,10}银行|农行|工行|建行|中行|交行|农发行)[\\u4e00-\\u9fff]{2,8}(分行|支行)',
  // The industry centres of a county (事业单位): 县中药材产业发展中心, 市茶产业发展服务中心
  '[\\u4e00-\\u9fff]{1,10}产业发展(服务)?中心',
  // The armed police: 武警四川省总队, 武警宜宾支队
  '武警[\\u4e00-\\u9fff]{2,8}(总队|支队|大队)',
  // Universities and colleges a plan gives tasks: 宜宾学院, 四川轻化工大学宜宾校区, 某市职业技术学院
  '[\\u4e00-\\u9fff]{2,12}(大学|学院)([\\u4e00-\\u9fff]{2,6}校区)?',
  // Insurers' branches: 人保财险会宁支公司, 中国人寿天水分公司
  '[\\u4e00-\\u9fff]{2,10}(财险|寿险|保险|人寿)[\\u4e00-\\u9fff]{2,8}(分公司|中心支公司|支公司)',
  // The township stations of a county bureau: 城关市场监管所, 沙河镇司法所
  '[\\u4e00-\\u9fff]{2,8}(市场监管所|市场监督管理所|司法所|财政所|自然资源所)',
  // The township governments and street offices a county plan names: 沙河镇人民政府, 城关街道办事处
  '[\\u4e00-\\u9fff]{2,6}(镇|乡)(人民政府|政府)',
  '[\\u4e00-\\u9fff]{2,6}街道(办事处)?',
];
const PLACE_NAMED_UNIT = new RegExp(`^(?:${PLACE_NAMED_UNIT_FORMS.join('|')})$`);

/**
 * A department's own offices, named without a jurisdiction (its 工作要点 assigns them):
 * 法规科, 耕地保护监督科, 执法监察支队, 机关党委. No lexicon can list them.
 */
const INTERNAL_BODY = /^(?:[\u4e00-\u9fff]{1,14}(?:科|股|处|室|支队|大队)|机关(?:党委|纪委|工会|党总支))$/;

/**
 * The branch a city bureau keeps in a county, named by the county: 市生态环境局临泽分局,
 * 市自然资源局甘州分局. Known when the bureau before the place name is.
 */
const BUREAU_BRANCH = /^(.{3,12}?局)([\u4e00-\u9fff]{2,4}?)(?:县|区)?分局$/;

/** A name and, in brackets after it, the other name of the same body (加挂牌子). */
const PLAQUE = /^([^()]{3,})\(([^()]{3,})\)$/;

/** Normalised form used for every comparison: no spaces, half-width brackets. */
export function normalizeUnit(name: string): string {
  return name.replace(/[ \u3000\u00a0]+/g, '').replace(/[（〔]/g, '(').replace(/[）〕]/g, ')').replace(/^中共/, '');
}

/** The name, and the name without each way its jurisdiction prefix can be read. */
export function unitBodies(name: string): string[] {
  const n = normalizeUnit(name);
  const out = [n];
  const prefix = PREFIXES.find((p) => n.startsWith(p) && n.length > p.length + 1);
  if (prefix) out.push(n.slice(prefix.length));
  const place = PLACE.exec(n);
  if (place && place[3].length >= 2) out.push(place[3]);
  const short = data.provinceShortNames.find((p) => n.startsWith(p) && n.length > p.length + 1);
  if (short) out.push(n.slice(short.length).replace(/^省/, ''));
  return out;
}

/**
 * A vertical unit's head office written one way: 中国人民银行 and 人行 are 人民银行;
 * 国家金融监督管理总局酒泉监管分局 is 酒泉金融监管分局 and 国家税务总局天水市税务局 天水市
 * 税务局, the short forms documents use.
 */
const VERTICAL_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:中国人民银行|人行)(?=.)/, '人民银行'],
  [/^国家金融监督管理总局(.{2,12}?)监管(局|分局|支局)$/, '$1金融监管$2'],
  [/^国家税务总局(.{2,16}税务局)$/, '$1'],
];

function verticalForm(n: string): string {
  return VERTICAL_FORMS.reduce((s, [re, to]) => s.replace(re, to), n);
}

/** What stands before a name's body: a jurisdiction prefix, a place name, or nothing. */
function prefixOf(name: string, body: string): string {
  return name.slice(0, name.length - body.length);
}

/** A prefix that is a jurisdiction and nothing else (市, 自治州), or none. */
function isJurisdiction(prefix: string): boolean {
  return prefix === '' || PREFIXES.includes(prefix);
}

/** The name after its jurisdiction prefix (the shortest body unitBodies finds). */
function bodyOf(name: string): string {
  return unitBodies(name).reduce((a, b) => (b.length < a.length ? b : a));
}

function levelOf(name: string): Level | undefined {
  const n = normalizeUnit(name);
  const prefix = PREFIXES.find((p) => n.startsWith(p));
  if (prefix) return (data.prefixLevels[prefix] as Level) ?? undefined;
  const place = PLACE.exec(n);
  if (place) return PLACE_LEVEL[place[2]];
  if (data.provinceShortNames.some((p) => n.startsWith(p))) return 'province';
  return undefined;
}

/**
 * 厅 names a department of a province only: a city's or a county's is a 局 (市教育局,
 * 县应急管理局). 办公厅 is not one: 市委办公厅 and 市政府办公厅 are real in large cities.
 */
const PROVINCE_ONLY_SUFFIX = /(?<!办公)厅$/;
const BELOW_PROVINCE: ReadonlySet<Level | undefined> = new Set<Level | undefined>(['city', 'county']);

/** The level a name's first character gives it: 省, 市, 县, 镇 … */
const LEVEL_MARK = /^(?:自治区|自治州|自治县|省|市|州|盟|县|旗|区|镇|乡|街道)/;

/**
 * Whether a suggestion stays at the name's level and in its region: 镇综合行政执法队
 * is not 县综合行政执法局, 鹭州监管分局 not 甘肃监管局.
 */
function sameJurisdiction(name: string, candidate: string): boolean {
  // 各市场监管所 names many units: never one unit of some level (省市场监管局).
  if (name.startsWith('各') && !candidate.startsWith('各')) return false;
  const a = LEVEL_MARK.exec(name)?.[0];
  const b = LEVEL_MARK.exec(candidate)?.[0];
  if (a && b && a !== b) return false;
  const province = data.provinceShortNames.find((p) => candidate.includes(p));
  return province === undefined || name.includes(province);
}

/**
 * Whether a candidate differs from a name as a slip does: one character of the name changed
 * or dropped, characters swapped (市城执法管局), or characters left out (市通信发展办公室 →
 * 市通信发展管理办公室). A name with a word of its own where the candidate has another or
 * none names another body: 市委科技委员会办公室 is not 市委金融委员会办公室, 市减灾委办公室
 * not 市委办公室, 市医疗保障事务中心 not 市医疗保障局.
 */
function differsBySlip(name: string, candidate: string): boolean {
  let p = 0;
  while (p < name.length && p < candidate.length && name[p] === candidate[p]) p++;
  let q = 0;
  while (q < name.length - p && q < candidate.length - p && name[name.length - 1 - q] === candidate[candidate.length - 1 - q]) q++;
  const own = name.slice(p, name.length - q);
  const other = candidate.slice(p, candidate.length - q);
  return own.length <= 1 || [...own].sort().join('') === [...other].sort().join('');
}

export class UnitLexicon {
  private readonly names = new Set<string>();
  private readonly bodies = new Set<string>();
  private readonly generic: Set<string>;
  /** Known full names with their bigrams, for suggestions. */
  /** Names a suggestion may be; `body` is filled the first time a body is compared (suggestByBody). */
  private readonly candidates: Array<{ name: string; grams: Map<string, number>; body: string | undefined }> = [];
  /** An alias → its entry's name, both in vertical form (市法院 → 市中级人民法院, 县人民法院 → 县法院). */
  private readonly aliasNames = new Map<string, string>();
  /**
   * The bodies one unit is written with, as classes (发改委, 发展和改革委员会, 发展改革委):
   * each body → another of its class, up to the class's own (union-find). Only entries whose
   * names differ in their body alone join a class, so that 县卫健委 and 县卫生健康委 are one
   * unit under any jurisdiction.
   */
  private readonly bodyClass = new Map<string, string>();
  /** A class → the body its entries' names have, by level (法院 for a county, 中级人民法院 for a city). */
  private readonly classNames = new Map<string, Map<string, string>>();

  private built = false;

  // A draft names the same few dozen units in clause after clause, and a folder of
  // drafts the same units again: each answer is worked out once per name.
  private readonly known = new BoundedMemo(MEMO_LIMIT, (name) => this.isKnownUncached(name));
  private readonly suggestions = new BoundedMemo(MEMO_LIMIT, (name) => this.suggestUncached(name));
  private readonly outdatedMatches = new BoundedMemo(MEMO_LIMIT, (name) => this.outdatedUncached(name));
  private readonly canonicalNames = new BoundedMemo(MEMO_LIMIT, (name) => this.canonicalUncached(name));

  constructor(private readonly extraUnits: readonly string[] = []) {
    this.generic = new Set(data.generic.map(normalizeUnit));
  }

  /** Built on first use: a draft without clauses never pays for it. */
  private build(): void {
    if (this.built) return;
    this.built = true;
    for (const u of data.units) {
      const current = u.status !== 'outdated';
      this.add(u.name, current);
      const main = verticalForm(normalizeUnit(u.name));
      const mainBody = bodyOf(main);
      // An alias may be the full name of a unit listed by its short form (市工信局 /
      // 市工业和信息化局): a typo in the full name should be offered the full name, never
      // a shorter alias of it.
      for (const a of u.aliases ?? []) {
        this.add(a, current && a.length > u.name.length);
        const alias = verticalForm(normalizeUnit(a));
        if (alias !== main && !this.aliasNames.has(alias)) this.aliasNames.set(alias, main);
        const aliasBody = bodyOf(alias);
        // 兰州高新技术产业开发区管委会 / 兰州高新区管委会, 市城管局 / 市城市管理局 differ before
        // their bodies too: one unit, but no rule for the same body elsewhere.
        if (isJurisdiction(prefixOf(alias, aliasBody)) && isJurisdiction(prefixOf(main, mainBody))) this.joinBodies(aliasBody, mainBody);
      }
    }
    // Each class is written as its entries' names are at the name's level.
    for (const u of data.units) {
      const main = verticalForm(normalizeUnit(u.name));
      const body = bodyOf(main);
      if (!u.level || !isJurisdiction(prefixOf(main, body))) continue;
      const cls = this.bodyClassOf(body);
      let byLevel = this.classNames.get(cls);
      if (!byLevel) this.classNames.set(cls, (byLevel = new Map()));
      if (!byLevel.has(u.level)) byLevel.set(u.level, body);
    }
    for (const u of this.extraUnits) this.add(u, true);
  }

  private bodyClassOf(body: string): string {
    let b = body;
    for (let up = this.bodyClass.get(b); up !== undefined && up !== b; up = this.bodyClass.get(b)) b = up;
    return b;
  }

  private joinBodies(a: string, b: string): void {
    const ca = this.bodyClassOf(a);
    const cb = this.bodyClassOf(b);
    if (ca !== cb) this.bodyClass.set(ca, cb);
  }

  private add(name: string, suggest: boolean): void {
    const n = normalizeUnit(name);
    if (!n) return;
    this.names.add(n);
    for (const b of unitBodies(n)) this.bodies.add(b);
    if (suggest) this.candidates.push({ name: n, grams: bigrams(n), body: undefined });
  }

  /**
   * A collective named by kind (各乡镇人民政府, 有关部门), with its qualifier in any of
   * the usual forms: 有关乡镇人民政府 / 相关乡镇人民政府 / 辖区乡镇人民政府 are 各乡镇人民政府,
   * 市直各相关部门 is 市直相关部门.
   */
  private isGeneric(n: string): boolean {
    // 各 shared by a list (各街道办事处、乡(镇)人民政府): the second item is 各乡(镇)人民政府.
    if (this.generic.has(n) || this.generic.has('各' + n) || JURISDICTION_COLLECTIVE.test(n) || MEMBER_UNITS.test(n)) return true;
    if (PARTY_OR_STATE_COLLECTIVE.test(n) || STATIONED_UNITS.test(n)) return true;
    const township = TOWNSHIP_COLLECTIVE.exec(n);
    if (township && this.names.has('镇' + township[1])) return true;
    const forms = [n.replace(/^(有关|相关|辖区|所在|涉及)/, '各'), n.replace(/各(相关|有关)/, '$1'), n.replace(/^各(相关|有关)?/, ''), n.replace(/^各(相关|有关)/, '各')];
    return forms.some((f) => f !== n && (this.generic.has(f) || this.generic.has('各' + f)));
  }

  isKnown(name: string): boolean {
    return this.known.get(name);
  }

  private isKnownUncached(name: string): boolean {
    this.build();
    const n = normalizeUnit(name);
    if (this.names.has(n) || this.isGeneric(n) || PLACE_NAMED_UNIT.test(n)) return true;
    if (INTERNAL_BODY.test(n) && levelOf(n) === undefined && !PLACE.test(n)) return true;
    // A unit with the plaque it also hangs (市委宣传部(市新闻出版局)), as a sentence names it.
    const plaque = PLAQUE.exec(n);
    if (plaque && this.isKnown(plaque[1]) && this.isKnown(plaque[2])) return true;
    const branch = BUREAU_BRANCH.exec(n);
    if (branch && branch[1] !== n && this.isKnown(branch[1])) return true;
    // A doubled jurisdiction (市市工信委, seed 004:112) is a slip, not another body.
    if (DOUBLED_PREFIX.test(n)) return false;
    if (this.outdated(n) !== undefined) return true;
    // A city or a county has 局 where a province has 厅 (市应急管理厅 is no body; 省应急管理厅 is).
    if (PROVINCE_ONLY_SUFFIX.test(n) && BELOW_PROVINCE.has(levelOf(n))) return false;
    return unitBodies(n).some((b) => this.bodies.has(b));
  }

  /** The closest known name, when one is close enough to be a likely typo. */
  suggest(name: string): string | undefined {
    return this.suggestions.get(name);
  }

  private suggestUncached(name: string): string | undefined {
    this.build();
    const n = normalizeUnit(name);
    if (DOUBLED_PREFIX.test(n) && this.isKnown(n.slice(1))) return n.slice(1);
    if (n.length < 3) return undefined;
    const grams = bigrams(n);
    // One edit in the body under the name's own jurisdiction first (县发展改委 → 县发展
    // 改革委, not the 县发展改革局 whose bigrams score the same), then the nearest name.
    const byBody = this.suggestByBody(n);
    if (byBody) return byBody;
    let best: string | undefined;
    let bestScore = 0;
    for (const c of this.candidates) {
      const score = dice(grams, c.grams);
      if (score > bestScore && sameJurisdiction(n, c.name) && differsBySlip(n, c.name)) {
        bestScore = score;
        best = c.name;
      }
    }
    return bestScore >= 0.6 ? best : undefined;
  }

  /**
   * A typo in the body of a name under another jurisdiction (县发展改委 → 县发展改革委):
   * the known body one edit away, under the name's own prefix, when that name is known.
   */
  private suggestByBody(n: string): string | undefined {
    const body = bodyOf(n);
    if (body === n || body.length < 4) return undefined;
    const prefix = n.slice(0, n.length - body.length);
    let best: string | undefined;
    let bestDistance = 2;
    for (const c of this.candidates) {
      const other = (c.body ??= bodyOf(c.name));
      if (other === body) continue;
      const d = editDistance(body, other, 1);
      if (d < bestDistance) {
        bestDistance = d;
        best = other;
      }
    }
    const suggestion = best === undefined ? undefined : prefix + best;
    return suggestion !== undefined && this.isKnown(suggestion) ? suggestion : undefined;
  }

  /** The outdated-agency entry a name matches (the longest pattern wins). */
  outdated(name: string): OutdatedMatch | undefined {
    return this.outdatedMatches.get(name);
  }

  private outdatedUncached(name: string): OutdatedMatch | undefined {
    const n = normalizeUnit(name);
    if (DOUBLED_PREFIX.test(n)) return undefined;
    const level = levelOf(n);
    const bodies = unitBodies(n);
    for (const e of outdatedByLast.get(n[n.length - 1]) ?? []) {
      if (e.levels && (!level || !e.levels.includes(level))) continue;
      if (e.onlyIfContains && !e.onlyIfContains.some((w) => n.includes(w))) continue;
      if (e.except?.some((x) => n.endsWith(x))) continue;
      const hit = e.exact ? bodies.some((b) => b === e.pattern) : n.endsWith(e.pattern);
      if (!hit) continue;
      const replacement = (level && e.replacementByLevel?.[level]) || e.replacement;
      let kept = n.slice(0, n.length - e.pattern.length);
      // A Party organ succeeds a government office (市政府金融工作办公室 → 市委金融办): the
      // government in the name before the pattern goes, as does a 委 already there.
      if (replacement.startsWith('委')) kept = kept.replace(/(?:(?:人民)?政府|人民|委)$/, '');
      return {
        pattern: e.pattern,
        replacement,
        suggestedName: kept + replacement,
        reform: e.reform,
        since: e.since,
        confidence: e.confidence,
        note: e.note,
      };
    }
    return undefined;
  }

  /**
   * The name with its body written one way for all its spellings (市发改委 and 市发展和改革
   * 委员会 → 市发展改革委, 县人民法院 → 县法院, 中国人民银行天水市分行 → 人民银行天水市分行),
   * so two spellings of one unit in a draft can be told apart from two units. The body is
   * written as the lexicon's entry at the name's level has it (县人民法院 → 县法院, but
   * 市法院 → 市中级人民法院).
   */
  canonical(name: string): string {
    return this.canonicalNames.get(name);
  }

  private canonicalUncached(name: string): string {
    this.build();
    const v = verticalForm(normalizeUnit(name));
    const n = this.aliasNames.get(v) ?? v;
    const body = bodyOf(n);
    const cls = this.bodyClassOf(body);
    const byLevel = this.classNames.get(cls);
    // A name with no level of its own (天水海关) is written as a city's are.
    const written = byLevel?.get(levelOf(n) ?? 'city') ?? byLevel?.get('city') ?? cls;
    return prefixOf(n, body) + written;
  }

  /**
   * The canonical name with its place written as its level (天水市税务局 → 市税务局,
   * 会宁县人民法院 → 县法院), or undefined for a name with no place: in one clause a city
   * plan's 市税务局 and 国家税务总局天水市税务局 are one unit.
   */
  canonicalWithoutPlace(name: string): string | undefined {
    const c = this.canonical(name);
    const place = PLACE.exec(c);
    return place ? this.canonical(place[2] + place[3]) : undefined;
  }

  /** Every known full name (for completion in the editor). */
  allNames(): string[] {
    this.build();
    return [...this.names];
  }
}
