/** The corpus index: documents of the seeds, title resolution and its threshold, 文号, the disk cache. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';
import { CLOSE_THRESHOLD, sameEdition } from '../../src/core/corpus/titleMatch';
import { normalizeTitle } from '../../src/core/text/normalizeTitle';
import { similarity } from '../../src/core/text/similarity';
import { seedCorpus, seedPath } from './helpers';

describe('corpus: seeds', () => {
  const corpus = seedCorpus();

  it('indexes the titled documents of the five seeds with their title lines', () => {
    const titles = corpus.documents.filter((d) => d.title).map((d) => `${path.basename(d.file).slice(0, 3)}:${d.titleLine + 1}`);
    for (const expected of ['000:6', '001:3', '001:21', '001:382', '001:734', '002:110', '002:168', '002:263', '003:5', '003:11', '004:10', '004:20']) {
      assert.ok(titles.includes(expected), `missing ${expected} in ${titles.join(' ')}`);
    }
  });

  it('keeps issuer, 文号, date and period of a document', () => {
    const d4 = corpus.resolveTitle('“十四五”兰州经济圈发展规划');
    assert.equal(d4.kind, 'exact');
    if (d4.kind !== 'exact') return;
    assert.equal(d4.doc.period, '2021—2025年');
    assert.equal(d4.doc.titleLine, 20);
    assert.ok(d4.doc.outline.some((h) => h.title === '加强规划实施保障'));
    const notice = corpus.resolveDocNumber('甘政办发〔2021〕93号');
    assert.equal(notice?.issuer, '甘肃省人民政府办公厅');
    assert.equal(notice?.date, '2021年10月10日');
  });

  it('resolves 文号, also those found only in download links', () => {
    assert.equal(corpus.resolveDocNumber('兰政办发〔2012〕279号')?.titleLine, 9);
    assert.match(corpus.resolveDocNumber('金政发〔2023〕9号')?.title ?? '', /批复$/);
  });
});

describe('corpus: title resolution', () => {
  const corpus = seedCorpus();

  it('resolves width, dash, quote, space and ○/〇/2035 differences silently (normalized)', () => {
    for (const t of ['"十四五"兰州经济圈发展规划', '“十四五” 兰州经济圈发展规划', '甘肃省强县域行动实施方案（2022—2025年）', '甘肃省强县域行动实施方案(2022－2025年)']) {
      const r = corpus.resolveTitle(t);
      assert.ok(r.kind === 'exact' || r.kind === 'normalized', `${t} → ${r.kind}`);
    }
    assert.equal(normalizeTitle('二○三五年远景目标'), normalizeTitle('2035年远景目标'));
  });

  it('finds near-misses as close: a word missing or changed, no quotes on 十四五, a missing or wrong period', () => {
    const cases = [
      '十四五兰州经济圈规划',
      '“十四五”兰州经济圈建设规划',
      '兰州经济圈发展规划',
      '甘肃省强县域行动实施方案',
      '甘肃省强县域行动实施方案（2022—2024年）',
      '深入实施以人为本的新型城镇化战略行动计划方案',
      '甘肃新材料产业发展规划',
    ];
    for (const t of cases) {
      const r = corpus.resolveTitle(t);
      assert.equal(r.kind, 'close', `${t} → ${r.kind}`);
    }
  });

  it('keeps different plans of one family apart even when they look alike', () => {
    for (const t of ['甘肃省新能源产业发展规划', '“十四五”兰州新区发展规划', '甘肃省强省会行动实施方案']) {
      assert.equal(corpus.resolveTitle(t).kind, 'none', t);
    }
  });

  it('keeps the three “十四五” regional plans apart (their similarity stays under the threshold)', () => {
    const plans = ['“十四五”兰州经济圈发展规划', '“十四五”河西走廊经济带发展规划', '“十四五”陇东南区域发展规划'].map(normalizeTitle);
    for (const a of plans) for (const b of plans) if (a !== b) assert.ok(similarity(a, b) < CLOSE_THRESHOLD, `${a} ~ ${b}`);
    // A fourth plan of the same family, not in the corpus, resolves to none of them.
    assert.equal(corpus.resolveTitle('“十四五”黄河流域生态保护发展规划').kind, 'none');
  });

  it('keeps the next edition of a plan apart: another five-year plan, a later period, a period the corpus title lacks', () => {
    for (const t of ['“十五五”兰州经济圈发展规划', '甘肃省强县域行动实施方案（2026—2028年）', '甘肃省新材料产业发展规划（2026—2030年）']) {
      const r = corpus.resolveTitle(t);
      assert.equal(r.kind, 'none', t);
      assert.ok(r.kind === 'none' && r.closest, `${t}: the earlier edition is still named as the closest`);
    }
    assert.equal(sameEdition('规划(2022-2024年)', '规划(2022-2025年)'), true);
    assert.equal(sameEdition('第十五个五年规划', '十四五规划'), false);
    assert.equal(sameEdition('规划', '规划(2021-2025年)'), true);
  });

  it('names no closest title that shares only generic words with the citation', () => {
    const r = corpus.resolveTitle('“十五五”数字经济发展规划');
    assert.ok(r.kind === 'none' && !r.closest, JSON.stringify(r.kind === 'none' && r.closest?.doc.title));
  });

  it('requires the same document type: a 方案 is never close to a 规划', () => {
    assert.notEqual(corpus.resolveTitle('“十四五”兰州经济圈发展实施方案').kind, 'close');
  });
});

describe('corpus: folders and cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-corpus-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes a user folder, caches by content hash and re-reads only a changed file', () => {
    const plans = path.join(dir, 'plans');
    fs.mkdirSync(plans);
    fs.writeFileSync(path.join(plans, 'a.txt'), '某市数字经济发展规划\n一、发展基础\n正文。\n');
    const cacheDir = path.join(dir, 'cache');
    const first = Corpus.load({ folders: [plans], cacheDir });
    assert.equal(first.resolveTitle('某市数字经济发展规划').kind, 'exact');
    const cached = fs.readdirSync(path.join(cacheDir, fs.readdirSync(cacheDir)[0]));
    assert.equal(cached.length, 1);
    // Same content: served from the cache (the cached file is used even if tampered with).
    const cacheFile = path.join(cacheDir, fs.readdirSync(cacheDir)[0], cached[0]);
    const docs = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    docs[0].title = '缓存中的标题规划';
    fs.writeFileSync(cacheFile, JSON.stringify(docs));
    assert.equal(Corpus.load({ folders: [plans], cacheDir }).resolveTitle('缓存中的标题规划').kind, 'exact');
    // Changed content: a new hash, read again.
    fs.writeFileSync(path.join(plans, 'a.txt'), '某市数字经济发展规划（修订）\n');
    assert.equal(Corpus.load({ folders: [plans], cacheDir }).resolveTitle('某市数字经济发展规划（修订）').kind, 'exact');
  });

  it('warns about a missing folder, a symlink loop and a binary file, and keeps the rest', () => {
    const plans = path.join(dir, 'plans');
    fs.mkdirSync(plans);
    fs.writeFileSync(path.join(plans, 'ok.txt'), '某县乡村振兴规划\n');
    fs.writeFileSync(path.join(plans, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    fs.symlinkSync(plans, path.join(plans, 'loop'));
    const corpus = Corpus.load({ folders: [plans, path.join(dir, 'missing')] });
    assert.equal(corpus.resolveTitle('某县乡村振兴规划').kind, 'exact');
    const messages = corpus.warnings.map((w) => `${path.basename(w.path)}: ${w.message}`);
    assert.ok(messages.includes('missing: not found'), messages.join('; '));
    assert.ok(messages.includes('image.txt: not a text file'), messages.join('; '));
    assert.ok(messages.some((m) => m.startsWith('loop: symlink loop')), messages.join('; '));
  });

  it('reads a GBK-encoded plan', () => {
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode('某市老旧小区改造实施方案\n一、总体要求\n', 'gbk'));
    assert.equal(Corpus.load({ folders: [dir] }).resolveTitle('某市老旧小区改造实施方案').kind, 'exact');
  });

  it('finds a seed file by path', () => assert.ok(fs.existsSync(seedPath('001'))));
});
