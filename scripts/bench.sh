#!/usr/bin/env bash
# Throughput harness: starts its own iot-node and measures every workload against the baseline.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/bench.sh [iot-bench load flags...]

Builds the workspace (release, the profile of the tests), starts its own `iot-node --dev` sealing
a block every BLOCK_MS (default 6000, the runtime's slot) on a temporary database, and runs
`iot-bench load` against it: BENCH_SECONDS (default 60) of sustained load each for

  1. Balances::transfer_keep_alive (the baseline)
  2. DeviceRegistry::register_devices (batch onboarding, devices/s)
  3. TelemetryAnchor::anchor_batch of one reading, then of many (readings/s)
  4. M2mPayments::claim, then M2mPayments::settle of many channels' vouchers (vouchers/s)

sent by many pre-funded senders with their own nonces. Prints a table with each workload's rate
and its ratio to the baseline, submitted/included/failed/dropped transactions and the node's peak
memory; the JSON report is written to BENCH_JSON (default target/bench/load.json under
CARGO_TARGET_DIR). Extra flags go to `iot-bench load` (see `iot-bench load --help`).

With BENCH_RECORD=1 the report is also recorded as docs/measurements/chain-load.json (with the
date, commit, machine and command) and docs/performance.md's measured table is regenerated
from it (./scripts/docs-tables.sh); commit both.
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
build_workspace

bench_bin="$CARGO_TARGET_DIR/release/iot-bench"
block_ms="${BLOCK_MS:-6000}"
report="${BENCH_JSON:-$CARGO_TARGET_DIR/bench/load.json}"
mkdir -p "$(dirname "$report")"
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

log "starting iot-node --dev (a block every $block_ms ms) on port $port; log: $work/node.log"
# The pool holds more than the load's window, so a full pool never drops a valid transaction.
# Single-state: under this load the fork-aware pool lost valid transactions (see docs/performance.md).
"$NODE_BIN" --dev --tmp --sealing "$block_ms" --rpc-port "$port" --rpc-max-connections 1000 \
	--pool-type single-state \
	--pool-limit 16384 --pool-kbytes 262144 --no-prometheus --no-telemetry \
	>"$work/node.log" 2>&1 &
node_pid=$!
cleanup() {
	kill "$node_pid" 2>/dev/null || true
	wait "$node_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

wait_for_node "$node_pid" "http://127.0.0.1:$port" || { tail -n 30 "$work/node.log" >&2; exit 1; }

log "running the load (${BENCH_SECONDS:-60} s per workload)"
"$bench_bin" --url "ws://127.0.0.1:$port" --suri //Alice load \
	--seconds "${BENCH_SECONDS:-60}" --node-pid "$node_pid" --block-ms "$block_ms" \
	--json "$report" "$@"
log "report: $report"
if [ "${BENCH_RECORD:-}" = "1" ]; then
	# The command as a reader reruns it: the knobs that shape the figures, then the extra flags.
	command="BENCH_SECONDS=${BENCH_SECONDS:-60} BLOCK_MS=$block_ms ./scripts/bench.sh${*:+ $*}"
	python3 "$REPO_ROOT/scripts/measurements.py" record chain-load "$report" --command "$command"
	"$REPO_ROOT/scripts/docs-tables.sh"
fi
