//! Commissioning, observing, transforming and decommissioning.

use frame_support::{assert_noop, assert_ok};
use iot_primitives::provenance::HandlingBand;

use super::*;
use crate::{
	Error, Event, ItemByKey, ItemStatus, Items, NextItemId, TaggedItem, TraceEventKind, TraceEvents,
};

#[test]
fn commissioning_creates_items_held_and_owned_by_their_producer() {
	ExtBuilder::build_and_execute(|| {
		let mut tagged = unit("0109521141123451212017");
		tagged.tag = Some(TAG);
		let ids = commission(FARM, vec![lot("010952114112345110LOT1"), tagged]);
		assert_eq!(ids, vec![0, 1]);
		let item = Items::<Test>::get(1).unwrap();
		assert_eq!((item.producer, item.owner, item.custodian), (FARM, Some(FARM), Some(FARM)));
		assert_eq!((item.status, item.tag, item.events), (ItemStatus::Active, Some(TAG), 1));
		assert_eq!(Provenance::item_by_key(b"0109521141123451212017".to_vec()), Some(1));
		assert_eq!(TaggedItem::<Test>::get(TAG), Some(1));
		let event = TraceEvents::<Test>::get(history(0)[0]).unwrap();
		assert_eq!((event.kind, event.by, event.items), (TraceEventKind::Commission, FARM, 2));
		assert_eq!(history(1), history(0));
		// Two items, their indexes and the event are paid for.
		assert!(records_held(FARM) > 3 * DEPOSIT_BASE);
		System::assert_last_event(
			Event::Commissioned { event: 0, producer: FARM, first: 0, count: 2 }.into(),
		);
	});
}

#[test]
fn commissioning_refuses_bad_items() {
	ExtBuilder::build_and_execute(|| {
		commission(FARM, vec![unit("KEY")]);
		let empty_lot = new_item(ItemKind::Lot { quantity: 0, uom: *b"KGM" }, "");
		let tagged = |tag| NewItem { tag: Some(tag), ..unit("") };
		let cases = [
			(vec![], Error::<Test>::NoItems),
			(vec![empty_lot], Error::<Test>::InvalidQuantity),
			(vec![unit("KEY")], Error::<Test>::KeyTaken),
			(vec![unit("K2"), unit("K2")], Error::<Test>::DuplicateItem),
			(vec![tagged(TAG), tagged(TAG)], Error::<Test>::DuplicateItem),
			(vec![tagged(77)], Error::<Test>::UnknownDevice),
			(vec![tagged(EVE_TAG)], Error::<Test>::NotTagOwner),
		];
		for (items, error) in cases {
			let call = Provenance::commission(RuntimeOrigin::signed(FARM), bounded(items), at(2));
			assert_noop!(call, error);
		}
		commission(FARM, vec![tagged(TAG)]);
		let again =
			Provenance::commission(RuntimeOrigin::signed(FARM), bounded(vec![tagged(TAG)]), at(2));
		assert_noop!(again, Error::<Test>::TagTaken);
	});
}

#[test]
fn commissioning_without_funds_for_the_deposit_fails() {
	ExtBuilder::build_and_execute(|| {
		let call =
			Provenance::commission(RuntimeOrigin::signed(PAUPER), bounded(vec![unit("")]), at(1));
		assert!(call.is_err());
		assert_eq!(NextItemId::<Test>::get(), 0);
	});
}

#[test]
fn item_ids_do_not_overflow() {
	ExtBuilder::build_and_execute(|| {
		NextItemId::<Test>::put(u64::MAX - 1);
		let call = Provenance::commission(
			RuntimeOrigin::signed(FARM),
			bounded(vec![unit(""), unit("")]),
			at(1),
		);
		assert_noop!(call, Error::<Test>::Overflow);
		NextItemId::<Test>::put(0);
	});
}

#[test]
fn a_correction_names_an_earlier_event_of_its_author() {
	ExtBuilder::build_and_execute(|| {
		let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		let correcting = |corrects| EventContext { corrects: Some(corrects), ..at(5) };
		assert_ok!(Provenance::observe(
			RuntimeOrigin::signed(FARM),
			bounded(vec![item]),
			correcting(0)
		));
		assert_eq!(TraceEvents::<Test>::get(1).unwrap().corrects, Some(0));
		// The original stays: the history is append-only.
		assert_eq!(history(item), vec![0, 1]);
		let unknown =
			Provenance::observe(RuntimeOrigin::signed(FARM), bounded(vec![item]), correcting(9));
		assert_noop!(unknown, Error::<Test>::UnknownEvent);
		commission(EVE, vec![unit("")]);
		let foreign =
			Provenance::observe(RuntimeOrigin::signed(FARM), bounded(vec![item]), correcting(2));
		assert_noop!(foreign, Error::<Test>::NotEventAuthor);
	});
}

