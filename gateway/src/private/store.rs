//! The spool's tables for private streams: each stream's current epoch (with its key), the
//! envelopes sealed per epoch and reader, and the ciphertexts of sealed readings.
//!
//! They are written in the same redb transaction as the batch they belong to, so a crash never
//! leaves a batch whose keys or ciphertexts are missing, nor a key for a batch that was not cut.

use anyhow::{Context, Result};
use codec::{Decode, Encode};
use iot_data_crypto::WRAPPED_KEY_LEN;
use iot_primitives::{telemetry::StreamId, DeviceId};
use redb::{ReadTransaction, ReadableTable, TableDefinition, WriteTransaction};

use super::epochs::{Account, EpochState};

/// Each private stream's current epoch: (device, stream) → SCALE [`EpochState`]. Holds the
/// epoch key: read only by the sealer, never served.
const EPOCHS: TableDefinition<(u64, u16), &[u8]> = TableDefinition::new("private_epochs");
/// Envelopes: (device, stream, epoch, account) → the epoch key sealed to the account's key.
const ENVELOPES: TableDefinition<(u64, u16, u32, [u8; 32]), &[u8]> =
	TableDefinition::new("private_envelopes");
/// Ciphertexts: (device, stream, sequence) → `nonce || ciphertext || tag`.
const CIPHERTEXTS: TableDefinition<(u64, u16, u64), &[u8]> =
	TableDefinition::new("private_ciphertexts");

/// How a batch sealed one private stream: kept in the batch's record.
#[derive(Encode, Decode, Clone, Debug, PartialEq, Eq)]
pub struct SealedStream {
	/// The device.
	pub device: DeviceId,
	/// The stream.
	pub stream: StreamId,
	/// The local epoch whose key wraps the batch's data key.
	pub epoch: u32,
	/// The batch's data key for this stream, wrapped under the epoch key.
	pub wrapped_key: [u8; WRAPPED_KEY_LEN],
}

/// Creates the tables (at spool start-up, so that readers find them).
pub fn create(tx: &WriteTransaction) -> Result<()> {
	tx.open_table(EPOCHS)?;
	tx.open_table(ENVELOPES)?;
	tx.open_table(CIPHERTEXTS)?;
	Ok(())
}

/// The stream's current epoch, if it has one.
pub fn epoch(
	tx: &WriteTransaction,
	device: DeviceId,
	stream: StreamId,
) -> Result<Option<EpochState>> {
	let table = tx.open_table(EPOCHS)?;
	let Some(bytes) = table.get((device, stream))? else { return Ok(None) };
	let state = EpochState::decode(&mut bytes.value())
		.with_context(|| format!("the epoch record of {device}:{stream} does not decode"))?;
	Ok(Some(state))
}

/// Replaces the stream's current epoch (a superseded key is overwritten).
pub fn set_epoch(
	tx: &WriteTransaction,
	device: DeviceId,
	stream: StreamId,
	state: &EpochState,
) -> Result<()> {
	let bytes = zeroize::Zeroizing::new(state.encode());
	tx.open_table(EPOCHS)?.insert((device, stream), bytes.as_slice())?;
	Ok(())
}

/// Stores `account`'s envelope for `epoch` of the stream.
pub fn put_envelope(
	tx: &WriteTransaction,
	device: DeviceId,
	stream: StreamId,
	epoch: u32,
	account: Account,
	envelope: &[u8],
) -> Result<()> {
	tx.open_table(ENVELOPES)?.insert((device, stream, epoch, account), envelope)?;
	Ok(())
}

/// Stores a sealed reading's ciphertext.
pub fn put_ciphertext(
	tx: &WriteTransaction,
	device: DeviceId,
	stream: StreamId,
	sequence: u64,
	ciphertext: &[u8],
) -> Result<()> {
	tx.open_table(CIPHERTEXTS)?.insert((device, stream, sequence), ciphertext)?;
	Ok(())
}

/// `account`'s envelope for `epoch` of the stream, if one was sealed to it.
pub fn envelope(
	tx: &ReadTransaction,
	device: DeviceId,
	stream: StreamId,
	epoch: u32,
	account: Account,
) -> Result<Option<Vec<u8>>> {
	let table = tx.open_table(ENVELOPES)?;
	Ok(table.get((device, stream, epoch, account))?.map(|v| v.value().to_vec()))
}

/// Up to `limit` ciphertexts of the stream with sequences in `from..=to`, in sequence order.
pub fn ciphertexts(
	tx: &ReadTransaction,
	device: DeviceId,
	stream: StreamId,
	from: u64,
	to: u64,
	limit: usize,
) -> Result<Vec<(u64, Vec<u8>)>> {
	let table = tx.open_table(CIPHERTEXTS)?;
	let mut out = Vec::new();
	for item in table.range((device, stream, from)..=(device, stream, to))?.take(limit) {
		let (key, value) = item?;
		out.push((key.value().2, value.value().to_vec()));
	}
	Ok(out)
}

/// The first sealed sequence of the stream at or after `from`.
pub fn next_sealed(
	tx: &ReadTransaction,
	device: DeviceId,
	stream: StreamId,
	from: u64,
) -> Result<Option<u64>> {
	let table = tx.open_table(CIPHERTEXTS)?;
	let mut range = table.range((device, stream, from)..=(device, stream, u64::MAX))?;
	Ok(range.next().transpose()?.map(|(key, _)| key.value().2))
}
