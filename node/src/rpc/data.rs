//! `iot_grants`, `iot_accessOf` and `iot_canRead`: who may read a device's streams, in plain
//! JSON, from the best block through the data-access runtime API.

use std::sync::Arc;

use iot_primitives::{
	api::DataAccessApi,
	data::{Access, Reader},
	telemetry::StreamId,
	BlockNumber, DeviceId,
};
use iot_runtime::{opaque::Block, AccountId, Balance};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{bytes::to_hex, crypto::Ss58Codec};

use super::iot::{account, runtime_error};

/// The most grants one `iot_accessOf` answer lists (the runtime's page bound).
const PAGE: u32 = 256;

#[rpc(server, namespace = "iot")]
pub trait DataRpc {
	/// The readers of `device`'s `stream`: each account with its range, expiry, subscription
	/// and the X25519 key it published (`null` until it does), and the stream's key epoch (the
	/// block at which a reader last lost access; `null` without readers).
	#[method(name = "grants")]
	fn grants(&self, device: DeviceId, stream: StreamId) -> RpcResult<Value>;

	/// What `account` (SS58 or 0x hex) may read: up to `limit` (default and most 256) grants
	/// after `after` (`[device, stream]`, the last of the previous page).
	#[method(name = "accessOf")]
	fn access_of(
		&self,
		account: String,
		after: Option<(DeviceId, StreamId)>,
		limit: Option<u32>,
	) -> RpcResult<Vec<Value>>;

	/// Whether `account` may read reading `sequence` of `device`'s `stream` now.
	#[method(name = "canRead")]
	fn can_read(
		&self,
		account: String,
		device: DeviceId,
		stream: StreamId,
		sequence: u64,
	) -> RpcResult<bool>;
}

/// The data-access methods over a client.
pub struct Data<C> {
	client: Arc<C>,
}

impl<C> Data<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn access_json(access: &Access<AccountId, Balance, BlockNumber>, now: BlockNumber) -> Value {
	let subscription = access.subscription.as_ref().map(|s| {
		json!({
			"payer": s.payer.to_ss58check(),
			"payee": s.payee.to_ss58check(),
			"price": s.price.to_string(),
			"period": s.period,
			"start": s.start,
			"periods": s.periods,
			"released": s.released,
		})
	});
	json!({
		"from": access.from,
		"to": access.to,
		"expiresAt": access.expires_at,
		"live": access.is_live(&now),
		"grantedBy": access.granted_by.to_ss58check(),
		"depositor": access.depositor.to_ss58check(),
		"deposit": access.deposit.to_string(),
		"subscription": subscription,
	})
}

fn reader_json(reader: &Reader<AccountId, Balance, BlockNumber>, now: BlockNumber) -> Value {
	let mut value = access_json(&reader.access, now);
	if let Value::Object(fields) = &mut value {
		fields.insert("account".into(), json!(reader.account.to_ss58check()));
		fields.insert("key".into(), json!(reader.key.map(|k| to_hex(&k, false))));
	}
	value
}

impl<C> DataRpcServer for Data<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DataAccessApi<Block, AccountId, Balance, BlockNumber>,
{
	fn grants(&self, device: DeviceId, stream: StreamId) -> RpcResult<Value> {
		let info = self.client.info();
		let (readers, access) = self
			.client
			.runtime_api()
			.readers(info.best_hash, device, stream)
			.map_err(runtime_error)?;
		let readers: Vec<Value> =
			readers.iter().map(|r| reader_json(r, info.best_number)).collect();
		Ok(json!({ "epoch": access.map(|a| a.epoch), "readers": readers }))
	}

	fn access_of(
		&self,
		who: String,
		after: Option<(DeviceId, StreamId)>,
		limit: Option<u32>,
	) -> RpcResult<Vec<Value>> {
		let who = account(&who)?;
		let info = self.client.info();
		let limit = limit.unwrap_or(PAGE).min(PAGE);
		let grants = self
			.client
			.runtime_api()
			.access_of(info.best_hash, who, after, limit)
			.map_err(runtime_error)?;
		Ok(grants
			.iter()
			.map(|(device, stream, access)| {
				let mut value = access_json(access, info.best_number);
				if let Value::Object(fields) = &mut value {
					fields.insert("device".into(), json!(device));
					fields.insert("stream".into(), json!(stream));
				}
				value
			})
			.collect())
	}

	fn can_read(
		&self,
		who: String,
		device: DeviceId,
		stream: StreamId,
		sequence: u64,
	) -> RpcResult<bool> {
		let who = account(&who)?;
		let best = self.client.info().best_hash;
		self.client
			.runtime_api()
			.can_read(best, who, device, stream, sequence)
			.map_err(runtime_error)
	}
}
