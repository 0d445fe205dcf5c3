//! Opening a data page as its reader: envelopes with the reader's key, batch keys with the epoch
//! keys, readings with the batch keys; then every check a reader needs to trust what it read:
//! the plaintext is the reading that was served, the device signed it, and its sealed leaf
//! verifies on chain under the anchor (which anyone can check, key or not).

use std::collections::HashMap;

use anyhow::Result;
use codec::DecodeAll;
use iot_data_crypto::{
	decrypt_reading, open_epoch_key, unwrap_data_key, DataKey, Envelope, EpochKey, ReaderSecret,
	StreamRef, WrappedKey,
};
use iot_primitives::{
	data::SealedReading,
	device::DevicePublicKey,
	telemetry::{ReadingProof, SignedReading},
};
use serde::Serialize;
use sp_core::{bytes::from_hex, H256};

use super::wire::{DataAnswer, SealedJson};
use crate::{chain::Chain, wire::ReadingJson};

/// One reading as its reader checked it: printed as a JSON line by `data fetch`/`data open`.
#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Checked {
	pub device: u64,
	pub stream: u16,
	pub sequence: u64,
	pub timestamp: u64,
	pub anchor: Option<u64>,
	/// Whether the chain verified its sealed leaf under `anchor` (`None`: not asked, as it is
	/// not anchored yet).
	pub on_chain: Option<bool>,
	/// The decrypted reading with the device's signature, if it could be decrypted.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub reading: Option<ReadingJson>,
	/// What could not be decrypted or verified; empty when everything held.
	pub errors: Vec<String>,
}

impl Checked {
	/// Whether it was decrypted and every check held.
	pub fn ok(&self) -> bool {
		self.errors.is_empty()
	}
}

fn bytes(what: &str, hex: &str) -> Result<Vec<u8>, String> {
	hex.strip_prefix("0x")
		.and_then(|h| from_hex(h).ok())
		.ok_or_else(|| format!("{what} is not 0x-hex"))
}

/// The keys of one page, opened once each.
struct Keys<'a> {
	answer: &'a DataAnswer,
	secret: &'a ReaderSecret,
	context: StreamRef,
	epochs: HashMap<u32, Result<EpochKey, String>>,
	batches: HashMap<u64, Result<DataKey, String>>,
}

impl<'a> Keys<'a> {
	fn new(answer: &'a DataAnswer, secret: &'a ReaderSecret) -> Self {
		let context = StreamRef { device: answer.device, stream: answer.stream.into() };
		Self { answer, secret, context, epochs: HashMap::new(), batches: HashMap::new() }
	}

	fn open_epoch(&self, epoch: u32) -> Result<EpochKey, String> {
		let entry = self.answer.epochs.iter().find(|e| e.epoch == epoch);
		let Some(hex) = entry.and_then(|e| e.envelope.as_deref()) else {
			return Err(format!(
				"no envelope for this reader in epoch {epoch}: the gateway sealed that epoch's \
				 key to other readers only"
			));
		};
		let envelope = Envelope::from_bytes(&bytes("envelope", hex)?).map_err(|e| e.to_string())?;
		open_epoch_key(&envelope, self.secret, self.context, epoch).map_err(|_| {
			format!(
				"epoch {epoch}'s envelope does not open with this key (sealed to another reader's \
				 key, or altered)"
			)
		})
	}

	fn data_key(&mut self, batch: u64) -> Result<&DataKey, String> {
		if !self.batches.contains_key(&batch) {
			let key = self.unwrap(batch);
			self.batches.insert(batch, key);
		}
		match self.batches.get(&batch) {
			Some(Ok(key)) => Ok(key),
			Some(Err(e)) => Err(e.clone()),
			None => Err(format!("batch {batch}'s key was not kept")),
		}
	}

	fn unwrap(&mut self, batch: u64) -> Result<DataKey, String> {
		let info = self
			.answer
			.batches
			.iter()
			.find(|b| b.batch == batch)
			.ok_or_else(|| format!("batch {batch} is not described in the answer"))?;
		let epoch = info.epoch;
		if !self.epochs.contains_key(&epoch) {
			let key = self.open_epoch(epoch);
			self.epochs.insert(epoch, key);
		}
		let epoch_key = match self.epochs.get(&epoch) {
			Some(Ok(key)) => key,
			Some(Err(e)) => return Err(e.clone()),
			None => return Err(format!("epoch {epoch}'s key was not kept")),
		};
		let wrapped = WrappedKey::from_bytes(&bytes("wrapped key", &info.wrapped_key)?)
			.map_err(|e| e.to_string())?;
		unwrap_data_key(&wrapped, epoch_key, self.context, epoch, batch)
			.map_err(|e| format!("batch {batch}'s data key: {e}"))
	}

