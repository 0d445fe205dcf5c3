//! The durable spool (redb): accepted readings, the batches cut from them and what became of each
//! batch on chain. A reading is committed here before its sender is answered; a batch keeps its
//! readings for proofs after it is anchored.
//!
//! A private stream's readings are sealed as their batch is cut ([`Sealer`], in the cut's own
//! transaction): the batch keeps only where and when each was measured and the hash of its
//! ciphertext, and the ciphertexts and keys go to the tables of [`crate::private::store`].

use std::{collections::BTreeSet, path::Path, sync::Arc};

use anyhow::{bail, Context, Result};
use codec::{Decode, Encode};
use iot_primitives::{
	device::DeviceSignature,
	telemetry::{Reading, StreamId},
	DeviceId,
};
use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata, TableDefinition};
use sp_core::H256;

use crate::{refusal::Refusal, vouchers::SignedVoucher};

mod record;
mod sealer;

pub use record::{BatchRecord, BatchState};
use sealer::seal_private;
pub use sealer::{NoSealer, Sealer, Spooled};

/// Counters: `next_entry`, `next_batch`.
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
/// Accepted readings not yet in a batch: entry → SCALE `(Reading, received_ms)`, followed by the
/// SCALE `DeviceSignature` for a private stream's reading (sealed with it).
const PENDING: TableDefinition<u64, &[u8]> = TableDefinition::new("pending");
/// The last accepted (sequence, timestamp) of each (device, stream).
const CURSORS: TableDefinition<(u64, u16), (u64, u64)> = TableDefinition::new("cursors");
/// Batches: id → SCALE [`BatchRecord`].
pub(crate) const BATCHES: TableDefinition<u64, &[u8]> = TableDefinition::new("batches");
/// Batches not yet anchored (or refused), in cut order.
const OPEN: TableDefinition<u64, ()> = TableDefinition::new("open");
/// Where each reading went: (device, stream, sequence) → (batch, leaf index).
pub(crate) const INDEX: TableDefinition<(u64, u16, u64), (u64, u32)> =
	TableDefinition::new("index");

/// Vouchers held for settlement: channel → SCALE [`SignedVoucher`] (the newest only).
const VOUCHERS: TableDefinition<u64, &[u8]> = TableDefinition::new("vouchers");

fn encode_pending(reading: &Reading, signature: Option<&DeviceSignature>, now_ms: u64) -> Vec<u8> {
	let mut bytes = (reading, now_ms).encode();
	if let Some(signature) = signature {
		signature.encode_to(&mut bytes);
	}
	bytes
}

fn decode_pending(mut bytes: &[u8]) -> Result<(Reading, u64, Option<DeviceSignature>)> {
	let (reading, received) = <(Reading, u64)>::decode(&mut bytes)?;
	let signature =
		if bytes.is_empty() { None } else { Some(DeviceSignature::decode(&mut bytes)?) };
	Ok((reading, received, signature))
}

/// Where a reading is.
pub enum Location {
	/// Not accepted by this gateway.
	Unknown,
	/// Accepted, not yet in a batch.
	Pending,
	/// In `batch` at `leaf`.
	Batched { batch: u64, leaf: u32, record: BatchRecord },
}

/// Depths for metrics.
#[derive(Default, Clone, Copy, Debug)]
pub struct Depth {
	/// Readings accepted and not yet batched.
	pub pending: u64,
	/// Batches not yet anchored.
	pub open_batches: u64,
	/// Readings in those batches.
	pub open_readings: u64,
}

/// The spool database; clones share it.
#[derive(Clone)]
pub struct Spool {
	db: Arc<Database>,
}

fn next(meta: &mut redb::Table<&str, u64>, key: &str) -> Result<u64> {
	let value = meta.get(key)?.map(|v| v.value()).unwrap_or(0);
	meta.insert(key, value.checked_add(1).context("spool counter overflow")?)?;
	Ok(value)
}

