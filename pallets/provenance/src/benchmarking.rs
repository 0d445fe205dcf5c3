//! Benchmarks (v2) of every call, each in its worst case: items packed at the deepest nesting
//! (every custody or ownership check walks the whole parent chain), full-length keys, tags and
//! CBV codes, a correction to look up, and anchors as full as the telemetry pallet lets them be.

use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use iot_primitives::{
	provenance::{HandlingBand, ItemId, LegVerdict},
	telemetry::{AnchorId, AnchoredRange, StreamRange, ValueSummary},
	DeviceId,
};
use sp_core::H256;
use sp_runtime::traits::Bounded;

use crate::*;

/// What benchmarks need from the device registry, the telemetry anchors and an account key.
pub trait BenchmarkHelper<AccountId, Signature> {
	/// Stores an active, certified device owned by `owner` and returns its id.
	fn register_device(owner: &AccountId) -> DeviceId;
	/// Stores one anchor per range, each range with a device-signed summary, last in an anchor
	/// filled up to the most ranges an anchor may hold (the worst case for finding it).
	fn anchor(ranges: Vec<AnchoredRange>) -> Vec<AnchorId>;
	/// An account whose key [`BenchmarkHelper::sign`] signs with.
	fn signer() -> AccountId;
	/// `message` signed by [`BenchmarkHelper::signer`]'s key.
	fn sign(message: &[u8]) -> Signature;
}

fn funded<T: Config>(who: T::AccountId) -> T::AccountId {
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4_096u32.into());
	who
}

/// The signer of the benchmarked call (whitelisted: the fee payment touched its account).
fn caller<T: Config>() -> T::AccountId {
	funded::<T>(whitelisted_caller())
}

fn other<T: Config>() -> T::AccountId {
	funded::<T>(account("other", 0, 0))
}

fn carrier<T: Config>() -> T::AccountId {
	funded::<T>(account("carrier", 0, 0))
}

fn code() -> Code {
	BoundedVec::truncate_from(vec![b'x'; MAX_CODE_LENGTH as usize])
}

/// The longest context, correcting `corrects`.
fn context(corrects: Option<u64>) -> EventContext {
	EventContext {
		time: 1_700_000_000_000,
		place: Some(Place::Location(H256::repeat_byte(7))),
		step: Some(code()),
		disposition: Some(code()),
		document: Some(H256::repeat_byte(9)),
		corrects,
	}
}

/// A new item with the longest key unique to `n` and, with `tag`, a tag.
fn new_item<T: Config>(kind: ItemKind, n: u32, tag: Option<DeviceId>) -> NewItem<T> {
	// The counter last, padded to the longest key.
	let length = (T::MaxKeyLength::get() as usize).saturating_sub(4);
	let mut key = vec![b'0'; length];
	key.extend_from_slice(&n.to_be_bytes());
	NewItem { kind, class: H256::repeat_byte(1), key: Some(BoundedVec::truncate_from(key)), tag }
}

/// Commissions `count` items of `kind` by `who` (keyed from `salt`); returns the first id and
/// the commissioning event.
fn commissioned<T: Config>(
	who: &T::AccountId,
	kind: ItemKind,
	count: u32,
	salt: u32,
) -> (ItemId, u64) {
	let first = NextItemId::<T>::get();
	let items = (0..count).map(|n| new_item::<T>(kind, salt + n, None)).collect::<Vec<_>>();
	Pallet::<T>::do_commission(who.clone(), BoundedVec::truncate_from(items), context(None))
		.expect("benchmark items commission");
	(first, NextEventId::<T>::get() - 1)
}

/// A chain of `MaxDepth` containers, each in the next, held by `who`; returns the innermost and the
/// outermost.
fn nest<T: Config>(who: &T::AccountId) -> (ItemId, ItemId) {
	let depth = T::MaxDepth::get().max(1);
	let (first, _) = commissioned::<T>(who, ItemKind::Container, depth, 1_000_000);
	for level in 1..u64::from(depth) {
		let child = BoundedVec::truncate_from(vec![first + level - 1]);
		Pallet::<T>::do_aggregate(who.clone(), first + level, child, context(None))
			.expect("benchmark containers nest");
	}
	(first, first + u64::from(depth) - 1)
}

/// `n` units of `who` packed in the innermost of a chain of containers, so that they sit at the
/// deepest nesting; returns their ids and the outermost container.
fn packed_units<T: Config>(who: &T::AccountId, n: u32) -> (Vec<ItemId>, ItemId, ItemId) {
	let (inner, outer) = nest::<T>(who);
	let (first, _) = commissioned::<T>(who, ItemKind::Unit, n, 0);
	let units: Vec<_> = (first..first + u64::from(n)).collect();
	Pallet::<T>::do_aggregate(
		who.clone(),
		inner,
		BoundedVec::truncate_from(units.clone()),
		context(None),
	)
	.expect("benchmark units pack");
	(units, inner, outer)
}

