#!/usr/bin/env bash
# The one test command: installs what is missing, runs every package's tests through Turborepo,
# then prints one closing summary line over all packages.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-pnpm.sh || exit 1
started=$(date +%s)
pnpm exec turbo run test --concurrency=1 --continue --output-logs=full
status=$?
node scripts/test-summary.mjs "$started" || status=1
exit $status