	/// The reading `sealed` decrypted and decoded.
	fn decrypt(&mut self, sealed: &SealedJson, ciphertext: &[u8]) -> Result<SignedReading, String> {
		let context = self.context;
		let key = self.data_key(sealed.batch)?;
		let plaintext = decrypt_reading(key, context, sealed.sequence, ciphertext)
			.map_err(|e| format!("reading {}: {e}", sealed.sequence))?;
		SignedReading::decode_all(&mut &plaintext[..])
			.map_err(|_| "the plaintext is not a signed reading".into())
	}
}

/// What the checks need from the chain.
pub struct Trust {
	/// The chain's genesis hash, bound into device signatures.
	pub genesis: H256,
	/// The device's current key, `None` if the chain does not know the device.
	pub device_key: Option<DevicePublicKey>,
	/// Whether a reading without a device signature (accepted over a trusted transport) passes.
	pub allow_unsigned: bool,
}

/// Checks one page: decrypts each reading with `secret` and verifies it against the device's
/// key and, through `verify`, the chain (`verify(anchor, sealed reading, proof)`).
pub async fn check_page<F>(
	answer: &DataAnswer,
	secret: &ReaderSecret,
	trust: &Trust,
	mut verify: F,
) -> Result<Vec<Checked>>
where
	F: AsyncFnMut(u64, &SealedReading, &ReadingProof) -> Result<bool>,
{
	let mut keys = Keys::new(answer, secret);
	let mut out = Vec::with_capacity(answer.readings.len());
	for sealed in &answer.readings {
		let mut checked = Checked {
			device: answer.device,
			stream: answer.stream,
			sequence: sealed.sequence,
			timestamp: sealed.timestamp,
			anchor: sealed.anchor,
			on_chain: None,
			reading: None,
			errors: Vec::new(),
		};
		let ciphertext = match bytes("ciphertext", &sealed.ciphertext) {
			Ok(c) => c,
			Err(e) => {
				checked.errors.push(e);
				out.push(checked);
				continue;
			}
		};
		match sealed.anchor {
			Some(anchor) => {
				let reading = SealedReading {
					device: answer.device,
					stream: answer.stream,
					sequence: sealed.sequence,
					timestamp: sealed.timestamp,
					ciphertext: H256(sp_crypto_hashing::blake2_256(&ciphertext)),
				};
				let proof = ReadingProof {
					leaf_index: sealed.leaf_index,
					siblings: sealed.siblings.clone(),
				};
				let verified = verify(anchor, &reading, &proof).await?;
				checked.on_chain = Some(verified);
				if !verified {
					checked.errors.push(format!(
						"its sealed leaf does not verify on chain under anchor {anchor}: the \
						 ciphertext, its position or its proof is not what was anchored"
					));
				}
			}
			None => checked.errors.push("not anchored yet: nothing to verify it against".into()),
		}
		match keys.decrypt(sealed, &ciphertext) {
			Ok(signed) => {
				checked.errors.extend(check_signed(answer, sealed, &signed, trust));
				checked.reading = Some(ReadingJson::from(&signed));
			}
			Err(e) => checked.errors.push(format!("cannot decrypt: {e}")),
		}
		out.push(checked);
	}
	Ok(out)
}

/// What is wrong with a decrypted reading: not the one served, or not signed by its device.
fn check_signed(
	answer: &DataAnswer,
	sealed: &SealedJson,
	signed: &SignedReading,
	trust: &Trust,
) -> Vec<String> {
	let r = &signed.reading;
	let mut errors = Vec::new();
	if (r.device, r.stream, r.sequence, r.timestamp)
		!= (answer.device, answer.stream, sealed.sequence, sealed.timestamp)
	{
		errors.push(format!(
			"the plaintext is reading {}:{} #{} at {}, not the one served",
			r.device, r.stream, r.sequence, r.timestamp
		));
	}
	match (&signed.signature, &trust.device_key) {
		(Some(signature), Some(key)) => {
			if !key.verify(&r.signing_payload(trust.genesis), signature) {
				errors
					.push("the device's signature does not verify (not by its current key)".into());
			}
		}
		(Some(_), None) => errors.push(format!("device {} is unknown on chain", r.device)),
		(None, _) if trust.allow_unsigned => {}
		(None, _) => errors
			.push("no device signature: the gateway accepted it over a trusted transport".into()),
	}
	errors
}

/// [`check_page`] against `chain`.
pub async fn check_with_chain(
	chain: &Chain,
	answer: &DataAnswer,
	secret: &ReaderSecret,
	allow_unsigned: bool,
) -> Result<Vec<Checked>> {
	let genesis = chain.genesis().await?;
	let device_key = chain.device(answer.device).await?.map(|d| d.key);
	let trust = Trust { genesis, device_key, allow_unsigned };
	check_page(answer, secret, &trust, async |anchor, reading, proof| {
		chain.verify_sealed(anchor, reading, proof).await
	})
	.await
}
