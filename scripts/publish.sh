#!/usr/bin/env bash
# Builds the deployable app root for the Functions host: host.json, one folder per function with its
# generated function.json, and the self-contained linux-x64 executable. Zipped on Linux so the exec bit survives.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/publish}"
rm -rf "$out" && mkdir -p "$out/app"
dotnet publish "$root/src/Monitor" -c Release -r linux-x64 --self-contained true -p:PublishSingleFile=false -o "$out/app"
cp "$root/host.json" "$out/app/host.json"
"$out/app/monitor" functions --out "$out/app"
(cd "$out/app" && zip -qr "$out/monitor-functions.zip" .)
echo "App package: $out/monitor-functions.zip"
echo "Deploy: az functionapp deployment source config-zip -g <group> -n <app> --src $out/monitor-functions.zip"
