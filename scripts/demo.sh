#!/usr/bin/env bash
# The offline demo: starts Azurite, serves the bundled sample feeds and pages locally, runs one full cycle.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/azurite-install.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run --project src/Monitor -c Release -- demo "$@"
