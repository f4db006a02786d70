/** Page chrome lines: every pattern has an example, and the first-character filter lets each one through. */
import * as assert from 'node:assert/strict';
import { isJunkLine, JUNK_FIRST_CHARS, JUNK_LINE_PATTERNS } from '../../src/core/parse/junk';

/** One folded line per anchored pattern, in the order of the patterns. */
const EXAMPLES = [
  '欢迎访问甘肃省人民政府网站',
  '首页 > 政务公开 > 政府文件',
  '上一篇:关于印发某方案的通知',
  '浏览次数:1523',
  '来源:临河市人民政府办公室',
  '时间:2024-04-15',
  '字号:大 中 小',
  '打印本页',
  '搜全站',
  '【字体:大 中 小】 【打印本页】 【关闭窗口】',
  '分享到:',
  '扫一扫在手机打开当前页',
  '主办:临河市人民政府办公室',
  '免责声明:本网站所载文章仅供参考',
  '[不良信息举报]',
  '文件下载:某方案.pdf',
  '原文见下:',
  '序号 | 名称',
  '-----',
  '2013',
  '06/03',
  '21:24',
  '2024-04-15 10:23',
  '• 时间:2024-04-15',
];

describe('junk lines', () => {
  const anchored = JUNK_LINE_PATTERNS.filter((p) => p.source.startsWith('^'));

  it('have one example per anchored pattern, each matched by its pattern and found by isJunkLine', () => {
    assert.equal(EXAMPLES.length, anchored.length, 'add an example for each new anchored pattern');
    anchored.forEach((p, k) => {
      assert.ok(p.test(EXAMPLES[k]), `${p} does not match its example ${EXAMPLES[k]}`);
      assert.ok(JUNK_FIRST_CHARS.includes(EXAMPLES[k][0]), `the first character of ${EXAMPLES[k]} is not in JUNK_FIRST_CHARS`);
      assert.ok(isJunkLine(EXAMPLES[k]), EXAMPLES[k]);
    });
  });

  it('are found anywhere in the line by the unanchored patterns', () => {
    assert.ok(isJunkLine('临河市人民政府 网站标识码:6201000001'));
    assert.ok(isJunkLine('本站浏览次数:1523'));
    assert.ok(isJunkLine('— 3 —'));
  });

  it('are never body text, headings or a 成文日期', () => {
    for (const line of ['　　为深入贯彻落实党的二十大精神，制定本方案。', '一、总体要求', '（一）指导思想', '1.加快推进产业园区建设。', '2024年5月20日', '分享经验做法，推动工作落实。']) {
      assert.ok(!isJunkLine(line), line);
    }
  });
});
