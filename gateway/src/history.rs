//! A device's history: its registration, key rotations, transfers, certification and status
//! changes, indexed from finalized blocks' events into the spool.
//!
//! The chain keeps only a device's current record (and a count of its rotations); past events
//! live in the state of past blocks, which a node prunes. So the gateway, which follows every
//! finalized block anyway, keeps the registry's events per device and says which blocks it has
//! covered: a history is complete only from `from_block` on. A gateway that starts, or that
//! missed blocks while disconnected, first reads up to [`BACKFILL`] earlier blocks (fewer than a
//! node's default 256 blocks of kept state).

use anyhow::Result;
use codec::Decode;
use iot_primitives::{device::DevicePublicKey, DeviceId};
use redb::{
	Database, Durability, ReadTransaction, ReadableDatabase, ReadableTable, TableDefinition,
	WriteTransaction,
};
use serde::{Deserialize, Serialize};
use sp_core::{
	bytes::to_hex,
	crypto::{AccountId32, Ss58Codec},
	H256,
};
use subxt::{events::Events, PolkadotConfig};

use tokio::sync::mpsc;

use crate::{chain::Api, spool::Spool};

/// (device, block, event index) → JSON [`Change`].
const EVENTS: TableDefinition<(u64, u64, u32), &str> = TableDefinition::new("history_events");
/// `from` and `to`: the blocks indexed without a gap.
const COVERED: TableDefinition<&str, u64> = TableDefinition::new("history_covered");

/// How many blocks before the one in hand a gateway reads when it has a gap to fill.
pub const BACKFILL: u64 = 200;

/// One block in so many is indexed with a durable commit (see [`record`]).
const DURABLE_EVERY: u64 = 64;

/// The most events one answer holds: the newest.
pub const MAX_EVENTS: usize = 1_000;

/// One event of a device, as stored: its name and its other fields, rendered.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Change {
	pub event: String,
	pub fields: Vec<(String, String)>,
}

/// One event of a device in a block.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct HistoryEvent {
	pub block: u64,
	pub index: u32,
	pub event: String,
	pub fields: Vec<(String, String)>,
}

/// A device's events among the blocks indexed (oldest first), and which blocks those are.
#[derive(Serialize, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct History {
	pub device: DeviceId,
	pub from_block: Option<u64>,
	pub to_block: Option<u64>,
	pub events: Vec<HistoryEvent>,
}

/// Creates the tables (in the spool's opening transaction).
pub fn create(tx: &WriteTransaction) -> Result<()> {
	tx.open_table(EVENTS)?;
	tx.open_table(COVERED)?;
	Ok(())
}

/// The blocks indexed without a gap, if any.
pub fn covered(db: &Database) -> Result<Option<(u64, u64)>> {
	covered_in(&db.begin_read()?)
}

fn covered_in(tx: &ReadTransaction) -> Result<Option<(u64, u64)>> {
	let table = tx.open_table(COVERED)?;
	let get = |key: &str| -> Result<Option<u64>> { Ok(table.get(key)?.map(|v| v.value())) };
	Ok(get("from")?.zip(get("to")?))
}

/// Stores block `number`'s changes, `(device, event index, change)`. A block that does not follow
/// the covered range starts a new one: what lies before it is no longer claimed to be complete.
pub fn record(db: &Database, number: u64, changes: &[(DeviceId, u32, Change)]) -> Result<()> {
	let mut tx = db.begin_write()?;
	// Mostly not flushed to disk on its own: a history is an index of finalized blocks that the
	// chain keeps, so what a crash loses is read again (the covered range never claims more than
	// what was committed with it), and the readings' durable commits are not slowed by it. Every
	// [`DURABLE_EVERY`]th block is flushed, as redb frees no page while only lazy commits follow.
	if number % DURABLE_EVERY != 0 {
		tx.set_durability(Durability::None)?;
	}
	{
		let mut covered = tx.open_table(COVERED)?;
		let to = covered.get("to")?.map(|v| v.value());
		match to {
			Some(to) if number <= to => return Ok(()),
			Some(to) if number == to.saturating_add(1) => {}
			_ => {
				covered.insert("from", number)?;
			}
		}
		covered.insert("to", number)?;
		let mut events = tx.open_table(EVENTS)?;
		for (device, index, change) in changes {
			events.insert((*device, number, *index), serde_json::to_string(change)?.as_str())?;
		}
	}
	tx.commit()?;
	Ok(())
}

/// `device`'s newest [`MAX_EVENTS`] events, oldest first.
pub fn history(db: &Database, device: DeviceId) -> Result<History> {
	let tx = db.begin_read()?;
	let range = covered_in(&tx)?;
	let table = tx.open_table(EVENTS)?;
	let mut events = Vec::new();
	for entry in table.range((device, 0, 0)..=(device, u64::MAX, u32::MAX))?.rev() {
		if events.len() == MAX_EVENTS {
			break;
		}
		let (key, value) = entry?;
		let (_, block, index) = key.value();
		let Change { event, fields } = serde_json::from_str(value.value())?;
		events.push(HistoryEvent { block, index, event, fields });
	}
	events.reverse();
	Ok(History { device, from_block: range.map(|r| r.0), to_block: range.map(|r| r.1), events })
}

