#!/usr/bin/env bash
# HTTP load test of the gateway: wrk, a second process, posts device-signed readings on loopback.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/http-load.sh

Starts `iot-node --dev` (instant sealing) and `iot-gateway run --http` on temporary databases,
registers HTTP_LOAD_DEVICES devices (default 64, half sr25519, half ed25519) and has
`iot-bench http-bodies` sign HTTP_LOAD_READINGS readings (default 1000000) into bodies of
HTTP_LOAD_PER_BODY readings (default 50). Then wrk posts them to POST /readings over
HTTP_LOAD_CONNECTIONS connections (default 16, one per wrk thread, each with devices of its own)
for at most HTTP_LOAD_SECONDS (default 30). A body is answered once its readings are durable in
the spool. Prints the readings accepted per second, the requests' latency percentiles, and how
long the gateway took to anchor everything it accepted; fails if a body was refused, a socket
failed, or an accepted reading was not anchored.

The report is written as JSON to HTTP_LOAD_JSON (default target/bench/http-load.json under
CARGO_TARGET_DIR). With HTTP_LOAD_RECORD=1 it is also recorded as
docs/measurements/http-load.json and docs/performance.md's HTTP table is regenerated.
USAGE
}
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then usage; exit 0; fi

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_prerequisites
command -v wrk >/dev/null 2>&1 || install_packages wrk
build_workspace

