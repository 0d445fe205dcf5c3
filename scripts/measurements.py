#!/usr/bin/env python3
"""Recorded measurements (docs/measurements/*.json) and the tables docs-tables.py makes of them.

  measurements.py record chain-load REPORT.json --command "..."   (what ./scripts/bench.sh wrote)
  measurements.py record gateway-bench REPORT.json --command "..." (`iot-bench gateway --json`)
  measurements.py record soak-dev|soak-local REPORT.json --command "..." (what ./scripts/soak.sh wrote)
  measurements.py record http-load REPORT.json --command "..." (what ./scripts/http-load.sh wrote)
  measurements.py record ci-cold|ci-warm CI.log --command "..."    (what `bash .ci/run` printed)
  measurements.py record device-sdk DEVICE.log --command "..."    (what device.sh --bench printed)
  measurements.py record criterion-BENCH DIR --command "..."      (a criterion run's output directory)

A record keeps the tool's own output untouched under "report" (for a CI log: the steps parsed
from it) and adds when, at which commit and on what machine it was measured, so that a table
of figures in the docs is always the rendering of one recorded run and never typed by hand.
Python standard library only.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "docs" / "measurements"
# The criterion benches recorded by ./scripts/criterion.sh: bench target → package.
CRITERION_BENCHES = {"telemetry": "iot-primitives", "vouchers": "iot-primitives", "sealing": "iot-gateway"}
KINDS = ("chain-load", "gateway-bench", "http-load", "ci-cold", "ci-warm", "device-sdk", "soak-dev", "soak-local") + tuple(
	f"criterion-{bench}" for bench in CRITERION_BENCHES
)


class MeasurementError(Exception):
	"""A record is missing or not as this script writes it."""


# ------------------------------------------------------------------------------------------------
# Recording.


def machine():
	cpu = "unknown CPU"
	try:
		for line in Path("/proc/cpuinfo").read_text().splitlines():
			if line.startswith("model name"):
				cpu = line.split(":", 1)[1].strip()
				break
		kib = next(
			int(line.split()[1])
			for line in Path("/proc/meminfo").read_text().splitlines()
			if line.startswith("MemTotal:")
		)
	except (OSError, StopIteration, ValueError):
		kib = 0
	return {"cores": os.cpu_count(), "memory_gib": round(kib / 1024 / 1024), "cpu": cpu}


def commit():
	def git(*args):
		return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

	head = git("rev-parse", "--short=7", "HEAD")
	dirty = git("status", "--porcelain", "--untracked-files=no")
	return f"{head}+changes" if head and dirty else head or "unknown"


# `==> 06:01:02 message` (common.sh's log) starts a step; cargo's `Finished` line gives a build's
# time; .ci/run ends with a stamped `==> 07:01:02 end` that ends the last step, then `CI passed in
# N s`.
CLOCK = r"(?:(\d\d):(\d\d):(\d\d) )?"
PASSED = re.compile(r"^CI passed in (\d+) s$")
STEP = re.compile(r"^==> " + CLOCK + r"(.*)$")
FINISHED = re.compile(r"^\s*Finished `[^`]+` profile .* in (?:(\d+)m )?([\d.]+)s$")


def clock(m):
	if not m.group(1):
		return None
	return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))


def parse_ci_log(text):
	"""The steps of a CI log: each with its build time (cargo) and wall time (when stamped)."""
	steps, total, end = [], None, None
	for line in text.splitlines():
		if m := PASSED.match(line):
			total = int(m.group(1))
		elif (m := STEP.match(line)) and m.group(4) == "end":
			end = clock(m)
		elif m := STEP.match(line):
			steps.append({"step": m.group(4), "clock": clock(m), "build_s": 0.0})
		elif (m := FINISHED.match(line)) and steps:
			steps[-1]["build_s"] += int(m.group(1) or 0) * 60 + float(m.group(2))
	if total is None:
		raise MeasurementError("not a passing CI log: no `CI passed in N s` line")
	ends = [s["clock"] for s in steps[1:]] + [end]
	for step, after in zip(steps, ends):
		if step["clock"] is not None and after is not None:
			step["wall_s"] = (after - step["clock"]) % 86400
		step.pop("clock")
		step["build_s"] = round(step["build_s"], 1)
	return {"total_s": total, "steps": steps}


# device.sh's two tables: `kind flash data bss stack` per firmware, then with --bench
# `kind instructions ms` per signed reading.
FIRMWARE = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$")
INSTRUCTIONS = re.compile(r"^(\w+)\s+(\d+)\s+([\d.]+)$")


def parse_device_log(text):
	"""Each firmware's flash, data, bss and stack peak, and its instructions per signed reading."""
	kinds = {}
	for line in text.splitlines():
		if m := FIRMWARE.match(line):
			flash, data, bss, stack = (int(g) for g in m.groups()[1:])
			kinds[m.group(1)] = {"flash": flash, "data": data, "bss": bss, "stack_peak": stack}
		elif (m := INSTRUCTIONS.match(line)) and m.group(1) in kinds:
			kinds[m.group(1)]["instructions_per_reading"] = int(m.group(2))
	if not kinds or any("instructions_per_reading" not in k for k in kinds.values()):
		raise MeasurementError("not a `./scripts/device.sh --bench` log: no firmware or no instruction counts")
	return {"firmware": kinds}


