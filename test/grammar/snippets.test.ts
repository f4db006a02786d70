import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPETS = path.join(ROOT, 'snippets/policy-draft.code-snippets');

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

interface Parsed {
  /** Tab-stop numbers in order of appearance, mirrors included. */
  stops: number[];
  /** The text a drafter sees before editing: placeholders show their default text, mirrors repeat it. */
  expanded: string;
}

/**
 * A parser for the subset of the VS Code snippet syntax these snippets may use:
 * `$n`, `${n}`, `${n:default}` (nestable), `${n|a,b|}` and the escapes `\$` `\}` `\\`.
 * Variables (`$TM_FILENAME`), unnumbered `${:x}`, an unclosed `${` or a stray `}` are errors.
 */
function parseSnippetBody(body: string): Parsed {
  const stops: number[] = [];
  const defaults = new Map<number, string>();
  let i = 0;

  function number(): number {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) throw new Error(`expected a tab-stop number at ${i}: ${JSON.stringify(body.slice(i, i + 12))}`);
    i += m[0].length;
    return Number(m[0]);
  }

  // Parses text until `stop` (a closing `}` of a placeholder) or the end; returns the literal text.
  function sequence(inPlaceholder: boolean): Array<string | number> {
    const parts: Array<string | number> = [];
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1]!)) {
        parts.push(body[i + 1]!);
        i += 2;
      } else if (c === '}') {
        if (inPlaceholder) return parts;
        throw new Error(`stray } at ${i}`);
      } else if (c === '$') {
        i++;
        if (body[i] === '{') {
          i++;
          const n = number();
          stops.push(n);
          if (body[i] === '}') {
            i++;
            parts.push(n);
          } else if (body[i] === ':') {
            i++;
            const inner = sequence(true);
            if (body[i] !== '}') throw new Error(`unclosed \${${n}: placeholder`);
            i++;
            if (defaults.has(n)) throw new Error(`tab stop ${n} has two default texts`);
            defaults.set(n, inner.map((p) => (typeof p === 'number' ? `\u0000${p}\u0000` : p)).join(''));
            parts.push(n);
          } else if (body[i] === '|') {
            const end = body.indexOf('|}', i + 1);
            if (end < 0) throw new Error(`unclosed choice \${${n}|`);
            const choices = body.slice(i + 1, end).split(',');
            if (!defaults.has(n)) defaults.set(n, choices[0] ?? '');
            i = end + 2;
            parts.push(n);
          } else {
            throw new Error(`unexpected ${JSON.stringify(body[i] ?? 'end')} after \${${n}`);
          }
        } else if (/\d/.test(body[i] ?? '')) {
          const n = number();
          stops.push(n);
          parts.push(n);
        } else {
          throw new Error(`a $ that starts neither a tab stop nor a placeholder at ${i - 1} (escape it as \\$)`);
        }
      } else {
        parts.push(c);
        i++;
      }
    }
    if (inPlaceholder) throw new Error('unclosed ${');
    return parts;
  }

  const parts = sequence(false);
  const resolve = (text: string, depth: number): string =>
    text.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => (depth > 5 ? '' : resolve(defaults.get(Number(n)) ?? '', depth + 1)));
  const expanded = parts.map((p) => (typeof p === 'number' ? resolve(defaults.get(p) ?? '', 0) : p)).join('');
  return { stops, expanded };
}

function load(): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(SNIPPETS, 'utf8')) as Record<string, Snippet>;
}

function byPrefix(snippets: Record<string, Snippet>, prefix: string): Snippet {
  const found = Object.values(snippets).filter((s) => s.prefix.includes(prefix));
  assert.equal(found.length, 1, `expected one snippet with the prefix ${prefix}, found ${found.length}`);
  return found[0]!;
}

function expanded(snippet: Snippet): string {
  return parseSnippetBody(snippet.body.join('\n')).expanded;
}

const HAN = /\p{Script=Han}/u;
const L1 = /^[一二三四五六七八九十]+、(.*)$/;
const L2 = /^（[一二三四五六七八九十]+）([^。]*)。?/;

function headings(text: string, re: RegExp): string[] {
  return text.split('\n').flatMap((line) => {
    const m = re.exec(line);
    return m ? [m[1]!] : [];
  });
}

