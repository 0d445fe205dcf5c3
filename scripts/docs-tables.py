#!/usr/bin/env python3
"""Writes the generated regions of docs/performance.md and docs/device-sdk.md from their sources (./scripts/docs-tables.sh).

weights-table   the weight table: one row per entry of docs/weights.toml, each computed from
                the weight functions in runtime/src/weights/*.rs that the entry names
weights-notes   the paragraphs after it that quote figures, from the notes template in
                docs/weights.toml
chain-load-table, gateway-bench-table, build-times-table
                measured figures: the runs recorded in docs/measurements/*.json by
                scripts/measurements.py (bench.sh, iot-bench gateway, .ci/run), rendered there
device-sdk-table (in docs/device-sdk.md) the firmware's flash, RAM and instructions per signed
                reading, recorded from `./scripts/device.sh --bench`

A region is what lies between `<!-- NAME:begin -->` and `<!-- NAME:end -->`. Python standard
library only.
"""

import argparse
import difflib
import math
import re
import sys
import textwrap
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# measurements.py renders the recorded runs; no __pycache__ in the tree from importing it.
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT / "scripts"))
import measurements  # noqa: E402

# The document that holds the generated regions.
DOC = ROOT / "docs" / "performance.md"
SPEC = ROOT / "docs" / "weights.toml"
WEIGHTS_DIR = ROOT / "runtime" / "src" / "weights"
# Where the runtime names its `DbWeight` and the token's smallest unit.
SYSTEM_CONFIG = ROOT / "runtime" / "src" / "configs" / "system.rs"
CURRENCY = ROOT / "primitives" / "src" / "currency.rs"

PS_PER_US = 1_000_000


class SpecError(Exception):
	"""Something in the weight files, the runtime or docs/weights.toml is not as expected."""


# ------------------------------------------------------------------------------------------------
# Linear weights: a base plus a slope per free component, for execution time (picoseconds) and
# for storage reads and writes.


@dataclass
class Lin:
	ref: float = 0.0
	ref_per: dict = field(default_factory=dict)
	reads: float = 0.0
	reads_per: dict = field(default_factory=dict)
	writes: float = 0.0
	writes_per: dict = field(default_factory=dict)

	def components(self):
		seen = []
		for per in (self.ref_per, self.reads_per, self.writes_per):
			for c in per:
				if c not in seen:
					seen.append(c)
		return seen

	def is_constant(self):
		return not self.components()

	def combine(self, other, k):
		"""self + k·other"""

		def merge(a, b):
			out = dict(a)
			for c, v in b.items():
				out[c] = out.get(c, 0) + k * v
			return out

		return Lin(
			self.ref + k * other.ref,
			merge(self.ref_per, other.ref_per),
			self.reads + k * other.reads,
			merge(self.reads_per, other.reads_per),
			self.writes + k * other.writes,
			merge(self.writes_per, other.writes_per),
		)

	def scale(self, k):
		return Lin().combine(self, k)

	def times_component(self, c):
		if not self.is_constant():
			raise SpecError(f"only a weight without components can be multiplied by `{c}`")
		return Lin(0, {c: self.ref}, 0, {c: self.reads}, 0, {c: self.writes})

	def total(self, db):
		"""Execution plus storage, in picoseconds, as the runtime charges it."""
		per = {}
		for c in self.components():
			per[c] = (
				self.ref_per.get(c, 0)
				+ db.read_ps * self.reads_per.get(c, 0)
				+ db.write_ps * self.writes_per.get(c, 0)
			)
		return self.ref + db.read_ps * self.reads + db.write_ps * self.writes, per


@dataclass
class WeightFile:
	pallet: str
	date: str
	steps: int
	repeat: int
	functions: dict


@dataclass
class Db:
	name: str
	read_ps: float
	write_ps: float


# ------------------------------------------------------------------------------------------------
# The weight files, as `frame-benchmarking-cli` writes them.

