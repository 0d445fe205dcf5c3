#!/usr/bin/env bash
# Runs every test suite of the project.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/test.sh

Installs missing prerequisites, then runs every test suite: formatting, the docker-compose
validation, `cargo test --release --locked --workspace` (unit tests of the runtime,
primitives, pallets and node, plus end-to-end tests that start the built iot-node), and the
zombienet network tests (./scripts/zombienet.sh).
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
cd "$REPO_ROOT"

log "cargo fmt --check"
cargo fmt --all -- --check

log "docker-compose config"
./scripts/check-docker.sh

build_workspace
log "cargo test --release --locked --workspace"
cargo test --release --locked --workspace

log "zombienet network tests"
./scripts/zombienet.sh
