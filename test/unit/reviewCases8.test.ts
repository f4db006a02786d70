/**
 * Cases from the eighth review: correct drafts written to stress the parser features of
 * the fifth to seventh (stated units, articles, decimal headings, tab tables, loose
 * addressees): each the smallest text that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { isDecimalHeading } from '../../src/core/parse/lineKinds';
import { parseDraft } from '../../src/core/parse/parse';
import { responsibilityMatrices } from '../../src/core/reports/responsibility';
import { draftOf, only } from './helpers';

describe('review cases (eighth review)', () => {
  describe('decimal headings', () => {
    it('take any title after a dotted number, and never a figure with its unit', () => {
      assert.ok(isDecimalHeading('5.2.1 Ⅰ级响应') && isDecimalHeading('2.3 12345热线联动') && isDecimalHeading('2.4 5G应急通信'));
      assert.ok(!isDecimalHeading('3.5 万亩高标准农田') && !isDecimalHeading('15 万元'));
    });

    it('are never the first cell of a table row pasted with tabs', () => {
      const text = draftOf(['某县地质灾害防治预案', '1　总则', '1.1　编制目的', '序号\t乡镇\t隐患点\t威胁人数', '1\t清源镇\t12\t300', '2\t城关镇\t8\t150', '1.2　编制依据', '2　组织指挥体系']);
      assert.deepEqual(only(text, 'heading-sequence'), []);
      assert.deepEqual(parseDraft(text).documents[0].decimalHeadings.map((d) => d.path.join('.')), ['1', '1.1', '1.2', '2']);
    });
  });

  describe('articles quoted in a 通知', () => {
    it('are quotation: no numbering check, and the headings after them stay headings', () => {
      const text = draftOf(['某县关于做好燃气安全工作的通知', '各乡镇人民政府：', '一、《城镇燃气管理条例》有关规定', '第十八条　燃气经营者应当…。', '第二十八条　燃气用户应当…。', '二、《甘肃省安全生产条例》有关规定', '第十二条　生产经营单位应当…。']);
      assert.deepEqual(only(text, 'heading-sequence'), []);
      assert.deepEqual(parseDraft(text).documents[0].headings.map((h) => h.marker), ['一、', '二、']);
    });

    it('and 第二条之一 is an inserted article, not a repeat', () => {
      const text = draftOf(['某市管理办法', '第一条　为了规范管理，制定本办法。', '第二条　本办法适用于本市。', '第二条之一　本办法所称…。', '第三条　本办法自印发之日起施行。']);
      assert.deepEqual(only(text, 'heading-sequence'), []);
    });
  });

  describe('a task table', () => {
    it('reads a placeholder cell as empty and no range across cells', () => {
      const text = draftOf(['某市工作方案', '一、主要任务', '序号\t任务\t牵头单位\t配合单位', '1\t建设平台\t市数据局\t—', '2\t完善制度\t市发展改革委\t无', '指标\t2025年\t目标', '增速\t8.2\t—\t8%']);
      assert.deepEqual(only(text, 'responsible-unit-unknown'), []);
      assert.deepEqual(only(text, 'number-range'), []);
    });
  });

  describe('units a sentence names', () => {
    const report = (sentence: string) => draftOf(['某县关于耕地保护工作情况的报告', '一、主要做法', `　　${sentence}`]);

    it('are not read after a preposition, nor before 要求, and a former unit stays former', () => {
      assert.deepEqual(only(report('按照原县国土资源局要求完成验收。'), 'responsible-unit-outdated'), []);
      assert.deepEqual(only(report('经原县环保局组织验收。'), 'responsible-unit-outdated'), []);
    });

    it('are read after an article number and before a modal', () => {
      const [a] = only(draftOf(['某县管理办法', '第一条　县农牧局负责全县草原监督管理。']), 'responsible-unit-outdated');
      assert.match(a.message, /县农牧局/);
      const [b] = only(report('县农委应当会同县财政局做好补贴发放。'), 'responsible-unit-outdated');
      assert.match(b.message, /县农委/);
    });
  });

  describe('a list of bodies under a title', () => {
    it('is the addressee of a 通知, and the drafting units of a plan', () => {
      assert.equal(only(draftOf(['某县关于做好防汛工作的通知', '各乡镇，县直各部门，各燃气经营企业。', '　　现将有关事项通知如下。']), 'addressee-format').length, 1);
      assert.deepEqual(only(draftOf(['某县农村人居环境整治实施方案', '县农业农村局、县住建局', '一、总体要求']), 'addressee-format'), []);
    });
  });

  describe('a short name declared on the line under the title', () => {
    it('is an alias, not a citation to look for', () => {
      assert.deepEqual(only(draftOf(['某县电子商务进农村实施方案', '（以下简称《方案》）', '一、总体要求', '　　按照《方案》要求推进。']), 'citation-unresolved'), []);
    });
  });

  describe('the responsibility matrix', () => {
    it('shows a unit an item\'s sentence names, as the linter reads it', () => {
      const text = draftOf(['某县农村电商实施方案', '一、重点任务', '（一）建设物流体系。建成村级服务站50个。（县商务局牵头）', '（二）规范市场秩序。由县市场监管局负责，开展专项检查。']);
      const [matrix] = responsibilityMatrices(parseDraft(text), new UnitLexicon());
      const row = matrix.tasks[1];
      assert.equal(row.coverage, 'stated');
      assert.deepEqual(row.cells, { 县市场监管局: '责任' });
    });
  });
});
