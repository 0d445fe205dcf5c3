#!/usr/bin/env bash
# Regenerates runtime/src/weights/*.rs from the pallets' benchmarks, or checks they are current.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/benchmark-weights.sh [--check] [pallet...]

Builds iot-node with `--features runtime-benchmarks` (a separate, longer build than the default
one), runs `iot-node benchmark pallet` for each pallet (default: every pallet with weights in
runtime/src/weights/), and writes runtime/src/weights/<pallet>.rs.

--check   regenerate into a temporary directory and compare the benchmarked extrinsics and
          storage accesses with the committed files; exit 1 if a committed file is missing an
          extrinsic or the set of benchmarks changed. (Timings differ from run to run and
          machine to machine, so numbers are not compared.)

Environment: CARGO_TARGET_DIR (default ~/.cache/iot-chain/target), STEPS (default 50),
REPEAT (default 20).
USAGE
}

check=false
pallets=()
for arg in "$@"; do
	case "$arg" in
	--help | -h) usage; exit 0 ;;
	--check) check=true ;;
	*) pallets+=("$arg") ;;
	esac
done

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
cd "$REPO_ROOT"

if [ "${#pallets[@]}" -eq 0 ]; then
	pallets=(pallet_balances pallet_device_registry pallet_telemetry_anchor pallet_m2m_payments pallet_depin_rewards pallet_fee_sponsorship)
fi

log "building iot-node with runtime benchmarks"
# The benchmark CLI brings a test runtime of its own whose wasm build must not be pointed at this
# workspace (.cargo/config.toml does that for ours); a hint that leads nowhere makes every runtime
# find its own lock file.
WASM_BUILD_WORKSPACE_HINT=/nonexistent \
	cargo build --release --locked -p iot-node --features runtime-benchmarks
bench_node="$CARGO_TARGET_DIR/release/iot-node"

out_dir="runtime/src/weights"
if $check; then
	out_dir="$(mktemp -d)"
fi

for pallet in "${pallets[@]}"; do
	log "benchmarking $pallet"
	"$bench_node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "${STEPS:-50}" \
		--repeat "${REPEAT:-20}" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--header scripts/weights-header.txt \
		--output "$out_dir/$pallet.rs"
done

# The benchmark build leaves its node binary in target/release; make the next ordinary build
# relink the default node so that tests never run the benchmarking one.
touch node/src/main.rs runtime/build.rs

if $check; then
	stale=0
	for pallet in "${pallets[@]}"; do
		committed="runtime/src/weights/$pallet.rs"
		fresh="$out_dir/$pallet.rs"
		if [ ! -f "$committed" ]; then
			echo "missing: $committed" >&2
			stale=1
			continue
		fi
		if ! diff <(grep -o 'fn [a-z_]*(' "$fresh" | sort) <(grep -o 'fn [a-z_]*(' "$committed" | sort) >/dev/null; then
			echo "stale: $committed (benchmarked extrinsics differ)" >&2
			stale=1
		fi
	done
	exit "$stale"
fi
