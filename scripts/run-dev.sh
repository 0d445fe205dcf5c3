#!/usr/bin/env bash
# Builds iot-node (release) and starts a local development chain with RPC on ws://127.0.0.1:9944.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/run-dev.sh [iot-node flags...]

Installs missing prerequisites, builds iot-node in release and runs `iot-node --dev` with
JSON-RPC on ws://127.0.0.1:9944. Blocks are sealed and finalized as soon as a transaction
arrives (`--sealing instant`); pass `--sealing manual` or `--sealing 6000` to change that.
Extra flags go to iot-node (for example `--base-path ./chain-data` to keep the chain).
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
build_workspace

cat >&2 <<'INFO'

==> iot-node --dev is starting; JSON-RPC on ws://127.0.0.1:9944
    Polkadot.js apps: open https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A9944
    (or Settings -> "custom endpoint" -> ws://127.0.0.1:9944). Dev accounts Alice..Ferdie are funded.
    iot-explorer (fleets, streams and proofs, payments, rewards, products): http://127.0.0.1:8080/
    once a gateway serves it (the npm workspace built with `npm ci && npm run build`):
      ~/.cache/iot-chain/target/release/iot-gateway run --url ws://127.0.0.1:9944 --suri //Alice \
        --http 127.0.0.1:8080 --web web/dist
    Quick check: curl -s -H 'Content-Type: application/json' \
      -d '{"id":1,"jsonrpc":"2.0","method":"system_properties"}' http://127.0.0.1:9944

INFO
exec "$NODE_BIN" --dev --rpc-port 9944 --rpc-cors all "$@"