def parse_criterion_dir(directory):
	"""Each benchmark of a criterion output directory: its id, mean and interval (ns), elements."""
	benchmarks = []
	for meta in sorted(Path(directory).glob("**/new/benchmark.json")):
		info = json.loads(meta.read_text())
		mean = json.loads((meta.parent / "estimates.json").read_text())["mean"]
		interval = mean["confidence_interval"]
		benchmarks.append(
			{
				"id": info["full_id"],
				"mean_ns": mean["point_estimate"],
				"interval_ns": [interval["lower_bound"], interval["upper_bound"]],
				"elements": (info.get("throughput") or {}).get("Elements"),
			}
		)
	if not benchmarks:
		raise MeasurementError(f"no criterion results (*/new/benchmark.json) under {directory}")
	return {"benchmarks": benchmarks}


def record(kind, source, command, at=None):
	if kind.startswith("criterion-"):
		report = parse_criterion_dir(source)
	elif kind.startswith("ci-"):
		report = parse_ci_log(Path(source).read_text())
	elif kind == "device-sdk":
		report = parse_device_log(Path(source).read_text())
	else:
		report = json.loads(Path(source).read_text())
	out = {
		"measured": {
			"date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
			"commit": at or commit(),
			"machine": machine(),
			"command": command,
		},
		"report": report,
	}
	DIR.mkdir(parents=True, exist_ok=True)
	path = DIR / f"{kind}.json"
	path.write_text(json.dumps(out, indent=1) + "\n")
	print(f"recorded {path.relative_to(ROOT)}", file=sys.stderr)


# ------------------------------------------------------------------------------------------------
# Rendering: each function returns a generated region's body.


def load(kind):
	path = DIR / f"{kind}.json"
	if not path.exists():
		raise MeasurementError(f"{path.relative_to(ROOT)} is missing: record it (scripts/measurements.py)")
	return json.loads(path.read_text())


def provenance(m):
	mach = m["machine"]
	return (
		f"Measured on {m['date']} at commit `{m['commit']}` on {mach['cores']} cores and "
		f"{mach['memory_gib']} GiB ({mach['cpu']}) with `{m['command']}`."
	)


def num(x, decimals=1):
	return f"{x:,.{decimals}f}"


def duration(seconds):
	seconds = round(seconds)
	if seconds < 60:
		return f"{seconds} s"
	minutes, s = divmod(seconds, 60)
	if minutes < 60:
		return f"{minutes} min {s:02d} s"
	hours, minutes = divmod(minutes, 60)
	return f"{hours} h {minutes:02d} min {s:02d} s"


def rate(count, seconds):
	return count / seconds if seconds > 0 else 0.0


