/** The Outline the language server gives: headings, 篇, the articles of a 办法, the decimal headings of a 预案. */
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver';
import { parseDraft } from '../../src/core/parse/parse';
import { documentSymbols } from '../../src/server/symbols';

/** name → children, as nested arrays of names. */
function tree(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => (s.children?.length ? [s.name, tree(s.children)] : s.name));
}

describe('document symbols', () => {
  it('nest a 规划纲要 as 篇 > 章 > 节, each with a kind', () => {
    const symbols = documentSymbols(parseDraft('第一篇　开启新征程\n第一章　发展基础\n正文。\n第二章　总体要求\n第一节　指导思想\n正文。\n第二篇　产业体系\n第三章　做强产业\n正文。\n'));
    assert.deepEqual(tree(symbols), [['第一篇开启新征程', ['第一章发展基础', ['第二章总体要求', ['第一节指导思想']]]], ['第二篇产业体系', ['第三章做强产业']]]);
    const kinds = (list: DocumentSymbol[]): unknown[] => list.flatMap((s) => [s.kind, ...kinds(s.children ?? [])]);
    assert.ok(kinds(symbols).every((k) => typeof k === 'number'));
  });

  it('list the articles of a 办法 under their chapters', () => {
    const symbols = documentSymbols(parseDraft('第一章　总则\n第一条　为了规范户外广告设施设置，制定本办法。\n第二条　本办法适用于本市。\n第二章　附则\n第三条　本办法自印发之日起施行。\n'));
    assert.deepEqual(tree(symbols), [['第一章总则', ['第一条 为了规范户外广告设施设置，制定本办法。', '第二条 本办法适用于本市。']], ['第二章附则', ['第三条 本办法自印发之日起施行。']]]);
  });

  it('nest the decimal headings of a 预案 by their numbers', () => {
    const symbols = documentSymbols(parseDraft('1　总则\n1.1　编制目的\n正文。\n1.2　编制依据\n2　组织指挥体系\n2.1　县指挥部\n'));
    assert.deepEqual(tree(symbols), [['1　总则', ['1.1　编制目的', '1.2　编制依据']], ['2　组织指挥体系', ['2.1　县指挥部']]]);
  });
});
