//! Transport legs judged on device-signed anchored telemetry, and the attacks on them.

use frame_support::{assert_noop, assert_ok};
use iot_primitives::{
	provenance::{HandlingBand, LegVerdict},
	telemetry::{AnchoredRange, StreamRange, ValueSummary},
	traits::LegVerdicts,
};

use super::*;
use crate::{Error, Event, Legs, Transfer};

/// 2.00 to 8.00 °C in centi-degrees, no excursion tolerated.
const COLD: HandlingBand = HandlingBand { min: 200, max: 800, max_excursion: 0 };

/// A pallet in the carrier's hands on a leg from 1 s to 5 s, delivered to the retailer.
fn delivered_leg() -> u64 {
	let [pallet] = commission(FARM, vec![container("")])[..] else { unreachable!() };
	assert_ok!(Provenance::propose_handoff(
		RuntimeOrigin::signed(FARM),
		pallet,
		CARRIER,
		Transfer::Custody
	));
	assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), pallet));
	assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(CARRIER), pallet, TRACKER, 0, COLD));
	run_to_block(5);
	assert_ok!(Provenance::propose_handoff(
		RuntimeOrigin::signed(CARRIER),
		pallet,
		RETAILER,
		Transfer::Custody
	));
	assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(RETAILER), pallet));
	0
}

fn prove(leg: u64, anchors: Vec<u64>) -> frame_support::dispatch::DispatchResult {
	Provenance::prove_leg(RuntimeOrigin::signed(EVE), leg, bounded(anchors))
}

#[test]
fn a_leg_within_its_band_is_met() {
	ExtBuilder::build_and_execute(|| {
		let leg = delivered_leg();
		anchor(10, 0, 9, (900, 3_000), Some((300, 500)));
		anchor(11, 10, 19, (3_100, 5_200), Some((250, 780)));
		assert_ok!(prove(leg, vec![10, 11]));
		System::assert_last_event(Event::LegJudged { leg, verdict: LegVerdict::Met }.into());
		assert_eq!(<Provenance as LegVerdicts>::verdict(leg), Some(LegVerdict::Met));
		assert!(Legs::<Test>::get(leg).unwrap().certified);
		assert_noop!(prove(leg, vec![10, 11]), Error::<Test>::LegDecided);
	});
}

#[test]
fn an_excursion_violates_the_leg_for_good() {
	ExtBuilder::build_and_execute(|| {
		let leg = delivered_leg();
		anchor(10, 0, 9, (900, 3_000), Some((300, 500)));
		anchor(11, 10, 12, (3_100, 3_300), Some((300, 950)));
		anchor(12, 13, 19, (3_400, 5_200), Some((300, 500)));
		assert_ok!(prove(leg, vec![10, 11, 12]));
		let verdict = LegVerdict::Violated { from: 3_000, to: 3_400, excursion: 400 };
		assert_eq!(Provenance::leg_verdict(leg), Some(verdict));
		// Nothing turns it back: not better evidence, not the deadline.
		run_to_block(5 + PROOF_PERIOD + 1);
		assert_noop!(
			Provenance::expire_leg(RuntimeOrigin::signed(EVE), leg),
			Error::<Test>::LegDecided
		);
	});
}

#[test]
fn a_carrier_cannot_leave_out_the_hot_batch() {
	ExtBuilder::build_and_execute(|| {
		let leg = delivered_leg();
		anchor(10, 0, 9, (900, 3_000), Some((300, 500)));
		anchor(11, 10, 12, (3_100, 3_300), Some((300, 950)));
		anchor(12, 13, 19, (3_400, 5_200), Some((300, 500)));
		assert_noop!(prove(leg, vec![10, 12]), Error::<Test>::SequenceGap);
		// Nor stop the evidence before the excursion, nor start it after.
		assert_noop!(prove(leg, vec![10]), Error::<Test>::WindowNotCovered);
		assert_noop!(prove(leg, vec![12]), Error::<Test>::WindowNotCovered);
	});
}

#[test]
fn only_device_signed_complete_evidence_of_the_tracker_counts() {
	ExtBuilder::build_and_execute(|| {
		let leg = delivered_leg();
		// Signed by the gateway alone: the summary is not the device's.
		anchor(10, 0, 19, (900, 5_200), None);
		assert_noop!(prove(leg, vec![10]), Error::<Test>::UnsignedSummary);
		// A range with readings missing inside it.
		Telemetry::anchor(
			11,
			AnchoredRange {
				range: StreamRange {
					device: TRACKER,
					stream: 0,
					first_sequence: 0,
					last_sequence: 19,
					first_timestamp: 900,
					last_timestamp: 5_200,
					count: 15,
				},
				summary: Some(ValueSummary { min: 300, max: 500, sum: 0 }),
				missing_before: 0,
			},
		);
		assert_noop!(prove(leg, vec![11]), Error::<Test>::SequenceGap);
		// An anchor that does not hold the tracker's stream.
		assert_noop!(prove(leg, vec![99]), Error::<Test>::NotAnchored);
		assert_noop!(prove(leg, vec![]), Error::<Test>::NotAnchored);
	});
}