seconds="${HTTP_LOAD_SECONDS:-30}"
connections="${HTTP_LOAD_CONNECTIONS:-16}"
per_body="${HTTP_LOAD_PER_BODY:-50}"
report="${HTTP_LOAD_JSON:-$CARGO_TARGET_DIR/bench/http-load.json}"
mkdir -p "$(dirname "$report")"
work="$(mktemp -d)"
logs="$(dirname "$report")/http-load-logs"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rpc_port="$(free_port)"
http_port="$(free_port)"
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	# The logs outlive the run, for a failure's reasons.
	mkdir -p "$logs" && cp "$work"/*.log "$logs"/ 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

"$NODE_BIN" --dev --tmp --rpc-port "$rpc_port" --no-prometheus --no-telemetry >"$work/node.log" 2>&1 &
pids+=($!)
wait_for_node "${pids[0]}" "http://127.0.0.1:$rpc_port" || { tail -n 30 "$work/node.log" >&2; exit 1; }
url="ws://127.0.0.1:$rpc_port"

"$CARGO_TARGET_DIR/release/iot-bench" --url "$url" --suri //Alice http-bodies \
	--devices "${HTTP_LOAD_DEVICES:-64}" --connections "$connections" --per-body "$per_body" \
	--readings "${HTTP_LOAD_READINGS:-1000000}" --out "$work/bodies"

# The gateway anchors as the devices' owner (an anchor needs the owner or an operator it named);
# the registrations are final by now, so the two never race for a nonce.
"$CARGO_TARGET_DIR/release/iot-gateway" --spool "$work/spool.redb" run --url "$url" --suri //Alice \
	--http "127.0.0.1:$http_port" >"$work/gateway.log" 2>&1 &
pids+=($!)
gateway_pid="${pids[1]}"
for _ in $(seq 60); do
	curl -sf "http://127.0.0.1:$http_port/health" >/dev/null && break
	kill -0 "$gateway_pid" 2>/dev/null || { tail -n 30 "$work/gateway.log" >&2; exit 1; }
	sleep 0.5
done

# Warm: every device read from the chain once, so the load measures the gateway, not its first
# lookups.
curl -sf -H 'Content-Type: application/json' --data-binary "@$work/bodies/warmup.json" \
	"http://127.0.0.1:$http_port/readings" >/dev/null || { log "the warm-up body was refused"; exit 1; }

log "wrk: $connections connections, $per_body readings per body, at most $seconds s"
HTTP_LOAD_BODIES="$work/bodies" wrk -t "$connections" -c "$connections" -d "${seconds}s" \
	--timeout 60s --latency -s "$REPO_ROOT/scripts/http-load.lua" "http://127.0.0.1:$http_port/readings" \
	| tee "$work/wrk.out"
tail -n 1 "$work/wrk.out" >"$work/wrk.json"

# Everything accepted must be anchored; how long the tail takes is part of the figure.
started=$(date +%s.%N)
for _ in $(seq 240); do
	health="$(curl -sf "http://127.0.0.1:$http_port/health")"
	python3 -c 'import json, sys; h = json.loads(sys.argv[1]); sys.exit(0 if h["anchored"] >= h["accepted"] else 1)' "$health" && break
	sleep 0.5
done
anchor_tail=$(python3 -c "import sys; print(round($(date +%s.%N) - $started, 2))")
gateway_hwm="$(awk '/VmHWM/ {print $2}' "/proc/$gateway_pid/status")"

python3 - "$work/wrk.json" "$health" "$per_body" "$connections" "$anchor_tail" "$gateway_hwm" "$report" "${HTTP_LOAD_DEVICES:-64}" <<'PY'
import json, sys
wrk = json.load(open(sys.argv[1]))
health = json.loads(sys.argv[2])
# The warm-up posted one reading per device before the load.
accepted = health["accepted"] - int(sys.argv[8])
per_body, connections = int(sys.argv[3]), int(sys.argv[4])
seconds = wrk["duration_us"] / 1e6
readings = wrk["accepted_bodies"] * per_body
report = {
    "connections": connections,
    "readings_per_body": per_body,
    "seconds": round(seconds, 2),
    "bodies_posted": wrk["accepted_bodies"] + wrk["refused_bodies"],
    "readings_accepted": readings,
    "readings_per_s": round(readings / seconds, 1),
    "requests_per_s": round((wrk["accepted_bodies"] + wrk["refused_bodies"]) / seconds, 1),
    "latency_ms": {k: round(v / 1000, 2) for k, v in wrk["latency_us"].items()},
    "refused_bodies": wrk["refused_bodies"],
    "socket_errors": wrk["socket_errors"] + wrk["timeouts"],
    "gateway_accepted": accepted,
    "gateway_anchored": health["anchored"],
    "anchor_tail_s": float(sys.argv[5]),
    "gateway_peak_rss_kib": int(sys.argv[6]),
}
l = report["latency_ms"]
# Little's law: each connection sends its next body when the last is answered, so the mean
# latency is at most the connections' time over the bodies answered; a check on wrk's figures.
report["mean_latency_bound_ms"] = round(connections * seconds * 1000 / max(wrk["accepted_bodies"], 1), 2)
json.dump(report, open(sys.argv[7], "w"), indent=2)
print(f"HTTP ingest: {report['readings_per_s']:,.0f} readings/s ({report['requests_per_s']:,.0f} "
      f"bodies/s of {per_body}) over {connections} connections for {seconds:.1f} s; latency ms "
      f"p50 {l['p50']} p90 {l['p90']} p99 {l['p99']} p99.9 {l['p999']} max {l['max']}; "
      f"all anchored {report['anchor_tail_s']} s after the load; gateway peak "
      f"{report['gateway_peak_rss_kib'] / 1024:.0f} MiB; mean latency at most "
      f"{report['mean_latency_bound_ms']} ms by Little's law")
bad = []
if wrk["accepted_bodies"] < connections:
    bad.append(f"only {wrk['accepted_bodies']} bodies answered")
if report["refused_bodies"] or report["socket_errors"]:
    bad.append(f"{report['refused_bodies']} bodies refused, {report['socket_errors']} socket errors")
# wrk stops with a body in flight on each connection: the gateway may have accepted those.
if not readings <= accepted <= readings + connections * per_body:
    bad.append(f"the gateway counted {accepted} accepted, wrk {readings}")
if health["anchored"] < health["accepted"]:
    bad.append(f"{health['accepted'] - health['anchored']} accepted readings not anchored")
if bad:
    sys.exit("http-load: " + "; ".join(bad))
PY
log "report: $report"
if [ "${HTTP_LOAD_RECORD:-}" = "1" ]; then
	python3 "$REPO_ROOT/scripts/measurements.py" record http-load "$report" \
		--command "HTTP_LOAD_SECONDS=$seconds HTTP_LOAD_CONNECTIONS=$connections HTTP_LOAD_PER_BODY=$per_body ./scripts/http-load.sh"
	"$REPO_ROOT/scripts/docs-tables.sh"
fi
