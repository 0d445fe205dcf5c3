//! Block sealing for the development chain: when to seal, and block timestamps that keep Aura's
//! one-block-per-slot rule however fast blocks are sealed.

use std::sync::Arc;

use futures::{channel::mpsc, future, stream, Stream, StreamExt};
use iot_runtime::opaque::{Block, Hash};
use iot_runtime::{RuntimeCall, UncheckedExtrinsic};
use sc_client_api::{BlockBackend, BlockchainEvents, StorageProvider};
use sc_consensus_manual_seal::EngineCommand;
use sc_transaction_pool_api::TransactionPool;
use sp_consensus_aura::SlotDuration;
use sp_inherents::CreateInherentDataProviders;
use sp_runtime::codec::{Decode, Encode};
use sp_storage::StorageKey;

use crate::{
	cli::Sealing,
	dev_pool::Sweeper,
	service::{FullClient, FullPool},
};

/// How often the pool's future queue is swept for stranded transactions.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// A command to the sealing task.
pub type Command = EngineCommand<Hash>;

fn seal_and_finalize(create_empty: bool) -> Command {
	EngineCommand::SealNewBlock { create_empty, finalize: true, parent_hash: None, sender: None }
}

/// Whether the block `hash` holds a transaction from the pool (anything but the timestamp
/// inherent).
fn took_from_pool(client: &FullClient, hash: Hash) -> bool {
	let Ok(Some(body)) = client.block_body(hash) else { return false };
	body.iter().any(|opaque| {
		UncheckedExtrinsic::decode(&mut &opaque.encode()[..])
			.map_or(true, |xt| !matches!(xt.function, RuntimeCall::Timestamp(_)))
	})
}

/// Sweeps the pool after every block and every [`SWEEP_EVERY`], one sweep at a time; under instant sealing, a sweep
/// that made transactions ready asks for a block, since the pool announces only transactions that
/// arrive ready. Sweeping after each block keeps a stranded transaction's followers from piling up
/// in the future queue, which drops transactions beyond its limit.
fn sweeps(
	sweeper: Option<Sweeper>,
	client: Arc<FullClient>,
	seal: bool,
) -> stream::BoxStream<'static, Command> {
	let Some(sweeper) = sweeper else { return stream::pending().boxed() };
	let mut ticks = tokio::time::interval(SWEEP_EVERY);
	ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	let ticks = stream::unfold(ticks, |mut ticks| async move {
		ticks.tick().await;
		Some(((), ticks))
	});
	let blocks = client.import_notification_stream().map(|_| ());
	// A sweep calls into the runtime; it runs on a blocking thread so that the sealing task,
	// which polls this stream between blocks, never waits on it.
	stream::select(ticks, blocks)
		.then(move |()| {
			let sweeper = sweeper.clone();
			async move { tokio::task::spawn_blocking(move || sweeper.sweep()).await.unwrap_or(0) }
		})
		.filter_map(move |freed| {
			future::ready((freed > 0 && seal).then(|| seal_and_finalize(false)))
		})
		.boxed()
}

/// The commands that drive sealing: those of the chosen mode merged with those sent over RPC and
/// those of the pool's sweeps.
pub fn commands(
	sealing: Sealing,
	client: Arc<FullClient>,
	pool: Arc<FullPool>,
	sweeper: Option<Sweeper>,
	rpc: mpsc::Receiver<Command>,
) -> impl Stream<Item = Command> + Unpin + Send + 'static {
	let swept = sweeps(sweeper, client.clone(), matches!(sealing, Sealing::Instant));
	let automatic = match sealing {
		Sealing::Manual => stream::pending().boxed(),
		Sealing::Instant => {
			let ready_pool = pool.clone();
			let arrivals = pool
				.import_notification_stream()
				// A burst of transactions notifies once per transaction; the first block takes
				// them all, so later notifications that find nothing ready are dropped here
				// instead of failing a seal.
				.filter(move |_| future::ready(ready_pool.status().ready > 0));
			// The pool notifies only transactions that arrive ready, and drops notifications
			// when its channel is full: a burst with nonces out of order, or larger than a
			// block, would leave ready transactions behind with nothing to seal them. So after
			// every block that took transactions, seal again while any are ready (a block that
			// took none ends it, so a transaction the builder keeps skipping cannot loop).
			let leftovers = client.import_notification_stream().filter(move |block| {
				future::ready(pool.status().ready > 0 && took_from_pool(&client, block.hash))
			});
			stream::select(arrivals.map(|_| ()), leftovers.map(|_| ()))
				.map(|()| seal_and_finalize(false))
				.boxed()
		}
		Sealing::Interval(ms) => {
			let mut ticks = tokio::time::interval(std::time::Duration::from_millis(ms));
			ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
			stream::unfold(ticks, |mut ticks| async move {
				ticks.tick().await;
				Some((seal_and_finalize(true), ticks))
			})
			.boxed()
		}
	};
	stream::select(stream::select(automatic, swept), rpc)
}

/// `Timestamp::Now`: the time of the parent block, in milliseconds.
fn timestamp_now_key() -> StorageKey {
	StorageKey(
		[sp_crypto_hashing::twox_128(b"Timestamp"), sp_crypto_hashing::twox_128(b"Now")].concat(),
	)
}

/// The parent's timestamp, or 0 at genesis.
fn parent_timestamp(client: &FullClient, parent: Hash) -> u64 {
	client
		.storage(parent, &timestamp_now_key())
		.ok()
		.flatten()
		.and_then(|data| data.0.try_into().ok())
		.map(u64::from_le_bytes)
		.unwrap_or(0)
}

/// The timestamp of the next block: the wall clock, but at least one slot after the parent, so
/// that every block falls into a new Aura slot even when blocks are sealed faster than slots
/// pass (the chain's clock then runs ahead until sealing slows down).
pub fn next_timestamp(parent: u64, now: u64, slot_duration: SlotDuration) -> u64 {
	now.max(parent.saturating_add(slot_duration.as_millis()))
}

/// Inherent data for a development block: its timestamp (Aura's slot is derived from it).
pub fn inherent_data(
	client: Arc<FullClient>,
	slot_duration: SlotDuration,
) -> impl CreateInherentDataProviders<Block, ()> {
	move |parent: Hash, ()| {
		let parent = parent_timestamp(&client, parent);
		async move {
			let now = sp_timestamp::Timestamp::current().as_millis();
			let timestamp = next_timestamp(parent, now, slot_duration);
			Ok(sp_timestamp::InherentDataProvider::new(timestamp.into()))
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn next_timestamp_follows_the_clock_when_slots_have_passed() {
		let slot = SlotDuration::from_millis(6000);
		assert_eq!(next_timestamp(60_000, 90_000, slot), 90_000);
	}

	#[test]
	fn next_timestamp_moves_one_slot_ahead_when_sealing_is_fast() {
		let slot = SlotDuration::from_millis(6000);
		let first = next_timestamp(0, 90_000, slot);
		let second = next_timestamp(first, 90_010, slot);
		let third = next_timestamp(second, 90_020, slot);
		assert_eq!((second / 6000, third / 6000), (first / 6000 + 1, first / 6000 + 2));
	}
}
