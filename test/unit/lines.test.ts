import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lines';
import { commonPrefix, commonSuffix } from '../../src/core/cache';
import { fold, foldChar, foldEdited } from '../../src/core/text/fold';

describe('LineIndex', () => {
  it('treats CRLF, CR and LF as one line break each', () => {
    const index = new LineIndex('一、总体要求\r\n（一）指导思想\r1.任务\n末行');
    assert.equal(index.lineCount, 4);
    assert.equal(index.lineText(0), '一、总体要求');
    assert.equal(index.lineText(1), '（一）指导思想');
    assert.equal(index.lineText(2), '1.任务');
    assert.equal(index.lineText(3), '末行');
  });

  it('converts offsets and positions both ways in UTF-16 units', () => {
    const text = 'ab\r\n😀c\nd';
    const index = new LineIndex(text);
    const offset = text.indexOf('c');
    assert.deepEqual(index.positionAt(offset), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 1, character: 2 }), offset);
    // An offset inside the CRLF clamps to the end of the line's content.
    assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
  });

  it('reports the dominant line ending', () => {
    assert.equal(new LineIndex('a\r\nb\r\nc\nd').dominantEol(), '\r\n');
    assert.equal(new LineIndex('a\nb').dominantEol(), '\n');
    assert.equal(new LineIndex('a\rb\rc').dominantEol(), '\r');
  });
});

describe('fold', () => {
  it('keeps the length and folds full-width punctuation and odd spaces', () => {
    const original = '（一）\u2002指导思想：坚持２０２５年，二○三五';
    const folded = fold(original);
    assert.equal(folded.length, original.length);
    assert.equal(folded, '(一) 指导思想:坚持2025年,二〇三五');
  });

  it('returns the same string when nothing needs folding', () => {
    const s = '一、总体要求';
    assert.equal(fold(s), s);
  });
});

describe('LineIndex.edited and foldEdited', () => {
  /** Every edit of `before` into `after` through the common prefix and suffix, against a fresh index. */
  function agree(before: string, after: string): void {
    const prefix = commonPrefix(before, after);
    const suffix = commonSuffix(before, after, prefix);
    const edited = LineIndex.edited(new LineIndex(before), after, prefix, suffix);
    const fresh = new LineIndex(after);
    assert.deepEqual(edited.starts, fresh.starts, JSON.stringify([before, after]));
    assert.deepEqual(edited.ends, fresh.ends, JSON.stringify([before, after]));
    assert.equal(foldEdited(fold(before), after, prefix, suffix), fold(after));
  }

  it('match a fresh index when a line break is added, removed or paired', () => {
    const cases: Array<[string, string]> = [
      ['一、总体要求\r二、任务', '一、总体要求\r\n二、任务'], // an LF after a lone CR makes one CRLF
      ['一、总体要求\r\n二、任务', '一、总体要求\r二、任务'], // the LF of a CRLF removed
      ['一、总体要求\r\n二、任务', '一、总体要求\n二、任务'], // the CR removed
      ['甲\n乙\n丙', '甲\n乙丙'],
      ['甲\n乙\n丙', '甲\n乙\n\n丙\n'],
      ['', '\r\n'],
      ['\r\n', ''],
      ['甲', '甲\r'],
      ['甲\r', '甲\r\n'],
      ['\n\n\n', '\n\r\n\n'],
      ['（一）\u3000指导思想\n1.任务', '（一）\u3000指导思想\n1.任务（市能源局牵头）'],
      ['同一行', '同一行'],
    ];
    for (const [before, after] of cases) agree(before, after);
  });

  it('match a fresh index for every single-character edit of a CR/LF mix', () => {
    const base = 'a\r\nb\rc\n\r\nd\r';
    for (let at = 0; at <= base.length; at++) {
      for (const ch of ['\r', '\n', 'x']) agree(base, base.slice(0, at) + ch + base.slice(at));
      if (at < base.length) agree(base, base.slice(0, at) + base.slice(at + 1));
    }
  });

  it('commonPrefix and commonSuffix do not overlap and cross block boundaries', () => {
    const long = '一'.repeat(2000);
    assert.equal(commonPrefix(long, long + '二'), 2000);
    assert.equal(commonSuffix(long, long + long, commonPrefix(long, long + long)), 0);
    const a = '甲'.repeat(700) + 'X' + '乙'.repeat(900);
    const b = '甲'.repeat(700) + 'YY' + '乙'.repeat(900);
    assert.equal(commonPrefix(a, b), 700);
    assert.equal(commonSuffix(a, b, 700), 900);
    assert.equal(commonSuffix('aaa', 'aaaa', commonPrefix('aaa', 'aaaa')), 0);
  });
});

describe('fold, against its definition code unit by code unit', () => {
  /** The mapping fold promises, written the slow way. */
  const expected = (s: string) => [...Array(s.length).keys()].map((i) => foldChar(s[i])).join('');

  it('folds short and long texts alike, in any order, keeping lone surrogates, astral characters and NUL', () => {
    const pieces = ['（一）', '\u3000', 'ＡＢＣ１２３', '，；：！？', '\ud800', '\udfff', '😀', '\0', '○', '\u2013', '∶', '〜', '正文', '\t', '\r\n', '—', '\ufeff'];
    let seed = 11;
    // Shorter after longer: the buffer kept between calls must not leak the longer text's tail.
    for (const length of [0, 1, 5, 63, 64, 65, 200, 5000, 300, 65, 70000, 129]) {
      let s = '';
      while (s.length < length) s += pieces[(seed = (seed * 48271) % 2147483647) % pieces.length];
      s = s.slice(0, length);
      const folded = fold(s);
      assert.equal(folded.length, s.length);
      assert.equal(folded, expected(s), `length ${length}`);
    }
    assert.equal(foldChar('（'), '(');
    assert.equal(foldChar('中'), '中');
  });
});
