//! Sustained load: keeps a window of signed transactions in the node's pool for a set time and
//! counts, from the finalized blocks, which of them were included, which failed and how many of
//! the workload's items (events) they produced. A transaction the pool accepted that never
//! reaches a block is dropped.

use std::{
	collections::{BTreeMap, HashMap, VecDeque},
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

use anyhow::{anyhow, Result};
use codec::{Compact, Decode, Encode};
use futures::{stream::FuturesUnordered, StreamExt};
use iot_gateway::chain::{AtBlock, Conn};
use iot_metadata::iot;
use sp_core::{bytes::from_hex, H256};
use sp_crypto_hashing::blake2_256;
use subxt::{events::Phase, rpcs::rpc_params};

/// How long transactions still in the pool may take to land once sending stops.
const DRAIN: Duration = Duration::from_secs(120);

/// The event that counts one item of a workload (a transfer, a device, an anchor, a claim).
#[derive(Clone, Copy, Debug)]
pub struct Item {
	pub pallet: &'static str,
	pub event: &'static str,
	/// Items one such event stands for (readings per anchored batch).
	pub weight: u64,
}

impl Item {
	pub fn new(pallet: &'static str, event: &'static str, weight: u64) -> Self {
		Self { pallet, event, weight }
	}
}

/// What the follower counts for the workload being driven.
struct Watch {
	item: Item,
	/// Sent and not yet seen in a block, with their bytes: a dropped one is shown to the runtime
	/// to learn why. The window bounds how many there are.
	pending: HashMap<H256, Vec<u8>>,
}

/// Shared between the driver and the block follower.
pub struct Tracker {
	watch: Mutex<Watch>,
	included: AtomicU64,
	failed: AtomicU64,
	items: AtomicU64,
	last_block: Mutex<Option<Instant>>,
	blocks: AtomicU64,
	changed: tokio::sync::Notify,
}

impl Tracker {
	pub fn new() -> Arc<Self> {
		Arc::new(Self {
			watch: Mutex::new(Watch {
				item: Item { pallet: "", event: "", weight: 0 },
				pending: HashMap::new(),
			}),
			included: AtomicU64::new(0),
			failed: AtomicU64::new(0),
			items: AtomicU64::new(0),
			last_block: Mutex::new(None),
			blocks: AtomicU64::new(0),
			changed: tokio::sync::Notify::new(),
		})
	}

	fn pending(&self) -> usize {
		self.watch.lock().expect("tracker lock").pending.len()
	}

	fn reset(&self, item: Item) {
		let mut watch = self.watch.lock().expect("tracker lock");
		watch.item = item;
		watch.pending.clear();
		for counter in [&self.included, &self.failed, &self.items, &self.blocks] {
			counter.store(0, Ordering::SeqCst);
		}
		*self.last_block.lock().expect("tracker lock") = None;
	}

	/// Counts one finalized block's share of the tracked transactions. A transaction leaves the
	/// pending set only together with its counts, so a driver that sees nothing pending has
	/// every count.
	async fn block(&self, conn: &Conn, at: &AtBlock, hash: &str) -> Result<()> {
		let block: serde_json::Value =
			conn.rpc.request("chain_getBlock", rpc_params![hash]).await?;
		let extrinsics = block["block"]["extrinsics"]
			.as_array()
			.ok_or_else(|| anyhow!("block {hash} without extrinsics"))?;
		let mut ours = HashMap::new();
		{
			let watch = self.watch.lock().expect("tracker lock");
			for (index, ext) in extrinsics.iter().enumerate() {
				let bytes = from_hex(ext.as_str().unwrap_or_default())?;
				let hash = H256(blake2_256(&bytes));
				if watch.pending.contains_key(&hash) {
					ours.insert(index as u32, (hash, Counts::default()));
				}
			}
		}
		if !ours.is_empty() {
			let item = self.watch.lock().expect("tracker lock").item;
			let events: String =
				conn.rpc.request("state_getStorage", rpc_params![events_key(), hash]).await?;
			for event in at.events().from_bytes(from_hex(&events)?).iter() {
				let event = event?;
				let Phase::ApplyExtrinsic(index) = event.phase() else { continue };
				let Some((_, counts)) = ours.get_mut(&index) else { continue };
				match (event.pallet_name(), event.event_name()) {
					("System", "ExtrinsicSuccess") => counts.included += 1,
					("System", "ExtrinsicFailed") => counts.failed += 1,
					(p, e) if p == item.pallet && e == item.event => counts.items += item.weight,
					_ => {}
				}
			}
			let mut watch = self.watch.lock().expect("tracker lock");
			for (hash, counts) in ours.into_values() {
				if watch.pending.remove(&hash).is_some() {
					self.included.fetch_add(counts.included, Ordering::SeqCst);
					self.failed.fetch_add(counts.failed, Ordering::SeqCst);
					self.items.fetch_add(counts.items, Ordering::SeqCst);
				}
			}
			drop(watch);
			self.blocks.fetch_add(1, Ordering::SeqCst);
			*self.last_block.lock().expect("tracker lock") = Some(Instant::now());
		}
		self.changed.notify_waiters();
		Ok(())
	}
}

/// The storage key of `System::Events`.
fn events_key() -> String {
	let key = [sp_crypto_hashing::twox_128(b"System"), sp_crypto_hashing::twox_128(b"Events")];
	sp_core::bytes::to_hex(&key.concat(), false)
}

/// Reads every finalized block, in order, by polling the node: a block is never missed, even
/// when finality jumps several blocks at once.
pub async fn follow(conn: Conn, tracker: Arc<Tracker>) {
	let at = match conn.api.at_current_block().await {
		Ok(at) => at,
		Err(e) => return tracing::error!(error = %e, "cannot follow blocks"),
	};
	let mut next = None;
	loop {
		if let Err(e) = poll(&conn, &at, &tracker, &mut next).await {
			tracing::warn!(error = %e, "reading finalized blocks; will retry");
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
}

async fn poll(conn: &Conn, at: &AtBlock, tracker: &Tracker, next: &mut Option<u64>) -> Result<()> {
	let head: String = conn.rpc.request("chain_getFinalizedHead", rpc_params![]).await?;
	let header: serde_json::Value = conn.rpc.request("chain_getHeader", rpc_params![head]).await?;
	let number = header["number"]
		.as_str()
		.and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
		.ok_or_else(|| anyhow!("header without a number"))?;
	for n in next.unwrap_or(number)..=number {
		let hash: String = conn.rpc.request("chain_getBlockHash", rpc_params![n]).await?;
		tracker.block(conn, at, &hash).await?;
		*next = Some(n + 1);
	}
	Ok(())
}

#[derive(Default)]
struct Counts {
	included: u64,
	failed: u64,
	items: u64,
}

/// How the load is kept up.
#[derive(Clone, Copy, Debug)]
pub struct Pace {
	/// How long transactions are sent.
	pub seconds: u64,
	/// Most transactions in the pool or on their way to it.
	pub window: usize,
	/// Most submissions awaiting the node's answer.
	pub concurrency: usize,
}

/// What one workload achieved.
#[derive(serde::Serialize, Debug, Clone, Default)]
pub struct Tally {
	pub submitted: u64,
	/// Refused by the pool when submitted (not counted as submitted).
	pub rejected: u64,
	pub included: u64,
	/// Included, and the call failed.
	pub failed: u64,
	/// Accepted by the pool, never included.
	pub dropped: u64,
	pub items: u64,
	pub blocks: u64,
	/// How many such transactions fit in a block (normal class, by weight and length).
	pub per_block: usize,
	/// From the first submission to the last block that included one.
	pub seconds: f64,
	pub errors: BTreeMap<String, u64>,
}

impl Tally {
	/// Transactions included per second.
	pub fn tx_per_s(&self) -> f64 {
		rate(self.included + self.failed, self.seconds)
	}

	/// Items per second.
	pub fn items_per_s(&self) -> f64 {
		rate(self.items, self.seconds)
	}
}

fn rate(count: u64, seconds: f64) -> f64 {
	if seconds > 0.0 {
		count as f64 / seconds
	} else {
		0.0
	}
}

/// Sends the transactions `next` makes for `pace.seconds` and counts what became of them.
pub async fn drive(
	conn: &Conn,
	tracker: &Tracker,
	item: Item,
	pace: Pace,
	mut next: impl FnMut() -> Result<(usize, Vec<u8>)>,
) -> Result<Tally> {
	tracker.reset(item);
	let mut tally = Tally::default();
	let first = next()?;
	tally.per_block = per_block(conn, &first.1).await?;
	// Three blocks' worth keeps every block full without a backlog that outlasts the run.
	let window = pace.window.min(tally.per_block.saturating_mul(3)).max(1);
	let mut first = Some(first);
	let start = Instant::now();
	let deadline = start + Duration::from_secs(pace.seconds);
	// One lane per concurrent submission; a sender always uses the same lane, so its
	// transactions reach the pool in nonce order.
	let mut lanes: Vec<VecDeque<(H256, Vec<u8>)>> = vec![VecDeque::new(); pace.concurrency.max(1)];
	let mut busy = vec![false; lanes.len()];
	let mut queued = 0;
	let mut answers = FuturesUnordered::new();
	let submit = |lane: usize, bytes: Vec<u8>, hash: H256| {
		let rpc = conn.rpc.clone();
		async move {
			let hex = sp_core::bytes::to_hex(&bytes, false);
			let answer: Result<serde_json::Value, _> =
				rpc.request("author_submitExtrinsic", rpc_params![hex]).await;
			(lane, hash, answer.map_err(|e| e.to_string()))
		}
	};
	// Once sending stops, what is queued still goes out: it was tracked and its senders' nonces
	// are used.
	loop {
		let sending = Instant::now() < deadline;
		while sending && queued < lanes.len() * 2 && tracker.pending() < window {
			let (sender, bytes) = match first.take() {
				Some(t) => t,
				None => next()?,
			};
			let hash = H256(blake2_256(&bytes));
			// Tracked before it is sent: its block may come before the node's answer.
			tracker.watch.lock().expect("tracker lock").pending.insert(hash, bytes.clone());
			let lane = sender % lanes.len();
			lanes[lane].push_back((hash, bytes));
			queued += 1;
		}
		for (lane, hash, bytes) in idle_lanes_next(&mut lanes, &mut busy) {
			queued -= 1;
			answers.push(submit(lane, bytes, hash));
		}
		if !sending && queued == 0 && answers.is_empty() {
			break;
		}
		tokio::select! {
			Some((lane, hash, answer)) = answers.next(), if !answers.is_empty() => {
				busy[lane] = false;
				settle_answer(tracker, &mut tally, hash, answer);
			}
			_ = tracker.changed.notified(), if sending => {}
			_ = tokio::time::sleep(Duration::from_millis(20)), if sending => {}
		}
	}
	let drained = Instant::now() + DRAIN;
	while tracker.pending() > 0 && Instant::now() < drained {
		tokio::select! {
			_ = tracker.changed.notified() => {}
			_ = tokio::time::sleep(Duration::from_millis(200)) => {}
		}
	}
	tally.dropped = tracker.pending() as u64;
	let dropped: Vec<Vec<u8>> =
		tracker.watch.lock().expect("tracker lock").pending.values().take(3).cloned().collect();
	for bytes in dropped {
		let why = validity(conn, &bytes).await.unwrap_or_else(|e| e.to_string());
		*tally.errors.entry(format!("dropped, now: {why}")).or_default() += 1;
	}
	tally.included = tracker.included.load(Ordering::SeqCst);
	tally.failed = tracker.failed.load(Ordering::SeqCst);
	tally.items = tracker.items.load(Ordering::SeqCst);
	tally.blocks = tracker.blocks.load(Ordering::SeqCst);
	let last = tracker.last_block.lock().expect("tracker lock").unwrap_or(start);
	tally.seconds = last.duration_since(start).as_secs_f64();
	tracker.reset(item);
	Ok(tally)
}

/// The next transaction of every lane that is not waiting for the node, marking it busy.
fn idle_lanes_next(
	lanes: &mut [VecDeque<(H256, Vec<u8>)>],
	busy: &mut [bool],
) -> Vec<(usize, H256, Vec<u8>)> {
	let mut started = Vec::new();
	for (lane, queue) in lanes.iter_mut().enumerate() {
		if busy[lane] {
			continue;
		}
		if let Some((hash, bytes)) = queue.pop_front() {
			busy[lane] = true;
			started.push((lane, hash, bytes));
		}
	}
	started
}

fn settle_answer(
	tracker: &Tracker,
	tally: &mut Tally,
	hash: H256,
	answer: std::result::Result<serde_json::Value, String>,
) {
	match answer {
		Ok(_) => tally.submitted += 1,
		Err(e) => {
			tracker.watch.lock().expect("tracker lock").pending.remove(&hash);
			tally.rejected += 1;
			*tally.errors.entry(e).or_default() += 1;
		}
	}
}

/// How many transactions like `sample` fit in one block's share for normal transactions, by
/// their weight (as the runtime's `TransactionPaymentApi` tells it) and by length.
async fn per_block(conn: &Conn, sample: &[u8]) -> Result<usize> {
	let at = conn.api.at_current_block().await?;
	let weights = at.constants().entry(iot::constants().system().block_weights())?;
	let lengths = at.constants().entry(iot::constants().system().block_length())?;
	let normal = weights.per_class.normal;
	let max_weight = normal.max_total.map_or(weights.max_block.ref_time, |w| w.ref_time);
	let arg = [sample, &(sample.len() as u32).encode()].concat();
	let answer: String = conn
		.rpc
		.request(
			"state_call",
			rpc_params!["TransactionPaymentApi_query_info", sp_core::bytes::to_hex(&arg, false)],
		)
		.await?;
	let bytes = sp_core::bytes::from_hex(&answer)?;
	let (ref_time, _proof, _class, _fee) =
		<(Compact<u64>, Compact<u64>, u8, u128)>::decode(&mut &bytes[..])?;
	let weight = ref_time.0.saturating_add(normal.base_extrinsic.ref_time).max(1);
	let by_weight = max_weight / weight;
	let by_length = u64::from(lengths.max.normal) / (sample.len() as u64).max(1);
	Ok(by_weight.min(by_length) as usize)
}

/// What the runtime says of `tx` now (`TaggedTransactionQueue::validate_transaction` at the
/// best block), as SCALE hex: why a dropped transaction was dropped.
async fn validity(conn: &Conn, tx: &[u8]) -> Result<String> {
	let best: String = conn.rpc.request("chain_getBlockHash", rpc_params![]).await?;
	let best = from_hex(&best)?;
	// TransactionSource::External, the transaction, the block.
	let arg = [&[2u8][..], tx, &best].concat();
	Ok(conn
		.rpc
		.request(
			"state_call",
			rpc_params![
				"TaggedTransactionQueue_validate_transaction",
				sp_core::bytes::to_hex(&arg, false)
			],
		)
		.await?)
}
