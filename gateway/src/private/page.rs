//! Reading a page of a private stream out of the spool: ciphertexts, their proofs, the batches'
//! wrapped keys and the requester's envelopes, in one read transaction.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, Result};
use codec::Decode;
use iot_primitives::merkle::ChunkedTree;
use redb::ReadableDatabase;
use sp_core::bytes::to_hex;

use super::{
	epochs::Account,
	request::DataRequest,
	store,
	wire::{BatchJson, DataAnswer, EpochJson, SealedJson},
};
use crate::spool::{BatchRecord, BatchState, Spool, BATCHES, INDEX};

/// Most readings one page holds.
pub const PAGE: u64 = 256;

/// The sequences a request may be answered: `from..=to` for this page, `limit` for the pages
/// after it (the request's end, or the grant's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
	/// The page's last sequence.
	pub to: u64,
	/// The last sequence the requester may ask for next.
	pub limit: u64,
}

impl Span {
	/// The span of `request` for a reader whose access ends at `grant_end` (`None`: it does not).
	pub fn of(request: &DataRequest, grant_end: Option<u64>) -> Self {
		let limit = request.to.unwrap_or(u64::MAX).min(grant_end.unwrap_or(u64::MAX));
		let to = request.from.saturating_add(PAGE - 1).min(limit);
		Self { to, limit }
	}
}

fn anchor_of(record: &BatchRecord) -> Option<u64> {
	match record.state {
		BatchState::Anchored { anchor } => Some(anchor),
		_ => None,
	}
}

/// Whether the spool holds any sealed reading of the stream.
pub fn has_sealed(spool: &Spool, device: u64, stream: u16) -> Result<bool> {
	let tx = spool.db().begin_read()?;
	Ok(store::next_sealed(&tx, device, stream, 0)?.is_some())
}

/// The page of `request` over `span`, with `account`'s envelopes.
pub fn read(
	spool: &Spool,
	request: &DataRequest,
	span: Span,
	account: Account,
) -> Result<DataAnswer> {
	let (device, stream) = (request.device, request.stream);
	let tx = spool.db().begin_read()?;
	let sealed = store::ciphertexts(&tx, device, stream, request.from, span.to, PAGE as usize)?;
	let index = tx.open_table(INDEX)?;
	let batches = tx.open_table(BATCHES)?;
	let mut records: BTreeMap<u64, (BatchRecord, ChunkedTree)> = BTreeMap::new();
	let mut readings = Vec::with_capacity(sealed.len());
	for (sequence, ciphertext) in sealed {
		let (batch, leaf) = index
			.get((device, stream, sequence))?
			.with_context(|| format!("sealed reading {sequence} is in no batch"))?
			.value();
		if !records.contains_key(&batch) {
			let bytes = batches.get(batch)?.with_context(|| format!("no batch {batch}"))?;
			let record = BatchRecord::decode(&mut bytes.value())?;
			let tree = record.tree();
			records.insert(batch, (record, tree));
		}
		let (record, tree) = records.get(&batch).context("loaded just above")?;
		let reading = record.readings.get(leaf as usize).context("leaf beyond its batch")?;
		readings.push(SealedJson {
			sequence,
			timestamp: reading.timestamp,
			ciphertext: to_hex(&ciphertext, false),
			batch,
			anchor: anchor_of(record),
			leaf_index: leaf,
			siblings: tree.proof(leaf).context("leaf beyond its tree")?,
		});
	}

	let mut epochs = BTreeSet::new();
	let mut batch_json = Vec::with_capacity(records.len());
	for (batch, (record, tree)) in &records {
		let sealing = record
			.sealing(device, stream)
			.with_context(|| format!("batch {batch} did not seal {device}:{stream}"))?;
		epochs.insert(sealing.epoch);
		batch_json.push(BatchJson {
			batch: *batch,
			epoch: sealing.epoch,
			wrapped_key: to_hex(&sealing.wrapped_key, false),
			anchor: anchor_of(record),
			root: tree.root(),
			leaf_count: u32::try_from(record.readings.len()).context("batch too large")?,
		});
	}
	let mut epoch_json = Vec::with_capacity(epochs.len());
	for epoch in epochs {
		let envelope = store::envelope(&tx, device, stream, epoch, account)?;
		epoch_json.push(EpochJson { epoch, envelope: envelope.map(|e| to_hex(&e, false)) });
	}
	let next = match span.to < span.limit {
		true => store::next_sealed(&tx, device, stream, span.to.saturating_add(1))?
			.filter(|n| *n <= span.limit),
		false => None,
	};
	Ok(DataAnswer {
		device,
		stream,
		from: request.from,
		to: span.to,
		next,
		epochs: epoch_json,
		batches: batch_json,
		readings,
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_page_is_bounded_by_its_size_the_request_and_the_grant() {
		let open = DataRequest { device: 1, stream: 0, from: 10, to: None };
		assert_eq!(Span::of(&open, None), Span { to: 10 + PAGE - 1, limit: u64::MAX });
		assert_eq!(Span::of(&open, Some(20)), Span { to: 20, limit: 20 });
		let bounded = DataRequest { to: Some(1_000), ..open };
		assert_eq!(Span::of(&bounded, None), Span { to: 10 + PAGE - 1, limit: 1_000 });
		let far = DataRequest { from: u64::MAX - 1, ..open };
		assert_eq!(Span::of(&far, None).to, u64::MAX);
	}
}