HEADER = re.compile(r"^//! DATE: (\S+), STEPS: `(\d+)`, REPEAT: `(\d+)`", re.M)
FN = re.compile(r"^\tfn (\w+)\(([^)]*)\) -> Weight \{\n(.*?)^\t\}", re.M | re.S)
NUM = r"(\d[\d_]*)"
BODY_LINES = [
	("base", re.compile(rf"^Weight::from_parts\({NUM}, {NUM}\)$")),
	("base", re.compile(rf"^\.saturating_add\(Weight::from_parts\({NUM}, {NUM}\)\)$")),
	(
		"slope",
		re.compile(rf"^\.saturating_add\(Weight::from_parts\({NUM}, {NUM}\)\.saturating_mul\((\w+)\.into\(\)\)\)$"),
	),
	("db", re.compile(rf"^\.saturating_add\(T::DbWeight::get\(\)\.(reads|writes)\({NUM}\)\)$")),
	(
		"db_per",
		re.compile(
			rf"^\.saturating_add\(T::DbWeight::get\(\)\.(reads|writes)\(\({NUM}_u64\)\.saturating_mul\((\w+)\.into\(\)\)\)\)$"
		),
	),
]


def number(text):
	return int(text.replace("_", ""))


def parse_weight_file(path):
	text = path.read_text()
	header = HEADER.search(text)
	if not header:
		raise SpecError(f"{path.relative_to(ROOT)}: no `//! DATE: .., STEPS: .., REPEAT: ..` line")
	functions = {}
	for name, params, body in FN.findall(text):
		names = [p.split(":")[0].strip() for p in params.split(",") if p.strip()]
		w = Lin()
		for line in body.splitlines():
			line = line.strip()
			if not line or line.startswith("//"):
				continue
			for kind, pattern in BODY_LINES:
				m = pattern.match(line)
				if m:
					break
			else:
				raise SpecError(f"{path.relative_to(ROOT)}: `fn {name}`: unrecognised line `{line}`")
			if kind == "base":
				w.ref += number(m[1])
			elif kind == "slope":
				c = m[3]
				if c not in names:
					raise SpecError(f"{path.relative_to(ROOT)}: `fn {name}`: unknown component `{c}`")
				if number(m[1]):
					w.ref_per[c] = w.ref_per.get(c, 0) + number(m[1])
			elif kind == "db":
				setattr(w, m[1], getattr(w, m[1]) + number(m[2]))
			else:
				per = getattr(w, m[1] + "_per")
				per[m[3]] = per.get(m[3], 0) + number(m[2])
		functions[name] = (names, w)
	if not functions:
		raise SpecError(f"{path.relative_to(ROOT)}: no weight functions found")
	return WeightFile(path.stem, header[1], int(header[2]), int(header[3]), functions)


def load_weight_files():
	files = {}
	for path in sorted(WEIGHTS_DIR.glob("*.rs")):
		if path.name != "mod.rs":
			files[path.stem] = parse_weight_file(path)
	return files


def load_db(spec):
	"""The runtime's `DbWeight` (runtime/src/configs/system.rs), priced by docs/weights.toml."""
	m = re.search(r"type DbWeight = [\w:]*?(\w+);", SYSTEM_CONFIG.read_text())
	if not m:
		raise SpecError(f"{SYSTEM_CONFIG.relative_to(ROOT)}: no `type DbWeight = ..;`")
	prices = spec.get("db_weight", {}).get(m[1])
	if prices is None:
		raise SpecError(f"the runtime's DbWeight is `{m[1]}`: add its prices under [db_weight.{m[1]}]")
	return Db(m[1], prices["read_us"] * PS_PER_US, prices["write_us"] * PS_PER_US)


def load_unit():
	m = re.search(r"pub const UNIT: Balance = ([\d_]+);", CURRENCY.read_text())
	if not m:
		raise SpecError(f"{CURRENCY.relative_to(ROOT)}: no `pub const UNIT: Balance = ..;`")
	return number(m[1])


# ------------------------------------------------------------------------------------------------
# Expressions over weight functions (their grammar is described in docs/weights.toml).

TOKEN = re.compile(r"\s*(?:(\d[\d_]*)|(\w+(?:::\w+)?)|(.))")