#[test]
fn observing_needs_the_custodian_or_owner() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![unit(""), unit("")]);
		assert_ok!(Provenance::observe(RuntimeOrigin::signed(FARM), bounded(ids.clone()), at(3)));
		System::assert_last_event(Event::Observed { event: 1, by: FARM, count: 2 }.into());
		let observe = |who, items: Vec<u64>| {
			Provenance::observe(RuntimeOrigin::signed(who), bounded(items), at(4))
		};
		assert_noop!(observe(EVE, ids.clone()), Error::<Test>::NotCustodian);
		assert_noop!(observe(FARM, vec![]), Error::<Test>::NoItems);
		assert_noop!(observe(FARM, vec![0, 0]), Error::<Test>::DuplicateItem);
		assert_noop!(observe(FARM, vec![0, 42]), Error::<Test>::UnknownItem);
	});
}

#[test]
fn a_full_history_takes_no_more_events() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![unit("")]);
		for _ in 1..MAX_EVENTS {
			assert_ok!(Provenance::observe(
				RuntimeOrigin::signed(FARM),
				bounded(ids.clone()),
				at(3)
			));
		}
		let full = Provenance::observe(RuntimeOrigin::signed(FARM), bounded(ids), at(3));
		assert_noop!(full, Error::<Test>::HistoryFull);
	});
}

#[test]
fn transformation_consumes_inputs_and_keeps_lineage() {
	ExtBuilder::build_and_execute(|| {
		let lots = commission(FARM, vec![lot("LOT1"), lot("LOT2")]);
		let outputs = bounded(vec![unit("CASE1"), unit("CASE2"), unit("CASE3")]);
		assert_ok!(Provenance::transform(
			RuntimeOrigin::signed(FARM),
			bounded(lots.clone()),
			outputs,
			at(9)
		));
		System::assert_last_event(
			Event::Transformed { event: 1, inputs: 2, first: 2, outputs: 3 }.into(),
		);
		for input in &lots {
			assert_eq!(Items::<Test>::get(input).unwrap().status, ItemStatus::Consumed);
			assert_eq!(history(*input), vec![0, 1]);
		}
		let case = Items::<Test>::get(4).unwrap();
		assert_eq!(case.inputs.to_vec(), lots);
		assert_eq!(history(4), vec![1]);
		assert_eq!(ItemByKey::<Test>::get(Provenance::key_hash(b"CASE3")), Some(4));
	});
}

#[test]
fn transformation_refuses_inputs_not_free_in_the_callers_hands() {
	ExtBuilder::build_and_execute(|| {
		let ids =
			commission(FARM, vec![lot(""), lot(""), lot(""), container(""), lot(""), lot("")]);
		let transform = |who, inputs: Vec<u64>| {
			Provenance::transform(
				RuntimeOrigin::signed(who),
				bounded(inputs),
				bounded(vec![unit("")]),
				at(9),
			)
		};
		assert_ok!(transform(FARM, vec![ids[0]]));
		assert_noop!(transform(FARM, vec![ids[0]]), Error::<Test>::NotActive);
		assert_noop!(transform(EVE, vec![ids[1]]), Error::<Test>::NotOwner);
		assert_noop!(transform(FARM, vec![]), Error::<Test>::NoItems);
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(FARM),
			ids[3],
			bounded(vec![ids[1]]),
			at(9)
		));
		assert_noop!(transform(FARM, vec![ids[1]]), Error::<Test>::Packed);
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(FARM),
			ids[2],
			CARRIER,
			crate::Transfer::Custody
		));
		assert_noop!(transform(FARM, vec![ids[2]]), Error::<Test>::HandoffPending);
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), ids[2]));
		assert_noop!(transform(FARM, vec![ids[2]]), Error::<Test>::NotCustodian);
		let band = HandlingBand { min: 0, max: 800, max_excursion: 0 };
		assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(FARM), ids[4], TRACKER, 0, band));
		assert_noop!(transform(FARM, vec![ids[4]]), Error::<Test>::LegUnderWay);
		assert_ok!(Provenance::recall(RuntimeOrigin::signed(FARM), ids[5], None));
		assert_noop!(transform(FARM, vec![ids[5]]), Error::<Test>::Recalled);
		// A container with goods in it is not consumed: they would be left in nothing.
		assert_noop!(transform(FARM, vec![ids[3]]), Error::<Test>::ContainerFull);
	});
}

#[test]
fn decommissioning_takes_items_out_for_good() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![unit(""), container(""), unit("")]);
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(FARM),
			ids[1],
			bounded(vec![ids[2]]),
			at(2)
		));
		let decommission = |who, items: Vec<u64>| {
			Provenance::decommission(RuntimeOrigin::signed(who), bounded(items), at(3))
		};
		assert_noop!(decommission(FARM, vec![ids[1]]), Error::<Test>::ContainerFull);
		assert_noop!(decommission(FARM, vec![ids[2]]), Error::<Test>::Packed);
		assert_noop!(decommission(EVE, vec![ids[0]]), Error::<Test>::NotOwner);
		assert_ok!(decommission(FARM, vec![ids[0]]));
		System::assert_last_event(Event::Decommissioned { event: 2, count: 1 }.into());
		assert_eq!(Items::<Test>::get(ids[0]).unwrap().status, ItemStatus::Destroyed);
		assert_noop!(decommission(FARM, vec![ids[0]]), Error::<Test>::NotActive);
	});
}
