#!/usr/bin/env bash
# Quick start: install, create a sample Korean newsroom on first run, open the editor.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
data="${NEWSDESK_DATA:-$HOME/.local/share/newsdesk-demo}"
if [ ! -f "$data/newsdesk.sqlite3" ]; then
  python3 -m newsdesk --data "$data" demo
fi
exec python3 -m newsdesk --data "$data" "$@"