impl Spool {
	/// Opens (or creates) the spool at `path`; fails if another process holds it.
	///
	/// A spool damaged on disk (a torn or scribbled page) is refused with a clear error, or
	/// repaired to its last durable commit: every page's checksum is verified before any table is
	/// read. redb 4 trusts what it reads while opening and checking: on some damage it panics
	/// (found by `fuzz/targets/gateway_spool`: a scribbled table page, an invalid table name in
	/// the allocator's table), so a panic there is turned into the same error.
	pub fn open(path: &Path) -> Result<Self> {
		let damaged = || {
			format!(
				"the spool {} is damaged beyond repair; move it aside (its readings are lost unless \
				 restored from a backup) and start with a new one",
				path.display()
			)
		};
		let opened = std::panic::catch_unwind(|| -> Result<(Database, bool)> {
			let mut db = Database::create(path)
				.with_context(|| format!("opening the spool {}", path.display()))?;
			let intact = db.check_integrity().with_context(damaged)?;
			Ok((db, intact))
		});
		let (db, intact) = opened.map_err(|_| anyhow::anyhow!(damaged()))??;
		if !intact {
			tracing::warn!(spool = %path.display(), "the spool was damaged and repaired to its last durable commit");
		}
		let tx = db.begin_write()?;
		{
			tx.open_table(META)?;
			tx.open_table(PENDING)?;
			tx.open_table(CURSORS)?;
			tx.open_table(BATCHES)?;
			tx.open_table(OPEN)?;
			tx.open_table(INDEX)?;
			tx.open_table(VOUCHERS)?;
			crate::private::store::create(&tx)?;
			crate::history::create(&tx)?;
		}
		tx.commit()?;
		Ok(Self { db: Arc::new(db) })
	}

	/// The database, for the private streams' tables.
	pub(crate) fn db(&self) -> &Database {
		&self.db
	}

	/// Stores the readings that follow their stream's last accepted one (and the chain's cursor,
	/// `chain_last`), in one durable commit; the others are refused. Answers in input order.
	pub fn accept(
		&self,
		readings: Vec<(Reading, Option<(u64, u64)>)>,
		now_ms: u64,
	) -> Result<Vec<Result<(), Refusal>>> {
		self.accept_signed(readings.into_iter().map(|(r, c)| (r, None, c)).collect(), now_ms)
	}

	/// [`Self::accept`], keeping the given signatures with their readings (for private streams,
	/// whose ciphertexts carry them).
	pub fn accept_signed(
		&self,
		readings: Vec<(Reading, Option<DeviceSignature>, Option<(u64, u64)>)>,
		now_ms: u64,
	) -> Result<Vec<Result<(), Refusal>>> {
		let tx = self.db.begin_write()?;
		let mut verdicts = Vec::with_capacity(readings.len());
		{
			let mut meta = tx.open_table(META)?;
			let mut pending = tx.open_table(PENDING)?;
			let mut cursors = tx.open_table(CURSORS)?;
			for (reading, signature, chain_last) in readings {
				let key = (reading.device, reading.stream);
				let ours = cursors.get(key)?.map(|c| c.value());
				let last = match (ours, chain_last) {
					(Some(a), Some(b)) => Some(a.max(b)),
					(a, b) => a.or(b),
				};
				if let Some((last_seq, last_ts)) = last {
					let refusal = if reading.sequence == last_seq {
						Some(Refusal::Duplicate { last: last_seq })
					} else if reading.sequence < last_seq {
						Some(Refusal::OutOfOrder { last: last_seq })
					} else if reading.timestamp < last_ts {
						Some(Refusal::TimeWentBackwards { last: last_ts })
					} else {
						None
					};
					if let Some(refusal) = refusal {
						verdicts.push(Err(refusal));
						continue;
					}
				}
				cursors.insert(key, (reading.sequence, reading.timestamp))?;
				let entry = next(&mut meta, "next_entry")?;
				let value = encode_pending(&reading, signature.as_ref(), now_ms);
				pending.insert(entry, value.as_slice())?;
				verdicts.push(Ok(()));
			}
		}
		tx.commit()?;
		Ok(verdicts)
	}

	/// How many readings wait for a batch, and when the oldest arrived.
	pub fn pending(&self) -> Result<(u64, Option<u64>)> {
		let tx = self.db.begin_read()?;
		let pending = tx.open_table(PENDING)?;
		let oldest = match pending.first()? {
			Some((_, v)) => Some(decode_pending(v.value())?.1),
			None => None,
		};
		Ok((pending.len()?, oldest))
	}

	/// Cuts the oldest pending readings into a batch of at most `max_readings` readings and
	/// `max_streams` streams; `None` if nothing is pending. Every stream is public.
	pub fn cut_batch(
		&self,
		max_readings: usize,
		max_streams: usize,
		now_ms: u64,
	) -> Result<Option<u64>> {
		self.cut_batch_with(max_readings, max_streams, now_ms, &mut NoSealer)
	}

