#!/usr/bin/env bash
# Installs the pinned Azurite (tools/azurite/package-lock.json) once; the demo and the tests start it themselves.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -x "$root/tools/azurite/node_modules/.bin/azurite" ] \
   || [ "$root/tools/azurite/package-lock.json" -nt "$root/tools/azurite/node_modules/.package-lock.json" ]; then
  echo "Installing Azurite (pinned) into tools/azurite ..."
  npm ci --prefix "$root/tools/azurite" --no-audit --no-fund --loglevel=error
fi
