//! Recalls read through lineage and containers, and the genuine-product check.

use frame_support::{assert_noop, assert_ok};
use iot_primitives::device::DeviceSignature;
use sp_core::{Pair, H256};

use super::*;
use crate::{Error, Event, Items, TaggedItem};

fn recall(who: AccountId, item: u64) -> frame_support::dispatch::DispatchResult {
	Provenance::recall(RuntimeOrigin::signed(who), item, Some(H256::repeat_byte(0xee)))
}

#[test]
fn a_recall_reaches_what_was_made_from_the_lot_and_what_is_packed_in_it() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![lot("LOT"), container("SSCC"), lot("OTHER")]);
		let (lot_id, pallet, other) = (ids[0], ids[1], ids[2]);
		let cases = bounded(vec![unit("C1"), unit("C2")]);
		assert_ok!(Provenance::transform(
			RuntimeOrigin::signed(FARM),
			bounded(vec![lot_id]),
			cases,
			at(2)
		));
		let (c1, c2) = (3, 4);
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(FARM),
			pallet,
			bounded(vec![c1]),
			at(3)
		));
		assert_eq!(Provenance::recalled_by(c1), None);
		let before = Items::<Test>::get(c2).unwrap();
		assert_ok!(recall(FARM, lot_id));
		System::assert_last_event(Event::Recalled { event: 3, item: lot_id, by: FARM }.into());
		// One record written; the cases read as recalled through their lineage.
		assert_eq!(Items::<Test>::get(c2).unwrap(), before);
		assert_eq!(Provenance::recalled_by(c1), Some(lot_id));
		assert_eq!(Provenance::recalled_by(c2), Some(lot_id));
		assert_eq!(Provenance::recalled_by(other), None);
		assert_eq!(Provenance::recalled_by(pallet), None);
		// Recalling the pallet recalls what is on it.
		let [loose] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(FARM),
			pallet,
			bounded(vec![loose]),
			at(4)
		));
		assert_ok!(recall(FARM, pallet));
		assert_eq!(Provenance::recalled_by(loose), Some(pallet));
	});
}

#[test]
fn only_the_producer_or_the_authority_recalls() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![lot(""), lot("")]);
		assert_noop!(recall(EVE, ids[0]), Error::<Test>::NotProducer);
		assert_noop!(recall(FARM, 42), Error::<Test>::UnknownItem);
		assert_ok!(recall(FARM, ids[0]));
		assert_noop!(recall(FARM, ids[0]), Error::<Test>::AlreadyRecalled);
		assert_ok!(recall(AUTHORITY, ids[1]));
		System::assert_last_event(Event::Recalled { event: 2, item: ids[1], by: AUTHORITY }.into());
	});
}

#[test]
fn the_lineage_walk_is_bounded() {
	ExtBuilder::build_and_execute(|| {
		let [origin] = commission(FARM, vec![lot("")])[..] else { unreachable!() };
		// Twenty generations, each made from the one before.
		let mut generations = vec![origin];
		for _ in 0..20 {
			let next = crate::NextItemId::<Test>::get();
			let input = bounded(generations[generations.len() - 1..].to_vec());
			let outputs = bounded(vec![lot("")]);
			assert_ok!(Provenance::transform(RuntimeOrigin::signed(FARM), input, outputs, at(2)));
			generations.push(next);
		}
		assert_ok!(recall(FARM, origin));
		// The check reads at most 16 items (MaxLineage): 15 generations back, no further.
		for (generation, id) in generations.iter().enumerate() {
			let expected = (generation < 16).then_some(origin);
			assert_eq!(Provenance::recalled_by(*id), expected, "generation {generation}");
		}
	});
}

#[test]
fn a_tag_proves_the_physical_item_genuine() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![unit("GENUINE"), unit("UNTAGGED")]);
		assert_ok!(Provenance::bind_tag(RuntimeOrigin::signed(FARM), ids[0], TAG));
		System::assert_last_event(Event::TagBound { item: ids[0], tag: TAG }.into());
		let challenge = H256::repeat_byte(0x5a);
		let sign = |device, item, challenge| {
			let payload = Provenance::tag_challenge_payload(item, challenge);
			DeviceSignature::Ed25519(tag_key(device).sign(&payload).0)
		};
		assert!(Provenance::verify_tag(ids[0], challenge, sign(TAG, ids[0], challenge)));
		// A replayed answer to another challenge, a cloned label with another chip, an
		// untagged item: none passes.
		assert!(!Provenance::verify_tag(ids[0], H256::zero(), sign(TAG, ids[0], challenge)));
		assert!(!Provenance::verify_tag(ids[0], challenge, sign(TAG2, ids[0], challenge)));
		assert!(!Provenance::verify_tag(ids[1], challenge, sign(TAG, ids[1], challenge)));
		// A tag reported stolen (revoked in the registry) proves nothing any more.
		Devices::update(TAG, |d| d.active = false);
		assert!(!Provenance::verify_tag(ids[0], challenge, sign(TAG, ids[0], challenge)));
	});
}

#[test]
fn binding_a_tag_needs_the_item_and_the_device() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![unit(""), unit("")]);
		let bind = |who, item, tag| Provenance::bind_tag(RuntimeOrigin::signed(who), item, tag);
		assert_noop!(bind(FARM, 42, TAG), Error::<Test>::UnknownItem);
		assert_noop!(bind(EVE, ids[0], EVE_TAG), Error::<Test>::NotOwner);
		assert_noop!(bind(FARM, ids[0], 77), Error::<Test>::UnknownDevice);
		assert_noop!(bind(FARM, ids[0], EVE_TAG), Error::<Test>::NotTagOwner);
		assert_ok!(bind(FARM, ids[0], TAG));
		assert_noop!(bind(FARM, ids[0], TAG2), Error::<Test>::AlreadyTagged);
		assert_noop!(bind(FARM, ids[1], TAG), Error::<Test>::TagTaken);
		assert_eq!(TaggedItem::<Test>::get(TAG), Some(ids[0]));
		let bound = crate::TraceEvents::<Test>::get(history(ids[0])[1]).unwrap();
		assert_eq!((bound.kind, bound.by), (crate::TraceEventKind::Tag { device: TAG }, FARM));
	});
}
