//! `devices register --manifest devices.toml`: onboards many devices in batched transactions,
//! each with its key's proof of possession for the gateway's account, and declares their streams.
//! Devices whose key is registered already are skipped, so a manifest can be applied again.
//!
//! ```toml
//! [[device]]
//! key = "sr25519://sensor-1"     # the device's secret (simulated or factory-provisioned)
//! class = "acme/th-200"
//! metadata = "ipfs://…"
//! streams = [{ id = 0, name = "temperature", unit = 1, interval_ms = 1000 }]
//!
//! [[device]]
//! public = "0x…"                 # or: the SCALE DevicePublicKey and the device's own proof
//! proof = "0x…"                  # (SCALE DeviceSignature over the possession payload)
//! nonce = 1
//! ```

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use codec::{Decode, Encode};
use iot_metadata::iot;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
	DeviceId,
};
use serde::Deserialize;
use sp_core::{bytes::from_hex, H256};

use crate::{
	chain::{convert, Chain},
	keys::DeviceKey,
};

/// The manifest.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
	pub device: Vec<DeviceEntry>,
}

/// One device.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceEntry {
	pub key: Option<String>,
	pub public: Option<String>,
	pub proof: Option<String>,
	#[serde(default = "one")]
	pub nonce: u64,
	#[serde(default)]
	pub class: String,
	#[serde(default)]
	pub metadata: String,
	#[serde(default)]
	pub streams: Vec<StreamEntry>,
}

/// One stream of a device.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct StreamEntry {
	pub id: u16,
	pub name: String,
	#[serde(default)]
	pub unit: u32,
	#[serde(default)]
	pub interval_ms: u64,
}

fn one() -> u64 {
	1
}

/// The SCALE shape of the registry's `Registration` without location or certificate.
#[derive(Encode)]
pub struct Registration {
	key: DevicePublicKey,
	proof: DeviceSignature,
	nonce: u64,
	class: Vec<u8>,
	firmware: H256,
	metadata: Vec<u8>,
	location: Option<()>,
	certificate: Option<()>,
}

impl Registration {
	/// A registration of `key`, proven by `proof` over the possession payload with `nonce`.
	pub fn new(key: DevicePublicKey, proof: DeviceSignature, nonce: u64, class: Vec<u8>) -> Self {
		Self {
			key,
			proof,
			nonce,
			class,
			firmware: H256::zero(),
			metadata: Vec::new(),
			location: None,
			certificate: None,
		}
	}

	/// A registration of `key` for `owner`, its proof of possession signed here with the
	/// device's secret.
	pub fn proven(
		key: &DeviceKey,
		owner: sp_core::crypto::AccountId32,
		genesis: H256,
		nonce: u64,
		class: Vec<u8>,
	) -> Self {
		let body = PossessionBody { owner, nonce };
		let proof = key.sign(&signing_payload(PROOF_OF_POSSESSION, genesis, &body));
		Self::new(key.public(), proof, nonce, class)
	}
}

/// The registry's batch limit (`MaxBatch`).
const CHUNK: usize = 100;

fn scale<T: Decode>(field: &str, text: &str) -> Result<T> {
	let bytes = text
		.strip_prefix("0x")
		.and_then(|h| from_hex(h).ok())
		.ok_or_else(|| anyhow!("{field}: not 0x hex"))?;
	T::decode(&mut &bytes[..]).map_err(|e| anyhow!("{field}: {e}"))
}

/// A device registered or found, with its streams.
pub struct Onboarded {
	pub key: DevicePublicKey,
	pub device: DeviceId,
	pub streams: Vec<StreamEntry>,
}

/// Registers every device of `manifest` for the chain's signer; answers each device's id.
pub async fn register(chain: &Chain, path: &Path) -> Result<Vec<Onboarded>> {
	let text =
		std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
	let manifest: Manifest =
		toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
	register_entries(chain, manifest.device).await
}

/// Registers `entries` (see [`register`]).
pub async fn register_entries(chain: &Chain, entries: Vec<DeviceEntry>) -> Result<Vec<Onboarded>> {
	let genesis = chain.genesis().await?;
	let owner = sp_core::crypto::AccountId32::from(chain.account().0);
	let mut wanted = Vec::new();
	for (i, entry) in entries.into_iter().enumerate() {
		let class = entry.class.into_bytes();
		let registration = match (&entry.key, &entry.public, &entry.proof) {
			(Some(secret), None, None) => Registration::proven(
				&DeviceKey::from_spec(secret)?,
				owner.clone(),
				genesis,
				entry.nonce,
				class,
			),
			(None, Some(public), Some(proof)) => Registration::new(
				scale(&format!("device {i}.public"), public)?,
				scale(&format!("device {i}.proof"), proof)?,
				entry.nonce,
				class,
			),
			_ => bail!("device {i}: give either `key`, or `public` and `proof`"),
		};
		let registration = Registration { metadata: entry.metadata.into_bytes(), ..registration };
		wanted.push((registration, entry.streams));
	}

	let mut onboarded = Vec::new();
	let mut to_register = Vec::new();
	for (registration, streams) in wanted {
		match device_of_key(chain, &registration.key).await? {
			Some(device) => onboarded.push(Onboarded { key: registration.key, device, streams }),
			None => to_register.push((registration, streams)),
		}
	}
	let skipped = onboarded.len();
	let mut new_streams = Vec::new();
	for chunk in to_register.chunks(CHUNK) {
		let registrations = chunk.iter().map(|(r, _)| convert(r)).collect::<Result<Vec<_>>>()?;
		let call = iot::tx().device_registry().register_devices(
			iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(registrations),
		);
		chain.send(&call).await?;
		for (registration, streams) in chunk {
			let device = device_of_key(chain, &registration.key)
				.await?
				.ok_or_else(|| anyhow!("device not registered after its batch"))?;
			for s in streams {
				new_streams.push((device, s.clone()));
			}
			onboarded.push(Onboarded {
				key: registration.key.clone(),
				device,
				streams: streams.clone(),
			});
		}
	}
	for chunk in new_streams.chunks(CHUNK) {
		let calls = chunk
			.iter()
			.map(|(device, s)| {
				iot::Call::TelemetryAnchor(iot::telemetry_anchor::Call::declare_stream {
					device: *device,
					stream: s.id,
					name: iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(
						s.name.clone().into_bytes(),
					),
					unit: s.unit,
					interval_ms: s.interval_ms,
				})
			})
			.collect();
		chain.send(&iot::tx().utility().batch_all(calls)).await?;
	}
	tracing::info!(
		registered = onboarded.len() - skipped,
		skipped,
		streams = new_streams.len(),
		"devices onboarded"
	);
	Ok(onboarded)
}

async fn device_of_key(chain: &Chain, key: &DevicePublicKey) -> Result<Option<DeviceId>> {
	let at = chain.conn().await?.api.at_current_block().await?;
	let address = iot::storage().device_registry().device_by_key();
	match at.storage().try_fetch(address, (convert(key)?,)).await? {
		Some(value) => Ok(Some(value.decode()?)),
		None => Ok(None),
	}
}
