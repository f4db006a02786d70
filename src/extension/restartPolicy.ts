/**
 * When the language server dies, what the client does. vscode-languageclient's
 * default handler shuts the client down for good after the fourth failed write, and
 * a drafter typing into a crashed server makes those writes before the closed
 * connection is noticed. Here a write error only waits for the close, and the close
 * restarts the server unless it crashed five times in three minutes.
 * (No vscode import: the policy is unit-tested on its own.)
 */

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type WriteErrorVerdict = 'continue';
export type CloseVerdict = 'restart' | 'giveUp';

export class RestartPolicy {
  private readonly restarts: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  onWriteError(): WriteErrorVerdict {
    return 'continue';
  }

  onClose(): CloseVerdict {
    const t = this.now();
    this.restarts.push(t);
    while (this.restarts.length && t - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    return this.restarts.length <= MAX_RESTARTS ? 'restart' : 'giveUp';
  }
}
