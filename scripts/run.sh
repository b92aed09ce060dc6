#!/usr/bin/env bash
# Builds the server and every built-in plugin, then runs the server with the given arguments.
#   ./scripts/run.sh --config examples/simulated-lovense.json
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build ButtplugHost.sln -c Release -v quiet -nologo -clp:NoSummary -p:HostOutputDir="$PWD/artifacts/release/host/" >&2
exec dotnet artifacts/release/host/ButtplugHost.dll "$@"
