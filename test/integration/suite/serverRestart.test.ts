/**
 * The language server killed under the user: the client restarts it and the
 * diagnostics come back for the open draft, including for an edit made after the crash.
 */
import * as assert from 'assert';
import { api, closeAll, openCopy, ruleOf, waitForDiagnostics } from './util';

interface ServerInfo {
  pid: number;
  uptimeMs: number;
}

async function serverInfo(client: { sendRequest(method: string): Promise<unknown> }): Promise<ServerInfo | undefined> {
  try {
    return (await client.sendRequest('policylint/serverInfo')) as ServerInfo;
  } catch {
    return undefined; // the client is between servers
  }
}

describe('server crash', function () {
  this.timeout(60000);
  after(closeAll);

  it('is survived: a new server process, and diagnostics for edits made after the kill', async () => {
    const extension = await api();
    const client = (await extension.ready()) as { sendRequest(method: string): Promise<unknown> };
    const before = await serverInfo(client);
    assert.ok(before && before.pid > 0, 'the server answers policylint/serverInfo');

    const editor = await openCopy('实施方案草稿.txt', '重启测试.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.length > 0);

    process.kill(before.pid, 'SIGKILL');

    // The client notices the closed connection and starts a new server process.
    let after: ServerInfo | undefined;
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      after = await serverInfo(client);
      if (after && after.pid !== before.pid) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(after && after.pid !== before.pid, `a new server process (before ${before.pid}, after ${after?.pid})`);

    // An edit after the crash: a half-width comma in the 印发语 is linted by the new server.
    const end = editor.document.lineAt(3).range.end;
    await editor.edit((e) => e.insert(end, '请各单位抓好落实,按时报送进展。'));
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => d.range.start.line === 3 && d.range.start.character >= end.character && ruleOf(d) === 'punctuation-width'));
    assert.ok(ds.length > 1);
  });
});
