#!/usr/bin/env bash
# Regenerates the explorer's screenshots in docs/images/explorer/ from a seeded dev chain.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/explorer-screenshots.sh

Builds the npm workspace (the explorer in web/dist), then runs the explorer's browser test
(gateway/tests/web.rs: a real iot-node --dev and iot-gateway, seeded by web/test/seed.mjs and a
10,000-device fleet, driven in headless chromium) with its screenshots written to
docs/images/explorer/ instead of the target directory: one PNG per view, for the README.
Honours CARGO_TARGET_DIR (default: ~/.cache/iot-chain/target).
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
ensure_js_clients
cd "$REPO_ROOT"
mkdir -p docs/images/explorer
log "building iot-node and iot-gateway (release)"
cargo build --release --locked -p iot-node -p iot-gateway
log "explorer browser test, screenshots to docs/images/explorer/"
IOT_EXPLORER_SHOTS="$REPO_ROOT/docs/images/explorer" \
	cargo test --release --locked -p iot-gateway --test web -- --nocapture
ls -l docs/images/explorer
