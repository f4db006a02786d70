/** .policylintrc.json: discovery, validation messages with file, line and key, ignores. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfigFile, formatConfigProblem, loadConfigFile, parseConfigText } from '../../src/core/config/load';
import { lintText } from './helpers';

describe('config', () => {
  it('accepts a valid file with comments and compiles ignores and corpus folders', () => {
    const r = parseConfigText(
      '{\n  // 本地单位\n  "rules": { "punctuation-width": "off", "heading-style": "error" },\n  "units": ["市数据局"],\n  "corpus": ["../往期规划"],\n  "ignore": [{ "rule": "target-unquantified", "files": "草稿/*.txt" }]\n}',
      '/work/x/.policylintrc.json',
    );
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(r.value.config.rules?.['heading-style'], 'error');
    assert.deepEqual(r.value.corpusFolders, [path.resolve('/work/往期规划')]);
    assert.ok(r.value.ignore[0].filesMatch?.('/work/x/草稿/a.txt'));
    assert.ok(!r.value.ignore[0].filesMatch?.('/work/x/定稿/a.txt'));
  });

  it('names the line of invalid JSON', () => {
    const r = parseConfigText('{\n  "rules": {\n    "heading-style": "warning",,\n  }\n}', 'rc.json');
    assert.ok(!r.ok);
    if (r.ok) return;
    assert.equal(r.problems[0].line, 3);
    assert.match(formatConfigProblem(r.problems[0]), /^rc\.json:3: invalid JSON/);
  });

  it('names the file, the line and the key of a wrong type, an unknown key and an unknown rule id', () => {
    const r = parseConfigText('{\n  "rules": {\n    "heading-stlye": "warning",\n    "quote-pairs": "loud"\n  },\n  "unit": []\n}', 'rc.json');
    assert.ok(!r.ok);
    if (r.ok) return;
    const lines = r.problems.map(formatConfigProblem);
    assert.ok(lines.some((l) => l.startsWith('rc.json:4: rules.quote-pairs:')), lines.join('\n'));
    assert.ok(lines.some((l) => l === 'rc.json:6: unit: unknown key "unit"'), lines.join('\n'));
  });

  it('reports an unknown rule id with its line', () => {
    const r = parseConfigText('{\n  "rules": {\n    "heading-stlye": "warning"\n  }\n}', 'rc.json');
    assert.ok(!r.ok);
    if (r.ok) return;
    assert.deepEqual(r.problems.map(formatConfigProblem), ['rc.json:3: rules.heading-stlye: unknown rule id "heading-stlye"']);
  });

  it('finds the nearest config upwards (no cascade)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-config-'));
    try {
      fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.policylintrc.json'), '{}');
      fs.writeFileSync(path.join(dir, 'a', '.policylintrc.json'), '{"rules":{"quote-pairs":"off"}}');
      assert.equal(findConfigFile(path.join(dir, 'a', 'b')), path.join(dir, 'a', '.policylintrc.json'));
      const loaded = loadConfigFile(path.join(dir, 'a', '.policylintrc.json'));
      assert.ok(loaded.ok && loaded.value.config.rules?.['quote-pairs'] === 'off');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ignore entries drop matching findings; a text entry only on lines containing it', () => {
    const text = '某市实施方案\n二、重点任务\n1、任务一。（市发改委牵头）\n2、任务二。（市发改委牵头）';
    const all = lintText(text).diagnostics.filter((d) => d.ruleId === 'heading-style');
    assert.equal(all.length, 2);
    const some = lintText(text, { ignore: [{ rule: 'heading-style', text: '任务二' }] }).diagnostics.filter((d) => d.ruleId === 'heading-style');
    assert.equal(some.length, 1);
  });
});
