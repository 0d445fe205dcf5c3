//! Sealing a batch's private streams inside the transaction that cuts it.

use std::collections::BTreeMap;

use anyhow::{bail, ensure, Result};
use iot_primitives::{
	device::DeviceSignature,
	telemetry::{Reading, ReadingValue, StreamId},
	DeviceId,
};
use redb::WriteTransaction;
use sp_core::H256;

use crate::private::store::SealedStream;

/// A reading as the spool holds it while it waits for a batch.
pub type Spooled = (Reading, Option<DeviceSignature>);

/// Encrypts a batch's private streams as it is cut, inside the cut's transaction.
pub trait Sealer {
	/// Whether `device`'s `stream` is sealed.
	fn is_private(&self, device: DeviceId, stream: StreamId) -> bool;

	/// Seals the `readings` of one private stream for batch `batch`, writing its keys and
	/// ciphertexts with `tx`; answers how, and each reading's ciphertext hash in order.
	fn seal(
		&mut self,
		tx: &WriteTransaction,
		batch: u64,
		readings: &[Spooled],
	) -> Result<(SealedStream, Vec<H256>)>;
}

/// Seals nothing: every stream is public.
pub struct NoSealer;

impl Sealer for NoSealer {
	fn is_private(&self, _: DeviceId, _: StreamId) -> bool {
		false
	}

	fn seal(
		&mut self,
		_: &WriteTransaction,
		_: u64,
		_: &[Spooled],
	) -> Result<(SealedStream, Vec<H256>)> {
		bail!("no stream is private")
	}
}

/// Seals the private streams of a batch being cut: answers its readings as the record keeps
/// them, and how each private stream was sealed.
pub(super) fn seal_private(
	tx: &WriteTransaction,
	batch: u64,
	spooled: Vec<Spooled>,
	sealer: &mut dyn Sealer,
) -> Result<(Vec<Reading>, Vec<SealedStream>)> {
	let mut groups: BTreeMap<(DeviceId, StreamId), Vec<usize>> = BTreeMap::new();
	for (i, (r, _)) in spooled.iter().enumerate() {
		if sealer.is_private(r.device, r.stream) {
			groups.entry((r.device, r.stream)).or_default().push(i);
		}
	}
	let mut sealed = Vec::with_capacity(groups.len());
	let mut hashes: BTreeMap<usize, H256> = BTreeMap::new();
	for positions in groups.into_values() {
		let items: Vec<Spooled> =
			positions.iter().filter_map(|&i| spooled.get(i).cloned()).collect();
		let (sealing, ciphertexts) = sealer.seal(tx, batch, &items)?;
		ensure!(ciphertexts.len() == positions.len(), "the sealer answered a hash per reading");
		hashes.extend(positions.into_iter().zip(ciphertexts));
		sealed.push(sealing);
	}
	let readings = spooled
		.into_iter()
		.enumerate()
		.map(|(i, (reading, _))| match hashes.get(&i) {
			// The plaintext goes; where and when stay, as the anchor's range says anyway.
			Some(hash) => {
				Reading { value: ReadingValue::PayloadHash(*hash), salt: None, ..reading }
			}
			None => reading,
		})
		.collect();
	Ok((readings, sealed))
}
