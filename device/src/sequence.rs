//! Sequence numbers that survive reboots and power loss.
//!
//! A reading's sequence number must never repeat: the gateway refuses a duplicate and the chain
//! an overlapping range, so a device that forgot where it was after a power cut would be shut out
//! (or, worse, would sign two different readings with one number). Writing flash for every
//! reading wears it out, so the store **leases** numbers: before handing out a number at or past
//! the persisted mark, it persists `mark = number + lease`; after a reboot each stream starts at
//! its persisted mark. A power cut wastes at most `lease` numbers (a gap the chain reports) and
//! never reuses one.
//!
//! Records go to two flash slots in turn, each with a generation and a checksum, so a write torn
//! by a power cut leaves the other slot, and the previous mark, intact.

use iot_encoding::hash::blake2_256_parts;

use crate::Error;

/// The bytes of one record.
pub const RECORD_LEN: usize = 128;
/// The most streams one device keeps numbers for.
pub const MAX_STREAMS: usize = 8;

const MAGIC: [u8; 4] = *b"IOTS";
const ENTRY_LEN: usize = 10;
const ENTRIES_AT: usize = 9;
const CHECKSUM_AT: usize = RECORD_LEN - 8;

/// Two record slots of flash (two sectors, or two pages of one).
pub trait Flash {
	/// Reads slot `slot` (0 or 1). A slot never written may hold anything.
	fn read(&mut self, slot: u8, record: &mut [u8; RECORD_LEN]) -> Result<(), Error>;
	/// Erases slot `slot` and writes `record` into it.
	fn write(&mut self, slot: u8, record: &[u8; RECORD_LEN]) -> Result<(), Error>;
}

#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
struct Entry {
	stream: u16,
	next: u64,
	persisted: u64,
}

/// The sequence numbers of a device's streams, persisted in [`Flash`].
pub struct Sequences<F> {
	flash: F,
	lease: u64,
	generation: u32,
	entries: [Entry; MAX_STREAMS],
	len: usize,
}

impl<F: Flash> Sequences<F> {
	/// Loads the newest intact record from `flash` (none on a new device: every stream starts at
	/// 0); streams continue at their persisted marks. `lease` numbers are persisted at a time
	/// (at least 1).
	pub fn open(mut flash: F, lease: u64) -> Result<Self, Error> {
		let mut best: Option<(u32, [u8; RECORD_LEN])> = None;
		for slot in 0..2 {
			let mut record = [0u8; RECORD_LEN];
			flash.read(slot, &mut record)?;
			if let Some(generation) = check(&record) {
				if best.as_ref().is_none_or(|(g, _)| generation > *g) {
					best = Some((generation, record));
				}
			}
		}
		let mut store = Self {
			flash,
			lease: lease.max(1),
			generation: 0,
			entries: [Entry::default(); MAX_STREAMS],
			len: 0,
		};
		if let Some((generation, record)) = best {
			store.generation = generation;
			store.len = usize::from(record[8]);
			for (i, entry) in store.entries[..store.len].iter_mut().enumerate() {
				let at = ENTRIES_AT + i * ENTRY_LEN;
				let stream = u16::from_le_bytes([record[at], record[at + 1]]);
				let mut mark = [0u8; 8];
				mark.copy_from_slice(&record[at + 2..at + ENTRY_LEN]);
				let mark = u64::from_le_bytes(mark);
				*entry = Entry { stream, next: mark, persisted: mark };
			}
		}
		Ok(store)
	}

	/// The next sequence number of `stream`, persisted before it is answered.
	pub fn next(&mut self, stream: u16) -> Result<u64, Error> {
		let (index, inserted) =
			match self.entries[..self.len].iter().position(|e| e.stream == stream) {
				Some(i) => (i, false),
				None => {
					let i = self.len;
					*self.entries.get_mut(i).ok_or(Error::TooManyStreams)? =
						Entry { stream, next: 0, persisted: 0 };
					self.len = i + 1;
					(i, true)
				}
			};
		let entry = self.entries[index];
		let following = entry.next.checked_add(1).ok_or(Error::SequenceExhausted)?;
		if entry.next >= entry.persisted {
			self.entries[index].persisted = entry.next.saturating_add(self.lease);
			if let Err(e) = self.persist() {
				// Not persisted, so not handed out: memory goes back to what flash holds.
				self.entries[index] = entry;
				if inserted {
					self.len = index;
				}
				return Err(e);
			}
		}
		self.entries[index].next = following;
		Ok(entry.next)
	}

	/// The next number `stream` would get, without taking it.
	pub fn peek(&self, stream: u16) -> u64 {
		self.entries[..self.len].iter().find(|e| e.stream == stream).map_or(0, |e| e.next)
	}

	/// Gives the flash back (for a test that reboots the device).
	pub fn into_flash(self) -> F {
		self.flash
	}

	fn persist(&mut self) -> Result<(), Error> {
		let generation = self.generation.checked_add(1).ok_or(Error::Storage)?;
		let mut record = [0xffu8; RECORD_LEN];
		record[..4].copy_from_slice(&MAGIC);
		record[4..8].copy_from_slice(&generation.to_le_bytes());
		record[8] = self.len as u8;
		for (i, entry) in self.entries[..self.len].iter().enumerate() {
			let at = ENTRIES_AT + i * ENTRY_LEN;
			record[at..at + 2].copy_from_slice(&entry.stream.to_le_bytes());
			record[at + 2..at + ENTRY_LEN].copy_from_slice(&entry.persisted.to_le_bytes());
		}
		let sum = blake2_256_parts(&[&record[..CHECKSUM_AT]]);
		record[CHECKSUM_AT..].copy_from_slice(&sum[..8]);
		self.flash.write((generation % 2) as u8, &record)?;
		self.generation = generation;
		Ok(())
	}
}

/// The generation of an intact record, `None` for a torn, erased or foreign one.
fn check(record: &[u8; RECORD_LEN]) -> Option<u32> {
	let sum = blake2_256_parts(&[&record[..CHECKSUM_AT]]);
	if record[..4] != MAGIC
		|| record[CHECKSUM_AT..] != sum[..8]
		|| usize::from(record[8]) > MAX_STREAMS
	{
		return None;
	}
	Some(u32::from_le_bytes([record[4], record[5], record[6], record[7]]))
}