describe('snippet body parser (self-check)', () => {
  it('parses placeholders, mirrors, nesting and escapes', () => {
    const p = parseSnippetBody('到${1:2027}年，${2:指标${3:A}}达到$1 \\$ ${4|甲,乙|}$0');
    assert.deepEqual(p.stops, [1, 2, 3, 1, 4, 0]);
    assert.equal(p.expanded, '到2027年，指标A达到2027 $ 甲');
  });

  it('rejects malformed bodies', () => {
    for (const bad of ['${1:abc', '${:2025}年', 'a}b', '$TM_FILENAME', '${1:a}${1:b}', '${x}']) {
      assert.throws(() => parseSnippetBody(bad), Error, bad);
    }
  });
});

describe('snippets/policy-draft.code-snippets', () => {
  const snippets = load();
  const entries = Object.entries(snippets);

  it('is a JSON object with the drafting snippets', () => {
    assert.ok(entries.length >= 20, `only ${entries.length} snippets`);
  });

  for (const [name, snippet] of entries) {
    describe(name, () => {
      it('has a Chinese prefix, an ASCII prefix, a body and a Chinese description', () => {
        assert.ok(Array.isArray(snippet.prefix), 'prefix is not an array');
        assert.ok(snippet.prefix.some((p) => HAN.test(p)), `no Chinese prefix: ${snippet.prefix.join(', ')}`);
        assert.ok(snippet.prefix.some((p) => /^[a-z]+$/.test(p)), `no ASCII (pinyin) prefix: ${snippet.prefix.join(', ')}`);
        assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, 'empty body');
        assert.ok(snippet.body.every((l) => typeof l === 'string'), 'a body line is not a string');
        assert.ok(typeof snippet.description === 'string' && HAN.test(snippet.description), 'no Chinese description');
      });

      it('parses; tab stops run 1..n and $0 ends the body', () => {
        const body = snippet.body.join('\n');
        const { stops } = parseSnippetBody(body);
        const numbered = [...new Set(stops.filter((n) => n !== 0))].sort((a, b) => a - b);
        assert.deepEqual(numbered, numbered.map((_n, k) => k + 1), `tab stops are not 1..n: ${numbered.join(',')}`);
        assert.equal(stops.filter((n) => n === 0).length, 1, '$0 missing or repeated');
        assert.ok(/\$0$/.test(body.trimEnd()), '$0 is not at the end');
        // Tab order follows reading order: each new number is one more than the highest seen so far.
        let highest = 0;
        for (const n of stops) {
          if (n === 0 || n <= highest) continue;
          assert.equal(n, highest + 1, `tab stop ${n} appears before ${highest + 1}`);
          highest = n;
        }
      });

      it('inserts full-width Chinese punctuation only', () => {
        const text = expanded(snippet);
        assert.doesNotMatch(text, /[,;:()?!]/, `half-width punctuation in ${JSON.stringify(text)}`);
        assert.doesNotMatch(text, /[ \t]+$/m, 'trailing whitespace');
      });
    });
  }

  it('no prefix is used twice', () => {
    const seen = new Map<string, string>();
    for (const [name, snippet] of entries) {
      for (const p of snippet.prefix) {
        assert.ok(!seen.has(p), `prefix ${p} is used by ${seen.get(p)} and ${name}`);
        seen.set(p, name);
      }
    }
  });

  it('通知 (tz): 发文字号, title, 主送机关 with ：, 印发语, 落款, Arabic 成文日期, （此件公开发布）', () => {
    const s = byPrefix(snippets, 'tz');
    assert.ok(s.prefix.includes('印发通知'));
    assert.equal(s.body[0], '${1:X政办发}〔${2:2025}〕${3:1}号');
    const lines = expanded(s).split('\n').filter((l) => l !== '');
    assert.match(lines[1]!, /^.+关于印发《.+》的通知$/);
    assert.match(lines[2]!, /：$/);
    assert.match(lines[3]!, /^现将《.+》印发给你们，请结合实际，认真抓好贯彻落实。$/);
    assert.match(lines[5]!, /^\d{4}年\d{1,2}月\d{1,2}日$/);
    assert.equal(lines[6], '（此件公开发布）');
    assert.equal(lines[4], lines[1]!.slice(0, lines[1]!.indexOf('关于')), '落款 does not repeat the issuer of the title');
  });

  it('实施方案 (ssfa) and 工作方案 (gzfa) skeletons follow the implementation-plan skeleton', () => {
    for (const prefix of ['ssfa', 'gzfa']) {
      const text = expanded(byPrefix(snippets, prefix));
      assert.deepEqual(headings(text, L1), ['总体要求', '重点任务', '保障措施'], prefix);
      assert.deepEqual(headings(text, L2).slice(0, 3), ['指导思想', '基本原则', '工作目标'], prefix);
      assert.match(text, /为.+，根据《.+》，结合实际，制定本方案。/);
      assert.match(text, /^1\..+。.+。（.+牵头，.+配合）$/m, `${prefix}: no task item with a responsibility clause`);
      assert.match(text, /以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神/);
    }
    assert.ok(byPrefix(snippets, 'ssfa').prefix.includes('实施方案'));
  });

  it('规划 (gh) skeleton: 规划背景, 总体要求 with 定位 and 目标, a task chapter, 加强规划实施保障', () => {
    const s = byPrefix(snippets, 'gh');
    assert.ok(s.prefix.includes('规划'));
    const text = expanded(s);
    const l1 = headings(text, L1);
    assert.equal(l1[0], '规划背景');
    assert.equal(l1[1], '总体要求');
    assert.equal(l1[l1.length - 1], '加强规划实施保障');
    assert.ok(l1.length >= 4, 'no task chapter');
    const l2 = headings(text, L2);
    for (const slot of ['发展基础', '机遇挑战', '指导思想', '基本原则', '发展定位', '发展目标']) {
      assert.ok(l2.includes(slot), `missing （…）${slot}`);
    }
    assert.match(text, /规划期为\d{4}—\d{4}年，展望至\d{4}年。/);
    // The target years mirror the plan period.
    assert.match(text, /到2030年，/);
  });

  it('行动计划 (xdjh) skeleton: 总体要求, 重点任务 with a （责任单位：…） item, 保障措施', () => {
    const text = expanded(byPrefix(snippets, 'xdjh'));
    assert.deepEqual(headings(text, L1), ['总体要求', '重点任务', '保障措施']);
    assert.match(text, /^.+行动计划（\d{4}—\d{4}年）$/m);
    assert.match(text, /（责任单位：.+）$/m);
  });

  it('building blocks carry the seed wording', () => {
    assert.match(expanded(byPrefix(snippets, 'zdsx')), /^（一）指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，/);
    const jbyz = expanded(byPrefix(snippets, 'jbyz')).split('\n').slice(1).filter(Boolean);
    assert.ok(jbyz.length >= 3 && jbyz.every((l) => /^坚持.+。.+。$/.test(l)), jbyz.join(' / '));
    assert.match(byPrefix(snippets, 'fzmb').body.join('\n'), /到\$\{\d+:2027\}年，\$\{\d+:指标\}达到\$\{\d+:数值\}\$\{\d+:单位\}/);
    assert.deepEqual(byPrefix(snippets, 'lhmb').body, ['到${1:2027}年，${2:指标}达到${3:数值}${4:单位}。$0']);
    assert.deepEqual(byPrefix(snippets, 'qtph').body, ['（${1:牵头单位}牵头，${2:配合单位}配合）$0']);
    assert.match(byPrefix(snippets, 'zrdw').body.join(''), /^（责任单位：\$\{1:[^}]+\}）\$0$/);
    assert.match(expanded(byPrefix(snippets, 'zl')), /^专栏1 .+\n1\..+\n2\./);
    assert.deepEqual(headings(expanded(byPrefix(snippets, 'bzcs')), L2), ['加强组织领导', '强化要素保障', '严格督查考核', '加强宣传引导']);
    const steps = headings(expanded(byPrefix(snippets, 'ssbz')), L2);
    assert.deepEqual(steps.map((h) => h.replace(/（.*$/, '')), ['动员部署阶段', '组织实施阶段', '总结评估阶段']);
    for (const h of steps) assert.match(h, /（\d{4}年\d{1,2}月—\d{4}年\d{1,2}月）$/, h);
    assert.match(expanded(byPrefix(snippets, 'fjsm')), /^附件：1\..+\n\u3000{3}2\./);
    assert.equal(expanded(byPrefix(snippets, 'fwzh')), 'X政办发〔2025〕1号');
    assert.match(expanded(byPrefix(snippets, 'cwrq')), /^\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});
