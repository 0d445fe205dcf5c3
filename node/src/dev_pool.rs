//! The development chain's transaction pool: the single-state pool, plus a sweep that frees
//! transactions stranded in its future queue.
//!
//! The pool validates a transaction against the best block of the moment it arrived and files it
//! under that block's view later. If the predecessor it waits for (the same sender's previous
//! nonce) was included in between, the pool still counts the predecessor's tag as satisfied, but
//! only for the last two blocks it pruned. Instant sealing builds a block per burst of arrivals,
//! so under load many blocks pass while a transaction waits for validation; it then lands in the
//! future queue waiting for a tag that is already on chain, and nothing revalidates the future
//! queue. Its sender's every later transaction waits behind it, with no error to anyone (issue
//! 24 point 2: 123 and 252 of a 4,096-transfer burst stranded this way).

use std::{collections::HashSet, sync::Arc};

use iot_runtime::opaque::Block;
use sc_service::Configuration;
use sc_transaction_pool::{BasicPool, FullChainApi, Pool, TransactionPoolWrapper};
use sc_transaction_pool_api::{InPoolTransaction, TransactionPool, TransactionSource};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::traits::SpawnEssentialNamed;
use sp_runtime::transaction_validity::TransactionTag;
use sp_transaction_pool::runtime_api::TaggedTransactionQueue;

use crate::service::{FullClient, FullPool};

/// Future transactions revalidated per sweep: a flood of transactions whose predecessors never
/// came is revalidated a slice at a time instead of all at once.
const MAX_CHECKS: usize = 256;

/// The pool's own graph, reached past the wrapper that the node's services see.
type Graph = Pool<FullChainApi<FullClient, Block>, ()>;

/// A transaction as the pool hands it out.
type PoolTx = <FullPool as TransactionPool>::InPoolTransaction;

/// A handle that sweeps the dev pool's future queue.
#[derive(Clone)]
pub struct Sweeper {
	graph: Arc<Graph>,
	pool: Arc<FullPool>,
	client: Arc<FullClient>,
}

/// Builds the single-state pool with `options` and the sweeper that watches it.
pub fn build(
	options: sc_transaction_pool::Options,
	config: &Configuration,
	spawner: impl SpawnEssentialNamed,
	client: Arc<FullClient>,
) -> (Arc<FullPool>, Sweeper) {
	let is_validator = config.role.is_authority().into();
	let prometheus = config.prometheus_registry();
	let basic = BasicPool::new_full(options, is_validator, prometheus, spawner, client.clone());
	let graph = basic.pool().clone();
	let pool = Arc::new(TransactionPoolWrapper(Box::new(basic)));
	(pool.clone(), Sweeper { graph, pool, client })
}

/// What one future transaction needs that the pool cannot give it.
struct Stranded {
	hash: sp_core::H256,
	extrinsic: <Block as sp_runtime::traits::Block>::Extrinsic,
	missing: Vec<TransactionTag>,
}

impl Sweeper {
	/// Frees the future transactions whose missing predecessors are already on chain; answers how
	/// many became ready.
	pub fn sweep(&self) -> usize {
		let waiting = self.pool.status().future;
		if waiting == 0 {
			return 0;
		}
		let futures = self.pool.futures();
		let provided = self.provided(&futures);
		let best = self.client.info().best_hash;
		let mut freed = 0;
		let mut satisfied = Vec::new();
		for tx in candidates(&futures, &provided) {
			let api = self.client.runtime_api();
			let Ok(Ok(valid)) =
				api.validate_transaction(best, TransactionSource::External, tx.extrinsic, best)
			else {
				// Invalid now (its nonce used by another transaction, its sender broke): the pool's
				// usual rules apply, as for any transaction that cannot be included.
				continue;
			};
			// Still waiting for something nobody has sent: a genuine gap, left to its sender.
			if valid.requires.iter().any(|tag| !provided.contains(tag)) {
				continue;
			}
			log::debug!(target: "txpool", "[{:?}] freed from the future queue", tx.hash);
			freed += 1;
			satisfied.extend(tx.missing);
		}
		if satisfied.is_empty() {
			return 0;
		}
		let ready = self.graph.validated_pool().prune_tags(satisfied).promoted.len();
		log::info!(
			"Development pool: {freed} of {waiting} future transactions were waiting for \
			 predecessors already on chain; {ready} moved to ready with their followers"
		);
		ready
	}

	/// Every tag that a transaction in the pool provides.
	fn provided(&self, futures: &[PoolTx]) -> HashSet<TransactionTag> {
		let ready = self.pool.ready().flat_map(|tx| tx.provides().to_vec());
		let future = futures.iter().flat_map(|tx| tx.provides().to_vec());
		ready.chain(future).collect()
	}
}

/// The future transactions waiting for a tag that no transaction in the pool provides.
fn candidates(futures: &[PoolTx], provided: &HashSet<TransactionTag>) -> Vec<Stranded> {
	futures
		.iter()
		.filter_map(|tx| {
			let missing: Vec<_> =
				tx.requires().iter().filter(|tag| !provided.contains(*tag)).cloned().collect();
			(!missing.is_empty()).then(|| Stranded {
				hash: *tx.hash(),
				extrinsic: (**tx.data()).clone(),
				missing,
			})
		})
		.take(MAX_CHECKS)
		.collect()
}
