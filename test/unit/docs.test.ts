/** The generated docs match the code (like markdownlint: CI fails on stale docs). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED } from '../../src/tools/generateDocs';
import { RULES } from '../../src/core/rules/registry';
import { ROOT } from './helpers';

describe('docs', () => {
  for (const [file, make] of Object.entries(GENERATED)) {
    it(`${file} is up to date (npm run docs)`, () => {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), make());
    });
  }

  it('documents every rule of the catalogue with its own section', () => {
    const md = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    for (const r of RULES) assert.ok(md.includes(`<a id="${r.meta.id}"></a>`), r.meta.id);
    // The 26 rules of the catalogue (spec/rules.md) and clause-brackets, added after a review of fresh drafts.
    assert.equal(RULES.length, 27);
  });
});
