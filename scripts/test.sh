#!/usr/bin/env bash
# Runs every test suite of the project.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/test.sh

Installs missing prerequisites, then runs every test suite: the generated tables of
docs/performance.md against their sources (./scripts/docs-tables.sh --check), formatting, the
docker-compose validation, the device SDK's microcontroller builds and QEMU runs
(./scripts/device.sh), the npm workspace's build and the TypeScript client's generated types,
`cargo test --release --locked --workspace` (unit tests of the runtime, primitives, pallets and
node, plus end-to-end tests that start the built iot-node: @polkadot/api clients from tests/js,
every example of examples/, and every shell snippet of README.md and docs/), the pallets'
benchmarks as unit tests, and the zombienet network tests (./scripts/zombienet.sh).
See docs/testing.md.
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
cd "$REPO_ROOT"

# First, as it needs no build: the docs' generated tables must match their sources.
log "docs' generated tables (docs-tables.sh --check)"
./scripts/docs-tables.sh --check

log "cargo fmt --check"
cargo fmt --all -- --check

log "docker-compose config"
./scripts/check-docker.sh

log "device SDK: microcontroller builds, C header, C example and firmware under QEMU"
./scripts/device.sh

# Before the long build: the TypeScript client's generated types must match the metadata.
ensure_js_clients
log "clients/ts: generated types against metadata/iot-metadata.scale (npm run check-generated)"
npm run --silent check-generated
ensure_python_examples

build_workspace
log "cargo test --release --locked --workspace"
cargo test --release --locked --workspace

# The pallets' benchmarks also run as unit tests on their mock runtimes, so a benchmark that
# breaks is caught here and not only when weights are regenerated.
log "pallet benchmarks as unit tests (--features runtime-benchmarks)"
SKIP_WASM_BUILD=1 cargo test --release --locked --lib \
	-p pallet-device-registry -p pallet-telemetry-anchor -p pallet-m2m-payments -p pallet-depin-rewards \
	-p pallet-fee-sponsorship -p pallet-provenance -p pallet-data-access \
	--features runtime-benchmarks

log "zombienet network tests"
./scripts/zombienet.sh
