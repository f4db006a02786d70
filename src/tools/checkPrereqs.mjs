// Runs first in `npm test`: the system packages the VS Code and browser tests
// need. When one is missing the run stops at once and names it, instead of failing
// minutes later in the middle of a suite (.ci/install-system-deps.sh installs them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.POLICYLINT_CHROMIUM || '/usr/bin/chromium';

function has(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

function dpkgInstalled(pkg) {
  return (has('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg]) ?? '') === 'installed';
}

const missing = [];
if (!existsSync(chromium)) missing.push({ pkg: 'chromium', why: `the browser for the VS Code and E2E tests (${chromium})` });
const cjk = (has('fc-list', [':lang=zh', 'family']) ?? '').trim();
if (!cjk && !dpkgInstalled('fonts-wqy-microhei') && !dpkgInstalled('fonts-noto-cjk')) {
  missing.push({ pkg: 'fonts-wqy-microhei', why: 'a CJK font, or every Chinese character in a screenshot is a box' });
}
if (!existsSync('/usr/include/gssapi/gssapi.h') && !dpkgInstalled('libkrb5-dev')) {
  missing.push({ pkg: 'libkrb5-dev', why: "Kerberos headers for code-server's native kerberos module" });
}

if (missing.length) {
  console.error('npm test needs these system packages, which are missing:');
  for (const m of missing) console.error(`  ${m.pkg}: ${m.why}`);
  console.error(`Install them (as root): apt-get update && apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`);
  console.error('or run: sudo bash .ci/install-system-deps.sh');
  process.exit(1);
}