class Expr:
	def __init__(self, text, files, db):
		self.text, self.files, self.db = text, files, db
		self.tokens = []
		for m in TOKEN.finditer(text):
			if m[1]:
				self.tokens.append(("num", number(m[1])))
			elif m[2]:
				self.tokens.append(("name", m[2]))
			elif m[3] and not m[3].isspace():
				self.tokens.append(("op", m[3]))
		self.pos = 0
		self.used = set()

	def fail(self, why):
		raise SpecError(f"weight `{self.text}`: {why}")

	def peek(self):
		return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

	def take(self, kind=None, value=None):
		tok = self.peek()
		if tok[0] is None or (kind and tok[0] != kind) or (value and tok[1] != value):
			self.fail(f"expected {value or kind} at token {self.pos + 1}")
		self.pos += 1
		return tok

	def parse(self):
		value = self.expr()
		if self.peek()[0] is not None:
			self.fail(f"unexpected `{self.peek()[1]}`")
		return self.lin(value)

	def lin(self, value):
		if value[0] != "lin":
			self.fail("a number or a component alone is not a weight")
		return value[1]

	def expr(self):
		value = self.term()
		while self.peek() in (("op", "+"), ("op", "-")):
			sign = 1 if self.take()[1] == "+" else -1
			value = ("lin", self.lin(value).combine(self.lin(self.term()), sign))
		return value

	def term(self):
		value = self.factor()
		while self.peek() in (("op", "*"), ("op", "/")):
			op = self.take()[1]
			right = self.factor()
			if op == "/":
				if right[0] != "num" or right[1] == 0:
					self.fail("`/` takes a number other than 0")
				value = ("lin", self.lin(value).scale(1 / right[1]))
			else:
				value = self.multiply(value, right)
		return value

	def multiply(self, a, b):
		if a[0] == "lin":
			a, b = b, a
		if b[0] != "lin":
			self.fail("`*` needs a weight on one side")
		if a[0] == "num":
			return ("lin", b[1].scale(a[1]))
		if a[0] == "component":
			return ("lin", b[1].times_component(a[1]))
		self.fail("`*` multiplies a weight by a number or a component")

	def factor(self):
		kind, value = self.take()
		if kind == "num":
			return ("num", value)
		if kind == "op" and value == "(":
			inner = self.expr()
			self.take("op", ")")
			return inner
		if kind != "name":
			self.fail(f"unexpected `{value}`")
		if value in ("reads", "writes"):
			self.take("op", "(")
			count = self.take("num")[1]
			self.take("op", ")")
			return ("lin", Lin(**{value: count}))
		if value == "max":
			self.take("op", "(")
			a = self.lin(self.expr())
			self.take("op", ",")
			b = self.lin(self.expr())
			self.take("op", ")")
			if not (a.is_constant() and b.is_constant()):
				self.fail("max() takes weights without free components")
			# as `Weight::max` does for the ref time, storage included
			return ("lin", a if a.total(self.db)[0] >= b.total(self.db)[0] else b)
		if "::" in value:
			return ("lin", self.function(value))
		return ("component", value)

	def function(self, ref):
		pallet, name = ref.split("::")
		if pallet not in self.files:
			self.fail(f"no weight file runtime/src/weights/{pallet}.rs")
		if name not in self.files[pallet].functions:
			self.fail(f"no `fn {name}` in runtime/src/weights/{pallet}.rs")
		self.used.add(pallet)
		params, w = self.files[pallet].functions[name]
		args = list(params)
		if self.peek() == ("op", "("):
			self.take()
			args = []
			while self.peek() != ("op", ")"):
				if args:
					self.take("op", ",")
				kind, value = self.take()
				if kind not in ("num", "name") or (kind == "name" and "::" in value):
					self.fail(f"`{ref}` takes numbers or component names")
				args.append(value)
			self.take()
			if len(args) != len(params):
				self.fail(f"`{ref}` has {len(params)} component(s): {', '.join(params) or 'none'}")
		out = Lin(w.ref, {}, w.reads, {}, w.writes, {})
		for param, arg in zip(params, args):
			for attr in ("ref", "reads", "writes"):
				slope = getattr(w, attr + "_per").get(param, 0)
				if isinstance(arg, int):
					setattr(out, attr, getattr(out, attr) + slope * arg)
				elif slope:
					per = getattr(out, attr + "_per")
					per[arg] = per.get(arg, 0) + slope
		return out


