//! The gateway's counters and gauges, served on `/metrics` in the OpenMetrics text format
//! (prometheus-client; Prometheus scrapes it).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use prometheus_client::{
	encoding::{text::encode, EncodeLabelSet},
	metrics::{counter::Counter, family::Family, gauge::Gauge},
	registry::Registry,
};

use crate::{refusal::Refusal, spool::Depth};

/// The content type of [`Metrics::render`]'s text.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Reason {
	reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DataOutcome {
	outcome: &'static str,
}

/// The gateway's metrics.
pub struct Metrics {
	registry: Registry,
	refused: Family<Reason, Counter>,
	/// When the oldest batch not yet anchored was opened (ms), 0 for none: its age is the lag.
	oldest_open_ms: AtomicU64,
	accepted: Counter,
	batches_cut: Counter,
	batches_anchored: Counter,
	readings_anchored: Counter,
	anchor_failures: Counter,
	pending: Gauge,
	open_batches: Gauge,
	open_readings: Gauge,
	lag: Gauge,
	best_block: Gauge,
	vouchers_relayed: Counter,
	vouchers_refused: Counter,
	vouchers_claimed: Counter,
	vouchers_refused_at_settlement: Counter,
	connected: Gauge,
	data_requests: Family<DataOutcome, Counter>,
	data_challenges: Counter,
	sealed_readings: Counter,
	key_epochs: Counter,
	envelopes_sealed: Counter,
	sealing_deferred: Counter,
}

