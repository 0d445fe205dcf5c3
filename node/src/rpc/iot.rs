//! The project's `iot_*` JSON-RPC methods: devices, reading proofs, payment channels and rewards
//! in plain JSON, so that a user needs no SCALE. Each answers from the best block through the
//! runtime APIs; bad parameters get a JSON-RPC error (`-32602`), never a panic.

use std::sync::Arc;

use iot_primitives::{
	api::{DevicesApi, PaymentsApi, RewardsApi, TelemetryApi},
	device::DevicePublicKey,
	payment::{Channel, VoucherSigner},
	telemetry::{Reading, ReadingProof, ReadingValue},
	BlockNumber,
};
use iot_runtime::{opaque::Block, AccountId, Balance};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::INVALID_PARAMS_CODE, ErrorObjectOwned},
};
use serde::Deserialize;
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{bytes::to_hex, crypto::Ss58Codec, H256};

/// The device passport the registry stores.
pub type Device = pallet_device_registry::Device<iot_runtime::Runtime>;

/// Device ids per page of `iot_devicesOf`.
pub const PAGE: u32 = 100;

/// The most pages `iot_devicesOf` walks: 100,000 devices per owner.
const MAX_PAGE: u32 = 1_000;

/// Error code of a runtime API call that failed.
const RUNTIME_ERROR: i32 = 1;

/// A reading as JSON: `{"device":0,"stream":1,"sequence":7,"timestamp":1700000000000,
/// "value":{"scalar":8000},"salt":"0x…16 bytes"}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadingJson {
	device: u64,
	stream: u16,
	sequence: u64,
	timestamp: u64,
	value: ValueJson,
	#[serde(default)]
	salt: Option<String>,
}

/// A reading's value: `{"scalar": 8000}` or `{"payloadHash": "0x…"}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum ValueJson {
	Scalar(i64),
	PayloadHash(H256),
}

/// A reading's Merkle proof: `{"leafIndex": 3, "siblings": ["0x…", …]}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProofJson {
	leaf_index: u32,
	siblings: Vec<H256>,
}

#[rpc(server, namespace = "iot")]
pub trait IotApi {
	/// A device's passport, or `null`.
	#[method(name = "device")]
	fn device(&self, id: u64) -> RpcResult<Option<Value>>;

	/// Page `page` (from 0, 100 ids each) of the devices of `owner` (SS58 or 0x hex), in the
	/// registry's storage order (stable, not sorted): `{"devices": [ids], "nextPage": n | null}`.
	#[method(name = "devicesOf")]
	fn devices_of(&self, owner: String, page: Option<u32>) -> RpcResult<Value>;

	/// Whether `proof` shows `reading` in the retained anchor `anchor`.
	#[method(name = "verifyReading")]
	fn verify_reading(
		&self,
		anchor: u64,
		reading: ReadingJson,
		proof: ProofJson,
	) -> RpcResult<bool>;

	/// An open payment channel, or `null`.
	#[method(name = "channel")]
	fn channel(&self, id: u64) -> RpcResult<Option<Value>>;

	/// The liveness reward a node can claim now, in planck as a decimal string; `null` for an
	/// unknown node.
	#[method(name = "pendingReward")]
	fn pending_reward(&self, node: u64) -> RpcResult<Option<String>>;
}

/// The `iot_*` methods over a client.
pub struct Iot<C> {
	client: Arc<C>,
}

impl<C> Iot<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn invalid(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS_CODE, message.into(), None::<()>)
}

fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, format!("runtime API call failed: {e}"), None::<()>)
}

/// An account from SS58 or 0x-prefixed hex.
fn account(text: &str) -> Result<AccountId, ErrorObjectOwned> {
	if let Ok(account) = AccountId::from_ss58check(text) {
		return Ok(account);
	}
	let bytes: [u8; 32] = text
		.strip_prefix("0x")
		.and_then(|h| sp_core::bytes::from_hex(h).ok())
		.and_then(|b| b.try_into().ok())
		.ok_or_else(|| invalid("owner: not an SS58 address or 32 bytes of 0x hex"))?;
	Ok(AccountId::from(bytes))
}

fn key_json(key: &DevicePublicKey) -> Value {
	let (kind, bytes): (&str, &[u8]) = match key {
		DevicePublicKey::Sr25519(k) => ("sr25519", k),
		DevicePublicKey::Ed25519(k) => ("ed25519", k),
		DevicePublicKey::Secp256k1(k) => ("secp256k1", k),
		DevicePublicKey::P256(k) => ("p256", k),
	};
	let account = key.account().map(|a| AccountId::from(a).to_ss58check());
	json!({ "kind": kind, "publicKey": to_hex(bytes, false), "account": account })
}

