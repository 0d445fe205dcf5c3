//! The gateway's side of the chain: one connection (re-opened after failures), its own nonce
//! counter for many transactions in flight, mortal anchor transactions, and the reads it needs
//! (devices, streams, anchors, proof verification through the runtime API).

use anyhow::{anyhow, Context, Result};
use codec::{Decode, Encode};
use iot_metadata::iot;
use iot_primitives::{
	data::SealedReading,
	device::DevicePublicKey,
	telemetry::{AnchorId, Batch, Reading, ReadingProof, StreamRange},
	DeviceId,
};
use sp_core::{crypto::Ss58Codec, H256};
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	rpcs::{rpc_params, RpcClient},
	transactions::TransactionProgress,
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::spool::BatchRecord;

/// The client type.
pub type Api = OnlineClient<PolkadotConfig>;

/// The client at one block.
pub type AtBlock = subxt::client::ClientAtBlock<
	PolkadotConfig,
	subxt::client::OnlineClientAtBlockImpl<PolkadotConfig>,
>;

/// A submitted transaction's progress.
pub type Progress =
	TransactionProgress<PolkadotConfig, subxt::client::OnlineClientAtBlockImpl<PolkadotConfig>>;

/// How many blocks an anchor transaction stays valid: long enough for a busy pool, short enough
/// that a gateway restarted after it expired knows the old one can no longer land.
pub const MORTALITY: u64 = 64;

/// A device as the gateway checks readings against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceView {
	/// Its current key.
	pub key: DevicePublicKey,
	/// Whether it is active (not suspended or revoked).
	pub active: bool,
}

/// A declared stream's last anchored (sequence, timestamp), if any.
pub type StreamCursor = Option<(u64, u64)>;

/// What became of a submitted transaction.
#[derive(Debug)]
pub enum Outcome {
	/// Included and succeeded, with the anchor id if it anchored a batch.
	Included(Option<AnchorId>),
	/// Included, and the call failed.
	Failed(String),
	/// Not included: refused by the pool, dropped, or the connection was lost.
	Lost(String),
}

impl Outcome {
	/// Why a transaction did not succeed, as an error.
	pub fn into_error(self) -> anyhow::Error {
		match self {
			Outcome::Included(_) => anyhow!("included"),
			Outcome::Failed(e) => anyhow!("failed: {e}"),
			Outcome::Lost(e) => anyhow!("lost: {e}"),
		}
	}
}

/// A connection.
#[derive(Clone)]
pub struct Conn {
	/// subxt's client.
	pub api: Api,
	/// The raw RPC client under it.
	pub rpc: RpcClient,
}

/// The chain, as seen from the gateway's signing account.
pub struct Chain {
	url: String,
	signer: Keypair,
	conn: Mutex<Option<Conn>>,
	/// Held while nonces are taken and transactions sent, so that the gateway's tasks never
	/// give two transactions the same nonce.
	sending: Mutex<()>,
}

/// Re-types a value between two SCALE types with the same encoding (ours and subxt's generated
/// ones).
pub fn convert<A: Encode, B: Decode>(value: &A) -> Result<B> {
	B::decode(&mut &value.encode()[..]).map_err(|e| anyhow!("re-encoding: {e}"))
}

impl Chain {
	/// The chain at `url`, signing with `signer`; connects on first use.
	pub fn new(url: &str, signer: Keypair) -> Self {
		Self { url: url.into(), signer, conn: Mutex::new(None), sending: Mutex::new(()) }
	}

	/// The node's URL.
	pub fn url(&self) -> &str {
		&self.url
	}

	/// The signing account.
	pub fn account(&self) -> AccountId32 {
		self.signer.public_key().to_account_id()
	}

	/// The signer.
	pub fn signer(&self) -> &Keypair {
		&self.signer
	}

	/// The connection, opened if there is none.
	pub async fn conn(&self) -> Result<Conn> {
		let mut conn = self.conn.lock().await;
		if let Some(c) = conn.as_ref() {
			return Ok(c.clone());
		}
		let rpc = RpcClient::from_insecure_url(&self.url)
			.await
			.with_context(|| format!("connecting to {}", self.url))?;
		let api =
			Api::from_rpc_client(rpc.clone()).await.context("reading the chain's metadata")?;
		let c = Conn { api, rpc };
		*conn = Some(c.clone());
		Ok(c)
	}

	/// Drops the connection after a failure; the next use opens a new one.
	pub async fn reset(&self) {
		*self.conn.lock().await = None;
	}

