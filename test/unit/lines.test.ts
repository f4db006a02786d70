import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lines';
import { fold } from '../../src/core/text/fold';

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
