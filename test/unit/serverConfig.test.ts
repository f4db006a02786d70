/** The server's settings and config: validation with defaults, the file winning, Workspace Trust. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { Engine } from '../../src/core/engine';
import { Configuration } from '../../src/server/configuration';
import { SEEDS } from './helpers';

function fakeConnection(settings: unknown, warnings: string[]): Connection {
  return {
    workspace: { getConfiguration: async () => settings },
    window: { showWarningMessage: async (m: string) => void warnings.push(m) },
    console: { warn: (m: string) => void warnings.push(m) },
  } as unknown as Connection;
}

describe('server configuration', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-server-config-'));
    fs.mkdirSync(path.join(dir, 'plans'));
    fs.writeFileSync(path.join(dir, 'plans', 'p.txt'), '某市本地专项规划\n一、发展基础\n');
    file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, '某市实施方案\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('applies settings, then the config file over them', async () => {
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), '{ "rules": { "quote-pairs": "error" } }');
    const warnings: string[] = [];
    const config = new Configuration(fakeConnection({ rules: { 'quote-pairs': 'off', 'year-range': 'off' } }, warnings), new Engine({ builtInDir: SEEDS, cacheDir: null }), 'zh', () => true);
    const { options, configFile } = await config.optionsFor('file:///x', file);
    assert.equal(options.rules?.['quote-pairs'], 'error');
    assert.equal(options.rules?.['year-range'], 'off');
    assert.equal(configFile, path.join(dir, '.policylintrc.json'));
    assert.deepEqual(warnings, []);
  });

  it('reports invalid settings once and uses the defaults', async () => {
    const warnings: string[] = [];
    const config = new Configuration(fakeConnection({ debounceMs: 'soon', rules: { 'quote-pairs': 'loud' } }, warnings), new Engine({ builtInDir: SEEDS, cacheDir: null }), 'en', () => true);
    const a = await config.settingsFor('file:///a');
    await config.settingsFor('file:///b');
    assert.equal(a.debounceMs, 300);
    assert.deepEqual(a.rules, {});
    assert.equal(warnings.filter((w) => w.startsWith('PolicyLint configuration is invalid')).length, 2); // the message and the log line, once
    assert.match(warnings[0], /policylint\.debounceMs/);
  });

  it('in an untrusted workspace reads neither the corpus folders nor the units of the workspace', async () => {
    fs.writeFileSync(path.join(dir, '.policylintrc.json'), '{ "corpus": ["plans"], "units": ["某某本地局"] }');
    const engine = new Engine({ builtInDir: SEEDS, cacheDir: null });
    const config = new Configuration(fakeConnection({ corpus: [path.join(dir, 'plans')], units: ['另一个局'] }, []), engine, 'zh', () => true);
    const trusted = await config.optionsFor('file:///x', file);
    assert.equal(trusted.options.corpus!.resolveTitle('某市本地专项规划').kind, 'exact');
    assert.ok(trusted.options.lexicon!.isKnown('某某本地局'));
    config.trusted = false;
    config.reset();
    const untrusted = await config.optionsFor('file:///x', file);
    assert.equal(untrusted.options.corpus!.resolveTitle('某市本地专项规划').kind, 'none');
    assert.equal(untrusted.options.corpus!.resolveTitle('“十四五”兰州经济圈发展规划').kind, 'exact');
    assert.ok(!untrusted.options.lexicon!.isKnown('某某本地局'));
  });
});
