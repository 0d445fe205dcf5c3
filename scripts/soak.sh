#!/usr/bin/env bash
# Soak: sustained transfers against a node as users start it; fails if one valid transaction is lost.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/soak.sh dev|local [iot-bench load flags...]

Sends `iot-bench load --transfers-only` for SOAK_SECONDS (default 600) and fails unless every
submitted transfer was included: none dropped (never reached a block, stuck in the pool
included), rejected or failed.

  dev     `iot-node --dev` started as the README's run command starts it: instant sealing and the
          pool the node picks (no pool flags), on a temporary database.
  local   three validators on `--chain local` (Aura and GRANDPA), spawned by zombienet from
          zombienet/local-3.toml; the load goes to one of them.

The report is printed and written as JSON to SOAK_JSON (default target/bench/soak-<network>.json
under CARGO_TARGET_DIR). With SOAK_RECORD=1 a passing run is also recorded as
docs/measurements/soak-<network>.json and docs/performance.md's soak table is regenerated.
USAGE
}
network="${1:-}"
case "$network" in
dev | local) shift ;;
-h | --help) usage; exit 0 ;;
*) usage >&2; exit 2 ;;
esac

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
build_workspace

seconds="${SOAK_SECONDS:-600}"
report="${SOAK_JSON:-$CARGO_TARGET_DIR/bench/soak-$network.json}"
mkdir -p "$(dirname "$report")"
work="$(mktemp -d)"
pid=""
cleanup() {
	if [ -n "$pid" ]; then
		# zombienet runs in its own process group (setsid), which holds the nodes it spawned.
		kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

if [ "$network" = dev ]; then
	port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
	"$NODE_BIN" --dev --tmp --rpc-port "$port" --no-prometheus --no-telemetry >"$work/node.log" 2>&1 &
	pid=$!
	url="ws://127.0.0.1:$port"
	wait_for_node "$pid" "http://127.0.0.1:$port" || { tail -n 30 "$work/node.log" >&2; exit 1; }
	node_pid=(--node-pid "$pid")
else
	cd "$REPO_ROOT/zombienet"
	if [ ! -x node_modules/.bin/zombienet ]; then
		npm ci --no-audit --no-fund --loglevel=error
	fi
	IOT_NODE="$NODE_BIN" setsid node_modules/.bin/zombienet -p native -l text spawn ./local-3.toml \
		>"$work/zombienet.log" 2>&1 &
	pid=$!
	cd "$REPO_ROOT"
	# zombienet prints each node's links (URL-encoded) once the network is up; the first is the
	# first validator's.
	for _ in $(seq 1 180); do
		url="$(python3 -c 'import re, sys, urllib.parse
m = re.search(r"ws://127\.0\.0\.1:\d+", urllib.parse.unquote(open(sys.argv[1]).read()))
print(m.group(0) if m else "")' "$work/zombienet.log")"
		[ -n "$url" ] && break
		kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/zombienet.log" >&2; exit 1; }
		sleep 1
	done
	[ -n "$url" ] || { log "zombienet did not start the network"; exit 1; }
	wait_for_node "$pid" "${url/ws:/http:}" || exit 1
	node_pid=()
fi

log "soak: $seconds s of transfers against $network ($url)"
"$CARGO_TARGET_DIR/release/iot-bench" --url "$url" --suri //Alice load --transfers-only \
	--seconds "$seconds" "${node_pid[@]}" --json "$report" "$@"
python3 - "$report" <<'PY'
import json, sys
row = json.load(open(sys.argv[1]))["rows"][0]["tally"]
lost = {k: row[k] for k in ("dropped", "rejected", "failed") if row[k]}
print(f"soak: {row['submitted']} submitted, {row['included']} included, lost: {lost or 'none'}")
sys.exit(1 if lost or row["included"] != row["submitted"] else 0)
PY
if [ "${SOAK_RECORD:-}" = "1" ]; then
	python3 "$REPO_ROOT/scripts/measurements.py" record "soak-$network" "$report" \
		--command "SOAK_SECONDS=$seconds ./scripts/soak.sh $network${*:+ $*}"
	"$REPO_ROOT/scripts/docs-tables.sh"
fi
