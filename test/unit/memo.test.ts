/** BoundedMemo, and the lexicon answers it remembers (same answer the first time and after). */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { BoundedMemo } from '../../src/core/memo';
import { slotOf } from '../../src/core/parse/slots';

describe('BoundedMemo', () => {
  it('computes each key once, undefined answers included', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo(10, (k) => {
      calls.push(k);
      return k.startsWith('a') ? k.length : undefined;
    });
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('xyz'), undefined);
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('xyz'), undefined);
    assert.deepEqual(calls, ['abc', 'xyz']);
  });

  it('starts afresh at its limit, and still answers right', () => {
    let calls = 0;
    const memo = new BoundedMemo(3, (k) => {
      calls++;
      return k.toUpperCase();
    });
    for (const k of ['a', 'b', 'c', 'd']) assert.equal(memo.get(k), k.toUpperCase());
    assert.equal(calls, 4);
    // 'a' was dropped when the fourth key came in; 'd' was kept.
    assert.equal(memo.get('d'), 'D');
    assert.equal(calls, 4);
    assert.equal(memo.get('a'), 'A');
    assert.equal(calls, 5);
  });
});

describe('remembered answers', () => {
  it('the unit lexicon answers a repeated name as it did the first time', () => {
    const lexicon = new UnitLexicon();
    for (const name of ['市发展改革委', '市发改委', '省经信委', '市能原局', '市市工信委', '兰州市科技局']) {
      const first = [lexicon.isKnown(name), lexicon.suggest(name), lexicon.outdated(name)?.suggestedName, lexicon.canonical(name)];
      const again = [lexicon.isKnown(name), lexicon.suggest(name), lexicon.outdated(name)?.suggestedName, lexicon.canonical(name)];
      assert.deepEqual(again, first, name);
    }
    assert.equal(lexicon.isKnown('市发展改革委'), true);
    assert.equal(lexicon.outdated('省经信委')?.pattern !== undefined, true);
  });

  it('slotOf answers a repeated title as it did the first time', () => {
    assert.equal(slotOf('保障措施'), 'safeguards');
    assert.equal(slotOf('保障措施'), 'safeguards');
    assert.equal(slotOf('加快推进数字经济'), undefined);
    assert.equal(slotOf('加快推进数字经济'), undefined);
  });
});
