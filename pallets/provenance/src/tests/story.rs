//! The story of an item as readers see it.

use frame_support::assert_ok;
use iot_primitives::provenance::{HandlingBand, LegVerdict};

use super::*;
use crate::{TraceEventKind, Transfer};

#[test]
fn a_case_tells_the_farm_the_packer_the_carrier_and_the_leg() {
	ExtBuilder::build_and_execute(|| {
		// The farm's lot goes to the packer, who makes cases and packs them onto a pallet.
		let [lot_id] = commission(FARM, vec![lot("LOT")])[..] else { unreachable!() };
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(FARM),
			lot_id,
			PACKER,
			Transfer::Both
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(PACKER), lot_id));
		let cases = bounded(vec![unit("CASE1"), unit("CASE2")]);
		assert_ok!(Provenance::transform(
			RuntimeOrigin::signed(PACKER),
			bounded(vec![lot_id]),
			cases,
			at(2)
		));
		let (case, other_case) = (1, 2);
		let [pallet] = commission(PACKER, vec![container("SSCC")])[..] else { unreachable!() };
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(PACKER),
			pallet,
			bounded(vec![case, other_case]),
			at(3)
		));
		// The carrier takes the pallet and its reefer's thermometer travels with it.
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(PACKER),
			pallet,
			CARRIER,
			Transfer::Custody
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), pallet));
		let band = HandlingBand { min: 200, max: 800, max_excursion: 0 };
		assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(CARRIER), pallet, TRACKER, 0, band));
		run_to_block(5);
		// The retailer receives it, then unpacks the case.
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(CARRIER),
			pallet,
			RETAILER,
			Transfer::Custody
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(RETAILER), pallet));
		anchor(3, 0, 9, (900, 5_100), Some((300, 500)));
		assert_ok!(Provenance::prove_leg(RuntimeOrigin::signed(EVE), 0, bounded(vec![3])));
		assert_ok!(Provenance::disaggregate(
			RuntimeOrigin::signed(RETAILER),
			pallet,
			bounded(vec![case]),
			at(9)
		));
		// A later handoff of the pallet is not the case's any more.
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(RETAILER),
			pallet,
			CARRIER,
			Transfer::Custody
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), pallet));

		let story = Provenance::story(case, crate::STORY_LINEAGE).expect("the case exists");
		assert_eq!((story.owner, story.custodian), (PACKER, RETAILER));
		let kinds: Vec<_> = story.events.iter().map(|e| (e.event.kind.clone(), e.via)).collect();
		assert_eq!(
			kinds,
			vec![
				(TraceEventKind::Transform, None),
				(TraceEventKind::Aggregate { parent: pallet }, None),
				(
					TraceEventKind::Handoff {
						from: PACKER,
						to: CARRIER,
						transfer: Transfer::Custody
					},
					Some(pallet)
				),
				(TraceEventKind::Leg { leg: 0 }, Some(pallet)),
				(
					TraceEventKind::Handoff {
						from: CARRIER,
						to: RETAILER,
						transfer: Transfer::Custody
					},
					Some(pallet)
				),
				(TraceEventKind::Disaggregate { parent: pallet }, None),
			]
		);
		assert_eq!(story.legs.len(), 1);
		assert_eq!(story.legs[0].1.verdict, LegVerdict::Met);
		assert!(!story.truncated);
		// The lot's own story: commissioned by the farm, sold to the packer, consumed.
		let [lot_story] = &story.inputs[..] else { panic!("one input") };
		let lot_kinds: Vec<_> = lot_story.events.iter().map(|e| e.event.by).collect();
		assert_eq!(lot_kinds, vec![FARM, PACKER, PACKER]);
		assert_eq!(lot_story.item.producer, FARM);
		assert_eq!(story.recalled_by, None);
		assert_ok!(Provenance::recall(RuntimeOrigin::signed(FARM), lot_id, None));
		assert_eq!(Provenance::story(case, 0).unwrap().recalled_by, Some(lot_id));
		assert!(Provenance::story(42, 1).is_none());
	});
}
