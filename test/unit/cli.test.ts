/** The built CLI as a user runs it: formats, exit codes, --fix, citations, bad input. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, ROOT, seedPath } from './helpers';
import { defaultJobs } from '../../src/cli/workers';

const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli', function () {
  this.timeout(30000);
  let tmp: string;

  before(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  });
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-cli-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('stops quietly when the reader of its output goes away (policylint … | head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --format json "${seedPath('001')}" | head -c 10 >/dev/null`], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/, r.stderr);
  });

  it('prints stylish output grouped by file with rule ids and exits 1 on errors', () => {
    const r = run([path.join(FIXTURES, 'drafts/defects-implementation.txt')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /defects-implementation\.txt\n/);
    assert.match(r.stdout, /2:1\s+错误\s+发文字号“安政办发\[2024\]08号”格式不规范.*doc-number-format/);
    assert.match(r.stdout, /✖ 共 \d+ 个问题（1 个错误/);
  });

  it('exits 0 when there is no error-level finding', () => {
    const r = run([path.join(FIXTURES, 'drafts/clean-implementation.txt')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('prints exactly the documented JSON array', () => {
    const file = path.join(FIXTURES, 'drafts/defects-implementation.txt');
    const r = run(['--format', 'json', file]);
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.stdout);
    assert.ok(Array.isArray(findings));
    const d = findings.find((f: { ruleId: string }) => f.ruleId === 'doc-number-format');
    assert.deepEqual(Object.keys(d), ['file', 'ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fix']);
    assert.deepEqual(
      { file: d.file, severity: d.severity, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn },
      { file, severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 14 },
    );
    assert.deepEqual(d.fix, { range: { line: 2, column: 5, endLine: 2, endColumn: 14 }, text: '〔2024〕8号' });
    for (const f of findings) assert.ok(['error', 'warning', 'info'].includes(f.severity));
  });

  it('prints SARIF 2.1.0 with rule metadata and no invented help URI', () => {
    const r = run(['--format', 'sarif', path.join(FIXTURES, 'drafts/defects-implementation.txt')]);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'policylint');
    assert.ok(driver.rules.length >= 26);
    assert.ok(driver.rules.every((rule: { helpUri?: string }) => rule.helpUri === undefined));
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'doc-number-format');
    assert.equal(result.level, 'error');
    assert.equal(driver.rules[result.ruleIndex].id, 'doc-number-format');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 2);
  });

  it('--fix writes the fixes atomically on a copy, keeps line endings, BOM and mode', () => {
    const original = fs.readFileSync(path.join(FIXTURES, 'drafts/defects-implementation.txt'), 'utf8');
    const file = path.join(tmp, '草稿.txt');
    fs.writeFileSync(file, '\uFEFF' + original.replace(/\n/g, '\r\n'));
    fs.chmodSync(file, 0o640);
    const r = run(['--fix', '--format', 'json', file]);
    assert.match(r.stderr, /已修复 \d+ 处/);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF'));
    assert.equal(fixed.split('\r\n').length, original.split('\n').length);
    assert.ok(!/[^\r]\n/.test(fixed));
    assert.match(fixed, /安政办发〔2024〕8号/);
    assert.match(fixed, /2024年3月15日/);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(tmp), ['草稿.txt']);
    const remaining = JSON.parse(r.stdout) as Array<{ fix?: unknown }>;
    assert.equal(remaining.filter((f) => f.fix).length, 0);
  });

  it('--fix writes a GBK file back in GBK', () => {
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    const file = path.join(tmp, 'gbk.txt');
    fs.writeFileSync(file, iconv.encode('某县工作方案\n一、总体要求\n发文字号甘发【2021】9号。\n', 'gbk'));
    const r = run(['--fix', file]);
    assert.match(r.stderr, /GB18030/);
    const bytes = fs.readFileSync(file);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    assert.match(iconv.decode(bytes, 'gbk'), /甘发〔2021〕9号/);
  });

  it('lints a directory recursively and standard input', () => {
    fs.mkdirSync(path.join(tmp, 'sub'));
    fs.writeFileSync(path.join(tmp, 'sub', 'a.txt'), '某市实施方案\n二、重点任务\n1、任务。（市发改委牵头）\n');
    fs.writeFileSync(path.join(tmp, 'b.md'), '# 某市实施方案\n\n## 二、重点任务\n\n1、任务。（市发改委牵头）\n');
    fs.writeFileSync(path.join(tmp, 'ignored.pdf'), 'x');
    const dir = run(['--format', 'json', tmp]);
    const files = [...new Set(JSON.parse(dir.stdout).map((f: { file: string }) => path.basename(f.file)))].sort();
    assert.deepEqual(files, ['a.txt', 'b.md']);
    const stdin = run(['--format', 'json', '-'], { input: '某市实施方案\n二、重点任务\n1、任务。（市发改委牵头）\n' });
    assert.equal(JSON.parse(stdin.stdout)[0].file, '<stdin>');
  });

  it('lints a folder across worker threads with the same output as one thread', () => {
    for (let i = 0; i < 12; i++) {
      fs.copyFileSync(path.join(FIXTURES, 'drafts/defects-implementation.txt'), path.join(tmp, `草稿${i}.txt`));
      fs.copyFileSync(path.join(FIXTURES, 'drafts/clean-work-plan.txt'), path.join(tmp, `方案${i}.txt`));
    }
    // A binary file on the way: its notice comes in input order, the run goes on.
    fs.writeFileSync(path.join(tmp, '草稿5.5.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    fs.copyFileSync(seedPath('001'), path.join(tmp, '大文件.txt'));
    for (const format of ['json', 'stylish', 'sarif']) {
      const one = run(['--jobs', '1', '--format', format, tmp]);
      const two = run(['--jobs', '3', '--format', format, tmp]);
      assert.equal(two.code, one.code);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr, format);
      assert.match(two.stderr, /草稿5\.5\.txt/);
      if (format === 'json') assert.equal(JSON.parse(two.stdout).filter((f: { ruleId: string }) => f.ruleId === 'doc-number-format').length, 12);
    }
    assert.equal(run(['--jobs', '0', tmp]).code, 2);
  });

  it('--jobs auto uses workers only for many files and spare cores', () => {
    assert.equal(defaultJobs(10, 8), 1);
    assert.equal(defaultJobs(1000, 2), 1);
    assert.equal(defaultJobs(1000, 8), 4);
    assert.equal(defaultJobs(20, 8), 3);
  });

  it('skips a binary file with a message; exit 2 when nothing else was linted', () => {
    const png = path.join(tmp, 'image.txt');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const alone = run([png]);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /不是文本文件/);
    const withOther = run([png, path.join(FIXTURES, 'drafts/clean-implementation.txt')]);
    assert.equal(withOther.code, 0);
  });

  it('stops with exit 2 and one clear message on an invalid config', () => {
    fs.writeFileSync(path.join(tmp, '.policylintrc.json'), '{\n  "rules": {\n    "heading-stlye": "warning"\n  }\n}\n');
    fs.writeFileSync(path.join(tmp, 'a.txt'), '某市实施方案\n');
    const r = run([path.join(tmp, 'a.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /配置文件无效/);
    assert.match(r.stderr, /\.policylintrc\.json:3: rules\.heading-stlye: unknown rule id "heading-stlye"/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  });

  it('applies --rule overrides and --quiet; usage errors exit 2', () => {
    const file = path.join(FIXTURES, 'drafts/defects-implementation.txt');
    const r = run(['--rule', 'doc-number-format=off', '--quiet', '--format', 'json', file]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), []);
    assert.equal(run(['--rule', 'no-such-rule=off', file]).code, 2);
    assert.equal(run(['--format', 'xml', file]).code, 2);
    assert.equal(run([]).code, 2);
  });

  it('speaks English with --lang en or an English locale', () => {
    const file = path.join(FIXTURES, 'drafts/defects-implementation.txt');
    assert.match(run(['--lang', 'en', file]).stdout, /Document number ".*" is malformed/);
    assert.match(run([file], { env: { LANG: 'en_US.UTF-8' } }).stdout, /problem\(s\)/);
  });

  it('citations: the notice in seed 001 resolves its three plans to their title lines', () => {
    const seed = seedPath('001');
    const r = run(['citations', '--format', 'json', seed]);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ line: number; title: string; target: { file: string; line: number } | null }>;
    const notice = rows.filter((x) => x.line === 12);
    assert.deepEqual(
      notice.map((x) => [x.title, x.target && path.basename(x.target.file), x.target?.line]),
      [
        ['“十四五”兰州经济圈发展规划', path.basename(seed), 21],
        ['“十四五”河西走廊经济带发展规划', path.basename(seed), 382],
        ['“十四五”陇东南区域发展规划', path.basename(seed), 734],
      ],
    );
    assert.ok(rows.some((x) => x.target === null));
  });
});
