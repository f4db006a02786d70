/**
 * The unit lexicon and the two unit rules on the thirteenth review's drafts (2026–2027
 * plans of a city, a county and a finance office): real current names known, by entry or
 * by shape; old names found, the plaque form (县农业农村局（县乡村振兴局）) not; one unit
 * under two spellings in one clause; suggestions that never offer another real unit.
 */
import * as assert from 'node:assert/strict';
import unitData from '../../src/core/data/units.json';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { draftOf, only } from './helpers';

const lexicon = new UnitLexicon();

/** A city plan with one task whose clause is `clause`. */
const plan = (clause: string) => draftOf(['某市2027年工作方案', '一、总体要求', '　　制定本方案。', '二、重点任务', `1.推进工作。完善机制。${clause}`]);

const unknownIn = (clause: string) => only(plan(clause), 'responsible-unit-unknown').map((d) => d.message);

describe('unit lexicon (thirteenth review)', () => {
  describe('real current names', () => {
    it('know the offices of central units named by a city or a province, by shape', () => {
      for (const name of [
        '酒泉金融监管分局',
        '天水金融监管分局',
        '会宁金融监管支局',
        '国家能源局甘肃监管办',
        '甘肃能源监管办',
        '民航甘肃监管局',
        '中国民用航空甘肃安全监督管理局',
        '张掖军分区',
        '祁连山国家公园张掖分局',
        '祁连山国家公园甘肃省管理局张掖分局',
      ]) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('know the Party organs of the 2023 reform and the plaques a department hangs', () => {
      for (const name of ['市委科技办', '市委科技委员会办公室', '市国家保密局', '市保密局', '市委保密办', '市委机要局', '市委国安办', '市委依法治市办', '县委依法治县办', '市委巡察办', '市委教育工委', '县政协办公室', '县人大常委会办公室']) {
        assert.ok(lexicon.isKnown(name), name);
      }
      assert.deepEqual(unknownIn('（市委宣传部（市新闻出版局）牵头，市文旅局配合）'), []);
    });

    it('know the health, elderly-care and 托育 bodies at any level, and numbered hospitals by shape', () => {
      for (const name of ['市老龄办', '市计生协', '市计划生育协会', '市妇幼保健院', '县妇幼保健院', '市急救中心', '市第一人民医院', '天水市第二人民医院', '县人民医院', '县中医医院', '县疾控中心', '市疾病预防控制中心', '市社保中心', '市医保中心', '市医疗保障事务中心']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('know a county plan\'s collectives and rural bodies', () => {
      for (const name of ['各乡镇', '各乡（镇）', '各乡镇党委政府', '各驻村帮扶工作队', '县乡村振兴服务中心', '县农业技术推广中心', '县畜牧兽医中心', '县人民法院', '县人民检察院', '各乡镇卫生院', '乡镇派出所', '县委各部门', '县属国有企业']) {
        assert.ok(lexicon.isKnown(name), name);
      }
      // 县乡村振兴服务中心 is the 事业单位 of 2024, not the old 乡村振兴局.
      assert.equal(lexicon.outdated('县乡村振兴服务中心'), undefined);
    });

    it('know the financial institutions a finance plan names', () => {
      for (const name of ['各银行业金融机构', '各金融机构', '有关金融机构', '县农商银行', '会宁县农村商业银行', '甘肃银行酒泉分行', '中国农业银行会宁县支行', '人保财险会宁支公司']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('know the central and provincial units stationed in a place as a whole', () => {
      assert.ok(lexicon.isKnown('中央和省驻酒有关单位') && lexicon.isKnown('中省驻市有关单位') && lexicon.isKnown('中央和省驻天水有关单位'));
    });

    it('know full names whose short forms are known, and the committees of a government', () => {
      for (const name of ['市妇女联合会', '县妇女联合会', '市残疾人联合会', '市计划生育协会', '市安委办', '市食安办', '市关工委', '市妇儿工委', '市档案馆', '市减灾委办公室']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('know the law-enforcement teams of the 2019 reform by field', () => {
      for (const name of ['市农业综合行政执法支队', '县农业综合行政执法大队', '市市场监管综合行政执法支队', '市生态环境保护综合行政执法支队', '市交通运输综合行政执法支队', '市文化市场综合行政执法支队', '市卫生健康综合监督执法局']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('report none of them in a clause', () => {
      assert.deepEqual(unknownIn('（酒泉金融监管分局牵头，各银行业金融机构、县农商银行、中央和省驻酒有关单位、张掖军分区、市委科技办配合）'), []);
    });
  });

  describe('a level the name cannot have', () => {
    it('is unknown for a city or county 厅, with the 局 suggested; 办公厅 and a province 厅 stay known', () => {
      assert.ok(!lexicon.isKnown('市应急管理厅') && !lexicon.isKnown('市教育厅') && !lexicon.isKnown('县自然资源厅'));
      assert.equal(lexicon.suggest('市应急管理厅'), '市应急管理局');
      assert.equal(lexicon.suggest('市教育厅'), '市教育局');
      assert.ok(lexicon.isKnown('省应急管理厅') && lexicon.isKnown('甘肃省教育厅') && lexicon.isKnown('市政府办公厅') && lexicon.isKnown('市委办公厅'));
      const [d] = only(plan('（市应急管理厅牵头，市司法局配合）'), 'responsible-unit-unknown');
      assert.match(d.message, /市应急管理厅.*市应急管理局/);
    });
  });

  describe('suggestions', () => {
    it('never offer a different real unit for a name with a word of its own', () => {
      assert.equal(lexicon.suggest('市金融服务办公室'), undefined);
      assert.equal(lexicon.suggest('市委统计委员会办公室'), undefined);
      // A slip of one character is still offered its correction.
      assert.equal(lexicon.suggest('市政务服务中兴'), '市政务服务中心');
      assert.equal(lexicon.suggest('市医疗保险局'), '市医疗保障局');
    });

    it('are never made for the real names the review found them on', () => {
      for (const name of ['市委科技委员会办公室', '市减灾委办公室', '县政协办公室', '市医疗保障事务中心']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });
  });
});

describe('responsible-unit-outdated (thirteenth review)', () => {
  it('leaves the plaque its successor hangs, and still reports the old name alone', () => {
    assert.deepEqual(only(plan('（县农业农村局（县乡村振兴局）牵头，县财政局配合）'), 'responsible-unit-outdated'), []);
    assert.deepEqual(only(plan('（市农业农村局（市乡村振兴局）牵头，市财政局配合）'), 'responsible-unit-outdated'), []);
    const [d] = only(plan('（县乡村振兴局牵头，县财政局配合）'), 'responsible-unit-outdated');
    assert.match(d.message, /可能.*县农业农村局/);
    // A plaque another body hangs is still old: 市发展改革委 is no successor of 市工商局.
    assert.equal(only(plan('（市发展改革委（市工商局）牵头，市财政局配合）'), 'responsible-unit-outdated').length, 1);
  });

  it('reports the township 国土资源所 as 自然资源所', () => {
    assert.equal(lexicon.outdated('镇国土资源所')?.suggestedName, '镇自然资源所');
    assert.equal(lexicon.outdated('乡国土所')?.suggestedName, '乡自然资源所');
    assert.equal(lexicon.outdated('镇自然资源所'), undefined);
    assert.ok(lexicon.isKnown('镇自然资源所'));
  });

  it('reports 市金融办 as likely the old government office, never 市委金融办', () => {
    const m = lexicon.outdated('市金融办');
    assert.equal(m?.suggestedName, '市委金融办');
    assert.equal(m?.confidence, 'likely');
    assert.equal(lexicon.outdated('市委金融办'), undefined);
    assert.equal(only(plan('（市金融办牵头，市财政局配合）'), 'responsible-unit-outdated').length, 1);
  });

  it('replaces a government office by the Party organ without garbling the name', () => {
    assert.equal(lexicon.outdated('市政府金融工作办公室')?.suggestedName, '市委金融办');
    assert.equal(lexicon.outdated('市人民政府金融办')?.suggestedName, '市委金融办');
    assert.equal(lexicon.outdated('县金融工作办公室')?.suggestedName, '县委金融办');
  });

  it('is certain about a city 中心支行 of the central bank, and hedged without the 市', () => {
    const city = lexicon.outdated('人民银行酒泉市中心支行');
    assert.equal(city?.suggestedName, '人民银行酒泉市分行');
    assert.equal(city?.confidence, 'certain');
    const [d] = only(plan('（人民银行酒泉市中心支行牵头，市财政局配合）'), 'responsible-unit-outdated');
    assert.doesNotMatch(d.message, /可能/);
    assert.equal(lexicon.outdated('人行兰州中心支行')?.confidence, 'likely');
  });

  it('gives a replacement the lexicon knows for 银保监分局', () => {
    const m = lexicon.outdated('酒泉银保监分局');
    assert.equal(m?.suggestedName, '酒泉金融监管分局');
    assert.ok(lexicon.isKnown(m!.suggestedName));
  });

  it('matches no current name of the lexicon, and every outdated entry', () => {
    const data = unitData as unknown as { units: Array<{ name: string; aliases?: string[]; status?: string }> };
    for (const u of data.units) {
      if (u.status === 'outdated') assert.ok(lexicon.outdated(u.name), u.name);
      else for (const n of [u.name, ...(u.aliases ?? [])]) assert.equal(lexicon.outdated(n), undefined, n);
    }
  });
});

describe('responsible-unit-duplicate (thirteenth review)', () => {
  const duplicates = (units: string) => only(plan(`（市民政局牵头，${units}配合）`), 'responsible-unit-duplicate').map((d) => d.message);

  it('reads a full and a short name of one unit as one unit', () => {
    for (const pair of ['市妇联、市妇女联合会', '市残联、市残疾人联合会', '市计生协、市计划生育协会', '县法院、县人民法院', '人民银行天水市分行、中国人民银行天水市分行', '天水金融监管分局、国家金融监督管理总局天水监管分局', '市税务局、国家税务总局天水市税务局']) {
      const [second] = pair.split('、').slice(1);
      const found = duplicates(pair);
      assert.equal(found.length, 1, pair);
      assert.match(found[0], new RegExp(`“${second}”与前面的`), pair);
    }
  });

  it('and never two units of one kind in two places, nor two courts of two levels', () => {
    assert.deepEqual(duplicates('天水市税务局、酒泉市税务局'), []);
    assert.deepEqual(duplicates('中国银行天水市分行、中国农业银行天水市分行'), []);
    assert.deepEqual(duplicates('县法院、市中级人民法院'), []);
    assert.deepEqual(duplicates('市妇联、市残联'), []);
  });

  it('writes each unit as its lexicon entry at its level', () => {
    assert.equal(lexicon.canonical('县人民法院'), '县法院');
    assert.equal(lexicon.canonical('区人民法院'), '区法院');
    assert.equal(lexicon.canonical('市法院'), '市中级人民法院');
    assert.equal(lexicon.canonical('省高院'), '省法院');
    assert.equal(lexicon.canonical('县供销合作社联合社'), lexicon.canonical('县供销社'));
    assert.equal(lexicon.canonical('市发改委'), '市发展改革委');
  });
});
