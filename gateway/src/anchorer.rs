//! Anchors the spool's batches in order, several in flight with consecutive nonces.
//!
//! Exactly once: a batch is marked `Submitted { scan_from }` before its transaction is sent, and
//! before any resubmission the anchors from `scan_from` on are searched for its root. The chain
//! refuses a range that overlaps a stream's anchored sequences, so a transaction that was in
//! flight when the gateway died can land at most once; a copy sent after it fails, and the search
//! then finds the first.

use std::{sync::Arc, time::Duration};

use anyhow::Result;
use tokio::sync::Notify;

use crate::{
	chain::{outcome, Chain, Outcome},
	metrics::Metrics,
	spool::{BatchRecord, BatchState, Spool},
};

/// How long a submitted anchor may take to be finalized before it is presumed lost.
const PATIENCE: Duration = Duration::from_secs(60);

/// Dispatch errors after which resubmitting cannot help: the chain holds these sequences
/// already (from another gateway) or will never take the stream.
const FINAL_ERRORS: [&str; 4] =
	["SequenceOverlap", "TimeWentBackwards", "UnknownStream", "NotReporter"];

/// Anchors forever, backing off while the chain is unreachable.
pub async fn run(
	chain: Arc<Chain>,
	spool: Spool,
	metrics: Arc<Metrics>,
	cut: Arc<Notify>,
	in_flight: usize,
) {
	let mut backoff = Duration::from_millis(500);
	loop {
		match round(&chain, &spool, &metrics, in_flight).await {
			Ok(true) => backoff = Duration::from_millis(500),
			Ok(false) => {
				let _ = tokio::time::timeout(Duration::from_secs(1), cut.notified()).await;
			}
			Err(e) => {
				tracing::warn!(error = %e, retry_in = ?backoff, "anchoring paused");
				chain.reset().await;
				tokio::time::sleep(backoff).await;
				backoff = (backoff * 2).min(Duration::from_secs(10));
			}
		}
	}
}

/// One round over up to `in_flight` open batches; `false` if there were none.
pub async fn round(
	chain: &Chain,
	spool: &Spool,
	metrics: &Metrics,
	in_flight: usize,
) -> Result<bool> {
	let open = tokio::task::block_in_place(|| spool.open_batches())?;
	if open.is_empty() {
		return Ok(false);
	}
	let next_anchor = chain.next_anchor_id().await?;
	let mut to_send = Vec::new();
	for (id, record) in open.into_iter().take(in_flight) {
		if let BatchState::Submitted { scan_from } = record.state {
			if let Some(anchor) = chain.find_anchor(record.root, scan_from).await? {
				done(spool, metrics, id, &record, anchor)?;
				continue;
			}
		}
		to_send.push((id, record));
	}
	if to_send.is_empty() {
		return Ok(true);
	}

	let turn = chain.sending().await;
	let mut nonce = chain.next_nonce().await?;
	let mut watching = Vec::new();
	let mut send_error = None;
	for (id, mut record) in to_send {
		let scan_from = match record.state {
			BatchState::Submitted { scan_from } => scan_from,
			_ => next_anchor,
		};
		record.state = BatchState::Submitted { scan_from };
		tokio::task::block_in_place(|| spool.set_state(id, record.state.clone()))?;
		match chain.submit_record(&record, nonce).await {
			Ok(progress) => {
				tracing::info!(
					batch = id,
					readings = record.readings.len(),
					nonce,
					"anchor submitted"
				);
				let watch = tokio::time::timeout(PATIENCE, outcome(progress));
				watching.push((id, record, tokio::spawn(watch)));
				nonce = nonce.saturating_add(1);
			}
			Err(e) => {
				// Later batches would leave a nonce gap: send them next round.
				send_error = Some(e);
				break;
			}
		}
	}

	drop(turn);
	let mut lost = None;
	for (id, record, watch) in watching {
		let BatchState::Submitted { scan_from } = record.state else { continue };
		let result = watch.await.map_err(anyhow::Error::from)?;
		match result {
			Ok(Outcome::Included(Some(anchor))) => done(spool, metrics, id, &record, anchor)?,
			Ok(Outcome::Included(None)) => {
				anyhow::bail!("anchor of batch {id} emitted no BatchAnchored")
			}
			Ok(Outcome::Failed(error)) => {
				metrics.anchor_failed();
				if let Some(anchor) = chain.find_anchor(record.root, scan_from).await? {
					tracing::info!(batch = id, anchor, "a copy sent earlier was anchored");
					done(spool, metrics, id, &record, anchor)?;
				} else if FINAL_ERRORS.iter().any(|e| error.contains(e)) {
					tracing::error!(batch = id, %error, "the chain refuses this batch for good");
					let state = BatchState::Refused { reason: error };
					tokio::task::block_in_place(|| spool.set_state(id, state))?;
				} else {
					tracing::warn!(batch = id, %error, "anchor failed; will retry");
					lost = Some(anyhow::anyhow!("batch {id}: {error}"));
				}
			}
			Ok(Outcome::Lost(error)) => {
				metrics.anchor_failed();
				tracing::warn!(batch = id, %error, "anchor not included; will retry");
				lost = Some(anyhow::anyhow!("batch {id}: {error}"));
			}
			Err(_) => {
				metrics.anchor_failed();
				lost = Some(anyhow::anyhow!("batch {id}: not finalized within {PATIENCE:?}"));
			}
		}
	}
	tokio::task::block_in_place(|| -> Result<()> {
		metrics.set_depth(spool.depth()?, spool.oldest_open_ms()?);
		Ok(())
	})?;
	match send_error.or(lost) {
		Some(e) => Err(e),
		None => Ok(true),
	}
}

fn done(
	spool: &Spool,
	metrics: &Metrics,
	id: u64,
	record: &BatchRecord,
	anchor: u64,
) -> Result<()> {
	tokio::task::block_in_place(|| spool.set_state(id, BatchState::Anchored { anchor }))?;
	metrics.anchored(record.readings.len() as u64);
	tracing::info!(batch = id, anchor, readings = record.readings.len(), "batch anchored");
	Ok(())
}