def evaluate(text, files, db):
	"""The weight `text` describes, and the pallets whose weight files it reads."""
	expr = Expr(text, files, db)
	return expr.parse(), expr.used


# ------------------------------------------------------------------------------------------------
# Formatting.


def sig(value, digits=4, max_decimals_from_100=1):
	"""`digits` significant digits, at most one decimal from 100 up."""
	if value == 0:
		return "0"
	magnitude = math.floor(math.log10(abs(value)))
	if magnitude >= digits:
		return str(int(round(value, digits - 1 - magnitude)))
	decimals = max(0, digits - 1 - magnitude)
	if abs(value) >= 100:
		decimals = min(decimals, max_decimals_from_100)
	text = f"{value:.{decimals}f}"
	# rounding up can add a digit (99.995 -> 100.00): format again at the new magnitude
	if decimals and len(text.replace("-", "").replace(".", "").lstrip("0")) > digits:
		return sig(float(text), digits, max_decimals_from_100)
	return text


def ratio(value):
	"""× figures: one decimal from 10 up, else two significant digits."""
	if value == 0:
		return "0"
	if abs(value) >= 10:
		return f"{value:.1f}"
	magnitude = math.floor(math.log10(abs(value)))
	return f"{value:.{max(0, 1 - magnitude)}f}"


def linear(base, per, fmt):
	parts = [fmt(base)] if base or not any(per.values()) else []
	for c, v in per.items():
		if v:
			parts.append(f"{fmt(v)}·{c}")
	return " + ".join(parts)


def count(v):
	return f"{v:g}"


def storage(w):
	return f"{linear(w.reads, w.reads_per, count)}, {linear(w.writes, w.writes_per, count)}"


def accesses(w):
	"""`5 reads, 4 writes`, for the notes; constants only."""

	def one(n, word):
		return f"{count(n)} {word}{'' if n == 1 else 's'}"

	return f"{one(w.reads, 'read')}, {one(w.writes, 'write')}"


# ------------------------------------------------------------------------------------------------
# The regions.


def weights_table(spec, files, db):
	base, _ = evaluate(spec["baseline"], files, db)
	if not base.is_constant():
		raise SpecError("the baseline must have no free components")
	base_total = base.total(db)[0]
	lines = [
		"| call | execution (µs, wasm) | storage reads, writes | weight (µs) | × `transfer_keep_alive` |",
		"| --- | --- | --- | --- | --- |",
	]
	used = set()
	for row in spec["row"]:
		w, pallets = evaluate(row["weight"], files, db)
		used |= pallets
		total, total_per = w.total(db)
		x = {c: v / base_total for c, v in total_per.items()}
		lines.append(
			f"| {row['call']} | {linear(w.ref / PS_PER_US, {c: v / PS_PER_US for c, v in w.ref_per.items()}, sig)}"
			f" | {storage(w)}"
			f" | {linear(total / PS_PER_US, {c: v / PS_PER_US for c, v in total_per.items()}, sig)}"
			f" | {linear(total / base_total, x, ratio)} |"
		)
	notes = [
		f"Weight is execution plus {db.read_ps / PS_PER_US:g} µs a read and"
		f" {db.write_ps / PS_PER_US:g} µs a write (`{db.name}`, the runtime's `DbWeight`); × divides"
		f" a row's weight by `{spec['baseline']}`'s ({sig(base_total / PS_PER_US)} µs). It compares"
		" weights, not fees, which add a base weight per transaction and a fee per byte."
	]
	runs = {}
	for pallet in sorted(used):
		f = files[pallet]
		runs.setdefault((f.date, f.steps, f.repeat), []).append(f"`{pallet}`")
	listed = "; ".join(
		f"{date} (steps {steps}, repeat {repeat}): {', '.join(pallets)}"
		for (date, steps, repeat), pallets in sorted(runs.items())
	)
	notes.append(f"Benchmark runs, from the weight files' headers: {listed}.")
	baseline_file = files[spec["baseline"].split("::")[0]]
	baseline_run = (baseline_file.date, baseline_file.steps, baseline_file.repeat)
	if any(run != baseline_run for run in runs):
		notes.append(
			f"The baseline's file, `{baseline_file.pallet}`, comes from another run than some rows',"
			" and runs on this machine have measured the same code more than twice as fast as"
			" others: compare rows of one run with each other, and regenerate"
			f" `{baseline_file.pallet}` with the others before reading × across runs."
		)
	elif len(runs) > 1:
		notes.append("Rows come from different runs: compare rows of one run with each other.")
	lines += ["", wrap(" ".join(notes))]
	return "\n".join(lines)


