/** The extension's own activation figure (the budget is checked in bench/, never here). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { api } from './util';

describe('activation', () => {
  it('reports how long activation took, for the benchmark to read', async () => {
    const a = await api();
    assert.strictEqual(typeof a.activationMs, 'number');
    assert.ok(a.activationMs > 0);
    assert.ok(a.activateBodyMs > 0 && a.activateBodyMs <= a.activationMs);
    const out = process.env.POLICYLINT_TEST_RESULTS;
    if (out) fs.writeFileSync(path.join(path.dirname(out), 'activation.json'), JSON.stringify({ activationMs: a.activationMs, activateBodyMs: a.activateBodyMs, evaluateMs: a.evaluateMs }));
  });
});
