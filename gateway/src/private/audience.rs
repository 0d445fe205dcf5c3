//! What the chain says about a private stream's readers, read at the best block through the
//! runtime's `DataAccessApi` and the device registry.
//!
//! The best block rather than the finalized one: a revocation then takes effect at the next
//! batch cut after it is in a block. If that block is later retracted, the gateway has only
//! started an epoch key more than it needed; a grant in a retracted block is dropped again at
//! the next cut, when its reader is missing from the list.

use std::{collections::HashMap, sync::Arc, time::Duration};

use anyhow::{anyhow, Context, Result};
use iot_metadata::iot;
use iot_primitives::{
	data::{Reader, StreamAccess},
	telemetry::StreamId,
	DeviceId,
};
use subxt::rpcs::rpc_params;

use super::{
	epochs::{Account, Audience, Grantee, PublicKey},
	PrivateStreams,
};
use crate::chain::{convert, AtBlock, Chain};

/// A reader as the runtime reports it, with raw account bytes.
pub type ReaderOf = Reader<Account, u128, u32>;

/// How long the reads for one batch may take before the cut is put off.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The client at the node's best block.
pub async fn best_block(chain: &Chain) -> Result<AtBlock> {
	let conn = chain.conn().await?;
	let hash: Option<String> = conn.rpc.request("chain_getBlockHash", rpc_params![]).await?;
	let hash = hash.context("the node has no best block")?;
	let bytes = sp_core::bytes::from_hex(&hash).map_err(|e| anyhow!("best block hash: {e}"))?;
	let bytes: [u8; 32] =
		bytes.try_into().map_err(|_| anyhow!("best block hash is not 32 bytes"))?;
	Ok(conn.api.at_block(subxt::config::substrate::H256::from(bytes)).await?)
}

/// The block number of `at`, as the runtime counts blocks.
pub fn number(at: &AtBlock) -> Result<u32> {
	u32::try_from(at.block_number()).context("block number beyond u32")
}

/// The device's owner, `None` for an unknown device.
pub async fn owner(at: &AtBlock, device: DeviceId) -> Result<Option<Account>> {
	let address = iot::storage().device_registry().devices();
	let Some(value) = at.storage().try_fetch(address, (device,)).await? else { return Ok(None) };
	Ok(Some(value.decode()?.owner.0))
}

/// The stream's readers (expired ones too, until settled) and its key epoch.
pub async fn readers(
	at: &AtBlock,
	device: DeviceId,
	stream: StreamId,
) -> Result<(Vec<ReaderOf>, Option<StreamAccess<u32>>)> {
	let call = iot::runtime_apis().data_access_api().readers(device, stream);
	convert(&at.runtime_apis().call(call).await?)
}

/// The X25519 key `account` published.
pub async fn encryption_key(at: &AtBlock, account: Account) -> Result<Option<PublicKey>> {
	let call = iot::runtime_apis().data_access_api().encryption_key(convert(&account)?);
	convert(&at.runtime_apis().call(call).await?)
}

/// Whether `account` may read `sequence` of the stream (its owner and operators with the data
/// right always may).
pub async fn can_read(
	at: &AtBlock,
	account: Account,
	device: DeviceId,
	stream: StreamId,
	sequence: u64,
) -> Result<bool> {
	let call = iot::runtime_apis().data_access_api().can_read(
		convert(&account)?,
		device,
		stream,
		sequence,
	);
	Ok(at.runtime_apis().call(call).await?)
}

/// Whom the gateway seals `device`'s `stream` to at `at`: its live readers that published a key,
/// and its owner if it published one.
pub async fn audience(at: &AtBlock, device: DeviceId, stream: StreamId) -> Result<Audience> {
	let now = number(at)?;
	let (readers, access) = readers(at, device, stream).await?;
	let mut grantees: Vec<Grantee> = readers
		.into_iter()
		.filter(|r| r.access.is_live(&now))
		.filter_map(|r| {
			Some(Grantee { account: r.account, key: r.key?, from: r.access.from, to: r.access.to })
		})
		.collect();
	if let Some(owner) = owner(at, device).await? {
		if let Some(key) = encryption_key(at, owner).await? {
			grantees.push(Grantee { account: owner, key, from: 0, to: None });
		}
	}
	Ok(Audience { chain_epoch: access.map(|a| a.epoch), grantees })
}

/// Reads the audiences of the private streams about to be cut.
pub struct Audiences {
	chain: Arc<Chain>,
	streams: Arc<PrivateStreams>,
}

impl Audiences {
	/// For the `streams` this gateway seals.
	pub fn new(chain: Arc<Chain>, streams: Arc<PrivateStreams>) -> Self {
		Self { chain, streams }
	}

	/// The private streams.
	pub fn streams(&self) -> &Arc<PrivateStreams> {
		&self.streams
	}

	/// The audience of each private stream among `candidates`, all read at one best block.
	pub async fn fetch(
		&self,
		candidates: impl IntoIterator<Item = (DeviceId, StreamId)>,
	) -> Result<HashMap<(DeviceId, StreamId), Audience>> {
		let private: Vec<_> =
			candidates.into_iter().filter(|(d, s)| self.streams.contains(*d, *s)).collect();
		if private.is_empty() {
			return Ok(HashMap::new());
		}
		let read = async {
			let at = best_block(&self.chain).await?;
			let mut out = HashMap::with_capacity(private.len());
			for (device, stream) in private {
				out.insert((device, stream), audience(&at, device, stream).await?);
			}
			Ok::<_, anyhow::Error>(out)
		};
		tokio::time::timeout(READ_TIMEOUT, read).await.map_err(|_| {
			anyhow!("reading the private streams' readers took over {READ_TIMEOUT:?}")
		})?
	}
}
