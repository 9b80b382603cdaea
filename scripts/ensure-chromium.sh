#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (playwright cannot download
# browsers here). Set CHROMIUM_PATH to use another binary.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then
  exit 0
fi
echo "Chromium not found at $bin: installing Debian's chromium package..."
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-noto-cjk >/dev/null
"$bin" --version
