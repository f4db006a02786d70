/** The three reports: exact tables for fixture drafts and seeds, the CLI's outputs, the .xlsx read back. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { parseDraft } from '../../src/core/parse/parse';
import { coverageReport, findParentPlan } from '../../src/core/reports/coverage';
import { responsibilityMatrices } from '../../src/core/reports/responsibility';
import { matrixTables, toCsv } from '../../src/core/reports/tables';
import { targetTables } from '../../src/core/reports/targets';
import { segmenter } from '../../src/core/segment';
import { FIXTURES, ROOT, readSeed, seedCorpus, seedPath } from './helpers';

const lexicon = new UnitLexicon();
const read = (p: string) => fs.readFileSync(path.join(FIXTURES, p), 'utf8');

describe('report: responsibility matrix', () => {
  it('seed 000: 17 tasks, the three clauses with no lead, units that only co-operate', () => {
    const [m] = responsibilityMatrices(parseDraft(readSeed('000')), lexicon);
    assert.equal(m.tasks.length, 17);
    assert.deepEqual(m.problems.noLead, [6, 7, 15]);
    assert.deepEqual(m.problems.noUnit, []);
    assert.equal(m.tasks[0].cells['市能源局'], '牵头');
    assert.equal(m.tasks[0].cells['市发展改革委'], '配合');
    const energy = m.units.find((u) => u.name === '市能源局')!;
    assert.deepEqual([energy.lead, energy.cooperate], [2, 0]);
    assert.ok(m.problems.onlyCooperate.includes('敦煌市政府'));
  });

  it('finds items with no unit and two spellings of one unit', () => {
    const [m] = responsibilityMatrices(parseDraft(read('reports/weaker-than-parent.txt')), lexicon);
    assert.deepEqual(m.problems.nearDuplicates, [{ names: ['市发展改革委', '市发改委'], standard: '市发展改革委' }]);
    const [plan] = responsibilityMatrices(parseDraft(read('drafts/defects-implementation.txt')), lexicon).filter((x) => x.documentType === '实施方案');
    assert.deepEqual(plan.problems.noUnit, [2]);
    assert.equal(plan.tasks[2].noLead, true);
  });

  it('filters to one unit and sorts by unit', () => {
    const draft = parseDraft(readSeed('000'));
    const [m] = responsibilityMatrices(draft, lexicon, { unit: '市发改委' });
    assert.deepEqual(m.tasks.map((t) => t.index), [1, 4, 14, 16]);
    const [sorted] = responsibilityMatrices(draft, lexicon, { sortBy: 'unit' });
    assert.equal(sorted.tasks.length, 17);
    assert.notDeepEqual(sorted.tasks.map((t) => t.index), [...Array(17).keys()].map((i) => i + 1));
  });

  it('renders as tables and CSV (BOM, quoted cells)', () => {
    const [m] = responsibilityMatrices(parseDraft(readSeed('000')), lexicon);
    const tables = matrixTables(m);
    assert.deepEqual(tables.map((t) => t.name), ['任务分工', '单位汇总']);
    assert.equal(tables[0].columns.length, 3 + m.units.length);
    const csv = toCsv(tables);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.match(csv, /\r\n1,1\.着力建设特大型新能源基地,14,/);
  });
});

describe('report: target table', () => {
  it('parses indicator, value, unit, comparator, baseline and deadline', () => {
    const [t] = targetTables(parseDraft(readSeed('001')));
    const urban = t.indicators.find((i) => i.indicator === '常住人口城镇化率')!;
    assert.deepEqual({ value: urban.value, unit: urban.unit, comparator: urban.comparator, deadline: urban.deadline, line: urban.line }, { value: 60, unit: '%', comparator: '以上', deadline: '到2025年', line: 82 });
    const t5 = targetTables(parseDraft(readSeed('001')))[1];
    const water = t5.indicators.find((i) => i.indicator.startsWith('万元地区生产总值用水量'))!;
    assert.equal(water.baseline, '较2020年');
    assert.equal(water.direction, 'down');
    assert.notEqual(water.deadline, '2020年');
  });

  it('lists the unquantified targets and the targets with no deadline', () => {
    const [t] = targetTables(parseDraft(read('drafts/defects-targets.txt')));
    assert.deepEqual(t.indicators.map((i) => [i.indicator, i.value, i.unit]), [['规上工业企业数字化改造覆盖率', 80, '%'], ['数字化转型服务商', 50, '家']]);
    assert.deepEqual(t.noDeadline.map((n) => n.line), [15, 31]);
    assert.deepEqual(t.unquantified.map((u) => [u.line, u.kind, u.milestone]), [[13, 'lead-in', false], [17, 'item', false], [19, 'item', true], [21, 'vision', false], [29, 'item', false]]);
  });

  it('compares with the cited parent plan and flags a weaker target', () => {
    const [t] = targetTables(parseDraft(read('reports/weaker-than-parent.txt')), seedCorpus());
    const urban = t.indicators.find((i) => i.indicator === '常住人口城镇化率')!;
    assert.equal(urban.parent?.plan, '“十四五”兰州经济圈发展规划');
    assert.equal(urban.parent?.value, 60);
    assert.equal(urban.parent?.weaker, true);
    const income = t.indicators.find((i) => i.indicator.includes('人均可支配收入'))!;
    assert.equal(income.parent?.value, 8);
    assert.equal(income.parent?.weaker, false);
    const life = t.indicators.find((i) => i.indicator === '人均预期寿命')!;
    assert.equal(life.parent?.weaker, false);
  });
});

describe('report: coverage of the parent plan', function () {
  this.timeout(30000);
  it('judges a draft written to take up some tasks, reword others and leave the rest out', () => {
    const draft = parseDraft(read('reports/implementing-d10.txt'));
    const parent = findParentPlan(draft, seedCorpus())!;
    assert.equal(parent.title, '深入实施以人为本的新型城镇化战略五年行动计划方案');
    const report = coverageReport(draft, parent, segmenter())!;
    const verdict = (title: string) => report.rows.find((r) => r.parent.title === title)!.verdict;
    // Taken up nearly word for word.
    for (const t of ['深化户籍制度改革', '保障随迁子女基本公共教育供给', '健全农业转移人口住房保障体系', '推动环境基础设施提级扩能', '推动基础设施互联互通']) assert.equal(verdict(t), '已落实', t);
    // Reworded, or only part taken up.
    for (const t of ['强化农业转移人口就业服务', '推动公共服务设施提标扩面', '推动市政公用设施提档升级']) assert.equal(verdict(t), '部分', t);
    // Left out (some share a word or two with the draft).
    for (const t of ['完善农业转移人口市民化激励政策', '推动公共服务便利共享', '持续推进强省会行动', '推行城市数据一网通用']) assert.equal(verdict(t), '未涉及', t);
    assert.equal(report.rows.length, 39);
    assert.deepEqual(report.unmatched.map((u) => u.title), ['加强森林草原防火']);
    const row = report.rows.find((r) => r.parent.title === '深化户籍制度改革')!;
    assert.equal(row.matches[0].line, 13);
    assert.ok(!row.keywords.some((k) => /管委会|政府/.test(k)), row.keywords.join(' '));
  });

  it('names no parent when the draft cites no corpus plan', () => {
    assert.equal(findParentPlan(parseDraft(read('drafts/clean-notice.txt')), seedCorpus()), undefined);
  });
});

describe('report: CLI', function () {
  this.timeout(60000);
  const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' } });

  it('prints JSON and CSV, and writes an .xlsx that reads back', async () => {
    const json = cli(['report', 'matrix', '--format', 'json', seedPath('000')]);
    assert.equal(json.status, 0, json.stderr);
    const data = JSON.parse(json.stdout);
    assert.equal(data.kind, 'matrix');
    assert.equal(data.report[0].tasks.length, 17);
    const csv = cli(['report', 'targets', '--format', 'csv', path.join(FIXTURES, 'drafts/defects-targets.txt')]);
    assert.match(csv.stdout, /规上工业企业数字化改造覆盖率,80,%/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-xlsx-'));
    try {
      const file = path.join(dir, '对照.xlsx');
      const r = cli(['report', 'coverage', '--xlsx', file, path.join(FIXTURES, 'reports/implementing-d10.txt')]);
      assert.equal(r.status, 0, r.stderr);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      assert.deepEqual(wb.worksheets.map((w) => w.name), ['对照', '本稿新增']);
      const sheet = wb.getWorksheet('对照')!;
      assert.equal(sheet.getRow(2).getCell(1).value, '上位规划任务');
      assert.equal(sheet.getRow(3).getCell(1).value, '(一)深化户籍制度改革');
      assert.equal(sheet.getRow(3).getCell(3).value, '已落实');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says why a report cannot be made (exit 2) and rejects an unknown kind', () => {
    const r = cli(['report', 'coverage', path.join(FIXTURES, 'drafts/clean-notice.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /没有找到草稿所落实的上位规划/);
    assert.equal(cli(['report', 'everything', seedPath('000')]).status, 2);
  });
});