/// A container of `who` handed to `carrier`'s custody, with a leg under way.
fn leg_under_way<T: Config>(who: &T::AccountId, carrier: &T::AccountId) -> (ItemId, u64) {
	let (item, _) = commissioned::<T>(who, ItemKind::Container, 1, 2_000_000);
	Pallet::<T>::do_propose_handoff(who.clone(), item, carrier.clone(), Transfer::Custody)
		.expect("benchmark handoff");
	Pallet::<T>::do_accept_handoff(carrier.clone(), item).expect("benchmark handoff");
	let tracker = T::BenchmarkHelper::register_device(carrier);
	let leg = NextLegId::<T>::get();
	let band = HandlingBand { min: i64::MIN, max: i64::MAX, max_excursion: 0 };
	Pallet::<T>::do_start_leg(carrier.clone(), item, tracker, 0, band).expect("benchmark leg");
	(item, leg)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn commission(n: Linear<1, { T::MaxItemsPerEvent::get() }>) {
		let who = caller::<T>();
		let (_, corrected) = commissioned::<T>(&who, ItemKind::Unit, 1, u32::MAX - 1);
		let items = (0..n)
			.map(|i| {
				new_item::<T>(ItemKind::Unit, i, Some(T::BenchmarkHelper::register_device(&who)))
			})
			.collect::<Vec<_>>();
		let first = NextItemId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), BoundedVec::truncate_from(items), context(Some(corrected)));

		assert!(Items::<T>::contains_key(first + u64::from(n) - 1));
	}

	#[benchmark]
	fn observe(n: Linear<1, { T::MaxItemsPerEvent::get() }>) {
		// The caller owns the items but another holds them: both walks run their full length.
		let who = caller::<T>();
		let (units, _, outer) = packed_units::<T>(&who, n);
		Items::<T>::mutate(outer, |item| {
			if let Some(item) = item {
				item.custodian = Some(other::<T>());
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(who), BoundedVec::truncate_from(units.clone()), context(None));

		assert_eq!(Items::<T>::get(units[0]).map(|item| item.events), Some(3));
	}

	#[benchmark]
	fn aggregate(n: Linear<1, { T::MaxItemsPerEvent::get() }>) {
		let who = caller::<T>();
		let (inner, _) = nest::<T>(&who);
		let (first, _) = commissioned::<T>(&who, ItemKind::Unit, n, 0);
		let units: Vec<_> = (first..first + u64::from(n)).collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), inner, BoundedVec::truncate_from(units), context(None));

		assert_eq!(Items::<T>::get(inner).map(|item| item.children), Some(n));
	}

	#[benchmark]
	fn disaggregate(n: Linear<1, { T::MaxItemsPerEvent::get() }>) {
		let who = caller::<T>();
		let (units, inner, _) = packed_units::<T>(&who, n);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), inner, BoundedVec::truncate_from(units), context(None));

		assert_eq!(Items::<T>::get(inner).map(|item| item.children), Some(0));
	}

	#[benchmark]
	fn transform(
		i: Linear<1, { T::MaxInputs::get() }>,
		o: Linear<1, { T::MaxItemsPerEvent::get() }>,
	) {
		let who = caller::<T>();
		let lot = ItemKind::Lot { quantity: 1_000, uom: *b"KGM" };
		let (first, _) = commissioned::<T>(&who, lot, i, 0);
		let inputs: Vec<_> = (first..first + u64::from(i)).collect();
		let outputs = (0..o)
			.map(|n| {
				new_item::<T>(
					ItemKind::Unit,
					100_000 + n,
					Some(T::BenchmarkHelper::register_device(&who)),
				)
			})
			.collect::<Vec<_>>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			BoundedVec::truncate_from(inputs),
			BoundedVec::truncate_from(outputs),
			context(None),
		);

		assert_eq!(Items::<T>::get(first).map(|item| item.status), Some(ItemStatus::Consumed));
	}

	#[benchmark]
	fn decommission(n: Linear<1, { T::MaxItemsPerEvent::get() }>) {
		let who = caller::<T>();
		let (first, _) = commissioned::<T>(&who, ItemKind::Unit, n, 0);
		let items: Vec<_> = (first..first + u64::from(n)).collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), BoundedVec::truncate_from(items), context(None));

		assert_eq!(Items::<T>::get(first).map(|item| item.status), Some(ItemStatus::Destroyed));
	}

	#[benchmark]
	fn propose_handoff() {
		let who = caller::<T>();
		let (item, _) = commissioned::<T>(&who, ItemKind::Container, 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), item, other::<T>(), Transfer::Both);

		assert!(Handoffs::<T>::contains_key(item));
	}

	#[benchmark]
	fn accept_handoff() {
		// Delivery: the carrier hands the container on and the leg under way ends.
		let owner = other::<T>();
		let carrier = carrier::<T>();
		let (item, leg) = leg_under_way::<T>(&owner, &carrier);
		let who = caller::<T>();
		Pallet::<T>::do_propose_handoff(carrier, item, who.clone(), Transfer::Custody)
			.expect("benchmark handoff");

		#[extrinsic_call]
		_(RawOrigin::Signed(who), item);

		assert!(Legs::<T>::get(leg).is_some_and(|leg| leg.to.is_some()));
	}

	#[benchmark]
	fn reject_handoff() {
		let owner = other::<T>();
		let (item, _) = commissioned::<T>(&owner, ItemKind::Container, 1, 0);
		let who = caller::<T>();
		Pallet::<T>::do_propose_handoff(owner, item, who.clone(), Transfer::Both)
			.expect("benchmark handoff");

		#[extrinsic_call]
		_(RawOrigin::Signed(who), item);

		assert!(!Handoffs::<T>::contains_key(item));
	}

	#[benchmark]
	fn start_leg() {
		let who = caller::<T>();
		let (item, _) = commissioned::<T>(&who, ItemKind::Container, 1, 0);
		let tracker = T::BenchmarkHelper::register_device(&other::<T>());
		let band = HandlingBand { min: -1_000, max: 800, max_excursion: 60_000 };

		#[extrinsic_call]
		_(RawOrigin::Signed(who), item, tracker, 0, band);

		assert!(OpenLeg::<T>::contains_key(item));
	}

	#[benchmark]
	fn end_leg() {
		let who = caller::<T>();
		let carrier = other::<T>();
		let (_, leg) = leg_under_way::<T>(&who, &carrier);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), leg);

		assert!(Legs::<T>::get(leg).is_some_and(|leg| leg.to.is_some()));
	}

	#[benchmark]
	fn prove_leg(a: Linear<1, { T::MaxWindowAnchors::get() }>) {
		let owner = other::<T>();
		let carrier = carrier::<T>();
		let (_, leg_id) = leg_under_way::<T>(&owner, &carrier);
		Pallet::<T>::do_end_leg(None, leg_id).expect("benchmark leg ends");
		let leg = Legs::<T>::get(leg_id).expect("benchmark leg");
		let to = leg.to.unwrap_or_default();
		let ranges = (0..u64::from(a))
			.map(|k| AnchoredRange {
				range: StreamRange {
					device: leg.tracker,
					stream: leg.stream,
					first_sequence: k * 100,
					last_sequence: k * 100 + 99,
					first_timestamp: if k == 0 { 0 } else { to.saturating_add(k) },
					last_timestamp: to.saturating_add(k + 1),
					count: 100,
				},
				summary: Some(ValueSummary { min: 0, max: 1, sum: 50 }),
				missing_before: 0,
			})
			.collect();
		let anchors = T::BenchmarkHelper::anchor(ranges);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), leg_id, BoundedVec::truncate_from(anchors));

		assert_eq!(Legs::<T>::get(leg_id).map(|leg| leg.verdict), Some(LegVerdict::Met));
	}

	#[benchmark]
	fn expire_leg() {
		let owner = other::<T>();
		let carrier = carrier::<T>();
		let (_, leg) = leg_under_way::<T>(&owner, &carrier);
		Pallet::<T>::do_end_leg(None, leg).expect("benchmark leg ends");
		let deadline = Legs::<T>::get(leg).and_then(|leg| leg.deadline).unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(deadline + 1u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), leg);

		assert_eq!(Legs::<T>::get(leg).map(|leg| leg.verdict), Some(LegVerdict::Unproven));
	}

	#[benchmark]
	fn recall() {
		let who = caller::<T>();
		let (item, _) = commissioned::<T>(&who, ItemKind::Lot { quantity: 1, uom: *b"KGM" }, 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), item, Some(H256::repeat_byte(3)));

		assert!(Items::<T>::get(item).is_some_and(|item| item.recall.is_some()));
	}

	#[benchmark]
	fn bind_tag() {
		let who = caller::<T>();
		let (units, _, _) = packed_units::<T>(&who, 1);
		let tag = T::BenchmarkHelper::register_device(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), units[0], tag);

		assert_eq!(TaggedItem::<T>::get(tag), Some(units[0]));
	}

	#[benchmark]
	fn handoff_signed() {
		// Delivery agreed off chain: the receiver signed, the carrier submits, the leg ends.
		let owner = other::<T>();
		let carrier = caller::<T>();
		let (item, leg) = leg_under_way::<T>(&owner, &carrier);
		let to = T::BenchmarkHelper::signer();
		let deadline = frame_system::Pallet::<T>::block_number() + 100u32.into();
		let handoff = SignedHandoff::<T> {
			item,
			from: carrier.clone(),
			to: to.clone(),
			transfer: Transfer::Custody,
			deadline,
		};
		let history = Items::<T>::get(item).map(|item| item.events).unwrap_or_default();
		let signature = T::BenchmarkHelper::sign(&Pallet::<T>::handoff_payload(&handoff, history));

		let from = carrier.clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(carrier), item, from, to, Transfer::Custody, deadline, signature);

		assert!(Legs::<T>::get(leg).is_some_and(|leg| leg.to.is_some()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
