//! Unit tests, by area; the helpers they share.

mod handoffs;
mod items;
mod legs;
mod packing;
mod recall;
mod story;

use frame_support::{assert_ok, traits::fungible::InspectHold, BoundedVec};
use iot_primitives::{
	provenance::ItemId,
	telemetry::{AnchoredRange, StreamRange, ValueSummary},
};
use sp_core::H256;

use crate::{mock::*, EventContext, HoldReason, ItemKind, NewItem};

/// A call parameter from a test's list, which stays within its bound.
pub fn bounded<T, S: frame_support::traits::Get<u32>>(items: Vec<T>) -> BoundedVec<T, S> {
	BoundedVec::try_from(items).map_err(|_| ()).expect("a test's list is within its bound")
}

/// An event's context at `time` with a document hash.
pub fn at(time: u64) -> EventContext {
	EventContext {
		time,
		place: None,
		step: Some(bounded(b"commissioning".to_vec())),
		disposition: Some(bounded(b"active".to_vec())),
		document: Some(H256::repeat_byte(time as u8)),
		corrects: None,
	}
}

/// A product class.
pub const LETTUCE: H256 = H256::repeat_byte(0x1e);

/// A new item of `kind` with external key `key` (if not empty).
pub fn new_item(kind: ItemKind, key: &str) -> NewItem<Test> {
	let key = (!key.is_empty()).then(|| bounded(key.as_bytes().to_vec()));
	NewItem { kind, class: LETTUCE, key, tag: None }
}

pub fn unit(key: &str) -> NewItem<Test> {
	new_item(ItemKind::Unit, key)
}

pub fn lot(key: &str) -> NewItem<Test> {
	new_item(ItemKind::Lot { quantity: 500_000, uom: *b"KGM" }, key)
}

pub fn container(key: &str) -> NewItem<Test> {
	new_item(ItemKind::Container, key)
}

/// Commissions `items` by `who`; returns their ids.
pub fn commission(who: AccountId, items: Vec<NewItem<Test>>) -> Vec<ItemId> {
	let first = crate::NextItemId::<Test>::get();
	let count = items.len() as u64;
	assert_ok!(Provenance::commission(RuntimeOrigin::signed(who), bounded(items), at(1)));
	(first..first + count).collect()
}

/// What `who` has on hold for records.
pub fn records_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Records.into(), &who)
}

/// The ids of `item`'s history, in order.
pub fn history(item: ItemId) -> Vec<u64> {
	let events = crate::Items::<Test>::get(item).map_or(0, |item| item.events);
	(0..events).filter_map(|n| crate::History::<Test>::get(item, n)).collect()
}

/// Anchors, as `anchor`, the tracker's readings `first..=last` measured `times` with values in
/// `values`, signed by the device unless `values` is `None`.
pub fn anchor(anchor: u64, first: u64, last: u64, times: (u64, u64), values: Option<(i64, i64)>) {
	Telemetry::anchor(
		anchor,
		AnchoredRange {
			range: StreamRange {
				device: TRACKER,
				stream: 0,
				first_sequence: first,
				last_sequence: last,
				first_timestamp: times.0,
				last_timestamp: times.1,
				count: (last - first + 1) as u32,
			},
			summary: values.map(|(min, max)| ValueSummary { min, max, sum: 0 }),
			missing_before: 0,
		},
	);
}
