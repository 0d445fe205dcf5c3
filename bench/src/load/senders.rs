//! The load's senders: many pre-funded accounts, each with its own nonce counted here, so that no
//! single account's nonces serialize the load. Transactions are signed offline and immortal.

use anyhow::{Context, Result};
use futures::{stream, StreamExt, TryStreamExt};
use iot_gateway::{
	chain::{finalized_events, AtBlock, Chain},
	pipeline::keypair,
};
use iot_metadata::iot;
use subxt::{config::DefaultExtrinsicParamsBuilder, transactions::Payload, utils::MultiAddress};
use subxt_signer::sr25519::Keypair;

/// How many transfers one funding transaction carries.
const FUNDING_CHUNK: usize = 500;

/// How many set-up transactions are watched at once.
pub const SETUP_CONCURRENCY: usize = 64;

/// The accounts that send the load.
pub struct Senders {
	pub pairs: Vec<Keypair>,
	nonces: Vec<u64>,
}

impl Senders {
	/// `count` accounts derived from `//Alice//load//<i>`, fresh on a new chain.
	pub fn derive(count: usize) -> Result<Self> {
		let pairs = (0..count)
			.map(|i| keypair(&format!("//Alice//load//{i}")))
			.collect::<Result<Vec<_>>>()?;
		Ok(Self { nonces: vec![0; count], pairs })
	}

	/// How many there are.
	pub fn len(&self) -> usize {
		self.pairs.len()
	}

	/// Sender `i`'s account.
	pub fn account(&self, i: usize) -> subxt::utils::AccountId32 {
		self.pairs[i].public_key().to_account_id()
	}

	/// Reads every sender's next nonce from the chain.
	pub async fn sync_nonces(&mut self, chain: &Chain) -> Result<()> {
		let at = chain.conn().await?.api.at_current_block().await?;
		for (i, nonce) in self.nonces.iter_mut().enumerate() {
			let account = self.pairs[i].public_key().to_account_id();
			*nonce = at.tx().account_nonce(&account).await?;
		}
		Ok(())
	}

	/// `call` signed by sender `i` with its next nonce, as submittable bytes.
	pub fn sign<Call: Payload>(&mut self, at: &AtBlock, i: usize, call: &Call) -> Result<Vec<u8>> {
		let params = DefaultExtrinsicParamsBuilder::new().nonce(self.nonces[i]).immortal().build();
		let tx = at.tx().create_signable_offline(call, params)?.sign(&self.pairs[i])?;
		self.nonces[i] += 1;
		Ok(tx.into_encoded())
	}
}

/// Submits signed `txs` (at most [`SETUP_CONCURRENCY`] at a time), waits for each to be
/// finalized and answers each one's events; any failure stops the set-up.
pub async fn submit_all(
	chain: &Chain,
	txs: Vec<Vec<u8>>,
) -> Result<Vec<subxt::extrinsics::ExtrinsicEvents<subxt::PolkadotConfig>>> {
	let at = chain.conn().await?.api.at_current_block().await?;
	stream::iter(txs.into_iter().map(|bytes| {
		let tx = at.tx().from_bytes(bytes);
		async move {
			let progress = tx.submit_and_watch().await?;
			finalized_events(progress)
				.await
				.map_err(|o| o.into_error().context("set-up transaction"))
		}
	}))
	.buffered(SETUP_CONCURRENCY)
	.try_collect()
	.await
}

/// Gives every sender `amount` from the chain's signer, in batched transfers.
pub async fn fund(chain: &Chain, senders: &Senders, amount: u128) -> Result<()> {
	for chunk in (0..senders.len()).collect::<Vec<_>>().chunks(FUNDING_CHUNK) {
		let calls = chunk
			.iter()
			.map(|&i| {
				iot::Call::Balances(iot::balances::Call::transfer_keep_alive {
					dest: MultiAddress::Id(senders.account(i)),
					value: amount,
				})
			})
			.collect();
		chain.send(&iot::tx().utility().batch_all(calls)).await.context("funding the senders")?;
	}
	Ok(())
}
