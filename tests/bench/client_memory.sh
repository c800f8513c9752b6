#!/usr/bin/env bash
# Resident memory of the desktop client on the large benchmark vault (made by bench_vault), under
# Xvfb, typed into with xdotool (Debian: xvfb, xdotool). Not part of any test run.
#
#   xvfb-run -a -s "-screen 0 1280x800x24" tests/bench/client_memory.sh build/app/schouw \
#       /var/tmp/schouw-bench/large
set -euo pipefail
client=$1
vault=$2
"$client" --vault "$vault" --language nl 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 3
xdotool type --delay 5 "lindeboom-gracht-zeventien" # the test passphrase of the bench vaults
xdotool key Return
sleep 5 # unlock, first page, and the background quick_check
echo "after unlock: $(grep VmRSS /proc/$pid/status)"
xdotool key Tab Tab
for _ in $(seq 1 40); do xdotool key End; sleep 0.1; done # scroll: the list fetches more pages
sleep 1
echo "after scrolling: $(grep VmRSS /proc/$pid/status)"
