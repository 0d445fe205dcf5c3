//! `iot-bench gateway`: readings anchored end to end per second through the gateway (ingest →
//! spool → batch → anchor), against one extrinsic per reading on the same node in the same run.
//! The gateway is driven as a library, the way `iot-gateway run` wires it. Devices alternate
//! between sr25519 and ed25519 keys.

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use futures::{stream::FuturesUnordered, StreamExt};
use iot_gateway::{
	chain::{outcome, Chain},
	config::{Config, SpoolConfig},
	intake::Submission,
	keys::DeviceKey,
	metrics::now_ms,
	pipeline,
	register::{register_entries, DeviceEntry, StreamEntry},
};
use iot_primitives::telemetry::{Reading, ReadingValue, SignedReading};
use tokio::sync::oneshot;

/// What to measure.
pub struct BenchArgs {
	pub devices: usize,
	pub readings: usize,
	pub per_reading_seconds: u64,
}

/// The figures.
#[derive(serde::Serialize, Debug)]
pub struct BenchReport {
	pub batched_readings: usize,
	pub batched_seconds: f64,
	pub batched_readings_per_s: f64,
	pub batched_extrinsics: u64,
	pub single_readings: u64,
	pub single_seconds: f64,
	pub single_readings_per_s: f64,
	pub single_refused: u64,
	pub ratio: f64,
}

/// Devices registered on chain for a measurement, with the next sequence number of each.
pub struct Devices {
	keys: Vec<(u64, DeviceKey)>,
	next: Vec<u64>,
}

impl Devices {
	/// How many devices there are.
	pub fn count(&self) -> usize {
		self.keys.len()
	}

	/// The `i`-th reading of the round-robin over the devices, signed by its device.
	pub fn reading(&mut self, i: usize, genesis: sp_core::H256) -> SignedReading {
		let slot = i % self.keys.len();
		let sequence = self.next[slot];
		self.next[slot] += 1;
		let (device, key) = &self.keys[slot];
		let reading = Reading {
			device: *device,
			stream: 0,
			sequence,
			timestamp: 1_700_000_000_000 + sequence,
			value: ReadingValue::Scalar(20_000 + (sequence % 500) as i64),
			salt: Some((sequence as u128).to_le_bytes()),
		};
		let signature = Some(key.sign(&reading.signing_payload(genesis)));
		SignedReading { reading, signature }
	}
}

/// Registers `count` fresh devices with stream 0, half sr25519 and half ed25519 (the two schemes
/// the gateway checks in batches).
pub async fn onboard(chain: &Chain, count: usize) -> Result<Devices> {
	let run_id = now_ms();
	let entries = (0..count)
		.map(|i| DeviceEntry {
			key: Some(format!(
				"{}://bench-{run_id}-{i}",
				if i % 2 == 0 { "sr25519" } else { "ed25519" }
			)),
			public: None,
			proof: None,
			nonce: 1,
			class: "bench/sim".into(),
			metadata: String::new(),
			streams: vec![StreamEntry { id: 0, name: "bench".into(), unit: 0, interval_ms: 0 }],
		})
		.collect::<Vec<_>>();
	let keys = entries
		.iter()
		.map(|e| DeviceKey::from_spec(e.key.as_deref().unwrap_or_default()))
		.collect::<Result<Vec<_>>>()?;
	let onboarded = register_entries(chain, entries).await?;
	Ok(Devices {
		keys: onboarded.iter().map(|o| o.device).zip(keys).collect(),
		next: vec![0; count],
	})
}

/// Runs both measurements with fresh devices and a temporary spool.
pub async fn run(config: &Config, args: BenchArgs) -> Result<BenchReport> {
	let spool = std::env::temp_dir().join(format!("iot-gateway-bench-{}.redb", now_ms()));
	let config = Config { spool: SpoolConfig { path: spool.clone() }, ..config.clone() };
	let report = measure(&config, args).await;
	let _ = std::fs::remove_file(spool);
	report
}

