#!/usr/bin/env bash
# Install what Newsdesk needs on a Debian/Ubuntu machine: Qt's system libraries,
# a Korean font, and (with --test) headless Chromium for the export tests; then
# the Python package itself (editable) with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

runtime_pkgs=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libnss3 libnspr4 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2
  libxkbfile1 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0 fonts-nanum)
test_pkgs=(chromium chromium-driver wrk postgresql)

pkgs=("${runtime_pkgs[@]}")
[ "$want_test" = 1 ] && pkgs+=("${test_pkgs[@]}")

missing=()
for pkg in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

extras=""
[ "$want_test" = 1 ] && extras="[test]"
python3 -m pip install -q --disable-pip-version-check -e ".${extras}"
