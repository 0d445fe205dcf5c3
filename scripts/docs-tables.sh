#!/usr/bin/env bash
# Regenerates the docs' tables of figures from their sources, or checks they are current.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/docs-tables.sh [--check | --fees]

Rewrites the generated regions of docs/performance.md and docs/device-sdk.md (between
`<!-- NAME:begin -->` and `<!-- NAME:end -->`) from their sources, with scripts/docs-tables.py:

weights-table   the weight table: each row of docs/weights.toml computed from the weight
                functions in runtime/src/weights/*.rs it names (execution time, storage reads
                and writes, weight with the runtime's DbWeight, × transfer_keep_alive), and the
                weight files' benchmark dates
weights-notes   the paragraphs after it, from the template in docs/weights.toml
chain-load-table     ./scripts/bench.sh's last recorded run (docs/measurements/chain-load.json)
gateway-bench-table  `iot-bench gateway`'s last recorded run (docs/measurements/gateway-bench.json)
build-times-table    the last recorded cold and warm CI runs (docs/measurements/ci-*.json)
device-sdk-table     in docs/device-sdk.md: the firmware figures of the last recorded
                     `./scripts/device.sh --bench` (docs/measurements/device-sdk.json)

Edit docs/weights.toml (or regenerate the weight files with ./scripts/benchmark-weights.sh),
or record a run with scripts/measurements.py (BENCH_RECORD=1 ./scripts/bench.sh records its own),
then run this script. Needs python3 (3.11 or later, for tomllib); no build.

fees-table      the fee table: real calls with typical arguments, signed, priced by the runtime
                (runtime/src/fee_table.rs); written only with --fees, which builds the
                runtime's tests; `cargo test` fails while the table differs

--check   change nothing; exit 1 and print a unified diff if a doc differs from what this
          script would write (./scripts/test.sh runs this).
--fees    also rewrite the fee table (IOT_WRITE_DOCS=1 cargo test -p iot-runtime fee_table).
USAGE
}

args=()
fees=""
for arg in "$@"; do
	case "$arg" in
	--help | -h) usage; exit 0 ;;
	--check) args+=(--check) ;;
	--fees) fees=1 ;;
	*) usage >&2; exit 2 ;;
	esac
done

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if ! python3 -c 'import tomllib' >/dev/null 2>&1; then
	install_packages python3
	python3 -c 'import tomllib' 2>/dev/null || {
		echo "docs-tables: python3 3.11 or later is needed (tomllib)" >&2
		exit 1
	}
fi

if [ -n "$fees" ]; then
	log "pricing the fee table with the runtime (cargo test -p iot-runtime --lib fee_table)"
	(cd "$REPO_ROOT" && IOT_WRITE_DOCS=1 cargo test --release --locked -p iot-runtime --lib fee_table)
fi
exec python3 "$REPO_ROOT/scripts/docs-tables.py" "${args[@]}"