fn key(key: &DevicePublicKey) -> String {
	format!("{} {}", key.kind().name(), to_hex(key.as_bytes(), false))
}

/// An account as the chain's own addresses are written (its SS58 prefix).
fn account(account: &AccountId32) -> String {
	account.to_ss58check_with_version(iot_primitives::SS58_PREFIX.into())
}

/// The device and the change a registry event records, if it is one of a device's own; the
/// fields are decoded from the event's SCALE bytes with the runtime's types.
pub fn describe(
	pallet: &str,
	name: &str,
	mut bytes: &[u8],
) -> Result<Option<(DeviceId, Change)>, codec::Error> {
	if pallet != "DeviceRegistry" {
		return Ok(None);
	}
	let input = &mut bytes;
	let fields: (DeviceId, Vec<(&str, String)>) = match name {
		"DeviceRegistered" => {
			let (device, owner, k) = <(DeviceId, AccountId32, DevicePublicKey)>::decode(input)?;
			(device, vec![("owner", account(&owner)), ("key", key(&k))])
		}
		"DeviceCertified" | "CertificationRevoked" => {
			let (device, maker) = <(DeviceId, AccountId32)>::decode(input)?;
			(device, vec![("maker", account(&maker))])
		}
		"KeyRotated" => {
			let (device, old, new) = <(DeviceId, DevicePublicKey, DevicePublicKey)>::decode(input)?;
			(device, vec![("old key", key(&old)), ("new key", key(&new))])
		}
		"DeviceUpdated" => {
			let (device, firmware) = <(DeviceId, H256)>::decode(input)?;
			(device, vec![("firmware", to_hex(firmware.as_bytes(), false))])
		}
		"DeviceTransferred" => {
			let (device, from, to) = <(DeviceId, AccountId32, AccountId32)>::decode(input)?;
			(device, vec![("from", account(&from)), ("to", account(&to))])
		}
		"DeviceRevoked" => {
			let (device, by) = <(DeviceId, AccountId32)>::decode(input)?;
			(device, vec![("by", account(&by))])
		}
		"DeviceDeregistered" => {
			let (device, owner) = <(DeviceId, AccountId32)>::decode(input)?;
			(device, vec![("owner", account(&owner))])
		}
		"DeviceSuspended" | "DeviceResumed" => (DeviceId::decode(input)?, vec![]),
		_ => return Ok(None),
	};
	let (device, fields) = fields;
	let fields = fields.into_iter().map(|(n, v)| (n.to_string(), v)).collect();
	Ok(Some((device, Change { event: name.to_string(), fields })))
}

/// The device changes among a block's events.
pub fn changes(events: &Events<PolkadotConfig>) -> Vec<(DeviceId, u32, Change)> {
	let mut out = Vec::new();
	for event in events.iter() {
		let event = match event {
			Ok(event) => event,
			Err(e) => {
				tracing::warn!(error = %e, "an event the gateway cannot read");
				continue;
			}
		};
		match describe(event.pallet_name(), event.event_name(), event.field_bytes()) {
			Ok(Some((device, change))) => out.push((device, event.index(), change)),
			Ok(None) => {}
			Err(e) => tracing::warn!(
				event = event.event_name(),
				error = %e,
				"a registry event whose fields do not decode; left out of the history"
			),
		}
	}
	out
}

async fn past_events(api: &Api, number: u64) -> Result<Events<PolkadotConfig>> {
	Ok(api.at_block(number).await?.events().fetch().await?)
}

/// A finalized block's number and its device changes, as the block follower sends them.
pub type Block = (u64, Vec<(DeviceId, u32, Change)>);

/// How many blocks may wait for [`run`]; when more arrive, they are read again by its backfill.
pub const QUEUE: usize = 64;

/// Indexes the blocks it is sent until the sender is dropped, on its own task so that a slow
/// backfill never holds up the block follower.
pub async fn run(api: Api, spool: Spool, mut blocks: mpsc::Receiver<Block>) {
	while let Some((number, changes)) = blocks.recv().await {
		// A history left incomplete says so by its covered blocks; the next block tries again.
		if let Err(e) = index(&api, spool.db(), number, &changes).await {
			tracing::warn!(block = number, error = %e, "device history not indexed");
		}
	}
}

