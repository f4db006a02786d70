/**
 * --fix writes atomically: a temporary file in the same folder, then a rename;
 * the file mode is kept, and a file that changed since it was read is refused.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type WriteOutcome = { ok: true } | { ok: false; reason: 'changed' | 'error'; error?: string };

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export function writeAtomically(linkOrFile: string, bytes: Buffer, originalHash: string): WriteOutcome {
  let mode: number;
  let file: string;
  try {
    // A symlinked draft: write the file it points to, so the link stays a link.
    file = fs.realpathSync(linkOrFile);
    const current = fs.readFileSync(file);
    if (hashBytes(current) !== originalHash) return { ok: false, reason: 'changed' };
    mode = fs.statSync(file).mode & 0o7777;
  } catch (e) {
    return { ok: false, reason: 'error', error: (e as Error).message };
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.policylint-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { mode });
    fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
    return { ok: true };
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing left to clean
    }
    return { ok: false, reason: 'error', error: (e as Error).message };
  }
}
