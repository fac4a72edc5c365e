#!/usr/bin/env bash
# Refresh the Korean translation from the sources, then compile it.
# pyside6-lupdate keeps every existing translation and marks new strings
# type="unfinished"; translate those in resources/translations/newsdesk_ko.ts
# (Qt Linguist, or by hand) and run this again to rebuild the .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/newsdesk_ko.ts
mapfile -t sources < <(find src/newsdesk/ui -name '*.py' | sort)
pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$ts"
pyside6-lrelease "$ts" -qm resources/translations/newsdesk_ko.qm
grep -c 'type="unfinished"' "$ts" | sed 's/^/untranslated: /' || true