fn device_json(id: u64, d: &Device) -> Value {
	json!({
		"id": id,
		"owner": d.owner.to_ss58check(),
		"key": key_json(&d.key),
		"status": format!("{:?}", d.status).to_lowercase(),
		"class": String::from_utf8_lossy(&d.class),
		"firmware": to_hex(d.firmware.as_bytes(), false),
		"metadata": String::from_utf8_lossy(&d.metadata),
		"location": d.location,
		"deposit": d.deposit.to_string(),
		"certifiedBy": d.certified_by.as_ref().map(|m| m.to_ss58check()),
		"rotations": d.rotations,
		"registeredAt": d.registered_at,
	})
}

fn channel_json(id: u64, c: &Channel<AccountId, Balance, BlockNumber>) -> Value {
	let signer = match &c.signer {
		VoucherSigner::Account(a) => json!({ "account": a.to_ss58check() }),
		VoucherSigner::Device(d) => json!({ "device": d }),
	};
	json!({
		"id": id,
		"payer": c.payer.to_ss58check(),
		"payee": c.payee.to_ss58check(),
		"signer": signer,
		"deposit": c.deposit.to_string(),
		"claimed": c.claimed.to_string(),
		"nonce": c.nonce,
		"expiresAt": c.expires_at,
		"closesAt": c.closes_at,
	})
}

impl TryFrom<ReadingJson> for Reading {
	type Error = ErrorObjectOwned;

	fn try_from(r: ReadingJson) -> Result<Self, Self::Error> {
		let salt = match r.salt {
			None => None,
			Some(text) => Some(
				text.strip_prefix("0x")
					.and_then(|h| sp_core::bytes::from_hex(h).ok())
					.and_then(|b| <[u8; 16]>::try_from(b).ok())
					.ok_or_else(|| invalid("reading.salt: not 16 bytes of 0x hex"))?,
			),
		};
		let value = match r.value {
			ValueJson::Scalar(v) => ReadingValue::Scalar(v),
			ValueJson::PayloadHash(h) => ReadingValue::PayloadHash(h),
		};
		Ok(Reading {
			device: r.device,
			stream: r.stream,
			sequence: r.sequence,
			timestamp: r.timestamp,
			value,
			salt,
		})
	}
}

impl<C> IotApiServer for Iot<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DevicesApi<Block, AccountId, Device>
		+ TelemetryApi<Block>
		+ PaymentsApi<Block, AccountId, Balance, BlockNumber>
		+ RewardsApi<Block, AccountId, Balance, BlockNumber>,
{
	fn device(&self, id: u64) -> RpcResult<Option<Value>> {
		let best = self.client.info().best_hash;
		let device = self.client.runtime_api().device(best, id).map_err(runtime_error)?;
		Ok(device.map(|d| device_json(id, &d)))
	}

	fn devices_of(&self, owner: String, page: Option<u32>) -> RpcResult<Value> {
		let owner = account(&owner)?;
		let page = page.unwrap_or(0);
		if page >= MAX_PAGE {
			return Err(invalid(format!("page: at most {}", MAX_PAGE - 1)));
		}
		let best = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let mut after = None;
		let mut ids = Vec::new();
		for _ in 0..=page {
			ids = api.devices_of(best, owner.clone(), after, PAGE).map_err(runtime_error)?;
			after = ids.last().copied();
			if after.is_none() {
				break;
			}
		}
		let next = (ids.len() == PAGE as usize).then_some(page + 1);
		Ok(json!({ "devices": ids, "nextPage": next }))
	}

	fn verify_reading(
		&self,
		anchor: u64,
		reading: ReadingJson,
		proof: ProofJson,
	) -> RpcResult<bool> {
		let reading = Reading::try_from(reading)?;
		let proof = ReadingProof { leaf_index: proof.leaf_index, siblings: proof.siblings };
		let best = self.client.info().best_hash;
		self.client
			.runtime_api()
			.verify_reading(best, anchor, reading, proof)
			.map_err(runtime_error)
	}

	fn channel(&self, id: u64) -> RpcResult<Option<Value>> {
		let best = self.client.info().best_hash;
		let channel = self.client.runtime_api().channel(best, id).map_err(runtime_error)?;
		Ok(channel.map(|c| channel_json(id, &c)))
	}

	fn pending_reward(&self, node: u64) -> RpcResult<Option<String>> {
		let best = self.client.info().best_hash;
		let reward = self.client.runtime_api().pending_reward(best, node).map_err(runtime_error)?;
		Ok(reward.map(|r| r.to_string()))
	}
}
