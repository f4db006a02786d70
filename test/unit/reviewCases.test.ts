/**
 * Cases found by reviewing fresh drafts (test/fixtures/drafts/clean-scope-work-plan,
 * defects-county-commerce, defects-ascii-punctuation): each is the smallest text that
 * shows one behaviour, so a regression names its cause.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { endsComplete } from '../../src/core/parse/lineKinds';
import { parseDraft } from '../../src/core/parse/parse';
import { slotOf } from '../../src/core/parse/slots';
import { hits, lintText, only } from './helpers';

describe('review cases', () => {
  describe('scope sections', () => {
    it('reads 整治范围, 适用范围 and 支持对象 as scope, not as task chapters', () => {
      for (const t of ['整治范围', '适用范围', '支持对象', '实施范围和对象']) assert.equal(slotOf(t), 'scope', t);
      assert.equal(slotOf('重点任务'), 'tasks');
    });

    it('asks no responsible unit of a scope chapter, and does not call it out of order', () => {
      const text = [
        '某县燃气安全专项整治工作方案',
        '一、工作目标',
        '到2026年底，全县燃气事故起数下降20%。',
        '二、整治范围',
        '全县城镇燃气经营企业、餐饮场所和老旧小区。',
        '三、工作任务',
        '（一）排查隐患。全面排查燃气管道隐患。（县住建局牵头，县应急局配合）',
        '四、工作要求',
        '（一）加强领导。各单位要落实责任。',
        '五、适用范围',
        '本方案适用于全县行政区域。',
      ].join('\n');
      const found = hits(text, lintText(text).diagnostics, ['responsible-unit-missing', 'section-order']);
      assert.deepEqual(found, []);
    });
  });

  describe('one defect, one finding', () => {
    it('keeps the addressee colon finding and drops the same edit from punctuation-width', () => {
      const text = '关于印发某县实施方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n';
      const colon = text.indexOf(':');
      const onColon = lintText(text).diagnostics.filter((d) => d.fix && d.fix.range.start === colon && d.fix.range.end === colon + 1);
      assert.deepEqual(onColon.map((d) => d.ruleId), ['addressee-format']);
    });

    it('still reports punctuation-width when its fix covers more than the other rule names', () => {
      const text = '关于印发某县实施方案的通知\n各乡镇人民政府,县直各部门:\n现将方案印发给你们。\n';
      const rules = lintText(text).diagnostics.map((d) => d.ruleId);
      assert.ok(rules.includes('addressee-format') && rules.includes('punctuation-width'), rules.join(' '));
    });
  });

  describe('a half-width full stop', () => {
    it('is flagged after a Chinese character before Chinese text or the line end', () => {
      const text = '某市实施方案\n为推进数字乡村建设.制定本方案.\n';
      const [d] = only(text, 'punctuation-width');
      assert.ok(d, 'no finding');
      assert.equal(d.fix!.text, '。制定本方案。');
    });

    it('is left alone in heading markers, numbers, dates, file names and ellipses', () => {
      const text = '某市实施方案\n一.总体要求\n1.加强组织领导，增长3.5个百分点，于2026.3.15前完成。\n详见方案.docx和附表等...\n';
      const marks = only(text, 'punctuation-width').flatMap((d) => [...d.fix!.text].filter((c) => c === '。'));
      assert.equal(marks.length, 0, JSON.stringify(only(text, 'punctuation-width')));
    });

    it('converts a comma after a percentage in Chinese text, not a thousands separator', () => {
      const text = '某市实施方案\n农村卫生厕所普及率达到100%,20户以上自然村通硬化路,共1,000户。\n';
      const [d] = only(text, 'punctuation-width');
      assert.ok(d, 'no finding');
      assert.match(d.message, /2 处/);
      assert.equal(d.fix!.text, '，20户以上自然村通硬化路，');
      assert.ok(!lintText(text).diagnostics.some((x) => x.fix && x.fix.range.end > text.indexOf('1,000')), '1,000 is not touched');
    });

    it('ends a line, so the next line is not joined to it', () => {
      assert.ok(endsComplete('请各单位认真贯彻落实.'));
      assert.ok(!endsComplete('附件1.'));
      assert.ok(!endsComplete('增长3.'));
    });

    it('does not pull the attachment note into the paragraph before it', () => {
      const text = '关于印发某市方案的通知\n各县区人民政府：\n现将方案印发给你们，请认真贯彻落实\n\n附件:某市方案\n';
      const paragraphs = parseDraft(text).paragraphs.map((p) => p.text.text);
      assert.ok(paragraphs.some((p) => p.startsWith('附件')), paragraphs.join(' | '));
    });
  });

  describe('an unclosed responsibility clause', () => {
    const item = (end: string) => `某县实施方案\n一、重点任务\n（一）完善物流体系\n1.推进快递进村。实现快递服务行政村全覆盖。${end}\n`;

    it('is read as the item\'s clause and reported once, with a fix that closes it', () => {
      const text = item('（县邮政管理局牵头，县交通运输局配合。');
      const found = lintText(text).diagnostics.filter((d) => d.ruleId.startsWith('responsible-unit') || d.ruleId === 'clause-brackets');
      assert.deepEqual(found.map((d) => d.ruleId), ['clause-brackets']);
      const fixed = text.slice(0, found[0].fix!.range.start) + found[0].fix!.text + text.slice(found[0].fix!.range.end);
      assert.ok(fixed.includes('（县邮政管理局牵头，县交通运输局配合）。'), fixed);
    });

    it('is not invented from an unclosed bracket of prose', () => {
      const text = item('（详见附件');
      assert.deepEqual(only(text, 'clause-brackets'), []);
      assert.equal(only(text, 'responsible-unit-missing').length, 1);
    });
  });

  describe('the 印发日期 of the 版记', () => {
    const notice = (imprint: string) =>
      `某市人民政府办公室关于印发某市方案的通知\n各县区人民政府：\n现将方案印发给你们。\n某市人民政府办公室\n2026年3月15日\n抄送：市委办公室。\n${imprint}\n`;

    it('is checked like the 成文日期 (GB/T 9704-2012 §7.4.3), with a fix of the date alone', () => {
      const text = notice('某市人民政府办公室　　　　2026年03月16日印发');
      const [d] = only(text, 'date-format');
      assert.ok(d, 'no finding');
      assert.equal(text.slice(d.range.start, d.range.end), '2026年03月16日');
      assert.equal(d.fix!.text, '2026年3月16日');
      assert.match(d.message, /印发日期/);
    });

    it('is quiet when well formed, and the line is not read as a new document', () => {
      const text = notice('某市人民政府办公室　　　　2026年3月16日印发');
      assert.deepEqual(only(text, 'date-format'), []);
      assert.equal(parseDraft(text).documents.length, 1);
    });
  });

  describe('heading-sequence messages', () => {
    it('quote the marker as written, with the expected number in it', () => {
      const text = '某市实施方案\n一、重点任务\n（一）甲任务\n内容。\n（二）乙任务\n内容。\n（四）丁任务\n内容。\n';
      const [d] = only(text, 'heading-sequence');
      assert.match(d.message, /“（三）”.*“（四）”/);
    });
  });

  describe('an unclosed 《', () => {
    it('is reported, and the titles after it are still citations', () => {
      const text = '某县实施方案\n为落实《商务部关于推进县域商业体系建设的指导意见要求，根据清政发〔2025〕12号《清溪县促进消费扩容提质若干措施》，制定本方案。\n';
      const draft = parseDraft(text);
      const citations = draft.documents.flatMap((d) => d.citations).map((c) => c.title);
      assert.deepEqual(citations, ['清溪县促进消费扩容提质若干措施']);
      const rules = lintText(text).diagnostics.map((d) => d.ruleId);
      assert.ok(rules.includes('citation-brackets'), rules.join(' '));
      assert.ok(rules.includes('citation-order'), rules.join(' '));
    });

    it('keeps an inner title inside a closed one as nesting, not as a citation of its own', () => {
      const text = '某县实施方案\n根据《关于印发《某县规划》的通知》要求。\n';
      const citations = parseDraft(text).documents.flatMap((d) => d.citations);
      assert.equal(citations.length, 1);
      assert.equal(citations[0].title, '关于印发〈某县规划〉的通知');
    });
  });

  describe('unit names', () => {
    const lexicon = new UnitLexicon();
    it('knows the full name 市供销合作社 as well as 市供销社', () => {
      assert.ok(lexicon.isKnown('市供销合作社'));
      assert.ok(lexicon.isKnown('县供销合作社'));
    });

    it('suggests the known body under the name\'s own jurisdiction (县发展改委 → 县发展改革委)', () => {
      assert.equal(lexicon.suggest('县发展改委'), '县发展改革委');
      const text = '某县实施方案\n一、重点任务\n1.推进项目建设。（县发展改委牵头）\n';
      const [d] = only(text, 'responsible-unit-unknown');
      assert.match(d.message, /县发展改委.*县发展改革委/);
    });

    it('knows place-named branches: 国网XX供电公司 and 公安XX分局', () => {
      for (const n of ['国网河阳供电公司', '国网甘肃省电力公司兰州供电公司', '公安东山分局', '市公安局东山分局']) assert.ok(lexicon.isKnown(n), n);
      assert.ok(!lexicon.isKnown('国网'));
      assert.ok(!lexicon.isKnown('公安分局局'));
    });

    it('knows the common short forms 市监局 and 教体局 under any jurisdiction', () => {
      assert.ok(lexicon.isKnown('县市监局'));
      assert.ok(lexicon.isKnown('县教体局'));
    });

    it('knows unnamed units of a level (镇人民政府, 街道办事处) as a distributed 各 leaves them', () => {
      for (const n of ['镇人民政府', '乡镇人民政府', '街道办事处']) assert.ok(lexicon.isKnown(n), n);
      assert.ok(!lexicon.isKnown('镇人民政务局'));
    });
  });

  describe('second review (county rural-environment plan)', () => {
    const targets = (body: string, options = {}) => {
      const text = ['某县农村人居环境整治实施方案', '一、总体要求', '（一）工作目标', body, '二、重点任务', '（一）推进改厕。完成改厕500座。（县农业农村局负责）', ''].join('\n');
      return { text, found: lintText(text, options).diagnostics.filter((d) => d.ruleId === 'target-unquantified') };
    };

    it('reports the stage of a quantified target paragraph that gives no number', () => {
      const { text, found } = targets('到2027年，全县农村卫生厕所普及率达到85%以上。到2029年，农村人居环境质量明显改善，农民群众满意度显著提升。');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '明显改善');
      assert.match(found[0].message, /2029年的阶段目标未量化/);
    });

    it('leaves quantified stages, the 2035 vision and stages with no vague wording alone', () => {
      for (const body of [
        '到2027年，普及率达到85%以上。到2029年，普及率达到90%，满意度明显提升。',
        '到2027年，普及率达到85%以上。到2035年，农村人居环境全面改善。',
        '到2027年，普及率达到85%以上。到2029年，建成省级美丽乡村示范县。',
      ]) {
        const { found } = targets(body);
        assert.deepEqual(found.map((d) => d.message), [], body);
      }
    });

    it('uses the vague words added in the configuration', () => {
      const body = '到2027年，普及率达到85%以上。到2029年，村容村貌焕然一新。';
      assert.equal(targets(body).found.length, 0);
      const { text, found } = targets(body, { vagueWords: ['焕然一新'] });
      assert.deepEqual(found.map((d) => text.slice(d.range.start, d.range.end)), ['焕然一新']);
    });

    it('knows the branch of a city bureau named after its county (市生态环境局临泽分局)', () => {
      const lexicon = new UnitLexicon();
      assert.ok(lexicon.isKnown('市生态环境局临泽分局'));
      assert.ok(lexicon.isKnown('市自然资源局甘州分局'));
      assert.ok(!lexicon.isKnown('市生太环境局临泽分局'));
    });
  });

  describe('third review (four drafts: a city action plan, a county work plan, a provincial plan, a district plan)', () => {
    const ruleLines = (text: string, rule: string) => lintText(text).diagnostics.filter((d) => d.ruleId === rule).map((d) => text.slice(0, d.range.start).split('\n').length);

    it('reads a clause with a deadline or remark after its unit lists, and takes none of it for a unit', () => {
      const text = [
        '某市行动计划',
        '一、重点任务',
        '（一）推进项目。加快建设。（市交通运输局牵头，市发展改革委、各县区人民政府配合；2026年底前完成前期工作）',
        '（二）整治隐患。开展排查。（牵头单位：市消防救援支队；配合单位：市应急管理局；完成时限：2025年10月底）',
        '（三）完善机制。健全机制。（责任单位：市应急局、市住建局；完成时限：持续推进）',
        '（四）加强监管。强化检查。（市市场监管局牵头，市公安局配合，2025年底前完成）',
        '（五）落实责任。压实责任。（市应急局牵头，各街道办事处配合；持续推进）',
        '（六）推动应用。拓展场景。（市工信局牵头，各县区人民政府具体落实）',
        '',
      ].join('\n');
      assert.deepEqual(ruleLines(text, 'responsible-unit-missing'), []);
      assert.deepEqual(ruleLines(text, 'responsible-unit-unknown'), []);
      const units = parseDraft(text).documents[0].clauses.flatMap((c) => c.units.map((u) => `${u.name}/${u.role}`));
      assert.ok(units.includes('各县区人民政府/responsible'), units.join(' '));
      assert.ok(!units.some((u) => /完成|推进|时限/.test(u)), units.join(' '));
    });

    it('keeps the 版记 out of an attachment note written without a blank-line break', () => {
      const text = '关于印发某县方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n\n附件：某县重点任务清单\n\n抄送：县委办公室，县人大常委会办公室。\n\n某县人民政府办公室    2025年3月12日印发\n';
      assert.deepEqual(ruleLines(text, 'attachment-format'), []);
    });

    it('does not look national laws up in the corpus of plans', () => {
      const text = '某区实施方案\n依据《中华人民共和国环境保护法》《中华人民共和国黄河保护法》，制定本方案。\n';
      assert.deepEqual(ruleLines(text, 'citation-unresolved'), []);
    });

    it('reads an unnumbered 专栏 as a box, whose entries are not task items', () => {
      const text = [
        '某市行动计划',
        '一、重点任务',
        '1.拓展应用。推进低空物流。（市交通运输局负责）',
        '2.培育主体。引进龙头企业。（市工信局负责）',
        '专栏　低空经济重点应用场景',
        '1.低空物流：开通无人机物流航线。',
        '2.低空文旅：开展直升机观光。',
        '3.搭建平台。建设创新中心。（市科技局负责）',
        '',
      ].join('\n');
      assert.equal(parseDraft(text).documents[0].boxes.length, 1);
      assert.deepEqual(ruleLines(text, 'responsible-unit-missing'), []);
      assert.deepEqual(ruleLines(text, 'heading-sequence'), []);
    });

    it('leaves the brackets of a malformed 文号 to doc-number-format', () => {
      const text = '某市行动计划\n根据《天水市数字经济发展规划》（天政发(2022)21号），制定本计划.\n';
      const rules = lintText(text).diagnostics.map((d) => d.ruleId);
      assert.ok(rules.includes('doc-number-format'), rules.join(' '));
      const [d] = only(text, 'punctuation-width');
      assert.ok(d, 'the final . is still reported');
      assert.equal(d.fix!.text, '。');
    });

    it('reports a level jump once for the run of siblings that make it', () => {
      const text = '某县工作方案\n一、重点任务\n（一）加强治理\n（1）健全组织。\n（2）完善机制。\n（3）强化保障。\n';
      assert.deepEqual(ruleLines(text, 'heading-level'), [4]);
    });

    it('knows district police, traffic-police, fire-rescue and tax bodies, telecom branches and qualified collectives', () => {
      const lexicon = new UnitLexicon();
      for (const n of ['区公安分局', '区交警大队', '市公安局交通警察支队西固大队', '区消防救援大队', '国家税务总局兰州市西固区税务局', '中国铁塔天水分公司', '有关乡镇人民政府', '各乡镇党委', '市直各相关部门', '各社区居委会']) {
        assert.ok(lexicon.isKnown(n), n);
      }
      for (const n of ['持续推进', '区公安分局长']) assert.ok(!lexicon.isKnown(n), n);
    });
  });
});