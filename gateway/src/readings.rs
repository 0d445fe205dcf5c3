//! `GET /readings/<device>/<stream>?from=&to=&limit=`: a page of a stream's batched readings, in
//! sequence order, each with the anchor that holds it (if any), for plots and explorers.
//!
//! Pages are cut by sequence number: `from` and `to` are inclusive sequences (default: the whole
//! stream), `limit` caps the page (default [`DEFAULT_LIMIT`], at most [`MAX_LIMIT`]), and `next`
//! is the sequence to ask from for the following page, or `null` at the end. Readings of a
//! private stream are listed without their values (`sealed: true`); their plaintext is served
//! to their readers only (`GET /data/…`). Readings not yet cut into a batch are not listed.

use std::collections::{hash_map::Entry, HashMap};

use anyhow::{Context, Result};
use codec::Decode;
use iot_primitives::{telemetry::SignedReading, DeviceId};
use redb::ReadableDatabase;
use serde::Serialize;

use crate::{
	spool::{BatchRecord, BatchState, Spool, BATCHES, INDEX},
	wire::ReadingJson,
};

/// Readings per page unless `limit` says otherwise.
pub const DEFAULT_LIMIT: usize = 1_000;
/// The largest page.
pub const MAX_LIMIT: usize = 10_000;

/// What the query string asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageQuery {
	pub from: u64,
	pub to: u64,
	pub limit: usize,
}

impl PageQuery {
	/// Parses `from=&to=&limit=` (any order, each optional); unknown keys are refused.
	pub fn parse(query: Option<&str>) -> Result<Self, String> {
		let mut page = Self { from: 0, to: u64::MAX, limit: DEFAULT_LIMIT };
		for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
			let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
			let number = || value.parse::<u64>().map_err(|_| format!("{key}: not a number"));
			match key {
				"from" => page.from = number()?,
				"to" => page.to = number()?,
				"limit" => {
					page.limit = usize::try_from(number()?).unwrap_or(MAX_LIMIT).clamp(1, MAX_LIMIT)
				}
				other => return Err(format!("unknown parameter {other}: want from, to, limit")),
			}
		}
		if page.from > page.to {
			return Err("from is after to".into());
		}
		Ok(page)
	}
}

/// One listed reading.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Listed {
	/// The reading (without its signature); for a sealed reading its value is the hash of its
	/// ciphertext.
	pub reading: ReadingJson,
	/// The spool's batch that holds it.
	pub batch: u64,
	/// `anchored`, `open` (cut, not yet anchored) or `refused`.
	pub state: &'static str,
	/// The anchor that committed its batch, once anchored.
	pub anchor: Option<u64>,
	/// Its leaf index in that batch.
	pub leaf: u32,
	/// Whether it is a private stream's sealed reading.
	pub sealed: bool,
}

/// A page of readings.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Page {
	pub device: DeviceId,
	pub stream: u16,
	pub readings: Vec<Listed>,
	/// Where the next page starts, or `None` at the end of the range.
	pub next: Option<u64>,
}

/// The page `query` of `device`'s `stream`.
pub fn page(spool: &Spool, device: DeviceId, stream: u16, query: PageQuery) -> Result<Page> {
	let tx = spool.db().begin_read()?;
	let index = tx.open_table(INDEX)?;
	let batches = tx.open_table(BATCHES)?;
	let mut records: HashMap<u64, BatchRecord> = HashMap::new();
	let mut readings = Vec::with_capacity(query.limit.min(DEFAULT_LIMIT));
	let mut next = None;
	for entry in index.range((device, stream, query.from)..=(device, stream, query.to))? {
		let (key, at) = entry?;
		let (_, _, sequence) = key.value();
		if readings.len() == query.limit {
			next = Some(sequence);
			break;
		}
		let (batch, leaf) = at.value();
		let record = match records.entry(batch) {
			Entry::Occupied(e) => e.into_mut(),
			Entry::Vacant(e) => {
				let bytes =
					batches.get(batch)?.with_context(|| format!("batch {batch} has no record"))?;
				e.insert(BatchRecord::decode(&mut bytes.value())?)
			}
		};
		let reading = record
			.readings
			.get(leaf as usize)
			.with_context(|| format!("leaf {leaf} beyond batch {batch}"))?
			.clone();
		let (state, anchor) = match record.state {
			BatchState::Anchored { anchor } => ("anchored", Some(anchor)),
			BatchState::Refused { .. } => ("refused", None),
			_ => ("open", None),
		};
		readings.push(Listed {
			sealed: record.sealing(device, stream).is_some(),
			reading: ReadingJson::from(&SignedReading { reading, signature: None }),
			batch,
			state,
			anchor,
			leaf,
		});
	}
	Ok(Page { device, stream, readings, next })
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn queries_parse_with_defaults_and_bounds() {
		assert_eq!(
			PageQuery::parse(None),
			Ok(PageQuery { from: 0, to: u64::MAX, limit: DEFAULT_LIMIT })
		);
		assert_eq!(
			PageQuery::parse(Some("to=9&from=3&limit=2")),
			Ok(PageQuery { from: 3, to: 9, limit: 2 })
		);
		assert_eq!(PageQuery::parse(Some("limit=0")).map(|q| q.limit), Ok(1));
		assert_eq!(PageQuery::parse(Some("limit=99999999")).map(|q| q.limit), Ok(MAX_LIMIT));
		assert!(PageQuery::parse(Some("from=9&to=3")).is_err());
		assert!(PageQuery::parse(Some("from=x")).is_err());
		assert!(PageQuery::parse(Some("since=1")).is_err());
	}
}
