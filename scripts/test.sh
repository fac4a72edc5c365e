#!/usr/bin/env bash
# Lint, type-check and run the whole test suite (GUI tests run offscreen,
# export tests in headless Chromium). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
python3 -m ruff check src tests benchmarks
python3 -m ruff format --check src tests benchmarks
python3 -m mypy
python3 -m pytest -q -p no:cacheprovider "$@"