impl Default for Metrics {
	fn default() -> Self {
		let mut metrics = Self {
			registry: Registry::default(),
			refused: Family::default(),
			oldest_open_ms: AtomicU64::new(0),
			accepted: Default::default(),
			batches_cut: Default::default(),
			batches_anchored: Default::default(),
			readings_anchored: Default::default(),
			anchor_failures: Default::default(),
			pending: Default::default(),
			open_batches: Default::default(),
			open_readings: Default::default(),
			lag: Default::default(),
			best_block: Default::default(),
			vouchers_relayed: Default::default(),
			vouchers_refused: Default::default(),
			vouchers_claimed: Default::default(),
			vouchers_refused_at_settlement: Default::default(),
			connected: Default::default(),
			data_requests: Family::default(),
			data_challenges: Default::default(),
			sealed_readings: Default::default(),
			key_epochs: Default::default(),
			envelopes_sealed: Default::default(),
			sealing_deferred: Default::default(),
		};
		let mut registry = Registry::default();
		registry.register(
			"iot_gateway_readings_accepted",
			"Readings spooled.",
			metrics.accepted.clone(),
		);
		registry.register("iot_gateway_batches", "Batches cut.", metrics.batches_cut.clone());
		registry.register(
			"iot_gateway_anchors",
			"Batches anchored on chain.",
			metrics.batches_anchored.clone(),
		);
		registry.register(
			"iot_gateway_readings_anchored",
			"Readings in anchored batches.",
			metrics.readings_anchored.clone(),
		);
		registry.register(
			"iot_gateway_anchor_failures",
			"Anchor submissions that failed or were lost.",
			metrics.anchor_failures.clone(),
		);
		registry.register(
			"iot_gateway_spool_pending_readings",
			"Readings spooled, not yet batched.",
			metrics.pending.clone(),
		);
		registry.register(
			"iot_gateway_spool_open_batches",
			"Batches not yet anchored.",
			metrics.open_batches.clone(),
		);
		registry.register(
			"iot_gateway_spool_open_readings",
			"Readings in batches not yet anchored.",
			metrics.open_readings.clone(),
		);
		registry.register(
			"iot_gateway_chain_lag_seconds",
			"Age of the oldest batch not yet anchored.",
			metrics.lag.clone(),
		);
		registry.register(
			"iot_gateway_chain_finalized_block",
			"Last finalized block seen.",
			metrics.best_block.clone(),
		);
		registry.register(
			"iot_gateway_vouchers_relayed",
			"Vouchers taken for settlement.",
			metrics.vouchers_relayed.clone(),
		);
		registry.register(
			"iot_gateway_vouchers_refused",
			"Vouchers the chain would not pay, or older than one held.",
			metrics.vouchers_refused.clone(),
		);
		registry.register(
			"iot_gateway_vouchers_claimed",
			"Vouchers claimed by settlements.",
			metrics.vouchers_claimed.clone(),
		);
		registry.register(
			"iot_gateway_vouchers_refused_at_settlement",
			"Vouchers a settlement reported refused.",
			metrics.vouchers_refused_at_settlement.clone(),
		);
		registry.register(
			"iot_gateway_chain_connected",
			"1 while the block subscription is up.",
			metrics.connected.clone(),
		);
		registry.register(
			"iot_gateway_readings_refused",
			"Readings refused, by reason.",
			metrics.refused.clone(),
		);
		registry.register(
			"iot_gateway_data_requests",
			"Requests for private stream data, by outcome (served or why refused).",
			metrics.data_requests.clone(),
		);
		registry.register(
			"iot_gateway_data_challenges",
			"Challenges issued for signed data requests.",
			metrics.data_challenges.clone(),
		);
		registry.register(
			"iot_gateway_sealed_readings",
			"Readings of private streams encrypted at batch time.",
			metrics.sealed_readings.clone(),
		);
		registry.register(
			"iot_gateway_key_epochs",
			"Epoch keys started for private streams.",
			metrics.key_epochs.clone(),
		);
		registry.register(
			"iot_gateway_envelopes_sealed",
			"Epoch keys sealed to a reader's published key.",
			metrics.envelopes_sealed.clone(),
		);
		registry.register(
			"iot_gateway_sealing_deferred",
			"Batch cuts put off because the private streams' readers could not be read.",
			metrics.sealing_deferred.clone(),
		);
		// Every reason from the start, at 0, so that a dashboard sees the series before the first
		// refusal.
		for reason in Refusal::LABELS {
			let _ = metrics.refused.get_or_create(&Reason { reason });
		}
		for outcome in crate::private::serve::Outcome::LABELS {
			let _ = metrics.data_requests.get_or_create(&DataOutcome { outcome });
		}
		metrics.registry = registry;
		metrics
	}
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
		self.accepted.inc_by(n);
	}

	pub fn refused(&self, refusal: &Refusal) {
		self.refused.get_or_create(&Reason { reason: refusal.label() }).inc();
	}

	pub fn batch_cut(&self) {
		self.batches_cut.inc();
	}

	pub fn anchored(&self, readings: u64) {
		self.batches_anchored.inc();
		self.readings_anchored.inc_by(readings);
	}

	pub fn anchor_failed(&self) {
		self.anchor_failures.inc();
	}

	pub fn set_depth(&self, depth: Depth, oldest_open_ms: Option<u64>) {
		self.pending.set(gauge(depth.pending));
		self.open_batches.set(gauge(depth.open_batches));
		self.open_readings.set(gauge(depth.open_readings));
		self.oldest_open_ms.store(oldest_open_ms.unwrap_or(0), Relaxed);
	}

	pub fn voucher(&self, relayed: bool) {
		let counter = if relayed { &self.vouchers_relayed } else { &self.vouchers_refused };
		counter.inc();
	}

	pub fn settled(&self, claimed: u64, refused: u64) {
		self.vouchers_claimed.inc_by(claimed);
		self.vouchers_refused_at_settlement.inc_by(refused);
	}

	/// A data request ended with `outcome` (a [`crate::private::serve::Outcome`] label).
	pub fn data_request(&self, outcome: &'static str) {
		self.data_requests.get_or_create(&DataOutcome { outcome }).inc();
	}

	pub fn data_challenge(&self) {
		self.data_challenges.inc();
	}

	/// What a cut sealed.
	pub fn sealed(&self, report: &crate::private::seal::SealReport) {
		self.sealed_readings.inc_by(report.readings);
		self.key_epochs.inc_by(report.epochs);
		self.envelopes_sealed.inc_by(report.envelopes);
	}

	pub fn sealing_deferred(&self) {
		self.sealing_deferred.inc();
	}

	pub fn set_best_block(&self, n: u64) {
		self.best_block.set(gauge(n));
	}

	pub fn set_connected(&self, up: bool) {
		self.connected.set(up.into());
	}

	/// Readings accepted, refused (all reasons) and anchored so far.
	pub fn totals(&self) -> (u64, u64, u64) {
		let refused = Refusal::LABELS
			.iter()
			.map(|reason| self.refused.get_or_create(&Reason { reason }).get())
			.sum();
		(self.accepted.get(), refused, self.readings_anchored.get())
	}

	/// The OpenMetrics text exposition ([`CONTENT_TYPE`]).
	pub fn render(&self) -> String {
		let oldest = self.oldest_open_ms.load(Relaxed);
		let lag = if oldest == 0 { 0 } else { now_ms().saturating_sub(oldest) / 1000 };
		self.lag.set(gauge(lag));
		let mut out = String::new();
		// Writing into a String does not fail.
		let _ = encode(&mut out, &self.registry);
		out
	}
}

/// A count as a gauge's value (i64), saturating.
fn gauge(n: u64) -> i64 {
	i64::try_from(n).unwrap_or(i64::MAX)
}
