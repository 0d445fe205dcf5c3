//! Issue 24's targets for what one `iot-bench load` run measures, each printed next to the
//! figure and their ratio, so a run says by itself which targets it met.

use std::fmt::Write;

use super::LoadReport;

/// One target: what is measured, the figure, the bound, and whether a larger figure is better.
struct Target {
	what: &'static str,
	measured: f64,
	bound: f64,
	at_least: bool,
	unit: &'static str,
}

impl Target {
	fn met(&self) -> bool {
		if self.at_least {
			self.measured >= self.bound
		} else {
			self.measured <= self.bound
		}
	}
}

/// The ratio of a workload's tx/s to the transfers', when both ran.
fn tx_ratio(report: &LoadReport, prefix: &str) -> Option<f64> {
	let base = report.rows.first()?.tally.tx_per_s();
	let row = report.rows.iter().find(|r| r.workload.starts_with(prefix))?;
	(base > 0.0).then(|| row.tally.tx_per_s() / base)
}

fn targets(report: &LoadReport) -> Vec<Target> {
	let mut out = Vec::new();
	let mib = |kib: u64| kib as f64 / 1024.0;
	for (what, prefix) in [
		("one-range anchor, tx/s x transfers", "TelemetryAnchor::anchor_batch (1 "),
		("single-voucher claim, tx/s x transfers", "M2mPayments::claim"),
	] {
		if let Some(measured) = tx_ratio(report, prefix) {
			out.push(Target { what, measured, bound: 0.9, at_least: true, unit: "x" });
		}
	}
	for (what, kib, bound) in [
		("node peak memory", report.node_peak_rss_kib, 400.0),
		("node idle memory", report.node_idle_rss_kib, 120.0),
	] {
		if let Some(kib) = kib {
			out.push(Target { what, measured: mib(kib), bound, at_least: false, unit: "MiB" });
		}
	}
	let lost: u64 = report.rows.iter().map(|r| r.tally.dropped + r.tally.rejected).sum();
	out.push(Target {
		what: "valid transactions dropped or rejected",
		measured: lost as f64,
		bound: 0.0,
		at_least: false,
		unit: "",
	});
	out
}

/// The targets as lines: figure, target, ratio of figure to target, met or missed.
pub fn table(report: &LoadReport) -> String {
	let mut out = String::new();
	let _ = writeln!(out, "issue 24's targets:");
	for t in targets(report) {
		let ratio = if t.bound > 0.0 { format!("{:.2}", t.measured / t.bound) } else { "-".into() };
		let bound = if t.at_least { "at least" } else { "at most" };
		let _ = writeln!(
			out,
			"  {:<42} {:>10.2} {:<3} {bound:>8} {:>7.1} {:<3}  ratio {ratio:>5}  {}",
			t.what,
			t.measured,
			t.unit,
			t.bound,
			t.unit,
			if t.met() { "met" } else { "MISSED" }
		);
	}
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_bound_is_met_from_its_side() {
		let at_most = Target { what: "", measured: 401.0, bound: 400.0, at_least: false, unit: "" };
		let at_least = Target { what: "", measured: 0.95, bound: 0.9, at_least: true, unit: "" };
		assert!(!at_most.met());
		assert!(at_least.met());
	}
}
