#!/usr/bin/env bash
# Makes pnpm 10 available on a fresh machine (corepack is not usable here), then installs the workspace.
set -euo pipefail
if ! command -v pnpm >/dev/null 2>&1 || ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "› installing pnpm 10 with npm" >&2
  npm install -g pnpm@10 >/dev/null
fi
echo "› pnpm install" >&2
pnpm install --frozen-lockfile --reporter=append-only | tail -n 5
