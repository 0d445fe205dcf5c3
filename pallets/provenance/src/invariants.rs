//! The pallet's invariants, checked by `try-runtime` and after every unit test.

use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use iot_primitives::provenance::LegVerdict;
use sp_runtime::{traits::Saturating, TryRuntimeError};

use crate::{
	BalanceOf, Config, Handoffs, History, HoldReason, ItemByKey, ItemKind, Items, Legs,
	NextEventId, NextItemId, NextLegId, OpenLeg, Pallet, TaggedItem, TraceEvents,
};

impl<T: Config> Pallet<T> {
	/// - ids below their counters;
	/// - an unpacked item names its owner and custodian; a packed one has no custodian of its
	///   own and sits in an existing container, whose child count is exact;
	/// - every history has exactly `events` entries, each an existing event;
	/// - the key and tag indexes and the items point at each other;
	/// - a pending handoff is of an unpacked item, and each proposer's handoff hold is the sum
	///   of its handoffs' deposits;
	/// - each account's records hold is the sum of the deposits of the items it produced, the
	///   events it wrote and the legs it opened;
	/// - a leg is open (in `OpenLeg`, not ended, undecided) or ended, and only an ended leg has
	///   a verdict.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut children = BTreeMap::<u64, u32>::new();
		for (id, item) in Items::<T>::iter() {
			ensure!(id < NextItemId::<T>::get(), "item id not yet issued");
			match item.parent {
				None => ensure!(
					item.owner.is_some() && item.custodian.is_some(),
					"unpacked item without owner or custodian"
				),
				Some(parent) => {
					ensure!(item.custodian.is_none(), "packed item with a custodian of its own");
					let container = Items::<T>::get(parent).ok_or("packed in a missing item")?;
					ensure!(container.kind == ItemKind::Container, "packed in a non-container");
					let count = children.entry(parent).or_default();
					*count = count.saturating_add(1);
				}
			}
			let entries = History::<T>::iter_prefix(id).count();
			ensure!(entries == item.events as usize, "history length differs from its count");
			for (n, event) in History::<T>::iter_prefix(id) {
				ensure!(n < item.events, "history entry past the item's count");
				ensure!(TraceEvents::<T>::contains_key(event), "history names a missing event");
			}
			if let Some(key) = &item.key {
				let indexed = ItemByKey::<T>::get(Self::key_hash(key));
				ensure!(indexed == Some(id), "external key not indexed to its item");
			}
			if let Some(tag) = item.tag {
				ensure!(TaggedItem::<T>::get(tag) == Some(id), "tag not indexed to its item");
			}
		}
		for (id, item) in Items::<T>::iter() {
			let held = children.get(&id).copied().unwrap_or_default();
			ensure!(item.children == held, "container's child count is off");
		}
		for (_, id) in ItemByKey::<T>::iter() {
			ensure!(Items::<T>::contains_key(id), "key index names a missing item");
		}
		for (tag, id) in TaggedItem::<T>::iter() {
			let item = Items::<T>::get(id).ok_or("tag index names a missing item")?;
			ensure!(item.tag == Some(tag), "tag index disagrees with its item");
		}
		for (id, _) in TraceEvents::<T>::iter() {
			ensure!(id < NextEventId::<T>::get(), "event id not yet issued");
		}
		let mut handoffs = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (id, handoff) in Handoffs::<T>::iter() {
			let item = Items::<T>::get(id).ok_or("handoff of a missing item")?;
			ensure!(item.parent.is_none(), "handoff of a packed item");
			add::<T>(&mut handoffs, handoff.from, handoff.deposit);
		}
		check_held::<T>(
			HoldReason::Handoff,
			handoffs,
			"handoff hold differs from the pending deposits",
		)?;
		let mut records = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (_, item) in Items::<T>::iter() {
			add::<T>(&mut records, item.producer, item.deposit);
		}
		for (_, event) in TraceEvents::<T>::iter() {
			add::<T>(&mut records, event.by, event.deposit);
		}
		for (_, leg) in Legs::<T>::iter() {
			add::<T>(&mut records, leg.opened_by, leg.deposit);
		}
		check_held::<T>(HoldReason::Records, records, "records hold differs from their deposits")?;
		for (id, leg) in Legs::<T>::iter() {
			ensure!(id < NextLegId::<T>::get(), "leg id not yet issued");
			let open = OpenLeg::<T>::get(leg.item) == Some(id);
			ensure!(open == leg.to.is_none(), "open-leg index disagrees with the leg's end");
			ensure!(leg.to.is_some() == leg.deadline.is_some(), "leg ended without a deadline");
			let decided = leg.verdict != LegVerdict::Pending;
			ensure!(!decided || leg.to.is_some(), "verdict on a leg under way");
		}
		for (item, id) in OpenLeg::<T>::iter() {
			let leg = Legs::<T>::get(id).ok_or("open-leg index names a missing leg")?;
			ensure!(leg.item == item, "open-leg index under the wrong item");
		}
		Ok(())
	}
}

fn add<T: Config>(
	sums: &mut BTreeMap<T::AccountId, BalanceOf<T>>,
	who: T::AccountId,
	amount: BalanceOf<T>,
) {
	let sum = sums.entry(who).or_default();
	*sum = sum.saturating_add(amount);
}

/// Every account's hold for `reason` is its sum (the fuzzer's ledger also finds holds that no
/// record explains).
fn check_held<T: Config>(
	reason: HoldReason,
	sums: BTreeMap<T::AccountId, BalanceOf<T>>,
	message: &'static str,
) -> Result<(), TryRuntimeError> {
	for (who, sum) in sums {
		ensure!(T::Currency::balance_on_hold(&reason.into(), &who) == sum, message);
	}
	Ok(())
}