	/// The genesis hash, which device signatures are bound to.
	pub async fn genesis(&self) -> Result<H256> {
		Ok(H256(self.conn().await?.api.genesis_hash().0))
	}

	/// Exclusive use of the signer's nonces while the guard lives.
	pub async fn sending(&self) -> tokio::sync::MutexGuard<'_, ()> {
		self.sending.lock().await
	}

	/// Signs `call` with the next nonce (mortal) and submits it, in turn with the gateway's other
	/// senders.
	pub async fn submit_in_order<Call: subxt::transactions::Payload>(
		&self,
		call: &Call,
	) -> Result<
		TransactionProgress<PolkadotConfig, subxt::client::OnlineClientAtBlockImpl<PolkadotConfig>>,
	> {
		let _turn = self.sending().await;
		let nonce = self.next_nonce().await?;
		let params = DefaultExtrinsicParamsBuilder::new().nonce(nonce).mortal(MORTALITY).build();
		let conn = self.conn().await?;
		let mut tx = conn.api.tx().await?;
		Ok(tx.create_signed(call, &self.signer, params).await?.submit_and_watch().await?)
	}

	/// Sends `call` in order and waits for it to be finalized; answers its events, or why it
	/// failed or was lost.
	pub async fn send<Call: subxt::transactions::Payload>(
		&self,
		call: &Call,
	) -> Result<subxt::extrinsics::ExtrinsicEvents<PolkadotConfig>> {
		let progress = self.submit_in_order(call).await?;
		finalized_events(progress).await.map_err(Outcome::into_error)
	}

	/// The signer's next nonce, counting its transactions in the pool.
	pub async fn next_nonce(&self) -> Result<u64> {
		let who = sp_core::crypto::AccountId32::from(self.account().0).to_ss58check();
		let conn = self.conn().await?;
		Ok(conn.rpc.request("system_accountNextIndex", rpc_params![who]).await?)
	}

	/// A device's key and status, `None` if it is not registered.
	pub async fn device(&self, id: DeviceId) -> Result<Option<DeviceView>> {
		let at = self.conn().await?.api.at_current_block().await?;
		let address = iot::storage().device_registry().devices();
		let Some(value) = at.storage().try_fetch(address, (id,)).await? else { return Ok(None) };
		let device = value.decode()?;
		use iot::runtime_types::pallet_device_registry::types::DeviceStatus;
		Ok(Some(DeviceView {
			key: convert(&device.key)?,
			active: matches!(device.status, DeviceStatus::Active),
		}))
	}

	/// A declared stream's cursor, `None` if the stream is not declared.
	pub async fn stream(&self, device: DeviceId, stream: u16) -> Result<Option<StreamCursor>> {
		let at = self.conn().await?.api.at_current_block().await?;
		let address = iot::storage().telemetry_anchor().streams();
		let Some(value) = at.storage().try_fetch(address, (device, stream)).await? else {
			return Ok(None);
		};
		let stream = value.decode()?;
		Ok(Some(stream.cursor.map(|c| (c.last_sequence, c.last_timestamp))))
	}

	/// The id the next anchor will get.
	pub async fn next_anchor_id(&self) -> Result<AnchorId> {
		let at = self.conn().await?.api.at_current_block().await?;
		Ok(at
			.storage()
			.fetch(iot::storage().telemetry_anchor().next_anchor_id(), ())
			.await?
			.decode()?)
	}

	/// The anchor with `root` that this gateway submitted, looking from `from` on.
	pub async fn find_anchor(&self, root: H256, from: AnchorId) -> Result<Option<AnchorId>> {
		let at = self.conn().await?.api.at_current_block().await?;
		let end: AnchorId = at
			.storage()
			.fetch(iot::storage().telemetry_anchor().next_anchor_id(), ())
			.await?
			.decode()?;
		let me = self.account();
		for id in from..end {
			let address = iot::storage().telemetry_anchor().anchors();
			if let Some(value) = at.storage().try_fetch(address, (id,)).await? {
				let anchor = value.decode()?;
				if anchor.root.0 == root.0 && anchor.submitter == me {
					return Ok(Some(id));
				}
			}
		}
		Ok(None)
	}

	/// Signs and submits the anchor of `readings` with `nonce`, mortal for [`MORTALITY`] blocks
	/// from the block `at` and signed offline: one round trip per transaction, for callers that
	/// send many against the same recent block.
	pub async fn submit_anchor_at(
		&self,
		at: &AtBlock,
		readings: &[Reading],
		nonce: u64,
	) -> Result<Progress> {
		let batch = Batch::new(readings.to_vec());
		let leaf_count = batch.leaf_count().context("batch too large")?;
		self.submit_parts(at, batch.root(), leaf_count, batch.ranges(), nonce).await
	}

	/// Signs and submits the anchor of a spooled batch with `nonce`: its root (over public and
	/// sealed leaves) and one range per stream, none with a value summary (a private stream's
	/// would reveal its values).
	pub async fn submit_record(&self, record: &BatchRecord, nonce: u64) -> Result<Progress> {
		let at = self.conn().await?.api.at_current_block().await?;
		let leaf_count = u32::try_from(record.readings.len()).context("batch too large")?;
		let ranges = Batch::new(record.readings.clone()).ranges();
		self.submit_parts(&at, record.root, leaf_count, ranges, nonce).await
	}

	async fn submit_parts(
		&self,
		at: &AtBlock,
		root: H256,
		leaf_count: u32,
		ranges: Vec<StreamRange>,
		nonce: u64,
	) -> Result<Progress> {
		let ranges = ranges
			.into_iter()
			.map(|range| convert(&(range, Option::<()>::None)))
			.collect::<Result<Vec<_>>>()?;
		let call = iot::tx().telemetry_anchor().anchor_batch(
			convert(&root)?,
			leaf_count,
			iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(ranges),
			None,
		);
		let params = DefaultExtrinsicParamsBuilder::new()
			.nonce(nonce)
			.mortal_from_unchecked(MORTALITY, at.block_number(), at.block_hash())
			.build();
		let tx = at.tx().create_signable_offline(&call, params)?.sign(&self.signer)?;
		Ok(tx.submit_and_watch().await?)
	}

	/// Whether `proof` shows `reading` under anchor `anchor`, asked of the runtime.
	pub async fn verify(
		&self,
		anchor: AnchorId,
		reading: &Reading,
		proof: &ReadingProof,
	) -> Result<bool> {
		let at = self.conn().await?.api.at_current_block().await?;
		let call = iot::runtime_apis().telemetry_api().verify_reading(
			anchor,
			convert(reading)?,
			convert(proof)?,
		);
		Ok(at.runtime_apis().call(call).await?)
	}
}

