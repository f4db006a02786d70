/** The parsed seeds: documents, headers, outline, clauses, junk. */
import * as assert from 'node:assert/strict';
import { parseDraft } from '../../src/core/parse/parse';
import { readSeed } from './helpers';

const parsed = (id: string) => parseDraft(readSeed(id));
const titled = (id: string) => parsed(id).documents.filter((d) => d.header.title || d.header.docNumber || d.header.addressee);

describe('parse: seed documents', () => {
  it('splits the five files into the 18 documents of the inventory', () => {
    const counts = ['000', '001', '002', '003', '004'].map((id) => titled(id).length);
    // 000: D2; 001: D3–D6; 002: D9–D16 (D7 has no surviving title); 003: D17, D18; 004: D19, D20.
    assert.deepEqual(counts, [1, 4, 8, 2, 2]);
  });

  it('reads the notice header of seed 001 (文号, 主送机关, 落款, 成文日期, 此件公开发布)', () => {
    const notice = parsed('001').documents[0];
    assert.equal(notice.header.type, '通知');
    assert.equal(notice.header.docNumber?.canonical, '甘政办发〔2021〕93号');
    assert.equal(notice.header.signature?.text.text, '甘肃省人民政府办公厅');
    assert.equal(notice.header.date?.canonical, '2021年10月10日');
    assert.ok(notice.header.publicity);
    assert.equal(notice.header.addressee?.firstLine, 9);
    assert.deepEqual(notice.wraps, [1, 2, 3]);
  });

  it('joins titles broken over lines (000:6–8, 004:20–22) and detects their type', () => {
    const d2 = parsed('000').documents.find((d) => d.header.title)!;
    assert.equal(d2.header.type, '实施方案');
    assert.equal(d2.header.title!.firstLine, 5);
    assert.equal(d2.header.title!.ranges.length, 3);
    const d20 = parsed('004').documents[1];
    assert.equal(d20.header.title?.text, '兰州市多极突破行动协调推进工作实施方案');
    assert.equal(d20.header.title?.firstLine, 19);
  });

  it('reads types: 规划, 行动计划方案 → 行动计划, 批复 and notices without a title line', () => {
    const types = parsed('002').documents.map((d) => d.header.type ?? '-');
    assert.deepEqual(types, ['-', '通知', '行动计划', '通知', '规划', '通知', '通知', '规划', '批复']);
  });

  it('takes 文号 and title of notices that survive only in a download link (002:257, 002:385)', () => {
    const docs = parsed('002').documents;
    assert.equal(docs[5].header.fromDownloadLink?.docNumber?.canonical, '金政办发〔2023〕66号');
    assert.equal(docs[8].header.fromDownloadLink?.docNumber?.canonical, '金政发〔2023〕9号');
    assert.match(docs[8].header.fromDownloadLink?.title ?? '', /的批复$/);
  });

  it('builds the outline of D4 with 11 chapters and reads inline level-2 headings of D10', () => {
    const d4 = parsed('001').documents[1];
    assert.equal(d4.outline.length, 11);
    assert.equal(d4.outline[1].title, ' 总体要求'.trim());
    const d10 = parsed('002').documents[2];
    const l2 = d10.headings.filter((h) => h.level === 2);
    assert.equal(l2.length, 39);
    assert.ok(l2.every((h) => h.inline));
    assert.equal(l2[0].title, '深化户籍制度改革');
  });

  it('gives 专栏 their own entries and splits a heading and an item on one line (003:45)', () => {
    const d18 = parsed('003').documents[1];
    assert.deepEqual(d18.boxes.map((b) => b.headings.length), [6, 5, 4, 12, 0]);
    const h45 = d18.headings.filter((h) => h.paragraph.firstLine === 44);
    assert.deepEqual(h45.map((h) => h.marker), ['(一)', '1.']);
  });

  it('finds the 112 responsibility clauses of the seeds', () => {
    const n = ['000', '001', '002', '003', '004'].reduce((sum, id) => sum + parsed(id).documents.reduce((s, d) => s + d.clauses.length, 0), 0);
    assert.equal(n, 112);
  });

  it('sets page junk aside (banners, metadata, disclaimers, download links)', () => {
    assert.deepEqual([...parsed('004').junkLines].map((n) => n + 1), [1, 2, 4, 5, 6, 188, 189]);
    assert.deepEqual([...parsed('001').junkLines].map((n) => n + 1), [1, 2, 4, 5, 6, 1091]);
  });
});

describe('parse: drafts of every shape', () => {
  it('reads Markdown headings (#s are not part of the number) and bold sub-headings', () => {
    const d = parseDraft('# 某县工作方案\n\n## 一、总体要求\n\n**（一）工作目标**\n\n到2026年，建成示范村20个。\n', { format: 'markdown' });
    const doc = d.documents[0];
    assert.equal(doc.header.type, '工作方案');
    assert.deepEqual(doc.headings.map((h) => [h.level, h.title]), [[1, '总体要求'], [2, '工作目标']]);
  });

  it('keeps exact positions with CRLF, CR-only, BOM and full-width forms', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = '\uFEFF某市实施方案' + eol + '一、总体要求' + eol + '（一）指导思想' + eol + '正文。';
      const d = parseDraft(text);
      const h = d.documents[0].headings[1];
      assert.equal(text.slice(h.markerRange.start, h.markerRange.end), '（一）');
      assert.equal(text.slice(h.titleRange.start, h.titleRange.end), '指导思想');
    }
  });

  it('joins a line broken mid-sentence but not a title, a heading or a date', () => {
    const text = '某市实施方案\n一、重点任务\n1.推进产业园区建设，完善园区基础设施和配套服务，\n提升承载能力。\n2025年1月1日';
    const d = parseDraft(text);
    const item = d.documents[0].headings[1];
    assert.equal(item.paragraph.firstLine, 2);
    assert.equal(item.paragraph.lastLine, 3);
    assert.equal(d.documents[0].header.title?.text, '某市实施方案');
  });

  it('reads OCR spaces inside clause keywords and unit names', () => {
    const d = parseDraft('某市实施方案\n二、重点任务\n1.任务。(责任 单位: 省发展 改革委、省工信厅)');
    const c = d.documents[0].clauses[0];
    assert.deepEqual(c.units.map((u) => u.name), ['省发展改革委', '省工信厅']);
  });
});
