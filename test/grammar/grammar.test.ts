import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// Tests compile to out/test/grammar/*.js: the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const MAIN_GRAMMAR = path.join(ROOT, 'syntaxes/policy-draft.tmLanguage.json');
const INJECTION_GRAMMAR = path.join(ROOT, 'syntaxes/policy-draft.markdown-injection.tmLanguage.json');
const FIXTURES = path.join(ROOT, 'test/fixtures/grammar');
const SNIPPETS = path.join(ROOT, 'snippets/policy-draft.code-snippets');

const MAIN_SCOPE = 'text.policy-draft';
const INJECTION_SCOPE = 'text.policy-draft.injection';
const MARKDOWN_SCOPE = 'text.html.markdown';

/**
 * A stand-in for VS Code's Markdown grammar (not installed here): just enough structure
 * (heading, fenced code, inline code, bold) to check that the injection adds its scopes to
 * prose, keeps Markdown's own scopes, and stays out of code. Inline code is a begin/end
 * rule on purpose, so only the injection selector's exclusion keeps the injection out of it.
 */
const STUB_MARKDOWN = {
  scopeName: MARKDOWN_SCOPE,
  patterns: [
    {
      name: 'markup.fenced_code.block.markdown',
      begin: '^(```)([a-z]*)$',
      end: '^(```)$',
      contentName: 'meta.embedded.block.text',
    },
    {
      name: 'markup.heading.markdown',
      begin: '^(#{1,6})[ ]+',
      beginCaptures: { 1: { name: 'punctuation.definition.heading.markdown' } },
      end: '$',
      contentName: 'entity.name.section.markdown',
    },
    {
      name: 'markup.inline.raw.string.markdown',
      begin: '`',
      end: '`',
    },
    {
      name: 'markup.bold.markdown',
      begin: '\\*\\*',
      end: '\\*\\*',
    },
    {
      name: 'markup.list.numbered.markdown',
      match: '^([0-9]+\\.)[ ]',
      captures: { 1: { name: 'punctuation.definition.list.begin.markdown' } },
    },
  ],
};

interface TokenizedLine {
  text: string;
  tokens: vsctm.IToken[];
}

let registryPromise: Promise<vsctm.Registry> | undefined;

function registry(): Promise<vsctm.Registry> {
  if (!registryPromise) {
    registryPromise = (async () => {
      const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
      // loadWASM returns the same promise when it was already called in this process.
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
      const onigLib: Promise<vsctm.IOnigLib> = Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      });
      return new vsctm.Registry({
        onigLib,
        loadGrammar: async (scopeName: string) => {
          if (scopeName === MAIN_SCOPE) return vsctm.parseRawGrammar(fs.readFileSync(MAIN_GRAMMAR, 'utf8'), MAIN_GRAMMAR);
          if (scopeName === INJECTION_SCOPE) {
            return vsctm.parseRawGrammar(fs.readFileSync(INJECTION_GRAMMAR, 'utf8'), INJECTION_GRAMMAR);
          }
          if (scopeName === MARKDOWN_SCOPE) return vsctm.parseRawGrammar(JSON.stringify(STUB_MARKDOWN), 'stub-markdown.json');
          return null;
        },
        getInjections: (scopeName: string) => (scopeName === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
      });
    })();
  }
  return registryPromise;
}

async function grammar(scopeName: string): Promise<vsctm.IGrammar> {
  const g = await (await registry()).loadGrammar(scopeName);
  assert.ok(g, `grammar ${scopeName} did not load`);
  return g;
}

function tokenizeText(g: vsctm.IGrammar, text: string): TokenizedLine[] {
  const out: TokenizedLine[] = [];
  let state: vsctm.StateStack = vsctm.INITIAL;
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    // vscode-textmate tokenises the line with a trailing \n: clamp the last token to the text.
    const tokens = result.tokens.map((t) => ({ ...t, endIndex: Math.min(t.endIndex, line.length) }));
    out.push({ text: line, tokens: tokens.filter((t) => t.endIndex > t.startIndex || line.length === 0) });
  }
  return out;
}

/** TextMate selector semantics for one scope: `a.b` matches `a.b` and `a.b.c`, not `a.bc`. */
function scopeMatches(scope: string, selector: string): boolean {
  return scope === selector || scope.startsWith(selector + '.');
}

function hasScope(token: vsctm.IToken, selector: string): boolean {
  return token.scopes.some((s) => scopeMatches(s, selector));
}