def chain_load_table():
	rec = load("chain-load")
	report = rec["report"]
	rows = report["rows"]
	base = rate(rows[0]["tally"]["included"] + rows[0]["tally"]["failed"], rows[0]["tally"]["seconds"])
	lines = [
		provenance(rec["measured"]),
		"",
		"| workload | tx/s | × transfers | items/s | item | × transfers | submitted | included | failed | dropped | rejected | seconds | fit a block |",
		"|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
	]
	for row in rows:
		t = row["tally"]
		tx = rate(t["included"] + t["failed"], t["seconds"])
		items = rate(t["items"], t["seconds"])
		lines.append(
			f"| {row['workload']} | {num(tx)} | {tx / base:.2f} | {num(items)} | {row['unit']} | "
			f"{items / base:.2f} | {t['submitted']:,} | {t['included']:,} | {t['failed']:,} | "
			f"{t['dropped']:,} | {t['rejected']:,} | {t['seconds']:.1f} | {t['per_block']:,} |"
		)
	lines.append("")
	facts = []
	if report.get("block_ms"):
		facts.append(f"a block every {report['block_ms']:,} ms")
	anchors = [r for r in rows if r["workload"].startswith("TelemetryAnchor::anchor_batch")]
	if len(anchors) == 2:
		one, many = (rate(r["tally"]["items"], r["tally"]["seconds"]) for r in anchors)
		if one > 0:
			facts.append(f"batched anchoring carried {many / one:,.0f} times the readings of one per extrinsic")
	if report.get("node_idle_rss_kib"):
		facts.append(f"the node's memory before the load (VmRSS) was {report['node_idle_rss_kib'] / 1024:,.1f} MiB")
	if report.get("node_peak_rss_kib"):
		facts.append(f"the node's peak memory (VmHWM) was {report['node_peak_rss_kib'] / 1024:,.1f} MiB")
	lost = sum(r["tally"]["dropped"] + r["tally"]["rejected"] for r in rows)
	failed = sum(r["tally"]["failed"] for r in rows)
	facts.append(f"{lost:,} transactions dropped or rejected and {failed:,} failed in all")
	lines.append(f"In that run: {'; '.join(facts)}.")
	return "\n".join(lines)


SOAKS = {
	"soak-dev": "`iot-node --dev` as the README starts it (instant sealing, the pool it picks)",
	"soak-local": "three validators on `--chain local` (Aura, GRANDPA; zombienet)",
}


def soak_table():
	lines = [
		"| network | seconds | submitted | included | dropped | rejected | failed | tx/s | node peak memory |",
		"|---|---:|---:|---:|---:|---:|---:|---:|---:|",
	]
	notes = []
	for kind, network in SOAKS.items():
		if not (DIR / f"{kind}.json").exists():
			continue
		rec = load(kind)
		t = rec["report"]["rows"][0]["tally"]
		rss = rec["report"].get("node_peak_rss_kib")
		lines.append(
			f"| {network} | {t['seconds']:.0f} | {t['submitted']:,} | {t['included']:,} | {t['dropped']:,} | "
			f"{t['rejected']:,} | {t['failed']:,} | {num(rate(t['included'] + t['failed'], t['seconds']))} | "
			f"{f'{rss / 1024:,.1f} MiB' if rss else ''} |"
		)
		notes.append(f"{network}: {provenance(rec['measured'])}")
	if len(lines) == 2:
		raise MeasurementError("no soak recorded in docs/measurements (soak-dev.json, soak-local.json)")
	return "\n".join(lines + [""] + notes)


def gateway_bench_table():
	rec = load("gateway-bench")
	r = rec["report"]
	return "\n".join(
		[
			provenance(rec["measured"]),
			"",
			"| mode | readings | seconds | readings/s | extrinsics |",
			"|---|---:|---:|---:|---:|",
			f"| gateway: ingest → spool → batch → anchor, device-signed | {r['batched_readings']:,} | "
			f"{r['batched_seconds']:.1f} | {num(r['batched_readings_per_s'], 0)} | {r['batched_extrinsics']:,} |",
			f"| one `anchor_batch` per reading | {r['single_readings']:,} | {r['single_seconds']:.1f} | "
			f"{num(r['single_readings_per_s'])} | {r['single_readings'] + r['single_refused']:,} |",
			"",
			f"The gateway carried {r['ratio']:,.0f} times as many readings per second.",
		]
	)