	/// The streams the next [`Self::cut_batch_with`] with these limits would take (to fetch what
	/// sealing them needs before the cut).
	pub fn next_streams(
		&self,
		max_readings: usize,
		max_streams: usize,
	) -> Result<BTreeSet<(DeviceId, StreamId)>> {
		let tx = self.db.begin_read()?;
		let pending = tx.open_table(PENDING)?;
		let mut streams = BTreeSet::new();
		for item in pending.iter()?.take(max_readings) {
			let (reading, _, _) = decode_pending(item?.1.value())?;
			let stream = (reading.device, reading.stream);
			if !streams.contains(&stream) && streams.len() >= max_streams {
				break;
			}
			streams.insert(stream);
		}
		Ok(streams)
	}

	/// [`Self::cut_batch`], sealing the private streams with `sealer` in the same transaction:
	/// their plaintext leaves the spool as the batch is written, or neither happens.
	pub fn cut_batch_with(
		&self,
		max_readings: usize,
		max_streams: usize,
		now_ms: u64,
		sealer: &mut dyn Sealer,
	) -> Result<Option<u64>> {
		let tx = self.db.begin_write()?;
		let id;
		{
			let mut pending = tx.open_table(PENDING)?;
			let mut taken = Vec::new();
			let mut spooled: Vec<Spooled> = Vec::new();
			let mut streams = BTreeSet::new();
			for item in pending.iter()? {
				let (key, value) = item?;
				let (reading, _, signature) = decode_pending(value.value())?;
				let stream = (reading.device, reading.stream);
				if spooled.len() >= max_readings
					|| (!streams.contains(&stream) && streams.len() >= max_streams)
				{
					break;
				}
				streams.insert(stream);
				taken.push(key.value());
				spooled.push((reading, signature));
			}
			if spooled.is_empty() {
				return Ok(None);
			}
			for key in taken {
				pending.remove(key)?;
			}
			let mut meta = tx.open_table(META)?;
			id = next(&mut meta, "next_batch")?;
			let mut index = tx.open_table(INDEX)?;
			for (leaf, (r, _)) in spooled.iter().enumerate() {
				index.insert((r.device, r.stream, r.sequence), (id, leaf as u32))?;
			}
			let (readings, sealed) = seal_private(&tx, id, spooled, sealer)?;
			let mut record = BatchRecord {
				readings,
				root: H256::zero(),
				cut_ms: now_ms,
				state: BatchState::Cut,
				sealed,
			};
			record.root = record.tree().root();
			tx.open_table(BATCHES)?.insert(id, record.encode().as_slice())?;
			tx.open_table(OPEN)?.insert(id, ())?;
		}
		tx.commit()?;
		Ok(Some(id))
	}

	/// Batch `id`'s record.
	pub fn batch(&self, id: u64) -> Result<Option<BatchRecord>> {
		let tx = self.db.begin_read()?;
		let Some(bytes) = tx.open_table(BATCHES)?.get(id)? else { return Ok(None) };
		Ok(Some(BatchRecord::decode(&mut bytes.value())?))
	}

	/// The batches not yet anchored, oldest first.
	pub fn open_batches(&self) -> Result<Vec<(u64, BatchRecord)>> {
		let tx = self.db.begin_read()?;
		let open = tx.open_table(OPEN)?;
		let batches = tx.open_table(BATCHES)?;
		let mut out = Vec::new();
		for item in open.iter()? {
			let id = item?.0.value();
			let Some(bytes) = batches.get(id)? else { bail!("open batch {id} has no record") };
			out.push((id, BatchRecord::decode(&mut bytes.value())?));
		}
		Ok(out)
	}

	/// Records what became of batch `id`; anchored and refused batches leave the open list.
	pub fn set_state(&self, id: u64, state: BatchState) -> Result<()> {
		let tx = self.db.begin_write()?;
		{
			let mut batches = tx.open_table(BATCHES)?;
			let mut record = match batches.get(id)? {
				Some(bytes) => BatchRecord::decode(&mut bytes.value())?,
				None => bail!("no batch {id}"),
			};
			let closed = !matches!(state, BatchState::Cut | BatchState::Submitted { .. });
			record.state = state;
			batches.insert(id, record.encode().as_slice())?;
			if closed {
				tx.open_table(OPEN)?.remove(id)?;
			}
		}
		tx.commit()?;
		Ok(())
	}

