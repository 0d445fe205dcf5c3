//! Counters and gauges, served as Prometheus text on `/metrics`.

use std::{
	fmt::Write,
	sync::atomic::{AtomicU64, Ordering::Relaxed},
};

use crate::{refusal::Refusal, spool::Depth};

/// The gateway's metrics.
#[derive(Default)]
pub struct Metrics {
	accepted: AtomicU64,
	refused: [AtomicU64; Refusal::LABELS.len()],
	batches_cut: AtomicU64,
	batches_anchored: AtomicU64,
	readings_anchored: AtomicU64,
	anchor_failures: AtomicU64,
	pending: AtomicU64,
	open_batches: AtomicU64,
	open_readings: AtomicU64,
	oldest_open_ms: AtomicU64,
	best_block: AtomicU64,
	vouchers_relayed: AtomicU64,
	vouchers_refused: AtomicU64,
	vouchers_claimed: AtomicU64,
	vouchers_refused_at_settlement: AtomicU64,
	connected: AtomicU64,
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or(0)
}

impl Metrics {
	pub fn accepted(&self, n: u64) {
		self.accepted.fetch_add(n, Relaxed);
	}

	pub fn refused(&self, refusal: &Refusal) {
		if let Some(i) = Refusal::LABELS.iter().position(|l| *l == refusal.label()) {
			self.refused[i].fetch_add(1, Relaxed);
		}
	}

	pub fn batch_cut(&self) {
		self.batches_cut.fetch_add(1, Relaxed);
	}

	pub fn anchored(&self, readings: u64) {
		self.batches_anchored.fetch_add(1, Relaxed);
		self.readings_anchored.fetch_add(readings, Relaxed);
	}

	pub fn anchor_failed(&self) {
		self.anchor_failures.fetch_add(1, Relaxed);
	}

	pub fn set_depth(&self, depth: Depth, oldest_open_ms: Option<u64>) {
		self.pending.store(depth.pending, Relaxed);
		self.open_batches.store(depth.open_batches, Relaxed);
		self.open_readings.store(depth.open_readings, Relaxed);
		self.oldest_open_ms.store(oldest_open_ms.unwrap_or(0), Relaxed);
	}

	pub fn voucher(&self, relayed: bool) {
		let counter = if relayed { &self.vouchers_relayed } else { &self.vouchers_refused };
		counter.fetch_add(1, Relaxed);
	}

	pub fn settled(&self, claimed: u64, refused: u64) {
		self.vouchers_claimed.fetch_add(claimed, Relaxed);
		self.vouchers_refused_at_settlement.fetch_add(refused, Relaxed);
	}

	pub fn set_best_block(&self, n: u64) {
		self.best_block.store(n, Relaxed);
	}

	pub fn set_connected(&self, up: bool) {
		self.connected.store(up.into(), Relaxed);
	}

	/// Readings accepted, refused (all reasons) and anchored so far.
	pub fn totals(&self) -> (u64, u64, u64) {
		let refused = self.refused.iter().map(|c| c.load(Relaxed)).sum();
		(self.accepted.load(Relaxed), refused, self.readings_anchored.load(Relaxed))
	}

	/// The Prometheus text exposition.
	pub fn render(&self) -> String {
		let mut out = String::new();
		let mut metric = |name: &str, kind: &str, help: &str, value: u64| {
			let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
		};
		metric(
			"iot_gateway_readings_accepted_total",
			"counter",
			"Readings spooled.",
			self.accepted.load(Relaxed),
		);
		metric(
			"iot_gateway_batches_total",
			"counter",
			"Batches cut.",
			self.batches_cut.load(Relaxed),
		);
		metric(
			"iot_gateway_anchors_total",
			"counter",
			"Batches anchored on chain.",
			self.batches_anchored.load(Relaxed),
		);
		metric(
			"iot_gateway_readings_anchored_total",
			"counter",
			"Readings in anchored batches.",
			self.readings_anchored.load(Relaxed),
		);
		metric(
			"iot_gateway_anchor_failures_total",
			"counter",
			"Anchor submissions that failed or were lost.",
			self.anchor_failures.load(Relaxed),
		);
		metric(
			"iot_gateway_spool_pending_readings",
			"gauge",
			"Readings spooled, not yet batched.",
			self.pending.load(Relaxed),
		);
		metric(
			"iot_gateway_spool_open_batches",
			"gauge",
			"Batches not yet anchored.",
			self.open_batches.load(Relaxed),
		);
		metric(
			"iot_gateway_spool_open_readings",
			"gauge",
			"Readings in batches not yet anchored.",
			self.open_readings.load(Relaxed),
		);
		let oldest = self.oldest_open_ms.load(Relaxed);
		let lag = if oldest == 0 { 0 } else { now_ms().saturating_sub(oldest) / 1000 };
		metric(
			"iot_gateway_chain_lag_seconds",
			"gauge",
			"Age of the oldest batch not yet anchored.",
			lag,
		);
		metric(
			"iot_gateway_chain_finalized_block",
			"gauge",
			"Last finalized block seen.",
			self.best_block.load(Relaxed),
		);
		metric(
			"iot_gateway_vouchers_relayed_total",
			"counter",
			"Vouchers taken for settlement.",
			self.vouchers_relayed.load(Relaxed),
		);
		metric(
			"iot_gateway_vouchers_refused_total",
			"counter",
			"Vouchers the chain would not pay, or older than one held.",
			self.vouchers_refused.load(Relaxed),
		);
		metric(
			"iot_gateway_vouchers_claimed_total",
			"counter",
			"Vouchers claimed by settlements.",
			self.vouchers_claimed.load(Relaxed),
		);
		metric(
			"iot_gateway_vouchers_refused_at_settlement_total",
			"counter",
			"Vouchers a settlement reported refused.",
			self.vouchers_refused_at_settlement.load(Relaxed),
		);
		metric(
			"iot_gateway_chain_connected",
			"gauge",
			"1 while the block subscription is up.",
			self.connected.load(Relaxed),
		);
		let _ = writeln!(
			out,
			"# HELP iot_gateway_readings_refused_total Readings refused, by reason.\n# TYPE iot_gateway_readings_refused_total counter"
		);
		for (label, count) in Refusal::LABELS.iter().zip(&self.refused) {
			let _ = writeln!(
				out,
				"iot_gateway_readings_refused_total{{reason=\"{label}\"}} {}",
				count.load(Relaxed)
			);
		}
		out
	}
}
