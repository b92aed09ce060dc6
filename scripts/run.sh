#!/usr/bin/env bash
# Builds the server and its built-in plugins (build/Server.proj: no tests, no benchmarks), then runs
# the server with the given arguments.
#   ./scripts/run.sh --config examples/simulated-lovense.json
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build build/Server.proj -c Release -v quiet -nologo -clp:NoSummary -p:HostOutputDir="$PWD/artifacts/release/host/" >&2
exec dotnet artifacts/release/host/ButtplugHost.dll "$@"
