#!/usr/bin/env bash
# Runs every test of the repository. Installs what the tests need first (the official npm Buttplug
# clients; on Debian as root, the D-Bus daemon and python3-dbusmock for the Bluetooth tests and
# chromium for the status page's browser tests), then
# builds the solution, runs all test projects, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# --- prerequisites ---------------------------------------------------------------------------
need_apt=()
command -v dbus-daemon >/dev/null 2>&1 || need_apt+=(dbus)
/usr/bin/python3 -c 'import dbusmock' >/dev/null 2>&1 || need_apt+=(python3-dbusmock)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need_apt[*]} (Debian packages used by the Bluetooth and status page tests)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null \
      || echo "warning: could not install ${need_apt[*]}; the Bluetooth or browser tests will fail" >&2
  else
    echo "warning: missing ${need_apt[*]} (install them for the Bluetooth and browser tests)" >&2
  fi
fi
if [ ! -d tests/node/node_modules/buttplug5 ] || [ ! -d tests/node/node_modules/buttplug3 ]; then
  echo "Installing the official Buttplug clients (npm ci in tests/node)"
  (cd tests/node && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- build and test --------------------------------------------------------------------------
results="$root/artifacts/test-results"
rm -rf "$results"
dotnet build ButtplugHost.sln -nologo -v quiet -clp:NoSummary
build=$?
if [ $build -ne 0 ]; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test ButtplugHost.sln --no-build -nologo --logger "trx" --results-directory "$results" "$@"
status=$?

# --- count -----------------------------------------------------------------------------------
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi  # a crashed test host counts as a failure
# The failures' names again at the end, where a log's tail shows them.
if [ $failed -gt 0 ]; then
  echo "Failed tests:"
  cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' | sed -n 's/.*testName="\([^"]*\)".*/  \1/p'
fi
echo "$passed passed, $failed failed"
exit $status
