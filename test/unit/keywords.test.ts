/** Keyword summaries on a worker thread: asked once, answered later, failures reported once. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { KeywordService } from '../../src/server/keywords';

describe('keyword service (worker thread)', function () {
  this.timeout(60000);
  const text = '兰州经济圈发展规划。指导思想。加快兰州新区建设。推进市发展改革委牵头的重大项目。数字经济发展。数字基础设施建设';

  it('answers undefined at first, then the keywords, without blocking the caller', async () => {
    const warnings: string[] = [];
    const service = new KeywordService(() => ({ words: ['市发展改革委', 42] }), (m) => warnings.push(m));
    try {
      // The dictionary loads on the worker: the caller gets its answer at once.
      assert.equal(service.get('a', text), undefined);
      assert.equal(service.get('a', text), undefined, 'a second ask while pending sends nothing new');
      await service.settled();
      const words = service.get('a', text);
      assert.ok(words && words.length > 0 && words.length <= 6, `keywords: ${words}`);
      assert.ok(words.includes('数字'), `keywords: ${words}`);
      assert.deepEqual(warnings, []);
    } finally {
      service.dispose();
    }
  });

  it('stops its worker on dispose without reporting a failure', async () => {
    const warnings: string[] = [];
    const service = new KeywordService(() => ({ words: [] }), (m) => warnings.push(m));
    assert.equal(service.get('a', text), undefined);
    await service.settled();
    service.dispose();
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(warnings, []);
  });

  it('reports a worker that cannot start once, and then answers undefined', async () => {
    const warnings: string[] = [];
    const service = new KeywordService(() => ({ words: [] }), (m) => warnings.push(m), path.join(__dirname, 'no-such-worker.js'));
    assert.equal(service.get('a', text), undefined);
    await service.settled();
    assert.equal(service.get('b', text), undefined);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /keywords unavailable/);
  });
});