impl Chain {
	/// Whether `proof` shows a private stream's sealed `reading` (its ciphertext's hash) under
	/// anchor `anchor`, asked of the runtime (`TelemetryApi::verify_sealed`).
	pub async fn verify_sealed(
		&self,
		anchor: AnchorId,
		reading: &SealedReading,
		proof: &ReadingProof,
	) -> Result<bool> {
		let at = self.conn().await?.api.at_current_block().await?;
		let call = iot::runtime_apis().telemetry_api().verify_sealed(
			anchor,
			convert(reading)?,
			convert(proof)?,
		);
		Ok(at.runtime_apis().call(call).await?)
	}
}

/// Waits for a submitted transaction to be finalized and tells what it did.
pub async fn outcome<C: subxt::client::OnlineClientAtBlockT<PolkadotConfig>>(
	progress: TransactionProgress<PolkadotConfig, C>,
) -> Outcome {
	match finalized_events(progress).await {
		Ok(events) => Outcome::Included(
			events
				.find_first::<iot::telemetry_anchor::events::BatchAnchored>()
				.and_then(|e| e.ok())
				.map(|e| e.anchor),
		),
		Err(unsuccessful) => unsuccessful,
	}
}

/// Waits for a submitted transaction to be finalized and answers its events, or why there are
/// none ([`Outcome::Failed`] or [`Outcome::Lost`]).
pub async fn finalized_events<C: subxt::client::OnlineClientAtBlockT<PolkadotConfig>>(
	progress: TransactionProgress<PolkadotConfig, C>,
) -> std::result::Result<subxt::extrinsics::ExtrinsicEvents<PolkadotConfig>, Outcome> {
	let in_block = progress.wait_for_finalized().await.map_err(|e| Outcome::Lost(e.to_string()))?;
	// A sealing node may announce a block a moment before it serves the block's header.
	let mut retries = HEADER_RETRIES;
	loop {
		match in_block.wait_for_success().await {
			Ok(events) => return Ok(events),
			Err(subxt::error::TransactionEventsError::ExtrinsicFailed(e)) => {
				return Err(Outcome::Failed(e.to_string()))
			}
			Err(_) if retries > 0 => retries -= 1,
			Err(e) => return Err(Outcome::Lost(e.to_string())),
		}
		tokio::time::sleep(std::time::Duration::from_millis(250)).await;
	}
}

/// How often reading a finalized block's events is retried, 250 ms apart.
const HEADER_RETRIES: u32 = 20;