def http_load_table():
	rec = load("http-load")
	r = rec["report"]
	lat = r["latency_ms"]
	return "\n".join(
		[
			provenance(rec["measured"]),
			"",
			"| connections | readings per body | seconds | readings/s | bodies/s | p50 | p90 | p99 | p99.9 | max |",
			"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
			f"| {r['connections']} | {r['readings_per_body']} | {r['seconds']:.1f} | {num(r['readings_per_s'], 0)} | "
			f"{num(r['requests_per_s'], 0)} | {lat['p50']} ms | {lat['p90']} ms | {lat['p99']} ms | "
			f"{lat['p999']} ms | {lat['max']} ms |",
			"",
			f"{r['readings_accepted']:,} readings accepted, {r['refused_bodies']} bodies refused, "
			f"{r['socket_errors']} socket errors; every accepted reading was anchored "
			f"{r['anchor_tail_s']} s after the load ended, so from the first body to the last "
			f"anchor the gateway carried {num(rate(r['readings_accepted'], r['seconds'] + r['anchor_tail_s']), 0)} "
			f"readings/s. The bodies' mean latency was at most {r['mean_latency_bound_ms']} ms "
			f"(connections × seconds / bodies); wrk's percentiles are corrected for coordinated "
			f"omission, so they can exceed it. The gateway's peak memory: "
			f"{r['gateway_peak_rss_kib'] / 1024:,.0f} MiB.",
		]
	)


def build_times_table():
	lines = ["| run | step | build (cargo) | wall |", "|---|---|---:|---:|"]
	notes = []
	for kind, title in (("ci-cold", "cold CI"), ("ci-warm", "warm CI")):
		if not (DIR / f"{kind}.json").exists():
			continue
		rec = load(kind)
		m, report = rec["measured"], rec["report"]
		lines.append(f"| **{title}**, {m['date']}, `{m['commit']}` | whole run | | **{duration(report['total_s'])}** |")
		for step in report["steps"]:
			wall = step.get("wall_s")
			if step["build_s"] < 5 and (wall is None or wall < 30):
				continue
			build = duration(step["build_s"]) if step["build_s"] >= 5 else ""
			label = step["step"].replace("|", "\\|")
			lines.append(f"| | {label} | {build} | {duration(wall) if wall is not None else ''} |")
		notes.append(f"{title}: {provenance(m)}")
	if len(lines) == 2:
		raise MeasurementError("no CI run recorded in docs/measurements (ci-cold.json, ci-warm.json)")
	return "\n".join(lines + [""] + notes)


# Clock of the firmware's core, for the milliseconds column: one instruction per cycle.
MCU_HZ = 64_000_000
KEY_NAMES = {"ed25519": "ed25519", "p256": "P-256", "secp256k1": "secp256k1", "sr25519": "sr25519"}


def device_sdk_table():
	rec = load("device-sdk")
	lines = [
		provenance(rec["measured"]),
		"",
		"| key | flash | RAM (bss + stack peak) | instructions per signed reading | ms at 64 MHz |",
		"| --- | --- | --- | --- | --- |",
	]
	for kind, f in rec["report"]["firmware"].items():
		insns = f["instructions_per_reading"]
		lines.append(
			f"| {KEY_NAMES.get(kind, kind)} | {f['flash']:,} B | {f['bss']:,} + {f['stack_peak']:,} B | "
			f"{insns:,} | {insns / MCU_HZ * 1000:.1f} |"
		)
	return "\n".join(lines)


def span(ns):
	"""A duration in nanoseconds, in the unit that reads best, to three significant figures."""
	for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
		if ns >= scale:
			return f"{ns / scale:.3g} {unit}"
	return f"{ns:.3g} ns"


