/**
 * The packaged VSIX (npm run package): the native module and dictionaries in;
 * sources, tests, benchmarks and development dependencies out; under 30 MB.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../../..');
const VSIX = path.join(ROOT, 'policylint-linux-x64.vsix');

/** Names and (uncompressed) contents of a zip's entries, read from its central directory. */
function readZip(file: string): Map<string, () => Buffer> {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    out.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    });
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('VSIX package', () => {
  before(() => {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run "npm run package" first`);
  });

  it('is under 30 MB', () => {
    assert.ok(fs.statSync(VSIX).size < 30 * 1024 * 1024);
  });

  it('holds the bundles, the seeds, the grammar, snippets, translations, docs and nodejieba with its dictionaries', () => {
    const names = [...readZip(VSIX).keys()];
    for (const required of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/keywordWorker.js',
      'extension/dist/xlsx.js',
      'extension/docs/rules.md',
      'extension/seeds/001_8ae0d0807c311ad7.txt',
      'extension/syntaxes/policy-draft.tmLanguage.json',
      'extension/snippets/policy-draft.code-snippets',
      'extension/package.nls.zh-cn.json',
      'extension/l10n/bundle.l10n.zh-cn.json',
      'extension/node_modules/nodejieba/index.js',
      'extension/node_modules/nodejieba/build/Release/nodejieba.node',
      'extension/node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
      'extension/node_modules/nodejieba/submodules/cppjieba/dict/idf.utf8',
    ]) {
      assert.ok(names.includes(required), `missing ${required}`);
    }
  });

  it('keeps exceljs in dist/xlsx.js alone: the server bundle, parsed at every start, requires it only on export', () => {
    const zip = readZip(VSIX);
    const server = zip.get('extension/dist/server.js')!().toString('utf8');
    assert.ok(!server.includes('xl/workbook.xml'), 'exceljs is inlined into dist/server.js');
    assert.match(server, /require\("\.\/xlsx\.js"\)/);
    assert.ok(zip.get('extension/dist/xlsx.js')!().toString('utf8').includes('xl/workbook.xml'));
  });

  it('leaves out sources, tests, benchmarks, CI and development dependencies', () => {
    const names = [...readZip(VSIX).keys()].filter((n) => n.startsWith('extension/'));
    const forbidden = names.filter((n) =>
      /^extension\/(src|test|bench|out|\.ci|test-results)\//.test(n) ||
      /\.map$/.test(n) ||
      (/^extension\/node_modules\//.test(n) && !n.startsWith('extension/node_modules/nodejieba/')) ||
      /^extension\/node_modules\/nodejieba\/(test|submodules\/cppjieba\/(test|deps|include))\//.test(n),
    );
    assert.deepEqual(forbidden, []);
  });

  it('declares the language, grammars, snippets, l10n and limited support for untrusted workspaces', () => {
    const manifest = JSON.parse(readZip(VSIX).get('extension/package.json')!().toString('utf8'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.contributes.languages[0].id, 'policy-draft');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['policylint.corpus', 'policylint.units']);
    assert.equal(manifest.l10n, './l10n');
    assert.equal(manifest.contributes.grammars.length, 2);
  });
});
