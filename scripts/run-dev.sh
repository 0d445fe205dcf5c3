#!/usr/bin/env bash
# Builds iot-node (release) and starts a local development chain with RPC on ws://127.0.0.1:9944,
# and the explorer on http://127.0.0.1:8090/.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/run-dev.sh [iot-node flags...]

Installs missing prerequisites, builds iot-node in release and runs `iot-node --dev` with
JSON-RPC on ws://127.0.0.1:9944. Blocks are sealed and finalized as soon as a transaction
arrives (`--sealing instant`); pass `--sealing manual` or `--sealing 6000` to change that.
Extra flags go to iot-node (for example `--base-path ./chain-data` to keep the chain).
Also builds the npm workspace and, once the node answers, starts an iot-gateway that serves the
explorer (web/dist) on http://127.0.0.1:IOT_EXPLORER_PORT/ (default 8090) with a spool removed
on exit; IOT_EXPLORER=0 starts the node alone.
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
build_workspace

explorer_port="${IOT_EXPLORER_PORT:-8090}"
if [ "${IOT_EXPLORER:-1}" != 0 ]; then
	ensure_js_clients
fi

cat >&2 <<INFO

==> iot-node --dev is starting; JSON-RPC on ws://127.0.0.1:9944
    Polkadot.js apps: open https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A9944
    (or Settings -> "custom endpoint" -> ws://127.0.0.1:9944). Dev accounts Alice..Ferdie are funded.
    iot-explorer (fleets, streams and proofs, payments, rewards, products):
      http://127.0.0.1:$explorer_port/  served by an iot-gateway anchoring as Alice, started
      once the node answers (IOT_EXPLORER=0 starts the node alone)
    Quick check: curl -s -H 'Content-Type: application/json' \\
      -d '{"id":1,"jsonrpc":"2.0","method":"system_properties"}' http://127.0.0.1:9944

INFO
if [ "${IOT_EXPLORER:-1}" = 0 ]; then
	exec "$NODE_BIN" --dev --rpc-port 9944 --rpc-cors all "$@"
fi

# The gateway serves the explorer next to its readings and proofs API. Its spool lives as long as
# this script: a --dev chain starts afresh each time, and a spool would otherwise hold anchors of
# a chain that no longer exists.
spool="$(mktemp -d)"
"$NODE_BIN" --dev --rpc-port 9944 --rpc-cors all "$@" &
node_pid=$!
gateway_pid=""
stop() {
	[ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null
	kill "$node_pid" 2>/dev/null
	wait 2>/dev/null
	rm -rf "$spool"
}
trap stop EXIT
trap 'exit 130' INT TERM
if wait_for_node "$node_pid" http://127.0.0.1:9944; then
	"$CARGO_TARGET_DIR/release/iot-gateway" --spool "$spool/spool.redb" run \
		--url ws://127.0.0.1:9944 --suri //Alice --http "127.0.0.1:$explorer_port" \
		--web "$REPO_ROOT/web/dist" >"$spool/gateway.log" 2>&1 &
	gateway_pid=$!
	log "iot-explorer on http://127.0.0.1:$explorer_port/ (gateway log: $spool/gateway.log)"
fi
wait "$node_pid"
