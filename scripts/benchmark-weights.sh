#!/usr/bin/env bash
# Regenerates runtime/src/weights/*.rs from the pallets' benchmarks, or checks they are current.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/benchmark-weights.sh [--check] [pallet...]

Builds iot-node with `--features runtime-benchmarks` (a separate, longer build than the default
one), runs `iot-node benchmark pallet` for each pallet (default: every pallet with weights in
runtime/src/weights/), and writes runtime/src/weights/<pallet>.rs.

--check   exit 1 if the committed weights are stale:
          1. every file must match runtime/src/weights/SHA256SUMS, which this script writes
             with the files: a hand-edited weight file fails here, before anything is built;
          2. the benchmarks are run again (quickly: STEPS 2, REPEAT 1 unless set) into a
             temporary directory, and each file's benchmarked functions and the storage items
             each reads and writes (the `/// Storage:` lines) must equal the committed ones (a
             changed call or storage access fails here).
          Timings differ from run to run and machine to machine, so numbers are compared
          only through the checksums.

Environment: CARGO_TARGET_DIR (default ~/.cache/iot-chain/target), STEPS (default 50),
REPEAT (default 20).
USAGE
}

check=false
pallets=()

# What a weight file says apart from its numbers: its functions, and the storage items each one
# reads and writes with their access counts (the regression's split of those counts into a base
# and a per-component part depends on STEPS, so the DbWeight lines are not compared).
shape() {
	grep -E '^\s*(fn [a-z0-9_]+\(|/// Storage: )' "$1" | sed -E 's/^\s+//'
}
for arg in "$@"; do
	case "$arg" in
	--help | -h) usage; exit 0 ;;
	--check) check=true ;;
	*) pallets+=("$arg") ;;
	esac
done

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"

weights_dir="runtime/src/weights"
sums="$weights_dir/SHA256SUMS"
if [ "${#pallets[@]}" -eq 0 ]; then
	for file in "$weights_dir"/*.rs; do
		[ "$(basename "$file")" = mod.rs ] || pallets+=("$(basename "$file" .rs)")
	done
fi

if $check; then
	log "checking $sums"
	if ! (cd "$weights_dir" && sha256sum --check --strict --quiet SHA256SUMS); then
		echo "stale: a weight file differs from what benchmark-weights.sh wrote (edited by hand?)" >&2
		exit 1
	fi
	STEPS="${STEPS:-2}"
	REPEAT="${REPEAT:-1}"
fi

ensure_prerequisites

log "building iot-node with runtime benchmarks"
# The benchmark CLI brings a test runtime of its own whose wasm build must not be pointed at this
# workspace (.cargo/config.toml does that for ours); a hint that leads nowhere makes every runtime
# find its own lock file.
WASM_BUILD_WORKSPACE_HINT=/nonexistent \
	cargo build --release --locked -p iot-node --features runtime-benchmarks
bench_node="$CARGO_TARGET_DIR/release/iot-node"

out_dir="$weights_dir"
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
		if ! diff <(shape "$fresh") <(shape "$committed") >&2; then
			echo "stale: $committed (benchmarked functions or storage accesses differ)" >&2
			stale=1
		fi
	done
	[ "$stale" = 0 ] && log "the committed weights are current: checksums, functions and storage accesses"
	exit "$stale"
fi

# Only the files this script wrote are recorded; a pallet not benchmarked keeps its line.
for pallet in "${pallets[@]}"; do
	grep -v "  $pallet.rs\$" "$sums" 2>/dev/null >"$sums.new" || true
	(cd "$weights_dir" && sha256sum "$pallet.rs") >>"$sums.new"
	sort -k2 "$sums.new" >"$sums"
	rm -f "$sums.new"
done
log "weights written; checksums in $sums"