class Doc {
  constructor(private readonly lines: TokenizedLine[]) {}

  /** The one line that contains `needle` (fails when none or several do). */
  line(needle: string): TokenizedLine {
    const found = this.lines.filter((l) => l.text.includes(needle));
    assert.equal(found.length, 1, `expected exactly one fixture line containing ${JSON.stringify(needle)}, found ${found.length}`);
    return found[0]!;
  }

  lineStartingWith(prefix: string): TokenizedLine {
    const found = this.lines.filter((l) => l.text.startsWith(prefix));
    assert.equal(found.length, 1, `expected exactly one fixture line starting with ${JSON.stringify(prefix)}, found ${found.length}`);
    return found[0]!;
  }

  /**
   * Asserts that `selector` covers exactly `sub` inside the line containing `lineNeedle`:
   * every token of `sub` has it, and the tokens right before and after do not.
   */
  span(lineNeedle: string, sub: string, selector: string, occurrence = 0): void {
    spanIn(this.line(lineNeedle), sub, selector, occurrence);
  }

  none(lineNeedle: string, sub: string, selector: string): void {
    noneIn(this.line(lineNeedle), sub, selector);
  }
}

function locate(line: TokenizedLine, sub: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = line.text.indexOf(sub, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(sub)} (occurrence ${occurrence}) not in ${JSON.stringify(line.text)}`);
  }
  return at;
}

function describeTokens(line: TokenizedLine): string {
  return line.tokens
    .map((t) => `${JSON.stringify(line.text.slice(t.startIndex, t.endIndex))} ${t.scopes.slice(1).join(' ')}`)
    .join('\n  ');
}

function spanIn(line: TokenizedLine, sub: string, selector: string, occurrence = 0): void {
  const start = locate(line, sub, occurrence);
  const end = start + sub.length;
  const inside = line.tokens.filter((t) => t.endIndex > start && t.startIndex < end);
  const ctx = `${selector} on ${JSON.stringify(sub)} in ${JSON.stringify(line.text)}\n  ${describeTokens(line)}`;
  assert.ok(inside.length > 0, `no tokens for ${ctx}`);
  assert.equal(inside[0]!.startIndex, start, `a token straddles the start of ${ctx}`);
  assert.equal(inside[inside.length - 1]!.endIndex, end, `a token straddles the end of ${ctx}`);
  for (const t of inside) assert.ok(hasScope(t, selector), `missing ${ctx}`);
  const before = line.tokens.find((t) => t.endIndex === start);
  const after = line.tokens.find((t) => t.startIndex === end);
  if (before) assert.ok(!hasScope(before, selector), `scope extends before ${ctx}`);
  if (after) assert.ok(!hasScope(after, selector), `scope extends after ${ctx}`);
}

function noneIn(line: TokenizedLine, sub: string, selector: string): void {
  const start = locate(line, sub, 0);
  const end = start + sub.length;
  for (const t of line.tokens.filter((t) => t.endIndex > start && t.startIndex < end)) {
    assert.ok(!hasScope(t, selector), `unexpected ${selector} on ${JSON.stringify(sub)} in ${JSON.stringify(line.text)}\n  ${describeTokens(line)}`);
  }
}

function lineHasScope(line: TokenizedLine, selector: string): boolean {
  return line.tokens.some((t) => hasScope(t, selector));
}

/** Every `name`/`contentName` in a grammar, split into single scopes. */
function collectScopeNames(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) collectScopeNames(item, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        for (const s of value.split(/\s+/)) if (s) out.add(s);
      } else {
        collectScopeNames(value, out);
      }
    }
  }
  return out;
}

const STANDARD_ROOTS = ['comment', 'constant', 'entity', 'invalid', 'keyword', 'markup', 'meta', 'punctuation', 'storage', 'string', 'support', 'variable'];

describe('policy-draft grammar (text.policy-draft)', () => {
  let doc: Doc;

  before(async () => {
    const g = await grammar(MAIN_SCOPE);
    doc = new Doc(tokenizeText(g, fs.readFileSync(path.join(FIXTURES, 'draft.policy.txt'), 'utf8')));
  });

  it('uses standard TextMate scope roots, all suffixed with .policy-draft', () => {
    const raw = JSON.parse(fs.readFileSync(MAIN_GRAMMAR, 'utf8')) as { scopeName: string; patterns: unknown; repository: unknown };
    assert.equal(raw.scopeName, MAIN_SCOPE);
    const names = collectScopeNames([raw.patterns, raw.repository], new Set());
    assert.ok(names.size >= 20, `only ${names.size} scope names`);
    for (const name of names) {
      assert.ok(STANDARD_ROOTS.includes(name.split('.')[0]!), `non-standard scope root: ${name}`);
      assert.ok(name.endsWith('.policy-draft'), `scope without the .policy-draft suffix: ${name}`);
    }
  });

  describe('headings', () => {
    it('level 1 一、 after EN SPACE indentation: marker and title, indentation left out', () => {
      doc.span('一、总体要求', '一、', 'punctuation.definition.heading.policy-draft');
      doc.span('一、总体要求', '一、总体要求', 'markup.heading.1.policy-draft');
      doc.span('一、总体要求', '总体要求', 'entity.name.section.policy-draft');
      doc.none('一、总体要求', '\u2002\u2002\u2002\u2002', 'markup.heading');
      doc.span('三、保障措施', '三、保障措施', 'markup.heading.1.policy-draft');
    });

    it('level 1 wrong marker 四. is still level 1, with a nonstandard marker scope', () => {
      doc.span('四.组织实施', '四.组织实施', 'markup.heading.1.policy-draft');
      doc.span('四.组织实施', '四.', 'punctuation.definition.heading.nonstandard.policy-draft');
      doc.none('一、总体要求', '一、', 'punctuation.definition.heading.nonstandard');
    });

    it('level 2 in full-width （一） and half-width (二) (after U+3000 indentation)', () => {
      doc.span('（一）指导思想', '（一）指导思想', 'markup.heading.2.policy-draft');
      doc.span('（一）指导思想', '（一）', 'punctuation.definition.heading.policy-draft');
      doc.span('(二)基本原则', '(二)基本原则', 'markup.heading.2.policy-draft');
      doc.span('(二)基本原则', '(二)', 'punctuation.definition.heading.policy-draft');
      doc.none('(二)基本原则', '\u3000\u3000', 'markup.heading');
      doc.span('(一)支持壮大支柱产业', '(一)支持壮大支柱产业，建设区域产业发展中心', 'markup.heading.2.policy-draft');
    });

    it('level 2 wrong marker (三)、', () => {
      doc.span('(三)、强化要素保障', '(三)、', 'punctuation.definition.heading.nonstandard.policy-draft');
      doc.span('(三)、强化要素保障', '(三)、强化要素保障。', 'markup.heading.2.policy-draft');
    });

    it('an inline heading ends at the first 。; the paragraph after it is body text', () => {
      doc.span('（二）深化户籍制度改革', '（二）深化户籍制度改革。', 'markup.heading.2.policy-draft');
      doc.none('（二）深化户籍制度改革', '全面落实城镇', 'markup.heading');
      doc.span('1.着力建设特大型新能源基地', '1.着力建设特大型新能源基地。', 'markup.heading.3.policy-draft');
      doc.none('1.着力建设特大型新能源基地', '确保', 'markup.heading');
    });

    it('inline constructs inside a heading keep the heading scope', () => {
      doc.span('（五）启动2012年度工作', '2012年', 'constant.numeric.date.policy-draft');
      doc.span('（五）启动2012年度工作', '（五）启动2012年度工作', 'markup.heading.2.policy-draft');
    });

    it('level 3 with 1. (standard), 2、 (nonstandard), full-width ３． and after a NBSP', () => {
      doc.span('1.着力建设', '1.', 'punctuation.definition.heading.policy-draft');
      doc.span('2、推动产业', '2、', 'punctuation.definition.heading.nonstandard.policy-draft');
      doc.span('2、推动产业', '2、推动产业加快转型升级。', 'markup.heading.3.policy-draft');
      doc.span('３．完善交通', '３．完善交通基础设施。', 'markup.heading.3.policy-draft');
      doc.span('３．完善交通', '３．', 'punctuation.definition.heading.policy-draft');
      doc.span('4.推进智慧交通', '4.推进智慧交通建设。', 'markup.heading.3.policy-draft');
      doc.none('4.推进智慧交通', '\u00a0', 'markup.heading');
    });

    it('level 4 with （1） and (2), and the wrong marker 3)', () => {
      doc.span('（1）当面提交', '（1）当面提交。', 'markup.heading.4.policy-draft');
      doc.span('(2)邮政寄送', '(2)', 'punctuation.definition.heading.policy-draft');
      doc.span('(2)邮政寄送', '(2)邮政寄送。', 'markup.heading.4.policy-draft');
      doc.span('3)网络提交', '3)', 'punctuation.definition.heading.nonstandard.policy-draft');
      doc.span('3)网络提交', '3)网络提交。', 'markup.heading.4.policy-draft');
    });

    it('a line starting with 2025年 is not a heading', () => {
      const line = doc.lineStartingWith('2025年，');
      assert.ok(!lineHasScope(line, 'markup.heading'), describeTokens(line));
      spanIn(line, '2025年', 'constant.numeric.date.policy-draft');
    });

    it('a line starting with 1.5万人次 is not a heading', () => {
      const line = doc.lineStartingWith('1.5万人次');
      assert.ok(!lineHasScope(line, 'markup.heading'), describeTokens(line));
      spanIn(line, '1.5万人次', 'constant.numeric.quantity.policy-draft');
    });

    it('a date line and a notice line are not headings', () => {
      assert.ok(!lineHasScope(doc.lineStartingWith('2021年10月10日'), 'markup.heading'));
      assert.ok(!lineHasScope(doc.lineStartingWith('2012年8月启动'), 'markup.heading'));
      assert.ok(!lineHasScope(doc.lineStartingWith('（此件公开发布）'), 'markup.heading'));
    });

    it('专栏 titles: 专栏1:, 专栏一, 专栏 3 (the trailing table pipe is not part of the title)', () => {
      doc.span('专栏1:强工促农', '专栏1:强工促农重点任务', 'markup.heading.box.policy-draft');
      doc.span('专栏1:强工促农', '强工促农重点任务', 'entity.name.section.box.policy-draft');
      doc.span('专栏1:强工促农', '1', 'constant.numeric.box-number.policy-draft');
      doc.span('专栏一', "专栏一'十四五'县域发展目标", 'markup.heading.box.policy-draft');
      doc.span('专栏一', "'十四五'", 'constant.numeric.date.policy-draft');
      doc.span('专栏 3', '专栏 3 园区发展目标', 'markup.heading.box.policy-draft');
      doc.span('专栏 3', '专栏', 'keyword.other.box.policy-draft');
    });

    it('a document title line, and the 附件 label', () => {
      doc.span('XX市强县域行动实施方案', 'XX市强县域行动实施方案（2022—2025年）', 'markup.heading.title.policy-draft');
      doc.span('关于印发《“十四五”兰州经济圈发展规划》等3项', '《“十四五”兰州经济圈发展规划》', 'string.quoted.other.citation.policy-draft');
      doc.span('附件：1.', '附件', 'keyword.other.attachment.policy-draft');
      assert.ok(!lineHasScope(doc.lineStartingWith('附件：1.'), 'markup.heading'));
    });
  });

  describe('citations', () => {
    it('《title》 is a quoted string with begin and end punctuation', () => {
      const needle = '依据《兰州-白银经济区发展规划》';
      doc.span(needle, '《兰州-白银经济区发展规划》', 'string.quoted.other.citation.policy-draft');
      doc.span(needle, '《', 'punctuation.definition.string.begin.policy-draft');
      doc.span(needle, '》', 'punctuation.definition.string.end.policy-draft');
    });

    it('nested 〈〉 inside 《》 is a nested citation inside the outer one', () => {
      const needle = '〈政府信息公开信息处理费管理办法〉';
      doc.span(needle, '〈政府信息公开信息处理费管理办法〉', 'string.quoted.other.citation.nested.policy-draft');
      doc.span(needle, '《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》', 'string.quoted.other.citation.policy-draft');
      doc.span(needle, '〈', 'punctuation.definition.string.begin.policy-draft');
      doc.none(needle, '国务院办公厅关于印发', 'string.quoted.other.citation.nested');
    });

    it('adjacent titles 》《 are two citations', () => {
      const needle = '已经省政府同意';
      doc.span(needle, '《“十四五”兰州经济圈发展规划》《“十四五”河西走廊经济带发展规划》', 'string.quoted.other.citation.policy-draft');
      doc.span(needle, '》', 'punctuation.definition.string.end.policy-draft', 0);
      doc.span(needle, '《', 'punctuation.definition.string.begin.policy-draft', 1);
      doc.span(needle, '》', 'punctuation.definition.string.end.policy-draft', 1);
      doc.none(needle, '已经省政府同意', 'string.quoted.other.citation');
    });

    it('an unclosed 《 ends at the end of its line', () => {
      doc.span('《未闭合的标题', '《未闭合的标题', 'string.quoted.other.citation.policy-draft');
      const next = doc.line('现将有关要求');
      assert.ok(!lineHasScope(next, 'string.quoted.other.citation'), describeTokens(next));
      spanIn(next, '（市教育局负责）', 'meta.clause.responsibility.policy-draft');
    });
  });

  describe('发文字号', () => {
    it('on its own line', () => {
      doc.span('甘政办发〔2021〕93号', '甘政办发〔2021〕93号', 'constant.other.document-number.policy-draft');
    });

    it('cited in brackets, also with the wrong 【】; the brackets around it are not part of it', () => {
      doc.span('甘发【2021】9号', '甘发【2021】9号', 'constant.other.document-number.policy-draft');
      doc.span('国办函〔2020〕109号', '国办函〔2020〕109号', 'constant.other.document-number.policy-draft');
    });

    it('with spaces, inside a download file name', () => {
      doc.span('金政办发 〔2023〕 66号', '金政办发 〔2023〕 66号', 'constant.other.document-number.policy-draft');
    });

    it('after 根据: the verb is not part of the number', () => {
      doc.span('根据甘政发〔2024〕57号', '甘政发〔2024〕57号', 'constant.other.document-number.policy-draft');
    });

    it('〔〕 without a year and number is not a 发文字号', () => {
      doc.none('省政府办公厅〔省数据局〕', '省政府办公厅〔省数据局〕', 'constant.other.document-number');
    });
  });

  describe('responsibility clauses', () => {
    it('（A牵头，B、C配合）', () => {
      const needle = '（市能源局牵头，市发展改革委、玉门市政府配合）';
      doc.span(needle, needle, 'meta.clause.responsibility.policy-draft');
      doc.span(needle, '牵头', 'keyword.other.role.policy-draft');
      doc.span(needle, '配合', 'keyword.other.role.policy-draft');
      doc.none(needle, '市能源局', 'keyword.other.role');
      doc.none(needle, '调峰火电项目', 'meta.clause.responsibility');
    });

    it('half-width (A牵头,B,C配合)', () => {
      const needle = '(市军民融合办牵头,金塔县政府、肃北县政府,市生态环境局配合)';
      doc.span(needle, needle, 'meta.clause.responsibility.policy-draft');
      doc.span(needle, '牵头', 'keyword.other.role.policy-draft');
    });

    it('（责任单位：A、B） and the OCR-spaced (责任 单位: A、B)', () => {
      const a = '（责任单位：省发展改革委、省交通运输厅）';
      doc.span(a, a, 'meta.clause.responsibility.policy-draft');
      doc.span(a, '责任单位', 'keyword.other.role.policy-draft');
      const b = '(责任 单位: 省发展改革委、省工信厅)';
      doc.span(b, b, 'meta.clause.responsibility.policy-draft');
      doc.span(b, '责任 单位', 'keyword.other.role.policy-draft');
    });

    it('（牵头单位：A；配合单位：B、C）', () => {
      const needle = '（牵头单位：市发改委；配合单位：市公安局、市人社局）';
      doc.span(needle, needle, 'meta.clause.responsibility.policy-draft');
      doc.span(needle, '牵头单位', 'keyword.other.role.policy-draft');
      doc.span(needle, '配合单位', 'keyword.other.role.policy-draft');
    });

    it('（A负责）', () => {
      doc.span('(三)、强化要素保障', '（市教育局负责）', 'meta.clause.responsibility.policy-draft');
      doc.span('(三)、强化要素保障', '负责', 'keyword.other.role.policy-draft');
    });

    it('brackets without a role word are not clauses', () => {
      doc.none('新建市场（1个）', '（1个）', 'meta.clause.responsibility');
      doc.none('新建市场（1个）', '(集)', 'meta.clause.responsibility');
      doc.none('（此件公开发布）', '（此件公开发布）', 'meta.clause.responsibility');
    });
  });

  describe('quantities', () => {
    const cases: Array<[string, string]> = [
      ['年均增速达到7%', '7%'],
      ['年均增速达到7%', '62%'],
      ['年均增速达到7%', '8个百分点'],
      ['年均增速达到7%', '125人'],
      ['1.着力建设', '2000万千瓦'],
      ['1.着力建设', '4×100万千瓦'],
      ['2、推动产业', '4.5万个'],
      ['2、推动产业', '10个'],
      ['2、推动产业', '百亿级'],
      ['2、推动产业', '千亿元'],
      ['３．完善交通', '300公里'],
      ['３．完善交通', '2~4所'],
      ['３．完善交通', '100-300亿元'],
      ['1.5万人次参加培训', '50.94万人'],
      ['1.地区生产总值达到1400亿元', '1400亿元'],
      ['较2020年翻一番', '翻一番'],
    ];
    for (const [needle, sub] of cases) {
      it(`${sub}`, () => doc.span(needle, sub, 'constant.numeric.quantity.policy-draft'));
    }

    it('codes are not quantities: G213, 5G', () => {
      doc.none('３．完善交通', 'G213', 'constant.numeric');
      doc.none('2、推动产业', '5G', 'constant.numeric');
    });
  });

  describe('dates', () => {
    const cases: Array<[string, string]> = [
      ['2021年10月10日', '2021年10月10日'],
      ['年均增速达到7%', '2025年'],
      ['2012年8月启动', '2012年8月'],
      ['2012年8月启动', '2016年7月'],
      ['2012年8月启动', '7月25日'],
      ['2012年8月启动', '2021—2025年'],
      ['2012年8月启动', '2023-2035年'],
      ['XX市强县域行动实施方案', '2022—2025年'],
      ['1.着力建设', '“十四五”'],
      ['二○一二年九月二十九日', '二○一二年九月二十九日'],
    ];
    for (const [needle, sub] of cases) {
      it(`${sub}`, () => doc.span(needle, sub, 'constant.numeric.date.policy-draft'));
    }

    it('the year inside a 发文字号 is not a date', () => {
      doc.none('甘政办发〔2021〕93号', '2021', 'constant.numeric.date');
    });
  });

  describe('the drafting snippets, expanded', () => {
    function expand(body: string[]): string {
      let text = body.join('\n');
      // Innermost placeholders first, until none is left; tab stops and mirrors become empty.
      for (let guard = 0; guard < 10 && /\$\{\d+:[^{}]*\}/.test(text); guard++) {
        text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
      }
      return text.replace(/\$\{\d+\}|\$\d+/g, '');
    }

    it('the 实施方案 skeleton highlights as a draft: three chapters, sections, a task item with its clause', async () => {
      const snippets = JSON.parse(fs.readFileSync(SNIPPETS, 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
      const skeleton = Object.values(snippets).find((s) => s.prefix.includes('ssfa'));
      assert.ok(skeleton, 'no snippet with the prefix ssfa');
      const lines = tokenizeText(await grammar(MAIN_SCOPE), expand(skeleton.body));
      const level = (n: number) => lines.filter((l) => l.tokens.length > 0 && hasScope(l.tokens[0]!, `markup.heading.${n}.policy-draft`));
      assert.deepEqual(level(1).map((l) => l.text), ['一、总体要求', '二、重点任务', '三、保障措施']);
      assert.ok(level(2).length >= 7, `only ${level(2).length} level-2 headings`);
      assert.equal(level(3).length, 1);
      const item = level(3)[0]!;
      const clause = item.text.slice(item.text.indexOf('（'));
      spanIn(item, clause, 'meta.clause.responsibility.policy-draft');
      assert.ok(lines.some((l) => lineHasScope(l, 'markup.heading.title.policy-draft')), 'the title line is not highlighted as a title');
      assert.ok(!lines.some((l) => l.tokens.some((t) => hasScope(t, 'punctuation.definition.heading.nonstandard'))), 'a skeleton uses a nonstandard marker');
    });
  });
});

describe('Markdown injection grammar (text.policy-draft.injection)', () => {
  const raw = () =>
    JSON.parse(fs.readFileSync(INJECTION_GRAMMAR, 'utf8')) as {
      scopeName: string;
      injectionSelector: string;
      patterns: unknown[];
      repository: Record<string, unknown>;
    };

  it('targets Markdown prose and leaves code alone', () => {
    const g = raw();
    assert.equal(g.scopeName, INJECTION_SCOPE);
    assert.match(g.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.match(g.injectionSelector, /-markup\.fenced_code\b/);
    assert.match(g.injectionSelector, /-markup\.inline\.raw\b/);
  });

  it('holds the same inline rules as the plain-text grammar and no heading rules', () => {
    const injection = raw();
    const main = JSON.parse(fs.readFileSync(MAIN_GRAMMAR, 'utf8')) as { repository: Record<string, unknown> };
    for (const key of ['inline', 'citation', 'citation-nested', 'document-number', 'responsibility-clause', 'date', 'quantity']) {
      assert.ok(key in injection.repository, `injection lacks #${key}`);
      assert.deepEqual(injection.repository[key], main.repository[key], `#${key} differs between the two grammars`);
    }
    for (const name of collectScopeNames([injection.patterns, injection.repository], new Set())) {
      assert.ok(!name.startsWith('markup.heading'), `injection defines a heading scope: ${name}`);
    }
  });

  it('loaded on its own, tokenises a citation, a 发文字号, a clause, a date and a quantity', async () => {
    const g = await grammar(INJECTION_SCOPE);
    const [line] = tokenizeText(g, '根据《关于印发〈某某办法〉的通知》（甘政发〔2023〕73号），到2025年新增装机2000万千瓦。（市能源局牵头，市发展改革委配合）');
    spanIn(line!, '《关于印发〈某某办法〉的通知》', 'string.quoted.other.citation.policy-draft');
    spanIn(line!, '〈某某办法〉', 'string.quoted.other.citation.nested.policy-draft');
    spanIn(line!, '甘政发〔2023〕73号', 'constant.other.document-number.policy-draft');
    spanIn(line!, '2025年', 'constant.numeric.date.policy-draft');
    spanIn(line!, '2000万千瓦', 'constant.numeric.quantity.policy-draft');
    spanIn(line!, '（市能源局牵头，市发展改革委配合）', 'meta.clause.responsibility.policy-draft');
    spanIn(line!, '牵头', 'keyword.other.role.policy-draft');
  });

  it('loaded on its own, does not turn numbered lines into headings', async () => {
    const g = await grammar(INJECTION_SCOPE);
    for (const line of tokenizeText(g, '一、总体要求\n1.着力建设特大型新能源基地。\n（一）指导思想')) {
      assert.ok(!lineHasScope(line, 'markup.heading'), describeTokens(line));
    }
  });

  describe('injected into Markdown', () => {
    let md: Doc;

    before(async () => {
      const g = await grammar(MARKDOWN_SCOPE);
      md = new Doc(tokenizeText(g, fs.readFileSync(path.join(FIXTURES, 'draft.md'), 'utf8')));
    });

    it('adds the policy scopes to a paragraph', () => {
      const needle = '根据《甘肃省新材料产业发展规划》';
      md.span(needle, '《甘肃省新材料产业发展规划》', 'string.quoted.other.citation.policy-draft');
      md.span(needle, '甘政发〔2023〕73号', 'constant.other.document-number.policy-draft');
      md.span(needle, '2025年', 'constant.numeric.date.policy-draft');
      md.span(needle, '（市能源局牵头，市发展改革委配合）', 'meta.clause.responsibility.policy-draft');
      md.span(needle, '配合', 'keyword.other.role.policy-draft');
    });

    it('keeps Markdown scopes: bold around a quantity, a heading around a citation', () => {
      const needle = '根据《甘肃省新材料产业发展规划》';
      md.span(needle, '2000万千瓦', 'constant.numeric.quantity.policy-draft');
      md.span(needle, '**2000万千瓦**', 'markup.bold.markdown');
      md.span('# 一、总体要求', '《规划》', 'string.quoted.other.citation.policy-draft');
      md.span('# 一、总体要求', '一、总体要求《规划》', 'entity.name.section.markdown');
      md.none('# 一、总体要求', '一、', 'markup.heading.1.policy-draft');
      md.none('1. 这是Markdown有序列表', '1.', 'markup.heading');
    });

    it('stays out of inline code and fenced code', () => {
      const inline = '`《行内代码里的标题》（市教育局负责）`';
      md.span(inline, inline, 'markup.inline.raw.string.markdown');
      md.none(inline, inline, 'string.quoted.other.citation');
      md.none(inline, inline, 'meta.clause.responsibility');
      const fenced = '《围栏代码里的标题》（责任单位：省公安厅）2025年';
      md.span(fenced, fenced, 'markup.fenced_code.block.markdown');
      md.none(fenced, fenced, 'string.quoted.other.citation');
      md.none(fenced, fenced, 'meta.clause.responsibility');
      md.none(fenced, fenced, 'constant.numeric.date');
    });
  });
});
