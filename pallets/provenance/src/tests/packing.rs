//! Packing into containers and unpacking.

use frame_support::{assert_noop, assert_ok};
use iot_primitives::provenance::HandlingBand;

use super::*;
use crate::{Error, Event, Items, Transfer};

fn aggregate(
	who: AccountId,
	container: u64,
	children: Vec<u64>,
) -> frame_support::dispatch::DispatchResult {
	Provenance::aggregate(RuntimeOrigin::signed(who), container, bounded(children), at(2))
}

fn disaggregate(
	who: AccountId,
	container: u64,
	children: Vec<u64>,
) -> frame_support::dispatch::DispatchResult {
	Provenance::disaggregate(RuntimeOrigin::signed(who), container, bounded(children), at(3))
}

#[test]
fn packed_items_take_their_containers_custodian_and_owner() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![container("SSCC"), unit("A"), unit("B")]);
		assert_ok!(aggregate(FARM, ids[0], vec![ids[1], ids[2]]));
		System::assert_last_event(
			Event::Aggregated { event: 1, container: ids[0], count: 2 }.into(),
		);
		let case = Items::<Test>::get(ids[1]).unwrap();
		assert_eq!((case.parent, case.owner, case.custodian), (Some(ids[0]), None, None));
		let pallet = Items::<Test>::get(ids[0]).unwrap();
		assert_eq!((pallet.children, pallet.height), (2, 1));
		assert_eq!(history(ids[0]), vec![0, 1]);
		assert_eq!(history(ids[1]), vec![0, 1]);
		// Handing over the pallet hands over what is on it, without touching it.
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(FARM),
			ids[0],
			RETAILER,
			Transfer::Both
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(RETAILER), ids[0]));
		assert_eq!(Provenance::holders(ids[1]), Some((RETAILER, RETAILER)));
		assert_eq!(history(ids[1]), vec![0, 1]);
		assert_ok!(disaggregate(RETAILER, ids[0], vec![ids[1]]));
		let case = Items::<Test>::get(ids[1]).unwrap();
		assert_eq!(
			(case.parent, case.owner, case.custodian),
			(None, Some(RETAILER), Some(RETAILER))
		);
		assert_eq!(Items::<Test>::get(ids[0]).unwrap().children, 1);
		System::assert_last_event(
			Event::Disaggregated { event: 3, container: ids[0], count: 1 }.into(),
		);
	});
}

#[test]
fn goods_of_another_owner_keep_their_owner_when_packed() {
	ExtBuilder::build_and_execute(|| {
		let [case] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		let [pallet] = commission(CARRIER, vec![container("")])[..] else { unreachable!() };
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(FARM),
			case,
			CARRIER,
			Transfer::Custody
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), case));
		assert_ok!(aggregate(CARRIER, pallet, vec![case]));
		assert_eq!(Provenance::holders(case), Some((FARM, CARRIER)));
		// The carrier passes the pallet on, title and all: the farm's case stays the farm's.
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(CARRIER),
			pallet,
			RETAILER,
			Transfer::Both
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(RETAILER), pallet));
		assert_eq!(Provenance::holders(case), Some((FARM, RETAILER)));
		assert_ok!(disaggregate(RETAILER, pallet, vec![case]));
		assert_eq!(Provenance::holders(case), Some((FARM, RETAILER)));
	});
}

#[test]
fn packing_refuses_what_cannot_be_packed() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(
			FARM,
			vec![container(""), container(""), unit(""), unit(""), unit(""), unit("")],
		);
		let (outer, inner, a, b, c, d) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
		assert_noop!(aggregate(FARM, a, vec![b]), Error::<Test>::NotContainer);
		assert_noop!(aggregate(FARM, 42, vec![b]), Error::<Test>::UnknownItem);
		assert_noop!(aggregate(EVE, outer, vec![b]), Error::<Test>::NotCustodian);
		assert_noop!(aggregate(FARM, outer, vec![outer]), Error::<Test>::Cycle);
		assert_ok!(aggregate(FARM, outer, vec![inner]));
		assert_noop!(aggregate(FARM, outer, vec![inner]), Error::<Test>::Packed);
		assert_ok!(Provenance::decommission(RuntimeOrigin::signed(FARM), bounded(vec![d]), at(2)));
		assert_noop!(aggregate(FARM, inner, vec![d]), Error::<Test>::NotActive);
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(FARM),
			b,
			CARRIER,
			Transfer::Custody
		));
		assert_noop!(aggregate(FARM, inner, vec![b]), Error::<Test>::HandoffPending);
		let band = HandlingBand { min: 0, max: 1, max_excursion: 0 };
		assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(FARM), c, TRACKER, 0, band));
		assert_noop!(aggregate(FARM, inner, vec![c]), Error::<Test>::LegUnderWay);
		assert_noop!(aggregate(FARM, inner, vec![a, a]), Error::<Test>::DuplicateItem);
		assert_noop!(disaggregate(FARM, inner, vec![a]), Error::<Test>::NotInContainer);
		assert_noop!(disaggregate(EVE, outer, vec![inner]), Error::<Test>::NotCustodian);
	});
}

#[test]
fn a_container_cannot_go_inside_what_it_holds() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![container(""), container("")]);
		assert_ok!(aggregate(FARM, ids[0], vec![ids[1]]));
		// The inner container is held through the outer one: packing the outer into it is a
		// cycle, refused before anything else about the outer.
		assert_noop!(aggregate(FARM, ids[1], vec![ids[0]]), Error::<Test>::Cycle);
	});
}

#[test]
fn nesting_is_bounded() {
	ExtBuilder::build_and_execute(|| {
		// A unit in a case on a pallet in a shipping container: MAX_DEPTH (3) levels.
		let ids = commission(
			FARM,
			vec![unit(""), container(""), container(""), container(""), container("")],
		);
		let (unit_id, case, pallet, shipping, extra) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
		assert_ok!(aggregate(FARM, case, vec![unit_id]));
		assert_ok!(aggregate(FARM, shipping, vec![pallet]));
		assert_ok!(aggregate(FARM, pallet, vec![case]));
		assert_eq!(Items::<Test>::get(shipping).unwrap().height, 3);
		assert_noop!(aggregate(FARM, extra, vec![shipping]), Error::<Test>::TooDeep);
		let [spare] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		assert_ok!(aggregate(FARM, case, vec![spare]));
		// An empty container still fits at the bottom; one holding a unit would not.
		let [deeper, inside] = commission(FARM, vec![container(""), unit("")])[..] else {
			unreachable!()
		};
		assert_ok!(aggregate(FARM, deeper, vec![inside]));
		assert_noop!(aggregate(FARM, case, vec![deeper]), Error::<Test>::TooDeep);
	});
}

#[test]
fn a_container_holds_a_bounded_number_of_items() {
	ExtBuilder::build_and_execute(|| {
		let [pallet] = commission(FARM, vec![container("")])[..] else { unreachable!() };
		let first = commission(FARM, (0..8).map(|_| unit("")).collect());
		let second = commission(FARM, (0..3).map(|_| unit("")).collect());
		assert_ok!(aggregate(FARM, pallet, first));
		assert_noop!(aggregate(FARM, pallet, second.clone()), Error::<Test>::ContainerFull);
		assert_ok!(aggregate(FARM, pallet, second[..2].to_vec()));
		assert_eq!(Items::<Test>::get(pallet).unwrap().children, MAX_CHILDREN);
	});
}
