//! The single writer: readings from every source are checked, committed to the spool in groups
//! (one durable commit answers many senders), and cut into batches by size or age.

use std::{sync::Arc, time::Duration};

use anyhow::Result;
use iot_primitives::telemetry::SignedReading;
use tokio::sync::{mpsc, oneshot, Notify};

use crate::{
	directory::Directory,
	metrics::{now_ms, Metrics},
	refusal::Refusal,
	spool::Spool,
};

/// The verdict on one reading.
pub type Verdict = Result<(), Refusal>;

/// A reading handed to the gateway by a source.
pub struct Submission {
	/// The decoded reading, or why it did not decode.
	pub reading: Result<SignedReading, String>,
	/// Whether an unsigned reading is vouched for by its transport.
	pub trusted: bool,
	/// Answered once the reading is durably spooled or refused.
	pub reply: oneshot::Sender<Verdict>,
}

/// Where sources send readings.
pub type Intake = mpsc::Sender<Submission>;

/// When a batch is cut.
#[derive(Clone, Copy, Debug)]
pub struct BatchPolicy {
	/// At most this many readings per batch (a full batch is cut at once).
	pub max_readings: usize,
	/// A batch is cut when its oldest reading waited this long.
	pub max_age_ms: u64,
}

/// The most streams one anchor may carry (the runtime's `MaxRangesPerAnchor`).
pub const MAX_STREAMS: usize = 64;

/// Most submissions committed together.
const GROUP: usize = 2048;

/// Runs the writer until every sender is gone, then cuts what is left and returns.
pub async fn run(
	mut rx: mpsc::Receiver<Submission>,
	spool: Spool,
	directory: Arc<Directory>,
	metrics: Arc<Metrics>,
	policy: BatchPolicy,
	cut: Arc<Notify>,
) -> Result<()> {
	let mut tick = tokio::time::interval(Duration::from_millis(100));
	loop {
		tokio::select! {
			first = rx.recv() => {
				let Some(first) = first else { break };
				let mut group = vec![first];
				while group.len() < GROUP {
					match rx.try_recv() {
						Ok(s) => group.push(s),
						Err(_) => break,
					}
				}
				commit(group, &spool, &directory, &metrics).await?;
				cut_batches(&spool, &metrics, policy, &cut, false)?;
			}
			_ = tick.tick() => cut_batches(&spool, &metrics, policy, &cut, false)?,
		}
	}
	cut_batches(&spool, &metrics, policy, &cut, true)
}

async fn commit(
	group: Vec<Submission>,
	spool: &Spool,
	directory: &Directory,
	metrics: &Metrics,
) -> Result<()> {
	let mut verdicts: Vec<Option<Verdict>> = Vec::with_capacity(group.len());
	let mut checked = Vec::new();
	for s in &group {
		let verdict = match &s.reading {
			Err(why) => Some(Err(Refusal::Malformed(why.clone()))),
			Ok(signed) => match directory.check(signed, s.trusted).await {
				Ok(chain_cursor) => {
					checked.push((signed.reading.clone(), chain_cursor));
					None
				}
				Err(refusal) => Some(Err(refusal)),
			},
		};
		verdicts.push(verdict);
	}
	let now = now_ms();
	let mut stored = tokio::task::block_in_place(|| spool.accept(checked, now))?.into_iter();
	for (s, verdict) in group.into_iter().zip(verdicts) {
		let verdict = match verdict {
			Some(v) => v,
			None => stored.next().unwrap_or(Err(Refusal::ChainUnavailable)),
		};
		match &verdict {
			Ok(()) => metrics.accepted(1),
			Err(refusal) => {
				metrics.refused(refusal);
				let (device, stream, sequence) = match &s.reading {
					Ok(r) => {
						(Some(r.reading.device), Some(r.reading.stream), Some(r.reading.sequence))
					}
					Err(_) => (None, None, None),
				};
				tracing::warn!(?device, ?stream, ?sequence, reason = %refusal, "reading refused");
			}
		}
		let _ = s.reply.send(verdict);
	}
	Ok(())
}

fn cut_batches(
	spool: &Spool,
	metrics: &Metrics,
	policy: BatchPolicy,
	cut: &Notify,
	all: bool,
) -> Result<()> {
	tokio::task::block_in_place(|| {
		loop {
			let (pending, oldest) = spool.pending()?;
			let old = oldest.is_some_and(|t| now_ms().saturating_sub(t) >= policy.max_age_ms);
			let due = pending as usize >= policy.max_readings || (pending > 0 && (old || all));
			if !due {
				break;
			}
			if let Some(id) = spool.cut_batch(policy.max_readings, MAX_STREAMS, now_ms())? {
				metrics.batch_cut();
				tracing::info!(batch = id, "batch cut");
				cut.notify_one();
			}
		}
		metrics.set_depth(spool.depth()?, spool.oldest_open_ms()?);
		Ok(())
	})
}
