#!/usr/bin/env bash
# The one run command: installs what is missing, prints what Marsad reads in the seeds, then serves
# the API and the site on the embedded database (seeded on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-pnpm.sh
pnpm -s marsad summary seeds
if [ -f apps/api/package.json ] && [ -f apps/web/package.json ]; then
  pnpm exec turbo run build --filter=@marsad/web...
  exec pnpm exec turbo run start --filter=@marsad/api --filter=@marsad/web
fi
