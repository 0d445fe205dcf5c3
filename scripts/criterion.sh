#!/usr/bin/env bash
# Runs the criterion benches of off-chain code and records them (docs/measurements/criterion-*.json).
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/criterion.sh [telemetry|vouchers|sealing...]

Runs each criterion bench named (default: all three) pinned to one core (`taskset -c 0`):
  telemetry  iot-primitives: readings hashed into a Merkle tree, proofs generated and verified
  vouchers   iot-primitives: a voucher's signature verified, per key kind
  sealing    iot-gateway: 1,000 readings cut into the spool, public and private streams
records each run as docs/measurements/criterion-<bench>.json and regenerates the tables made of
them (docs/performance.md, docs/data-access.md) with ./scripts/docs-tables.sh; commit both.

The benches are built by `cargo test --release`, the profile of the tests and CI, and run with
`--bench`, so no second build of the dependencies is needed. Not part of CI: a run takes minutes
and its figures depend on the machine.
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"
ensure_prerequisites

benches=("$@")
[ "${#benches[@]}" -gt 0 ] || benches=(telemetry vouchers sealing)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for bench in "${benches[@]}"; do
	case "$bench" in
	telemetry | vouchers) package=iot-primitives ;;
	sealing) package=iot-gateway ;;
	*) usage >&2; exit 2 ;;
	esac
	log "building the $bench bench ($package)"
	exe="$(cargo test --release --locked -p "$package" --bench "$bench" --no-run --message-format=json |
		python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["kind"] == ["bench"]:
        print(m["executable"])')"
	[ -n "$exe" ] || { log "no executable for the $bench bench"; exit 1; }
	log "running the $bench bench on core 0"
	CRITERION_HOME="$work/$bench" taskset -c 0 "$exe" --bench
	python3 scripts/measurements.py record "criterion-$bench" "$work/$bench" \
		--command "./scripts/criterion.sh $bench"
done
./scripts/docs-tables.sh
