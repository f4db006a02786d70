/** The language client's restart policy (src/extension/restartPolicy.ts). */
import * as assert from 'node:assert/strict';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../src/extension/restartPolicy';

describe('restart policy', () => {
  it('never gives up on write errors, however many come before the close', () => {
    const policy = new RestartPolicy(() => 0);
    for (let i = 0; i < 50; i++) assert.equal(policy.onWriteError(), 'continue');
    assert.equal(policy.onClose(), 'restart');
  });

  it('restarts up to four times in three minutes, then gives up on the fifth crash', () => {
    let t = 0;
    const policy = new RestartPolicy(() => t);
    for (let i = 0; i < MAX_RESTARTS; i++) {
      assert.equal(policy.onClose(), 'restart', `crash ${i + 1}`);
      t += 1000;
    }
    assert.equal(policy.onClose(), 'giveUp');
  });

  it('forgets crashes older than three minutes', () => {
    let t = 0;
    const policy = new RestartPolicy(() => t);
    for (let i = 0; i < MAX_RESTARTS; i++) policy.onClose();
    t += RESTART_WINDOW_MS + 1;
    assert.equal(policy.onClose(), 'restart');
  });
});