def criterion_table(bench, label, note="", order=None):
	"""A recorded criterion run as a table; `label(id)` names a benchmark and its unit, or None
	to leave it out; `order` lists ids in the order to show them (default: the record's)."""
	rec = load(f"criterion-{bench}")
	lines = [
		provenance(rec["measured"]),
		"",
		"| benchmark | mean (95 % interval) | per second |",
		"| --- | --- | --- |",
	]
	benchmarks = rec["report"]["benchmarks"]
	if order:
		benchmarks = sorted(benchmarks, key=lambda b: order.index(b["id"]) if b["id"] in order else len(order))
	for b in benchmarks:
		named = label(b["id"])
		if named is None:
			continue
		what, unit = named
		low, high = b["interval_ns"]
		per_s = b["elements"] * 1e9 / b["mean_ns"] if b["elements"] else None
		lines.append(
			f"| {what} | {span(b['mean_ns'])} ({span(low)} to {span(high)}) | "
			f"{f'{per_s:,.0f} {unit}' if per_s else ''} |"
		)
	return "\n".join(lines + ([""] + [note] if note else []))


def merkle_table():
	def label(id):
		group, what, n = id.split("/")
		phrase = {
			"hash_and_tree": "readings hashed and built into a tree",
			"prove": "a proof generated",
			"verify": "a proof verified",
		}[what]
		return f"{phrase}, batch of {int(n):,}", "readings" if what == "hash_and_tree" else "proofs"

	return criterion_table("telemetry", label)


def vouchers_table():
	def label(id):
		group, kind = id.split("/")
		holder = "a device" if group == "voucher_device_key" else "an account"
		return f"a voucher signed by {holder} key, {KEY_NAMES.get(kind, kind)}", "vouchers"

	return criterion_table("vouchers", label)


SEALING_ROWS = {
	"cut 1000 readings/public": "public stream",
	"cut 1000 readings/private, 2 grantees, same epoch": "private stream, 2 grantees, same epoch",
	"cut 1000 readings/private, 64 grantees, new epoch every batch": "private stream, 64 grantees, a new epoch key every batch",
}


def sealing_table():
	rec = load("criterion-sealing")
	means = {b["id"]: b["mean_ns"] for b in rec["report"]["benchmarks"]}
	two, many = (means.get(id) for id in list(SEALING_ROWS)[1:])
	note = ""
	if two and many:
		note = (
			f"The 64-grantee row costs {span(many - two)} more per batch than the 2-grantee row: at most "
			f"{span((many - two) / 62)} for each further grantee's envelope (the new epoch key adds to it)."
		)
	def label(id):
		return (SEALING_ROWS[id], "readings") if id in SEALING_ROWS else None

	return criterion_table("sealing", label, note, order=list(SEALING_ROWS))


# Each generated region: the doc (under docs/) that holds it, and its renderer.
REGIONS = {
	"chain-load-table": ("performance.md", chain_load_table),
	"gateway-bench-table": ("performance.md", gateway_bench_table),
	"http-load-table": ("performance.md", http_load_table),
	"build-times-table": ("performance.md", build_times_table),
	"device-sdk-table": ("device-sdk.md", device_sdk_table),
	"soak-table": ("performance.md", soak_table),
	"merkle-table": ("performance.md", merkle_table),
	"vouchers-table": ("performance.md", vouchers_table),
	"sealing-table": ("data-access.md", sealing_table),
}


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	sub = parser.add_subparsers(dest="action", required=True)
	rec = sub.add_parser("record", help="record a measurement in docs/measurements/")
	rec.add_argument("kind", choices=KINDS)
	rec.add_argument("source", help="the tool's JSON report, or the CI log")
	rec.add_argument("--command", required=True, help="the command that measured it, as run")
	rec.add_argument("--commit", help="the commit measured, when not this checkout's (a CI run in a clone)")
	show = sub.add_parser("show", help="print a generated region")
	show.add_argument("region", choices=sorted(REGIONS))
	args = parser.parse_args()
	try:
		if args.action == "record":
			record(args.kind, args.source, args.command, args.commit)
		else:
			print(REGIONS[args.region][1]())
	except (MeasurementError, OSError, KeyError, json.JSONDecodeError) as e:
		print(f"measurements: {e}", file=sys.stderr)
		return 2
	return 0


if __name__ == "__main__":
	sys.exit(main())