#[test]
fn evidence_comes_after_the_leg_and_before_its_deadline() {
	ExtBuilder::build_and_execute(|| {
		let [pallet] = commission(CARRIER, vec![container("")])[..] else { unreachable!() };
		assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(CARRIER), pallet, TRACKER, 0, COLD));
		anchor(10, 0, 19, (900, 5_200), Some((300, 500)));
		assert_noop!(prove(0, vec![10]), Error::<Test>::LegNotEnded);
		assert_noop!(
			Provenance::expire_leg(RuntimeOrigin::signed(EVE), 0),
			Error::<Test>::LegNotEnded
		);
		assert_noop!(prove(7, vec![10]), Error::<Test>::UnknownLeg);
		run_to_block(5);
		assert_ok!(Provenance::end_leg(RuntimeOrigin::signed(CARRIER), 0));
		assert_noop!(
			Provenance::end_leg(RuntimeOrigin::signed(CARRIER), 0),
			Error::<Test>::LegEnded
		);
		assert_noop!(
			Provenance::expire_leg(RuntimeOrigin::signed(EVE), 0),
			Error::<Test>::DeadlineNotReached
		);
		run_to_block(5 + PROOF_PERIOD + 1);
		assert_noop!(prove(0, vec![10]), Error::<Test>::DeadlinePassed);
		assert_ok!(Provenance::expire_leg(RuntimeOrigin::signed(EVE), 0));
		assert_eq!(Provenance::leg_verdict(0), Some(LegVerdict::Unproven));
	});
}

#[test]
fn the_carrier_cannot_end_its_own_leg_early() {
	ExtBuilder::build_and_execute(|| {
		let [pallet] = commission(FARM, vec![container("")])[..] else { unreachable!() };
		assert_ok!(Provenance::propose_handoff(
			RuntimeOrigin::signed(FARM),
			pallet,
			CARRIER,
			Transfer::Custody
		));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), pallet));
		assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(CARRIER), pallet, TRACKER, 0, COLD));
		let end = |who| Provenance::end_leg(RuntimeOrigin::signed(who), 0);
		assert_noop!(end(CARRIER), Error::<Test>::NotLegParty);
		assert_noop!(end(EVE), Error::<Test>::NotLegParty);
		assert_noop!(
			Provenance::end_leg(RuntimeOrigin::signed(FARM), 3),
			Error::<Test>::UnknownLeg
		);
		assert_ok!(end(FARM));
	});
}

#[test]
fn starting_a_leg_needs_a_held_item_and_a_live_tracker() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![container(""), unit(""), unit("")]);
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(FARM),
			ids[0],
			bounded(vec![ids[1]]),
			at(2)
		));
		assert_ok!(Provenance::decommission(
			RuntimeOrigin::signed(FARM),
			bounded(vec![ids[2]]),
			at(2)
		));
		let start = |who, item, tracker, band| {
			Provenance::start_leg(RuntimeOrigin::signed(who), item, tracker, 0, band)
		};
		assert_noop!(start(FARM, 42, TRACKER, COLD), Error::<Test>::UnknownItem);
		assert_noop!(start(FARM, ids[1], TRACKER, COLD), Error::<Test>::Packed);
		assert_noop!(start(FARM, ids[2], TRACKER, COLD), Error::<Test>::NotActive);
		assert_noop!(start(EVE, ids[0], TRACKER, COLD), Error::<Test>::NotLegParty);
		let inverted = HandlingBand { min: 900, max: 100, max_excursion: 0 };
		assert_noop!(start(FARM, ids[0], TRACKER, inverted), Error::<Test>::InvalidBand);
		assert_noop!(start(FARM, ids[0], 77, COLD), Error::<Test>::UnknownDevice);
		Devices::update(TRACKER, |d| d.active = false);
		assert_noop!(start(FARM, ids[0], TRACKER, COLD), Error::<Test>::DeviceInactive);
		Devices::update(TRACKER, |d| d.active = true);
		assert_ok!(start(FARM, ids[0], TRACKER, COLD));
		System::assert_last_event(
			Event::LegStarted {
				leg: 0,
				item: ids[0],
				custodian: FARM,
				tracker: TRACKER,
				stream: 0,
				band: COLD,
			}
			.into(),
		);
		assert_noop!(start(FARM, ids[0], TRACKER, COLD), Error::<Test>::LegUnderWay);
	});
}
