/**
 * Bad input, through the core and through the built CLI (spawned as a user runs
 * it): empty and blank files, huge files and lines, deep nesting, binary files,
 * GBK/GB18030, BOM and every kind of line ending, unbalanced brackets, invalid
 * configuration, a file that changes under --fix, and the 1 000-finding cap.
 *
 * Big inputs are generated at test time in a temporary folder. The core runs on
 * them in a child process, so a run that never ends is killed and fails the test
 * instead of hanging the suite; nothing is timed beyond that.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { hashBytes, writeAtomically } from '../../src/cli/writeFile';
import { INTERNAL_RULE_ID, TRUNCATED_RULE_ID, lint, type Diagnostic } from '../../src/core/lint';
import type { DocumentType } from '../../src/core/parse/types';
import { ROOT } from './helpers';

const CLI = path.join(ROOT, 'dist/cli.js');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'docs/examples/sample-draft.txt'), 'utf8');
/** A child process gets this long before it is killed (a pass is far quicker). */
const BIG_INPUT_LIMIT_MS = Number(process.env.POLICYLINT_BIG_INPUT_LIMIT_MS) || 240000;

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: { range: { line: number; column: number; endLine: number; endColumn: number }; text: string };
}

function cli(args: string[], options: { input?: string | Buffer; cwd?: string; timeout?: number; lang?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: options.lang ?? 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' },
    timeout: options.timeout ?? 60000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`policylint ${args.join(' ')}: ${r.error.message}${r.signal ? ` (killed by ${r.signal})` : ''}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function json(r: { stdout: string; stderr: string }): JsonFinding[] {
  try {
    return JSON.parse(r.stdout) as JsonFinding[];
  } catch {
    throw new Error(`stdout is not JSON: ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr.slice(0, 2000)}`);
  }
}

/** Strips what depends on the file name, for comparing two runs. */
const positions = (findings: JsonFinding[]) =>
  findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    fix: f.fix && { range: f.fix.range, text: f.fix.text.replace(/\r\n?/g, '\n') },
  }));

/** Runs lint() on a file in a child process (killed after `limit` ms); returns a summary. */
function lintInChild(file: string, limit = BIG_INPUT_LIMIT_MS): { count: number; ruleIds: string[]; last?: string; internal: number; length: number } {
  const script = `
    const fs = require('fs');
    const { lint } = require(${JSON.stringify(path.join(ROOT, 'out/src/core/lint'))});
    const text = fs.readFileSync(process.argv[1], 'utf8');
    const { diagnostics } = lint(text);
    for (const d of diagnostics) {
      if (!(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= text.length)) throw new Error('range outside the text: ' + JSON.stringify(d));
    }
    process.stdout.write(JSON.stringify({
      count: diagnostics.length,
      ruleIds: [...new Set(diagnostics.map((d) => d.ruleId))].sort(),
      last: diagnostics.length ? diagnostics[diagnostics.length - 1].ruleId : undefined,
      internal: diagnostics.filter((d) => d.ruleId === 'policylint-internal').length,
      length: text.length,
    }));`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '-e', script, file], {
    encoding: 'utf8',
    timeout: limit,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error || r.signal) throw new Error(`lint() on ${path.basename(file)} did not finish within ${limit / 1000} s (${r.error?.message ?? r.signal})`);
  assert.equal(r.status, 0, `lint() on ${path.basename(file)} failed:\n${r.stderr.slice(0, 3000)}`);
  return JSON.parse(r.stdout);
}

/** Line contents with their terminators: 'a\r\nb\rc' → ['a\r\n', 'b\r', 'c']. */
function splitKeepingEols(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
const eolOf = (line: string) => /\r\n$|\r$|\n$/.exec(line)?.[0] ?? '';

/** Writes `text` with the given line ending between lines (a function of the line index for mixed endings). */
function withEols(text: string, eol: string | ((i: number) => string)): string {
  const lines = text.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? l + (typeof eol === 'string' ? eol : eol(i)) : l)).join('');
}

function noInternal(diagnostics: Diagnostic[]): void {
  const internal = diagnostics.filter((d) => d.ruleId === INTERNAL_RULE_ID);
  assert.deepEqual(internal, [], `a rule threw: ${internal.map((d) => d.message).join('; ')}`);
}

function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at .+(:\d+:\d+\)?|\(node:)/m, `stack trace on stderr:\n${stderr}`);
  assert.doesNotMatch(stderr, /内部错误|Internal error/, `internal error on stderr:\n${stderr}`);
}

// ---------------------------------------------------------------------------

describe('bad input', function () {
  this.timeout(60000);
  let tmp: string;

  before(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  });
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-bad-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('empty and blank files', () => {
    const BLANK = ['', ' ', '\n', '\r\n\r\n', '\r\r\r', '  \n\t\r\n\u3000\u3000\n\n', '\uFEFF', '\u00a0\u3000\t'];
    const TYPES: DocumentType[] = ['实施方案', '工作方案', '行动计划', '行动方案', '方案', '规划', '意见', '通知', '批复', '指南'];

    it('core: no findings at all without a type; only required-section with a type', () => {
      for (const text of BLANK) {
        const plain = lint(text);
        assert.deepEqual(plain.diagnostics, [], `findings on ${JSON.stringify(text)}`);
        for (const documentType of TYPES) {
          const { diagnostics } = lint(text, { documentType });
          noInternal(diagnostics);
          const others = diagnostics.filter((d) => d.ruleId !== 'required-section');
          assert.deepEqual(others, [], `${documentType} on ${JSON.stringify(text)}: ${others.map((d) => d.ruleId).join(', ')}`);
          for (const d of diagnostics) assert.ok(0 <= d.range.start && d.range.end <= text.length);
        }
        // The implementation skeleton has four standard sections, all missing.
        assert.ok(lint(text, { documentType: '实施方案' }).diagnostics.length >= 3, `no required-section on ${JSON.stringify(text)} as 实施方案`);
      }
    });

    it('CLI: empty and blank files exit 0 with no findings; with documentType in --config only required-section, on line 1', () => {
      const config = path.join(tmp, 'typed.json');
      fs.writeFileSync(config, '{ "documentType": "实施方案" }\n');
      const files = BLANK.map((text, i) => {
        const file = path.join(tmp, `blank-${i}.txt`);
        fs.writeFileSync(file, text);
        return file;
      });
      for (const file of files) {
        const r = cli(['--format', 'json', file]);
        assert.equal(r.code, 0, `${path.basename(file)}: ${r.stderr}`);
        assert.deepEqual(json(r), [], path.basename(file));
        assertNoStack(r.stderr);
        const typed = cli(['--format', 'json', '--config', config, file]);
        assert.equal(typed.code, 0, typed.stderr);
        const findings = json(typed);
        assert.ok(findings.length > 0, `no required-section for ${path.basename(file)}`);
        for (const f of findings) {
          assert.equal(f.ruleId, 'required-section');
          assert.equal(f.line, 1);
        }
      }
      const stdin = cli(['--format', 'json', '-'], { input: '' });
      assert.equal(stdin.code, 0, stdin.stderr);
      assert.deepEqual(json(stdin), []);
    });
  });

  describe('huge input', function () {
    this.timeout(BIG_INPUT_LIMIT_MS * 2 + 60000);
    const TEN_MB = 10 * 1024 * 1024;

    /** Repeats `unit` after `head` until the UTF-8 size reaches `bytes`. */
    function grow(head: string, unit: string, bytes: number): string {
      const n = Math.ceil((bytes - Buffer.byteLength(head)) / Buffer.byteLength(unit));
      return head + unit.repeat(Math.max(1, n));
    }

    /** The sample's plan (title, then its body) without the date line that closes it. */
    function onePlan(bytes: number): string {
      const lines = SAMPLE.split('\n');
      const start = lines.findIndex((l) => l === '安平县农村人居环境整治提升实施方案');
      const body = lines.slice(start + 1).filter((l) => l && !/^二○二四年/.test(l));
      return grow(lines[start] + '\n', body.join('\n') + '\n', bytes);
    }

    it('a 10 MB draft that is one long plan: core and CLI finish, CLI exits 0 or 1', () => {
      const file = path.join(tmp, 'one-plan-10mb.txt');
      fs.writeFileSync(file, onePlan(TEN_MB));
      assert.ok(fs.statSync(file).size >= TEN_MB);
      const core = lintInChild(file);
      assert.equal(core.internal, 0);
      assert.equal(core.count, 1001);
      assert.equal(core.last, TRUNCATED_RULE_ID);
      const r = cli(['--format', 'json', file], { timeout: BIG_INPUT_LIMIT_MS });
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 1000)}`);
      assert.equal(json(r).length, 1001);
      assertNoStack(r.stderr);
    });

    it('a 10 MB draft made of the sample notice-and-plan repeated (about 13 000 documents): core and CLI finish, CLI exits 0 or 1', () => {
      const file = path.join(tmp, 'repeated-10mb.txt');
      fs.writeFileSync(file, grow('', SAMPLE.endsWith('\n') ? SAMPLE : SAMPLE + '\n', TEN_MB));
      assert.ok(fs.statSync(file).size >= TEN_MB);
      const core = lintInChild(file);
      assert.equal(core.internal, 0);
      assert.equal(core.last, TRUNCATED_RULE_ID);
      const r = cli(['--format', 'json', file], { timeout: BIG_INPUT_LIMIT_MS });
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 1000)}`);
      assert.equal(json(r).length, 1001);
      assertNoStack(r.stderr);
    });

    it('one 1 MB line: capped at 1000 findings plus the policylint-too-many summary (core and CLI)', () => {
      const unit = '推进农村人居环境整治,加强管理(2024-2025年),污水治理率提高15～30%。';
      const line = grow('', unit, 1024 * 1024);
      const { diagnostics } = lint(line);
      noInternal(diagnostics);
      assert.equal(diagnostics.length, 1001);
      const summary = diagnostics[1000];
      assert.equal(summary.ruleId, TRUNCATED_RULE_ID);
      assert.equal(summary.severity, 'info');
      assert.equal(diagnostics.filter((d) => d.ruleId === TRUNCATED_RULE_ID).length, 1);
      for (const d of diagnostics) assert.ok(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= line.length);
      const file = path.join(tmp, 'one-line.txt');
      fs.writeFileSync(file, line);
      const r = cli(['--format', 'json', file], { timeout: BIG_INPUT_LIMIT_MS });
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const findings = json(r);
      assert.equal(findings.length, 1001);
      assert.equal(findings.filter((f) => f.ruleId === TRUNCATED_RULE_ID).length, 1);
      assert.ok(findings.every((f) => f.line === 1));
    });

    it('200 000 spaces after a year, 附件, 第, a number or between words (OCR gaps): lint finishes with the usual findings', () => {
      const gap = ' '.repeat(200000);
      for (const line of ['2020' + gap + '建设', '附件' + gap + '方案', '第' + gap + '条', '12' + gap + '个', '加强' + gap + '建设', '甘政发〔2021' + gap + '〕9号']) {
        const text = '某市实施方案\n一、总体要求\n' + line + '\n';
        const { diagnostics } = lint(text);
        noInternal(diagnostics);
        for (const d of diagnostics) assert.ok(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= text.length);
      }
    });

    for (const [name, text] of [
      ['5 000 nested （', '某市实施方案\n一、总体要求\n' + '（'.repeat(5000) + '推进工作' + '）'.repeat(5000) + '。\n' + '（'.repeat(5000) + '\n'],
      ['5 000 nested 《', '某市实施方案\n一、总体要求\n根据' + '《'.repeat(5000) + '某市规划' + '》'.repeat(5000) + '。\n' + '《'.repeat(5000) + '\n'],
      ['5 000 nested (（《〔【“', '(（《〔【“'.repeat(5000) + '\n' + '”】〕》）)'.repeat(5000)],
    ] as const) {
      it(`${name}: lint finishes, CLI exits 0 or 1`, () => {
        const { diagnostics } = lint(text);
        noInternal(diagnostics);
        if (name.includes('《')) assert.ok(diagnostics.some((d) => d.ruleId === 'citation-brackets'), 'no citation-brackets finding');
        const file = path.join(tmp, 'nested.txt');
        fs.writeFileSync(file, text);
        const r = cli(['--format', 'json', file]);
        assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
        json(r);
        assertNoStack(r.stderr);
      });
    }
  });

  describe('binary files', () => {
    const PNG = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e00000000049454e44ae426082',
      'hex',
    );

    it('a PNG renamed .txt, a file with NUL bytes, a file of control bytes: 不是文本文件, exit 2 when nothing else was linted', () => {
      const files = {
        png: path.join(tmp, 'image.txt'),
        nul: path.join(tmp, 'nul.txt'),
        control: path.join(tmp, 'control.txt'),
      };
      fs.writeFileSync(files.png, PNG);
      fs.writeFileSync(files.nul, Buffer.concat([Buffer.from('某市实施方案\n一、总体要求\n'), Buffer.from([0, 0, 0, 1]), Buffer.from('正文\n')]));
      fs.writeFileSync(files.control, Buffer.from(Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 6, 7, 0x41][i % 8])));
      for (const [kind, file] of Object.entries(files)) {
        const r = cli([file]);
        assert.equal(r.code, 2, `${kind}: exit ${r.code}`);
        assert.match(r.stderr, /image\.txt|nul\.txt|control\.txt/);
        assert.match(r.stderr, /不是文本文件/, kind);
        assert.equal(r.stdout, '', kind);
        assertNoStack(r.stderr);
        const en = cli(['--lang', 'en', file]);
        assert.equal(en.code, 2);
        assert.match(en.stderr, /not a text file/i);
      }
      const all = cli([files.png, files.nul, files.control]);
      assert.equal(all.code, 2);
      assert.equal(all.stderr.match(/不是文本文件/g)?.length, 3);
    });

    it('a binary file next to a draft: skipped with the message, the draft is linted, exit code is the draft’s', () => {
      const png = path.join(tmp, 'image.txt');
      fs.writeFileSync(png, PNG);
      const draft = path.join(tmp, 'draft.txt');
      fs.writeFileSync(draft, SAMPLE);
      const r = cli(['--format', 'json', png, draft]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /image\.txt：不是文本文件/);
      const findings = json(r);
      assert.ok(findings.length > 0);
      assert.ok(findings.every((f) => f.file === draft));
      const clean = path.join(tmp, 'clean.txt');
      fs.writeFileSync(clean, '某市关于加快发展的意见\n');
      const dir = cli(['--format', 'json', tmp]);
      assert.equal(dir.code, 1, dir.stderr);
      assert.match(dir.stderr, /不是文本文件/);
      assert.deepEqual([...new Set(json(dir).map((f) => path.basename(f.file)))], ['draft.txt']);
    });
  });

  describe('GBK / GB18030', () => {
    // The sample draft plus a character outside GBK (GB18030 four-byte) in a unit name.
    const TEXT = SAMPLE.replace('县卫生健康局、县乡村振兴局配合', '县卫生健康局、县𠀀乡村振兴局配合');

    it('is decoded with a notice on stderr and linted with the same positions as the UTF-8 file', () => {
      const gb = path.join(tmp, 'gb.txt');
      const utf8 = path.join(tmp, 'utf8.txt');
      fs.writeFileSync(gb, iconv.encode(TEXT, 'gb18030'));
      fs.writeFileSync(utf8, TEXT);
      const a = cli(['--format', 'json', gb]);
      const b = cli(['--format', 'json', utf8]);
      assert.match(a.stderr, /gb\.txt：不是 UTF-8 编码，已按 GB18030 解码/);
      assert.doesNotMatch(b.stderr, /GB18030/);
      assert.equal(a.code, b.code);
      assert.deepEqual(positions(json(a)), positions(json(b)));
      const docNumber = json(a).find((f) => f.ruleId === 'doc-number-format');
      assert.equal(docNumber?.line, 2);
    });

    it('--fix writes it back in GB18030 (not UTF-8), with the same fixes as the UTF-8 file', () => {
      const gb = path.join(tmp, 'gb.txt');
      const utf8 = path.join(tmp, 'utf8.txt');
      fs.writeFileSync(gb, iconv.encode(TEXT, 'gb18030'));
      fs.writeFileSync(utf8, TEXT);
      const a = cli(['--fix', '--format', 'json', gb]);
      cli(['--fix', '--format', 'json', utf8]);
      assert.match(a.stderr, /gb\.txt：已修复 \d+ 处/);
      const bytes = fs.readFileSync(gb);
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixed file was written as UTF-8');
      const fixed = iconv.decode(bytes, 'gb18030');
      assert.equal(fixed, fs.readFileSync(utf8, 'utf8'));
      assert.match(fixed, /安政办发〔2024〕8号/);
      assert.match(fixed, /县𠀀乡村振兴局/);
      assert.deepEqual(iconv.encode(fixed, 'gb18030'), bytes);
    });
  });

  describe('UTF-16 and missing input', () => {
    it('UTF-16 LE and BE files with a BOM are decoded and linted like the UTF-8 file', () => {
      const utf8 = path.join(tmp, 'u8.txt');
      fs.writeFileSync(utf8, SAMPLE);
      const expected = positions(json(cli(['--format', 'json', utf8])));
      assert.ok(expected.length > 0);
      const le = path.join(tmp, 'u16le.txt');
      fs.writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, 'utf16le')]));
      const be = path.join(tmp, 'u16be.txt');
      fs.writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf16be')]));
      for (const file of [le, be]) {
        const r = cli(['--format', 'json', file]);
        assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
        assert.deepEqual(positions(json(r)), expected);
      }
    });

    it('a file that does not exist: named in one message, exit 2, and the other files are still linted', () => {
      const missing = path.join(tmp, '不存在的草稿.txt');
      const alone = cli([missing]);
      assert.equal(alone.code, 2);
      assert.match(alone.stderr, /不存在的草稿\.txt：文件或目录不存在/);
      assertNoStack(alone.stderr);
      const draft = path.join(tmp, 'draft.txt');
      fs.writeFileSync(draft, SAMPLE);
      const both = cli(['--format', 'json', missing, draft]);
      assert.match(both.stderr, /文件或目录不存在/);
      assert.ok(json(both).length > 0);
    });
  });

  describe('BOM and line endings', () => {
    // The sample has no blank lines, so a CR ending never meets the next line's LF.
    const TEXT = SAMPLE.replace(/\n+$/, '');
    const MIXED = (i: number) => ['\r\n', '\n', '\r'][i % 3];
    const VARIANTS: Array<[string, string]> = [
      ['LF', withEols(TEXT, '\n') + '\n'],
      ['CRLF', withEols(TEXT, '\r\n') + '\r\n'],
      ['CR only', withEols(TEXT, '\r') + '\r'],
      ['mixed', withEols(TEXT, MIXED) + '\r\n'],
      ['BOM + LF', '\uFEFF' + withEols(TEXT, '\n') + '\n'],
      ['BOM + CRLF', '\uFEFF' + withEols(TEXT, '\r\n') + '\r\n'],
      ['BOM + mixed, no final line break', '\uFEFF' + withEols(TEXT, MIXED)],
    ];

    it('JSON positions are exact whatever the line endings and BOM', () => {
      const files = VARIANTS.map(([name, text], i) => {
        const file = path.join(tmp, `v${i}.txt`);
        fs.writeFileSync(file, text);
        return [name, file] as const;
      });
      assert.ok(!/\n\n/.test(TEXT));
      const reference = json(cli(['--format', 'json', files[0][1]]));
      assert.ok(reference.length > 10);
      // Spot checks against the text itself.
      const lines = TEXT.split('\n');
      const dn = reference.find((f) => f.ruleId === 'doc-number-format')!;
      assert.equal(lines[dn.line - 1].slice(dn.column - 1, dn.endColumn - 1), '安政办发[2024]08号');
      const date = reference.find((f) => f.ruleId === 'date-format' && f.line === 7)!;
      assert.equal(lines[date.line - 1].slice(date.column - 1, date.endColumn - 1), '2024.3.15');
      for (const f of reference) {
        const where = lines[f.line - 1];
        assert.ok(where !== undefined && f.column - 1 <= where.length, `${f.ruleId} at ${f.line}:${f.column} outside the text`);
      }
      for (const [name, file] of files.slice(1)) {
        const r = cli(['--format', 'json', file]);
        assert.deepEqual(positions(json(r)), positions(reference), name);
      }
    });

    it('--fix keeps the BOM and every line ending byte for byte outside the fixed ranges', () => {
      const lfFile = path.join(tmp, 'lf.txt');
      fs.writeFileSync(lfFile, VARIANTS[0][1]);
      const reference = json(cli(['--format', 'json', lfFile]));
      cli(['--fix', lfFile]);
      const fixedLf = fs.readFileSync(lfFile, 'utf8');
      assert.notEqual(fixedLf, VARIANTS[0][1], 'nothing was fixed');
      const fixedLines = new Set<number>();
      for (const f of reference) if (f.fix) for (let l = f.fix.range.line; l <= f.fix.range.endLine; l++) fixedLines.add(l);

      for (const [name, text] of VARIANTS.slice(1)) {
        const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.txt`);
        fs.writeFileSync(file, text);
        const r = cli(['--fix', file]);
        assert.match(r.stderr, /已修复 \d+ 处/, name);
        const out = fs.readFileSync(file);
        const hadBom = text.startsWith('\uFEFF');
        assert.equal(out.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), hadBom, `${name}: BOM ${hadBom ? 'lost' : 'added'}`);
        const fixed = out.toString('utf8').replace(/^\uFEFF/, '');
        const before = splitKeepingEols(text.replace(/^\uFEFF/, ''));
        const after = splitKeepingEols(fixed);
        assert.equal(after.length, before.length, `${name}: line count changed`);
        assert.deepEqual(after.map(eolOf), before.map(eolOf), `${name}: line endings changed`);
        before.forEach((line, i) => {
          if (!fixedLines.has(i + 1)) assert.equal(after[i], line, `${name}: line ${i + 1} changed though nothing was fixed there`);
        });
        const finalEol = /[\r\n]$/.test(text) ? '' : '\n';
        assert.equal(fixed.replace(/\r\n?/g, '\n') + finalEol, fixedLf, `${name}: fixed differently from the LF file`);
      }
    });
  });

  describe('unbalanced brackets', () => {
    const HEAD = '某市数字经济发展实施方案\n';

    it('《 without 》 and 》 without 《: citation-brackets, and every other finding is still there', () => {
      const base = HEAD + '一、总体要求\n1、推进工作。\n附件:某市实施方案。\n甘政发【2021】9号\n';
      const baseIds = new Set(lint(base).diagnostics.map((d) => d.ruleId));
      assert.ok(baseIds.has('heading-style') && baseIds.has('doc-number-format'));
      for (const broken of ['根据《某市规划的通知，开展工作。', '根据某市规划》，开展工作。', '《《某市规划》，开展工作。', '根据《某市规划》》》，开展工作。', '》《']) {
        const text = base + broken + '\n';
        const { diagnostics } = lint(text);
        noInternal(diagnostics);
        const line = text.split('\n').length - 1;
        const onLine = diagnostics.filter((d) => text.slice(0, d.range.start).split('\n').length === line);
        assert.ok(onLine.some((d) => d.ruleId === 'citation-brackets'), `no citation-brackets on ${broken}`);
        for (const id of baseIds) assert.ok(diagnostics.some((d) => d.ruleId === id), `${id} lost next to ${broken}`);
        for (const d of diagnostics) if (d.ruleId === 'citation-brackets') assert.match(text.slice(d.range.start, d.range.end), /[《》]/);
      }
    });

    it('a 发文字号 with 〔 and no 〕 (or 〕 and no 〔): doc-number-format', () => {
      for (const number of ['甘政发〔2021 9号', '甘政发2021〕9号']) {
        for (const text of [
          `关于印发某市实施方案的通知\n${number}\n各县区人民政府：\n　　现将《某市实施方案》印发给你们。\n`,
          `${HEAD}一、总体要求\n根据《某市规划》（${number}），开展工作。\n`,
        ]) {
          const { diagnostics } = lint(text);
          noInternal(diagnostics);
          const hit = diagnostics.find((d) => d.ruleId === 'doc-number-format');
          assert.ok(hit, `no doc-number-format for ${number} in ${JSON.stringify(text)}; got ${diagnostics.map((d) => d.ruleId).join(', ')}`);
          assert.match(text.slice(hit.range.start, hit.range.end), /2021/);
        }
      }
    });

    it('〔 without 〕 and 【 without 】 elsewhere break nothing', () => {
      const text = HEAD + '一、总体要求\n（一）〔2021年工作〔安排\n【重点】【任务\n1、推进工作。（市发改委牵头\n二、保障措施\n》》》〕〕】】\n';
      const { diagnostics } = lint(text);
      noInternal(diagnostics);
      assert.ok(diagnostics.some((d) => d.ruleId === 'heading-style'));
      assert.ok(diagnostics.some((d) => d.ruleId === 'citation-brackets'));
      for (const d of diagnostics) assert.ok(0 <= d.range.start && d.range.end <= text.length);
      const file = path.join(tmp, 'brackets.txt');
      fs.writeFileSync(file, text);
      const r = cli(['--format', 'json', file]);
      assert.equal(r.code, 1, r.stderr);
      assertNoStack(r.stderr);
    });
  });

  describe('invalid .policylintrc.json', () => {
    const CASES: Array<{ name: string; config: string; line: number; key?: RegExp; says: RegExp }> = [
      { name: 'bad JSON (missing comma)', config: '{\n  "rules": {\n    "heading-style": "off"\n  }\n  "documentType": "规划"\n}\n', line: 5, says: /invalid JSON/ },
      { name: 'bad JSON (truncated)', config: '{\n  "rules": {\n    "heading-style": "off"\n', line: 4, says: /invalid JSON/ },
      { name: 'empty file', config: '', line: 1, says: /invalid JSON/ },
      { name: 'a severity that does not exist', config: '{\n  "rules": {\n    "heading-style": "loud"\n  }\n}\n', line: 3, key: /rules\.heading-style/, says: /off.*info.*warning.*error/ },
      { name: 'documentType of the wrong type', config: '{\n  // forced\n  "documentType": 5\n}\n', line: 3, key: /documentType/, says: /实施方案/ },
      { name: 'units as a string', config: '{\n  "units": "市数据局"\n}\n', line: 2, key: /units/, says: /array/ },
      { name: 'an ignore entry of the wrong shape', config: '{\n  "ignore": [\n    { "rule": "heading-style", "files": 3 }\n  ]\n}\n', line: 3, key: /ignore\.0\.files/, says: /string/ },
      { name: 'an unknown rule id', config: '{\n  "rules": {\n    "heading-stlye": "warning"\n  }\n}\n', line: 3, key: /rules\.heading-stlye/, says: /unknown rule id "heading-stlye"/ },
      { name: 'an unknown rule id in ignore', config: '{\n  "ignore": [\n    { "rule": "no-such-rule" }\n  ]\n}\n', line: 3, key: /ignore\.0\.rule/, says: /unknown rule id "no-such-rule"/ },
      { name: 'an unknown key', config: '{\n  "rules": {},\n  "rulez": {}\n}\n', line: 3, key: /rulez/, says: /unknown key "rulez"/ },
    ];

    for (const c of CASES) {
      it(`${c.name}: one message naming file, line${c.key ? ' and key' : ''}; exit 2; nothing linted; no stack trace`, () => {
        const dir = path.join(tmp, 'project');
        fs.mkdirSync(dir);
        const config = path.join(dir, '.policylintrc.json');
        fs.writeFileSync(config, c.config);
        const draft = path.join(dir, 'draft.txt');
        fs.writeFileSync(draft, SAMPLE);
        for (const args of [[draft], ['--config', config, '--format', 'json', draft]]) {
          const r = cli(args);
          assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
          assert.equal(r.stdout, '', 'something was linted');
          assert.equal(r.stderr.match(/配置文件无效/g)?.length, 1, r.stderr);
          const problems = r.stderr.split('\n').filter((l) => l.includes('.policylintrc.json'));
          assert.equal(problems.length, 1, `expected one problem line:\n${r.stderr}`);
          assert.match(problems[0], new RegExp(`${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${c.line}: `), problems[0]);
          if (c.key) assert.match(problems[0], c.key);
          assert.match(problems[0], c.says);
          assertNoStack(r.stderr);
        }
      });
    }
  });

  describe('--fix and a file that changes under it (writeAtomically)', () => {
    const foreign = (dir: string, name: string) => fs.readdirSync(dir).filter((f) => f !== name);

    it('refuses to write when the file changed since it was read; no temp file is left', () => {
      const file = path.join(tmp, '草稿.txt');
      const original = Buffer.from('某市实施方案\n甘政发【2021】9号\n');
      fs.writeFileSync(file, original);
      const readHash = hashBytes(original);
      fs.writeFileSync(file, '某市实施方案\n甘政发【2021】9号\n另一人的修改。\n');
      const outcome = writeAtomically(file, Buffer.from('fixed'), readHash);
      assert.deepEqual(outcome, { ok: false, reason: 'changed' });
      assert.equal(fs.readFileSync(file, 'utf8'), '某市实施方案\n甘政发【2021】9号\n另一人的修改。\n');
      assert.deepEqual(foreign(tmp, '草稿.txt'), []);
    });

    it('writes when unchanged, keeping the file mode; no temp file is left', () => {
      for (const mode of [0o640, 0o600, 0o755, 0o444]) {
        const file = path.join(tmp, `mode-${mode.toString(8)}.txt`);
        const original = Buffer.from('某市实施方案\n');
        fs.writeFileSync(file, original);
        fs.chmodSync(file, mode);
        const outcome = writeAtomically(file, Buffer.from('某市实施方案（修改）\n'), hashBytes(original));
        assert.deepEqual(outcome, { ok: true });
        assert.equal(fs.readFileSync(file, 'utf8'), '某市实施方案（修改）\n');
        assert.equal(fs.statSync(file).mode & 0o7777, mode, `mode ${mode.toString(8)} not kept`);
        assert.deepEqual(foreign(tmp, path.basename(file)), []);
        fs.rmSync(file, { force: true });
      }
    });

    it('a symlinked draft: the file it points to is written and the link stays a link', () => {
      const target = path.join(tmp, 'real.txt');
      const link = path.join(tmp, 'link.txt');
      const original = Buffer.from('某市实施方案\n');
      fs.writeFileSync(target, original);
      fs.symlinkSync(target, link);
      assert.deepEqual(writeAtomically(link, Buffer.from('某市实施方案（修改）\n'), hashBytes(original)), { ok: true });
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      assert.equal(fs.readFileSync(target, 'utf8'), '某市实施方案（修改）\n');
      assert.deepEqual(foreign(tmp, 'real.txt').sort(), ['link.txt']);
      fs.rmSync(link);
      fs.rmSync(target);
    });

    it('cleans up its temp file when the rename fails, and leaves the original alone', () => {
      const file = path.join(tmp, 'a.txt');
      const original = Buffer.from('某市实施方案\n');
      fs.writeFileSync(file, original);
      // Patch the module object itself: writeFile.ts reads fs.renameSync through it.
      const nodeFs = require('node:fs') as typeof fs;
      const realRename = nodeFs.renameSync;
      nodeFs.renameSync = () => {
        throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
      };
      let outcome;
      try {
        outcome = writeAtomically(file, Buffer.from('x'), hashBytes(original));
      } finally {
        nodeFs.renameSync = realRename;
      }
      assert.equal(outcome.ok, false);
      assert.equal(!outcome.ok && outcome.reason, 'error');
      assert.deepEqual(fs.readFileSync(file), original);
      assert.deepEqual(foreign(tmp, 'a.txt'), []);
    });
  });

  describe('more than 1 000 findings', () => {
    // 600 errors (发文字号), 600 warnings (heading markers), 600 info (year ranges), interleaved.
    function manyFindings(): string {
      const lines = ['某市关于加快发展的意见'];
      for (let i = 1; i <= 600; i++) {
        lines.push(`${i}、推进第${i}项工作，安排2024-2025年资金。`);
        lines.push(`依据甘政发【2021】${i}号文件。`);
      }
      return lines.join('\n') + '\n';
    }

    it('core: capped at 1000 — errors first, then warnings, then info, in document order — plus one summary', () => {
      const text = manyFindings();
      const all = lint(text, { maxFindings: 1e9 }).diagnostics;
      const count = (ds: Diagnostic[], severity: string) => ds.filter((d) => d.severity === severity).length;
      assert.ok(count(all, 'error') >= 600 && count(all, 'warning') >= 600 && count(all, 'info') >= 600, 'the draft does not have the findings it should');
      const { diagnostics } = lint(text);
      assert.equal(diagnostics.length, 1001);
      const summary = diagnostics[1000];
      assert.equal(summary.ruleId, TRUNCATED_RULE_ID);
      assert.match(summary.message, new RegExp(`${all.length - 1000}`));
      const kept = diagnostics.slice(0, 1000);
      for (let i = 1; i < kept.length; i++) assert.ok(kept[i - 1].range.start <= kept[i].range.start, 'not in document order');
      const errors = count(all, 'error');
      assert.equal(count(kept, 'error'), errors, 'an error was dropped');
      assert.equal(count(kept, 'warning'), Math.min(count(all, 'warning'), 1000 - errors));
      assert.equal(count(kept, 'info'), Math.max(0, 1000 - errors - count(all, 'warning')));
      // The warnings kept are the first ones in the document.
      const allWarnings = all.filter((d) => d.severity === 'warning').map((d) => d.range.start);
      const keptWarnings = kept.filter((d) => d.severity === 'warning').map((d) => d.range.start);
      assert.deepEqual(keptWarnings, allWarnings.slice(0, keptWarnings.length));
      assert.equal(lint(text, { lang: 'en' }).diagnostics[1000].ruleId, TRUNCATED_RULE_ID);
    });

    it('CLI: the JSON output has the same 1000 findings and the summary; exit 1', () => {
      const file = path.join(tmp, 'many.txt');
      fs.writeFileSync(file, manyFindings());
      const r = cli(['--format', 'json', file]);
      assert.equal(r.code, 1, r.stderr);
      const findings = json(r);
      assert.equal(findings.length, 1001);
      assert.equal(findings.filter((f) => f.ruleId === TRUNCATED_RULE_ID).length, 1);
      const errors = lint(manyFindings(), { maxFindings: 1e9 }).diagnostics.filter((d) => d.severity === 'error').length;
      assert.equal(findings.filter((f) => f.severity === 'error').length, errors);
      const stylish = cli([file]);
      assert.equal(stylish.code, 1);
      assert.match(stylish.stdout, /policylint-too-many/);
    });
  });
});
