//! The single writer: readings from every source are checked (a group's signatures on every
//! core), committed to the spool in groups (one durable commit answers many senders), and cut
//! into batches by size or age. A batch that
//! takes a private stream is sealed as it is cut, with the stream's readers read just before.

use std::{
	sync::Arc,
	time::{Duration, Instant},
};

use anyhow::Result;
use iot_primitives::telemetry::SignedReading;
use tokio::sync::{mpsc, oneshot, Notify};

use crate::{
	directory::Directory,
	metrics::{now_ms, Metrics},
	private::{audience::Audiences, seal::BatchSealer},
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

/// How long cutting waits after the private streams' readers could not be read.
const SEALING_BACKOFF: Duration = Duration::from_secs(2);

/// What cutting batches needs.
struct Cutter {
	spool: Spool,
	metrics: Arc<Metrics>,
	policy: BatchPolicy,
	cut: Arc<Notify>,
	audiences: Arc<Audiences>,
	/// No cut before this, after a failure to read the readers.
	paused_until: Option<Instant>,
}

/// Runs the writer until every sender is gone, then cuts what is left and returns.
pub async fn run(
	mut rx: mpsc::Receiver<Submission>,
	spool: Spool,
	directory: Arc<Directory>,
	metrics: Arc<Metrics>,
	policy: BatchPolicy,
	cut: Arc<Notify>,
	audiences: Arc<Audiences>,
) -> Result<()> {
	let mut tick = tokio::time::interval(Duration::from_millis(100));
	let mut cutter = Cutter {
		spool: spool.clone(),
		metrics: metrics.clone(),
		policy,
		cut,
		audiences,
		paused_until: None,
	};
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
				commit(group, &spool, &directory, &metrics, &cutter.audiences).await?;
				cutter.cut_batches(false).await?;
			}
			_ = tick.tick() => cutter.cut_batches(false).await?,
		}
	}
	cutter.paused_until = None;
	cutter.cut_batches(true).await
}

async fn commit(
	group: Vec<Submission>,
	spool: &Spool,
	directory: &Directory,
	metrics: &Metrics,
	audiences: &Audiences,
) -> Result<()> {
	// The devices first (cached), then every signature at once on all cores, then the streams:
	// a reading is refused for the first of these it fails, as one checked alone would be.
	let mut verdicts: Vec<Option<Verdict>> = group.iter().map(|_| None).collect();
	let mut keys = Vec::with_capacity(group.len());
	for (s, verdict) in group.iter().zip(verdicts.iter_mut()) {
		let key = match &s.reading {
			Err(why) => Err(Refusal::Malformed(why.clone())),
			Ok(signed) => directory.signer(signed, s.trusted).await,
		};
		keys.push(key.unwrap_or_else(|refusal| {
			*verdict = Some(Err(refusal));
			None
		}));
	}
	let signed: Vec<(usize, _)> = group
		.iter()
		.zip(&keys)
		.enumerate()
		.filter_map(|(i, (s, key))| Some((i, (key.as_ref()?, s.reading.as_ref().ok()?))))
		.collect();
	let jobs: Vec<_> = signed.iter().map(|(_, job)| *job).collect();
	let good = tokio::task::block_in_place(|| directory.verify_all(&jobs));
	for ((i, _), good) in signed.iter().zip(good) {
		if !good {
			verdicts[*i] = Some(Err(Refusal::BadSignature));
		}
	}
	let mut checked = Vec::new();
	for (s, verdict) in group.iter().zip(verdicts.iter_mut()) {
		let Ok(signed) = &s.reading else { continue };
		if verdict.is_some() {
			continue;
		}
		match directory.cursor(signed).await {
			Ok(chain_cursor) => {
				let r = &signed.reading;
				// A private stream's reading is sealed with its signature, so that its readers
				// can check the device signed it.
				let private = audiences.streams().contains(r.device, r.stream);
				let signature = signed.signature.clone().filter(|_| private);
				checked.push((r.clone(), signature, chain_cursor));
			}
			Err(refusal) => *verdict = Some(Err(refusal)),
		}
	}
	let now = now_ms();
	let mut stored = tokio::task::block_in_place(|| spool.accept_signed(checked, now))?.into_iter();
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

impl Cutter {
	/// Cuts every batch that is due (all that is pending if `all`). A batch with a private
	/// stream waits while that stream's readers cannot be read: sealing it to an outdated list
	/// could hand a revoked reader the key (and its anchor could not be sent anyway).
	async fn cut_batches(&mut self, all: bool) -> Result<()> {
		let (spool, policy) = (&self.spool, self.policy);
		loop {
			if self.paused_until.is_some_and(|t| Instant::now() < t) {
				break;
			}
			let due = tokio::task::block_in_place(|| -> Result<bool> {
				let (pending, oldest) = spool.pending()?;
				let old = oldest.is_some_and(|t| now_ms().saturating_sub(t) >= policy.max_age_ms);
				Ok(pending as usize >= policy.max_readings || (pending > 0 && (old || all)))
			})?;
			if !due {
				break;
			}
			let streams = tokio::task::block_in_place(|| {
				spool.next_streams(policy.max_readings, MAX_STREAMS)
			})?;
			let audiences = match self.audiences.fetch(streams).await {
				Ok(audiences) => audiences,
				Err(e) => {
					tracing::warn!(error = %e, retry_in = ?SEALING_BACKOFF, "cannot read the private streams' readers; batch cut put off");
					self.metrics.sealing_deferred();
					if all {
						// Stopping: what is pending must still be cut, so wait for the chain.
						tokio::time::sleep(SEALING_BACKOFF).await;
						continue;
					}
					self.paused_until = Some(Instant::now() + SEALING_BACKOFF);
					break;
				}
			};
			let mut sealer = BatchSealer::new(self.audiences.streams(), audiences);
			let id = tokio::task::block_in_place(|| {
				spool.cut_batch_with(policy.max_readings, MAX_STREAMS, now_ms(), &mut sealer)
			})?;
			if let Some(id) = id {
				self.metrics.batch_cut();
				self.metrics.sealed(&sealer.report);
				tracing::info!(batch = id, sealed = sealer.report.readings, "batch cut");
				self.cut.notify_one();
			}
		}
		tokio::task::block_in_place(|| -> Result<()> {
			self.metrics.set_depth(spool.depth()?, spool.oldest_open_ms()?);
			Ok(())
		})
	}
}
