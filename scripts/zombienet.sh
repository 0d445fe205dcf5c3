#!/usr/bin/env bash
# Runs the zombienet network tests (native provider: our iot-node as local processes).
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/zombienet.sh [test.zndsl...]

Builds (or reuses) iot-node, installs zombienet from zombienet/package-lock.json when missing,
and runs the network tests in zombienet/ (default: smoke, pallets, faults). Nodes listen on 127.0.0.1.
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target) and IOT_NODE (a node binary to
test instead of building one).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"

if [ -z "${IOT_NODE:-}" ]; then
	ensure_prerequisites
	build_workspace
	export IOT_NODE="$NODE_BIN"
fi

cd zombienet
if [ ! -x node_modules/.bin/zombienet ]; then
	log "installing zombienet (npm ci)"
	npm ci --no-audit --no-fund --loglevel=error
fi

tests=("$@")
if [ "${#tests[@]}" -eq 0 ]; then
	tests=(smoke.zndsl pallets.zndsl faults.zndsl)
fi

for t in "${tests[@]}"; do
	log "zombienet: $t"
	start=$(date +%s)
	node_modules/.bin/zombienet -p native -l text test "./$t"
	log "zombienet: $t passed in $(( $(date +%s) - start )) s"
done
