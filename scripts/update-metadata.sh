#!/usr/bin/env bash
# Refreshes metadata/iot-metadata.scale from a running iot-node.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/update-metadata.sh [http://host:port]

Fetches the runtime's metadata (V16, through the `Metadata_metadata_at_version` runtime API)
from the node at the given JSON-RPC URL and writes metadata/iot-metadata.scale, from which
crate `iot-metadata` generates its subxt interface. Without a URL it builds iot-node, starts
`iot-node --dev --tmp` on a free port, fetches, and stops it. `cargo test -p iot-metadata`
fails while the file does not match the runtime.
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
cd "$REPO_ROOT"

url="${1:-}"
node_pid=""
cleanup() { if [ -n "$node_pid" ]; then kill "$node_pid" 2>/dev/null || true; wait "$node_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

if [ -z "$url" ]; then
	log "building iot-node"
	# The same build as the tests' (so nothing is compiled twice), without the crate that needs
	# the file this script writes.
	cargo test --release --locked --workspace --exclude iot-metadata --no-run
	port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
	log "starting iot-node --dev on port $port"
	"$CARGO_TARGET_DIR/release/iot-node" --dev --tmp --rpc-port "$port" --no-prometheus \
		--no-telemetry --no-mdns >/dev/null 2>&1 &
	node_pid=$!
	url="http://127.0.0.1:$port"
	wait_for_node "$node_pid" "$url" || { log "iot-node did not start"; exit 1; }
fi

log "fetching metadata V16 from $url"
# The answer is SCALE `Option<OpaqueMetadata>`: 0x01, a compact length, then the metadata.
curl -sf -H 'Content-Type: application/json' \
	-d '{"jsonrpc":"2.0","id":1,"method":"state_call","params":["Metadata_metadata_at_version","0x10000000"]}' \
	"$url" | node -e '
		let input = "";
		process.stdin.on("data", (c) => (input += c)).on("end", () => {
			const answer = JSON.parse(input);
			if (!answer.result) throw new Error("no metadata: " + input);
			const bytes = Buffer.from(answer.result.slice(2), "hex");
			if (bytes[0] !== 1) throw new Error("the node serves no V16 metadata");
			const mode = bytes[1] & 3;
			const skip = 1 + (mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 1 + (bytes[1] >> 2) + 4);
			require("fs").writeFileSync("metadata/iot-metadata.scale", bytes.subarray(skip));
		});'
log "wrote metadata/iot-metadata.scale ($(wc -c <metadata/iot-metadata.scale) bytes)"