async fn measure(config: &Config, args: BenchArgs) -> Result<BenchReport> {
	if args.devices == 0 || args.readings == 0 {
		bail!("bench needs devices and readings");
	}
	let chain = Chain::new(&config.chain.url, pipeline::keypair(&config.chain.suri)?);
	let genesis = chain.genesis().await?;
	let mut devices = onboard(&chain, args.devices).await?;

	// Devices sign before the clock starts: signing is the devices' work, not the gateway's.
	let signed: Vec<_> = (0..args.readings).map(|i| devices.reading(i, genesis)).collect();
	let pipeline = pipeline::start(config).await?;
	let started = Instant::now();
	let mut replies = Vec::with_capacity(signed.len());
	for reading in signed {
		let (reply, answer) = oneshot::channel();
		pipeline.intake.send(Submission { reading: Ok(reading), trusted: false, reply }).await?;
		replies.push(answer);
	}
	let metrics = pipeline.metrics.clone();
	pipeline.finish().await?;
	let batched_seconds = started.elapsed().as_secs_f64();
	let mut refused = 0;
	for answer in replies {
		if !matches!(answer.await, Ok(Ok(()))) {
			refused += 1;
		}
	}
	if refused > 0 {
		bail!("{refused} bench readings were refused");
	}
	let batched_extrinsics = metrics
		.render()
		.lines()
		.find_map(|l| l.strip_prefix("iot_gateway_anchors_total ").and_then(|v| v.parse().ok()));

	// One extrinsic per reading, many in flight with consecutive nonces.
	let window = config.batch.in_flight.max(1) * 32;
	let mut nonce = chain.next_nonce().await?;
	let mut in_flight = FuturesUnordered::new();
	let mut i = 0usize;
	let deadline = Instant::now() + Duration::from_secs(args.per_reading_seconds);
	let single_started = Instant::now();
	// What landed is read from the chain (anchor ids are consecutive): a client may lose track
	// of a transaction's block when blocks come this fast, but the chain does not.
	let first_anchor = chain.next_anchor_id().await?;
	let mut submitted = 0u64;
	while Instant::now() < deadline || !in_flight.is_empty() {
		while Instant::now() < deadline && in_flight.len() < window {
			let reading = devices.reading(i, genesis).reading;
			i += 1;
			let at = chain.conn().await?.api.at_current_block().await?;
			let progress = chain.submit_anchor_at(&at, &[reading], nonce).await?;
			nonce += 1;
			submitted += 1;
			in_flight.push(tokio::time::timeout(Duration::from_secs(60), outcome(progress)));
		}
		if in_flight.next().await.is_none() {
			break;
		}
	}
	let included = chain.next_anchor_id().await?.saturating_sub(first_anchor);
	let failed = submitted.saturating_sub(included);
	let single_seconds = single_started.elapsed().as_secs_f64();
	let batched_readings_per_s = args.readings as f64 / batched_seconds;
	let single_readings_per_s = included as f64 / single_seconds;
	Ok(BenchReport {
		batched_readings: args.readings,
		batched_seconds,
		batched_readings_per_s,
		batched_extrinsics: batched_extrinsics.unwrap_or(0),
		single_readings: included,
		single_seconds,
		single_readings_per_s,
		single_refused: failed,
		ratio: if single_readings_per_s > 0.0 {
			batched_readings_per_s / single_readings_per_s
		} else {
			0.0
		},
	})
}

/// The report as a table.
pub fn table(r: &BenchReport) -> String {
	format!(
		"mode                      readings   seconds   readings/s   extrinsics\n\
		 gateway (batched)       {:>10} {:>9.1} {:>12.1} {:>12}\n\
		 one extrinsic/reading   {:>10} {:>9.1} {:>12.1} {:>12}\n\
		 ratio batched / single: {:.1}x   (single-reading failures: {})\n",
		r.batched_readings,
		r.batched_seconds,
		r.batched_readings_per_s,
		r.batched_extrinsics,
		r.single_readings,
		r.single_seconds,
		r.single_readings_per_s,
		r.single_readings + r.single_refused,
		r.ratio,
		r.single_refused,
	)
}
