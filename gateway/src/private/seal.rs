//! Sealing a batch's private streams as the batch is cut (the spool's [`Sealer`]).
//!
//! Per stream and batch: the epoch is kept or renewed as [`super::epochs::plan`] decides, the
//! epoch key is sealed to each new recipient, a fresh data key is wrapped under it, and each
//! reading's SCALE `SignedReading` (the device's signature included, so that a reader can check
//! it) is encrypted under the data key. Everything is written in the cut's transaction.

use std::collections::HashMap;

use anyhow::{ensure, Context, Result};
use codec::Encode;
use iot_data_crypto::{
	encrypt_reading, seal_epoch_key, wrap_data_key, DataKey, EpochKey, StreamRef,
};
use iot_primitives::{
	telemetry::{SignedReading, StreamId},
	DeviceId,
};
use redb::WriteTransaction;
use sp_core::H256;
use zeroize::Zeroizing;

use super::{
	epochs::{plan, Audience, EpochState, Plan, Recipient},
	store::{self, SealedStream},
	PrivateStreams, StreamKey,
};
use crate::spool::{Sealer, Spooled};

/// What one cut sealed, for logs and metrics.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SealReport {
	/// Readings encrypted.
	pub readings: u64,
	/// Epoch keys started.
	pub epochs: u64,
	/// Envelopes sealed.
	pub envelopes: u64,
	/// Published keys nothing can be sealed to (low-order points), skipped.
	pub unusable_keys: u64,
}

/// Seals the private streams of one cut with the audiences read just before it.
pub struct BatchSealer<'a> {
	streams: &'a PrivateStreams,
	audiences: HashMap<(DeviceId, StreamId), Audience>,
	/// What was sealed so far.
	pub report: SealReport,
}

impl<'a> BatchSealer<'a> {
	/// A sealer for `streams` whose readers are `audiences` (every private stream the cut takes
	/// must have one).
	pub fn new(
		streams: &'a PrivateStreams,
		audiences: HashMap<(DeviceId, StreamId), Audience>,
	) -> Self {
		Self { streams, audiences, report: SealReport::default() }
	}

	/// Seals `key` (of `state`'s epoch) to each of `recipients` and records them in `state`.
	fn seal_to(
		&mut self,
		tx: &WriteTransaction,
		stream: StreamKey,
		state: &mut EpochState,
		key: &EpochKey,
		recipients: Vec<Recipient>,
	) -> Result<()> {
		for recipient in recipients {
			match seal_epoch_key(key, &recipient.key, stream.stream_ref(), state.epoch) {
				Ok(envelope) => {
					let bytes = envelope.to_bytes();
					let (device, id) = (stream.device, stream.stream);
					store::put_envelope(tx, device, id, state.epoch, recipient.account, &bytes)?;
					state.sealed_to.push(recipient);
					self.report.envelopes += 1;
				}
				// The chain refuses such keys; one that slipped through must not stop the stream.
				Err(iot_data_crypto::Error::InvalidPublicKey) => {
					tracing::warn!(%stream, "a reader's published key is unusable; nothing sealed to it");
					self.report.unusable_keys += 1;
				}
				Err(e) => return Err(e.into()),
			}
		}
		Ok(())
	}

	/// The stream's epoch for a batch of `first..=last`, renewed or extended as the plan says.
	fn epoch_for(
		&mut self,
		tx: &WriteTransaction,
		stream: StreamKey,
		first: u64,
		last: u64,
	) -> Result<EpochState> {
		let audience = self
			.audiences
			.get(&(stream.device, stream.stream))
			.with_context(|| format!("the readers of {stream} were not read before the cut"))?
			.clone();
		let current = store::epoch(tx, stream.device, stream.stream)?;
		match plan(current.as_ref(), &audience, first, last) {
			Plan::NewEpoch { reason, recipients } => {
				let epoch = match &current {
					Some(c) => c.epoch.checked_add(1).context("epoch counter overflow")?,
					None => 0,
				};
				let key = EpochKey::generate()?;
				let mut state = EpochState {
					epoch,
					key: *key.as_bytes(),
					chain_epoch: audience.chain_epoch,
					first_sequence: first,
					sealed_to: Vec::new(),
				};
				self.seal_to(tx, stream, &mut state, &key, recipients)?;
				self.report.epochs += 1;
				tracing::info!(
					%stream,
					epoch,
					reason = reason.label(),
					recipients = state.sealed_to.len(),
					"new epoch key"
				);
				Ok(state)
			}
			Plan::Keep { added } => {
				let mut state = current.context("a kept epoch exists")?;
				state.chain_epoch = audience.chain_epoch;
				state.first_sequence = state.first_sequence.min(first);
				let key = EpochKey::from_bytes(state.key);
				self.seal_to(tx, stream, &mut state, &key, added)?;
				Ok(state)
			}
		}
	}
}

impl Sealer for BatchSealer<'_> {
	fn is_private(&self, device: DeviceId, stream: StreamId) -> bool {
		self.streams.contains(device, stream)
	}

	fn seal(
		&mut self,
		tx: &WriteTransaction,
		batch: u64,
		readings: &[Spooled],
	) -> Result<(SealedStream, Vec<H256>)> {
		let (head, _) = readings.first().context("nothing to seal")?;
		let stream = StreamKey { device: head.device, stream: head.stream };
		ensure!(
			readings.iter().all(|(r, _)| (r.device, r.stream) == (head.device, head.stream)),
			"one stream's readings at a time"
		);
		let first = readings.iter().map(|(r, _)| r.sequence).min().unwrap_or(head.sequence);
		let last = readings.iter().map(|(r, _)| r.sequence).max().unwrap_or(head.sequence);
		let state = self.epoch_for(tx, stream, first, last)?;
		store::set_epoch(tx, stream.device, stream.stream, &state)?;

		let epoch_key = EpochKey::from_bytes(state.key);
		let data_key = DataKey::generate()?;
		let wrapped =
			wrap_data_key(&data_key, &epoch_key, stream.stream_ref(), state.epoch, batch)?;
		let hashes = encrypt_all(tx, &data_key, stream, readings)?;
		self.report.readings += hashes.len() as u64;
		let sealing = SealedStream {
			device: stream.device,
			stream: stream.stream,
			epoch: state.epoch,
			wrapped_key: wrapped.to_bytes(),
		};
		Ok((sealing, hashes))
	}
}

/// Encrypts and stores each reading; answers the hashes of the ciphertexts, in order.
fn encrypt_all(
	tx: &WriteTransaction,
	data_key: &DataKey,
	stream: StreamKey,
	readings: &[Spooled],
) -> Result<Vec<H256>> {
	let context: StreamRef = stream.stream_ref();
	let mut hashes = Vec::with_capacity(readings.len());
	for (reading, signature) in readings {
		let signed = SignedReading { reading: reading.clone(), signature: signature.clone() };
		let plaintext = Zeroizing::new(signed.encode());
		let ciphertext = encrypt_reading(data_key, context, reading.sequence, &plaintext)?;
		store::put_ciphertext(tx, stream.device, stream.stream, reading.sequence, &ciphertext)?;
		hashes.push(H256(sp_crypto_hashing::blake2_256(&ciphertext)));
	}
	Ok(hashes)
}