	/// Where the reading `(device, stream, sequence)` is.
	pub fn locate(&self, device: DeviceId, stream: u16, sequence: u64) -> Result<Location> {
		let tx = self.db.begin_read()?;
		if let Some(at) = tx.open_table(INDEX)?.get((device, stream, sequence))? {
			let (batch, leaf) = at.value();
			let Some(bytes) = tx.open_table(BATCHES)?.get(batch)? else {
				bail!("indexed batch {batch} has no record")
			};
			let record = BatchRecord::decode(&mut bytes.value())?;
			return Ok(Location::Batched { batch, leaf, record });
		}
		for item in tx.open_table(PENDING)?.iter()? {
			let (r, _, _) = decode_pending(item?.1.value())?;
			if (r.device, r.stream, r.sequence) == (device, stream, sequence) {
				return Ok(Location::Pending);
			}
		}
		Ok(Location::Unknown)
	}

	/// Holds `voucher` unless a voucher of its channel with this or a higher nonce is held;
	/// answers whether it was kept.
	pub fn keep_voucher(&self, voucher: &SignedVoucher) -> Result<bool> {
		let tx = self.db.begin_write()?;
		let kept = {
			let mut table = tx.open_table(VOUCHERS)?;
			let channel = voucher.voucher.channel;
			let held = match table.get(channel)? {
				Some(bytes) => Some(SignedVoucher::decode(&mut bytes.value())?),
				None => None,
			};
			let newer = held.is_none_or(|h| h.voucher.nonce < voucher.voucher.nonce);
			if newer {
				table.insert(channel, voucher.encode().as_slice())?;
			}
			newer
		};
		tx.commit()?;
		Ok(kept)
	}

	/// Whether a voucher of `voucher`'s channel with this or a higher nonce is held.
	pub fn holds_newer(&self, voucher: &SignedVoucher) -> Result<bool> {
		let tx = self.db.begin_read()?;
		let Some(bytes) = tx.open_table(VOUCHERS)?.get(voucher.voucher.channel)? else {
			return Ok(false);
		};
		Ok(SignedVoucher::decode(&mut bytes.value())?.voucher.nonce >= voucher.voucher.nonce)
	}

	/// Up to `limit` held vouchers, by channel.
	pub fn vouchers(&self, limit: usize) -> Result<Vec<SignedVoucher>> {
		let tx = self.db.begin_read()?;
		let table = tx.open_table(VOUCHERS)?;
		let mut out = Vec::new();
		for item in table.iter()?.take(limit) {
			out.push(SignedVoucher::decode(&mut item?.1.value())?);
		}
		Ok(out)
	}

	/// Forgets the held vouchers that are still exactly these (a newer one posted meanwhile
	/// stays).
	pub fn forget_vouchers(&self, settled: &[SignedVoucher]) -> Result<()> {
		let tx = self.db.begin_write()?;
		{
			let mut table = tx.open_table(VOUCHERS)?;
			for voucher in settled {
				let channel = voucher.voucher.channel;
				let same = match table.get(channel)? {
					Some(bytes) => SignedVoucher::decode(&mut bytes.value())? == *voucher,
					None => false,
				};
				if same {
					table.remove(channel)?;
				}
			}
		}
		tx.commit()?;
		Ok(())
	}

	/// When the oldest batch not yet anchored was cut.
	pub fn oldest_open_ms(&self) -> Result<Option<u64>> {
		let tx = self.db.begin_read()?;
		let open = tx.open_table(OPEN)?;
		let Some(first) = open.first()? else { return Ok(None) };
		let id = first.0.value();
		let Some(bytes) = tx.open_table(BATCHES)?.get(id)? else { return Ok(None) };
		Ok(Some(BatchRecord::decode(&mut bytes.value())?.cut_ms))
	}