PLACEHOLDER = re.compile(r"\{(exec|total|x|rw|iot):\s*([^{}]+?)\s*\}")


def weights_notes(spec, files, db, unit):
	base, _ = evaluate(spec["baseline"], files, db)
	base_total = base.total(db)[0]

	def fill(m):
		kind, text = m[1], m[2]
		w, _ = evaluate(text, files, db)
		if not w.is_constant():
			raise SpecError(f"notes: `{text}` has free components; fix them with numbers")
		total = w.total(db)[0]
		if kind == "exec":
			return sig(w.ref / PS_PER_US)
		if kind == "total":
			return sig(total / PS_PER_US)
		if kind == "x":
			return ratio(total / base_total)
		if kind == "rw":
			return accesses(w)
		# IdentityFee: one planck per picosecond of weight
		return sig(total / unit, 3)

	paragraphs = re.split(r"\n\s*\n", spec["notes"]["text"].strip())
	return "\n\n".join(wrap(PLACEHOLDER.sub(fill, p)) for p in paragraphs)


def wrap(paragraph):
	"""One paragraph of prose, refilled to the docs' width."""
	return textwrap.fill(
		" ".join(paragraph.split()), width=100, break_long_words=False, break_on_hyphens=False
	)


def replace_region(text, name, body):
	begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
	if text.count(begin) != 1 or text.count(end) != 1 or text.index(begin) > text.index(end):
		raise SpecError(f"a doc needs exactly one `{begin}` followed by one `{end}`")
	head, rest = text.split(begin)
	_, tail = rest.split(end)
	return f"{head}{begin}\n{body}\n{end}{tail}"


def generated(spec, files, db, unit):
	"""Each doc with generated regions: (path, committed text, text as this script writes it)."""
	texts = {DOC: DOC.read_text()}
	for doc, _ in measurements.REGIONS.values():
		path = ROOT / "docs" / doc
		texts.setdefault(path, path.read_text())
	new = dict(texts)
	new[DOC] = replace_region(new[DOC], "weights-table", weights_table(spec, files, db))
	new[DOC] = replace_region(new[DOC], "weights-notes", weights_notes(spec, files, db, unit))
	for name, (doc, render) in measurements.REGIONS.items():
		path = ROOT / "docs" / doc
		new[path] = replace_region(new[path], name, render())
	return [(path, texts[path], new[path]) for path in texts]


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--check", action="store_true", help="exit 1 with a diff if a doc is stale")
	args = parser.parse_args()
	try:
		spec = tomllib.loads(SPEC.read_text())
		docs = generated(spec, load_weight_files(), load_db(spec), load_unit())
	except (SpecError, measurements.MeasurementError, KeyError, tomllib.TOMLDecodeError) as e:
		print(f"docs-tables: {e}", file=sys.stderr)
		return 2
	stale = False
	for path, old, new in docs:
		name = path.relative_to(ROOT).as_posix()
		if old == new:
			if not args.check:
				print(f"{name}: generated regions already current", file=sys.stderr)
			continue
		if args.check:
			stale = True
			diff = difflib.unified_diff(
				old.splitlines(keepends=True),
				new.splitlines(keepends=True),
				f"{name} (committed)",
				f"{name} (generated)",
			)
			sys.stdout.writelines(diff)
			print(f"{name}'s generated regions are stale: run ./scripts/docs-tables.sh and commit", file=sys.stderr)
		else:
			path.write_text(new)
			print(f"{name}: generated regions rewritten", file=sys.stderr)
	return 1 if stale else 0


if __name__ == "__main__":
	sys.exit(main())