/// Indexes finalized block `number` (whose changes are `changes`), reading first the blocks
/// missed since the covered range, or up to [`BACKFILL`] blocks before it when there is none.
async fn index(
	api: &Api,
	db: &Database,
	number: u64,
	changes: &[(DeviceId, u32, Change)],
) -> Result<()> {
	let first = match tokio::task::block_in_place(|| covered(db))? {
		Some((_, to)) if number <= to => return Ok(()),
		Some((_, to)) if number.saturating_sub(to) <= BACKFILL => to + 1,
		_ => number.saturating_sub(BACKFILL).max(1),
	};
	for missed in first..number {
		match past_events(api, missed).await {
			Ok(past) => {
				let changes = self::changes(&past);
				tokio::task::block_in_place(|| record(db, missed, &changes))?;
			}
			// Pruned or unreadable: the covered range restarts after it.
			Err(e) => tracing::debug!(block = missed, error = %e, "no events for a past block"),
		}
	}
	tokio::task::block_in_place(|| record(db, number, changes))
}

#[cfg(test)]
mod tests {
	use codec::Encode;

	use super::*;

	fn db() -> Database {
		let db = Database::builder()
			.create_with_backend(redb::backends::InMemoryBackend::new())
			.expect("a database in memory");
		let tx = db.begin_write().expect("a transaction");
		create(&tx).expect("tables");
		tx.commit().expect("committed");
		db
	}

	fn change(event: &str) -> Change {
		Change { event: event.into(), fields: vec![] }
	}

	#[test]
	fn rotation_and_transfer_events_are_described_with_their_fields() {
		let alice = AccountId32::from([1; 32]);
		let bob = AccountId32::from([2; 32]);
		let old = DevicePublicKey::Sr25519([3; 32]);
		let new = DevicePublicKey::Ed25519([4; 32]);
		let rotated = describe("DeviceRegistry", "KeyRotated", &(7u64, old, new).encode())
			.expect("decodes")
			.expect("a device's event");
		assert_eq!(rotated.0, 7);
		assert_eq!(
			rotated.1.fields[0],
			("old key".into(), format!("sr25519 0x{}", "03".repeat(32)))
		);
		assert_eq!(
			rotated.1.fields[1],
			("new key".into(), format!("ed25519 0x{}", "04".repeat(32)))
		);
		let moved = describe("DeviceRegistry", "DeviceTransferred", &(9u64, &alice, &bob).encode())
			.expect("decodes")
			.expect("a device's event");
		assert_eq!(moved.0, 9);
		assert_eq!(
			moved.1.fields,
			vec![
				("from".to_string(), alice.to_ss58check()),
				("to".to_string(), bob.to_ss58check())
			]
		);
	}

	#[test]
	fn other_events_are_not_a_devices_and_bad_bytes_are_an_error() {
		let offered = (1u64, AccountId32::from([1; 32]), AccountId32::from([2; 32])).encode();
		assert_eq!(describe("DeviceRegistry", "TransferOffered", &offered), Ok(None));
		assert_eq!(describe("Balances", "DeviceTransferred", &offered), Ok(None));
		assert!(describe("DeviceRegistry", "KeyRotated", &[1, 2, 3]).is_err());
	}

	#[test]
	fn history_is_per_device_oldest_first_with_its_covered_blocks() {
		let db = db();
		assert_eq!(history(&db, 1).expect("read").from_block, None);
		record(&db, 5, &[(1, 0, change("DeviceRegistered")), (2, 1, change("DeviceRegistered"))])
			.expect("recorded");
		record(&db, 6, &[]).expect("recorded");
		record(&db, 7, &[(1, 3, change("KeyRotated"))]).expect("recorded");
		// A block already indexed is not indexed twice.
		record(&db, 7, &[(1, 3, change("DeviceSuspended"))]).expect("recorded");
		let h = history(&db, 1).expect("read");
		assert_eq!((h.from_block, h.to_block), (Some(5), Some(7)));
		let names: Vec<_> = h.events.iter().map(|e| (e.block, e.event.as_str())).collect();
		assert_eq!(names, vec![(5, "DeviceRegistered"), (7, "KeyRotated")]);
		assert_eq!(history(&db, 2).expect("read").events.len(), 1);
		assert!(history(&db, 3).expect("read").events.is_empty());
	}

	#[test]
	fn a_gap_restarts_the_covered_range() {
		let db = db();
		record(&db, 5, &[(1, 0, change("DeviceRegistered"))]).expect("recorded");
		record(&db, 9, &[(1, 0, change("DeviceSuspended"))]).expect("recorded");
		let h = history(&db, 1).expect("read");
		assert_eq!((h.from_block, h.to_block), (Some(9), Some(9)));
		// What was indexed before the gap is still shown; only the claim of completeness moved.
		assert_eq!(h.events.len(), 2);
	}

	#[test]
	fn an_answer_holds_the_newest_events_only() {
		let db = db();
		for block in 1..=(MAX_EVENTS as u64 + 5) {
			record(&db, block, &[(1, 0, change("DeviceUpdated"))]).expect("recorded");
		}
		let h = history(&db, 1).expect("read");
		assert_eq!(h.events.len(), MAX_EVENTS);
		assert_eq!(h.events.first().map(|e| e.block), Some(6));
		assert_eq!(h.events.last().map(|e| e.block), Some(MAX_EVENTS as u64 + 5));
	}
}
