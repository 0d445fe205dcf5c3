//! The node's JSON-RPC: the standard `system_*` (account nonce) and `payment_*` methods on top of
//! what `sc-service` always serves (`chain_*`, `state_*`, `author_*`, ...), and the project's own
//! `iot_*` methods ([`iot`], [`provenance`], [`data`]).

pub mod data;
pub mod iot;
pub mod provenance;

use std::sync::Arc;

use iot_primitives::{
	api::{DataAccessApi, DevicesApi, PaymentsApi, ProvenanceApi, RewardsApi, TelemetryApi},
	BlockNumber,
};
use iot_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, for state and runtime API calls.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// Builds the RPC module of the node's own (non-`sc-service`) methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: DevicesApi<Block, AccountId, iot::Device>
		+ TelemetryApi<Block>
		+ PaymentsApi<Block, AccountId, Balance, BlockNumber>
		+ RewardsApi<Block, AccountId, Balance, BlockNumber>
		+ ProvenanceApi<Block, provenance::Story>
		+ DataAccessApi<Block, AccountId, Balance, BlockNumber>,
	P: TransactionPool + 'static,
{
	use data::{Data, DataRpcServer};
	use iot::{Iot, IotApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use provenance::{Provenance, ProvenanceRpcServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Iot::new(client.clone()).into_rpc())?;
	module.merge(Provenance::new(client.clone()).into_rpc())?;
	module.merge(Data::new(client).into_rpc())?;

	Ok(module)
}
