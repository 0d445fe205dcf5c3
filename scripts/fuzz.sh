#!/usr/bin/env bash
# The coverage-guided fuzzing campaign (libFuzzer through cargo fuzz).
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/fuzz.sh [--minutes N] [--target runtime|gateway_wire|gateway_spool|all] [--jobs J] [--minimize]

Builds the fuzz targets of fuzz/targets with coverage instrumentation (nightly toolchain and
cargo-fuzz, installed if missing; their own target directory, $CARGO_TARGET_DIR/../fuzz-target,
because the instrumented build recompiles every dependency) and runs them for N minutes in all
(default 60; the runtime gets three quarters, the gateway targets the rest) from the committed
seed corpus in fuzz/corpus/<target> plus the working corpus kept under
~/.cache/iot-chain/fuzz-corpus/<target>. Crashes land in fuzz/artifacts/<target>.

Prints per target: executions, executions/s, coverage (libFuzzer's `cov` edges and `ft`
features), the corpus size and, for the runtime, the calls applied (also in
~/.cache/iot-chain/fuzz-report.txt).

--minimize  afterwards, minimize the working corpus into fuzz/corpus/<target> (cargo fuzz cmin).
--jobs J    run J fuzzing processes per target (default 1).
USAGE
}

minutes=60
which=all
jobs=1
minimize=false
while [ $# -gt 0 ]; do
	case "$1" in
	--minutes) minutes="$2"; shift 2 ;;
	--target) which="$2"; shift 2 ;;
	--jobs) jobs="$2"; shift 2 ;;
	--minimize) minimize=true; shift ;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
done

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
cd "$REPO_ROOT"

FUZZ_TARGET_DIR="$(dirname "$CARGO_TARGET_DIR")/fuzz-target"
WORK="$(dirname "$CARGO_TARGET_DIR")/fuzz-corpus"
REPORT="$(dirname "$CARGO_TARGET_DIR")/fuzz-report.txt"

# libFuzzer itself is C++, built by libfuzzer-sys.
if ! command -v c++ >/dev/null 2>&1; then
	log "installing a C++ compiler (g++) for libFuzzer"
	as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq g++ >/dev/null
fi
if ! rustup toolchain list | grep -q '^nightly'; then
	log "installing the nightly toolchain (sanitizer coverage needs it)"
	rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
	log "installing cargo-fuzz"
	cargo install cargo-fuzz --locked --version 0.13.2
fi

# Without the wasm blob: the harness runs the runtime natively.
export SKIP_WASM_BUILD=1
fuzz() {
	local command="$1"
	shift
	CARGO_TARGET_DIR="$FUZZ_TARGET_DIR" cargo +nightly fuzz "$command" --fuzz-dir fuzz/targets -s none -O "$@"
}

log "building the instrumented fuzz targets in $FUZZ_TARGET_DIR"
fuzz build

case "$which" in
all) targets=(runtime gateway_wire gateway_spool) ;;
*) targets=("$which") ;;
esac

# The runtime gets three quarters of the time when all run.
seconds_for() {
	local total=$((minutes * 60))
	if [ "${#targets[@]}" -eq 1 ]; then echo "$total"
	elif [ "$1" = runtime ]; then echo $((total * 3 / 4))
	else echo $((total / 8)); fi
}

: >"$REPORT"
for t in "${targets[@]}"; do
	secs="$(seconds_for "$t")"
	mkdir -p "$WORK/$t" "fuzz/artifacts/$t"
	log "fuzzing $t for $secs s ($jobs job(s))"
	logfile="$WORK/$t.log"
	set +e
	parallel=()
	[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
	fuzz run "$t" "$WORK/$t" "fuzz/corpus/$t" -- \
		-max_total_time="$secs" -print_final_stats=1 "${parallel[@]}" \
		-artifact_prefix="fuzz/artifacts/$t/" -rss_limit_mb=4096 -timeout=60 >"$logfile" 2>&1
	status=$?
	set -e
	# With -jobs, libFuzzer's workers write fuzz-<n>.log in the working directory; its main
	# output already repeats each one when the worker ends.
	rm -f fuzz-*.log
	execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logfile" | awk '{s += $2} END {print s + 0}' || true)"
	rate="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$logfile" | awk '{s += $2} END {print s + 0}' || true)"
	coverage="$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$logfile" | tail -1 || true)"
	# Each worker prints its running totals every 1,024 inputs: add up each worker's last.
	calls="$(grep -o 'iot-fuzz: [0-9]* inputs, [0-9]* calls, [0-9]* succeeded' "$logfile" |
		awk '{ if ($2 + 0 < last) { i += li; c += lc; s += ls } last = $2 + 0; li = $2; lc = $4; ls = $6 }
			END { if (NR) printf "runtime calls: %d applied (%d succeeded) in %d inputs", c + lc, s + ls, i + li }' || true)"
	line="$t: ${execs} executions, ${rate}/s, ${coverage:-no coverage line}, corpus $(ls "$WORK/$t" | wc -l) files${calls:+, $calls}, exit $status"
	echo "$line" | tee -a "$REPORT"
	if [ "$status" -ne 0 ]; then
		log "$t found a failure; the input is in fuzz/artifacts/$t (log: $logfile)"
		tail -40 "$logfile" >&2
		exit "$status"
	fi
	if $minimize; then
		log "minimizing the $t corpus into fuzz/corpus/$t"
		tmp="$(mktemp -d)"
		fuzz cmin "$t" "$WORK/$t" -- -rss_limit_mb=4096 >/dev/null 2>&1
		# The regression inputs stay: tests name them.
		cp "$WORK/$t"/* "$tmp"/ && cp "fuzz/corpus/$t"/regression-* "$tmp"/ 2>/dev/null || true
		find "fuzz/corpus/$t" -type f ! -name 'regression-*' -delete
		cp -n "$tmp"/* "fuzz/corpus/$t"/
		rm -rf "$tmp"
	fi
done
log "report in $REPORT"