	/// How much waits, for metrics and for `replay` to know when it is done.
	pub fn depth(&self) -> Result<Depth> {
		let tx = self.db.begin_read()?;
		let open = tx.open_table(OPEN)?;
		let batches = tx.open_table(BATCHES)?;
		let mut open_readings = 0u64;
		for item in open.iter()? {
			let id = item?.0.value();
			if let Some(bytes) = batches.get(id)? {
				// The readings vector's length prefix, without decoding the readings.
				let len = codec::Compact::<u32>::decode(&mut bytes.value())?.0;
				open_readings = open_readings.saturating_add(len.into());
			}
		}
		Ok(Depth {
			pending: tx.open_table(PENDING)?.len()?,
			open_batches: open.len()?,
			open_readings,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use iot_primitives::telemetry::ReadingValue;

	fn reading(device: u64, stream: u16, sequence: u64) -> Reading {
		Reading {
			device,
			stream,
			sequence,
			timestamp: 1_000 + sequence,
			value: ReadingValue::Scalar(sequence as i64),
			salt: None,
		}
	}

	fn spool() -> (Spool, std::path::PathBuf) {
		let dir = std::env::temp_dir().join(format!(
			"iot-gw-spool-{}-{:?}",
			std::process::id(),
			std::thread::current().id()
		));
		let _ = std::fs::remove_file(&dir);
		(Spool::open(&dir).unwrap(), dir)
	}

	#[test]
	fn accepts_in_order_and_refuses_duplicates_gaps_back_and_below_the_chain() {
		let (spool, path) = spool();
		let verdicts = spool
			.accept(
				vec![
					(reading(1, 0, 5), None),
					(reading(1, 0, 5), None),
					(reading(1, 0, 4), None),
					(Reading { timestamp: 1, ..reading(1, 0, 9) }, None),
					(reading(1, 0, 7), None),
					(reading(2, 0, 3), Some((3, 0))),
					(reading(2, 0, 4), Some((3, 0))),
				],
				0,
			)
			.unwrap();
		assert_eq!(
			verdicts,
			vec![
				Ok(()),
				Err(Refusal::Duplicate { last: 5 }),
				Err(Refusal::OutOfOrder { last: 5 }),
				Err(Refusal::TimeWentBackwards { last: 1005 }),
				Ok(()),
				Err(Refusal::Duplicate { last: 3 }),
				Ok(()),
			]
		);
		assert_eq!(spool.pending().unwrap().0, 3);
		drop(spool);
		let _ = std::fs::remove_file(path);
	}

	#[test]
	fn batches_respect_limits_survive_reopening_and_locate_readings() {
		let (spool, path) = spool();
		let readings = (0..10).map(|i| (reading(i % 3, 0, 10 + i), None)).collect();
		spool.accept(readings, 7).unwrap();
		assert_eq!(spool.cut_batch(4, 10, 8).unwrap(), Some(0));
		assert_eq!(spool.cut_batch(100, 2, 8).unwrap(), Some(1));
		drop(spool);
		let spool = Spool::open(&path).unwrap();
		let open = spool.open_batches().unwrap();
		// The second batch stops before a third stream: devices 1 and 2, then device 0 again.
		assert_eq!(open.iter().map(|(_, b)| b.readings.len()).collect::<Vec<_>>(), vec![4, 2]);
		assert_eq!(open[1].1.readings.iter().map(|r| r.device).collect::<Vec<_>>(), vec![1, 2]);
		assert_eq!(spool.depth().unwrap().open_readings, 6);
		spool.set_state(0, BatchState::Anchored { anchor: 3 }).unwrap();
		assert_eq!(spool.open_batches().unwrap().len(), 1);
		match spool.locate(2, 0, 12).unwrap() {
			Location::Batched { batch: 0, leaf, record } => {
				assert_eq!(record.readings[leaf as usize], reading(2, 0, 12));
				assert_eq!(record.state, BatchState::Anchored { anchor: 3 });
			}
			_ => panic!("not located"),
		}
		assert!(matches!(spool.locate(2, 0, 18).unwrap(), Location::Pending));
		assert!(matches!(spool.locate(2, 0, 99).unwrap(), Location::Unknown));
		assert_eq!(spool.cut_batch(100, 10, 9).unwrap(), Some(2));
		assert_eq!(spool.cut_batch(100, 10, 9).unwrap(), None);
		drop(spool);
		let _ = std::fs::remove_file(path);
	}

	/// Found by the spool fuzzer: a spool with a scribbled page panicked redb inside `open`
	/// (`unreachable!` in its b-tree). Now every page is checked first: the damage is refused
	/// with an error or repaired, and an intact spool reopens whole.
	#[test]
	fn a_scribbled_spool_is_refused_or_repaired_never_a_panic() {
		let (spool, path) = spool();
		let readings = (0..8).map(|i| (reading(1, 0, i), None)).collect();
		assert!(spool.accept(readings, 1_000).unwrap().iter().all(Result::is_ok));
		drop(spool);
		let intact = std::fs::read(&path).unwrap();
		assert_eq!(Spool::open(&path).unwrap().pending().unwrap().0, 8);

		let mut bytes = intact.clone();
		bytes[0x1010] = 0xff;
		bytes[0x40] = 0;
		std::fs::write(&path, &bytes).unwrap();
		match Spool::open(&path) {
			Err(e) => {
				let message = format!("{e:#}");
				assert!(message.contains("spool"), "{message}");
				assert!(message.contains("damaged") || message.contains("corrupted"), "{message}");
			}
			Ok(spool) => {
				let _ = spool.pending();
			}
		}
		let _ = std::fs::remove_file(&path);
	}
}
