#!/usr/bin/env bash
# System packages the VS Code integration tests need (test/integration/run.ts):
#   chromium           - the headless browser that opens code-server's workbench
#   fonts-wqy-microhei - a CJK font, so Chinese text renders in screenshots
#   libkrb5-dev        - Kerberos headers for code-server's native `kerberos` addon
# Idempotent: installs only what is missing and skips `apt-get update` when nothing is.
# As root it installs; as any other user it prints what is missing and exits 1.
set -euo pipefail

PACKAGES=(chromium fonts-wqy-microhei libkrb5-dev)

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

missing=()
for p in "${PACKAGES[@]}"; do
  is_installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-system-deps: all present (${PACKAGES[*]})"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2
  echo "install-system-deps: as root run: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"

still=()
for p in "${missing[@]}"; do
  is_installed "$p" || still+=("$p")
done
if [ "${#still[@]}" -ne 0 ]; then
  echo "install-system-deps: still missing after install: ${still[*]}" >&2
  exit 1
fi
echo "install-system-deps: done"
