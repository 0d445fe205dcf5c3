use frame_support::{assert_noop, assert_ok};
use iot_primitives::{
	payment::Condition,
	telemetry::{AnchoredRange, Reading, ReadingValue, StreamRange, ValueSummary},
};

use super::{free, held};
use crate::{mock::*, Agreements, Error, Event, Evidence, HoldReason, Release};

pub(super) const AMOUNT: Balance = 5_000;
/// Milli-degrees Celsius: the cold chain's bound of 8.0 °C.
pub(super) const COLD: i64 = 8_000;

/// "Every reading of device 1's stream 0 between t = 1,000 and t = 2,000 is at most 8.0 °C."
pub(super) fn cold_chain() -> Condition {
	Condition::AllReadingsWithin {
		device: 1,
		stream: 0,
		from: 1_000,
		to: 2_000,
		min: -30_000,
		max: COLD,
	}
}

/// "Device 2's stream 1 reported a reading in 1..=1 (door closed) at or after t = 500."
pub(super) fn delivered() -> Condition {
	Condition::ReadingWithin { device: 2, stream: 1, after: 500, min: 1, max: 1 }
}

pub(super) fn create(condition: Condition) -> u64 {
	let id = crate::NextAgreementId::<Test>::get();
	assert_ok!(M2mPayments::create_agreement(
		RuntimeOrigin::signed(payer()),
		payee(),
		AMOUNT,
		condition,
		100
	));
	id
}

fn range(first: u64, last: u64, ts: (u64, u64), max: Option<i64>) -> AnchoredRange {
	AnchoredRange {
		range: StreamRange {
			device: 1,
			stream: 0,
			first_sequence: first,
			last_sequence: last,
			first_timestamp: ts.0,
			last_timestamp: ts.1,
			count: (last - first + 1) as u32,
		},
		summary: max.map(|max| ValueSummary { min: 2_000, max, sum: 0 }),
		missing_before: 0,
	}
}

/// Anchors 10 and 11 cover the window, signed and without gaps, at most `max`.
pub(super) fn anchor_window(max: i64) {
	Telemetry::anchor(10, range(0, 99, (900, 1_500), Some(4_000)));
	Telemetry::anchor(11, range(100, 199, (1_510, 2_100), Some(max)));
}

pub(super) fn release(
	id: u64,
	evidence: Evidence<Test>,
) -> frame_support::dispatch::DispatchResult {
	M2mPayments::release(RuntimeOrigin::signed(eve()), id, evidence)
}

#[test]
fn creating_holds_the_payment_from_the_consumer() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		assert_eq!(held(HoldReason::Escrow, &payer()), AMOUNT);
		System::assert_last_event(
			Event::AgreementCreated {
				agreement: id,
				consumer: payer(),
				provider: payee(),
				amount: AMOUNT,
				condition: cold_chain(),
				deadline: 101,
			}
			.into(),
		);
	});
}

#[test]
fn creating_refuses_bad_amounts_durations_and_conditions() {
	ExtBuilder::build_and_execute(|| {
		let create = |amount, condition, duration| {
			M2mPayments::create_agreement(
				RuntimeOrigin::signed(payer()),
				payee(),
				amount,
				condition,
				duration,
			)
		};
		assert_noop!(create(49, cold_chain(), 10), Error::<Test>::AmountTooLow);
		assert_noop!(create(AMOUNT, cold_chain(), 0), Error::<Test>::ZeroPeriod);
		assert_noop!(create(AMOUNT, cold_chain(), 1_001), Error::<Test>::DurationTooLong);
		let inverted =
			Condition::AllReadingsWithin { device: 1, stream: 0, from: 2, to: 1, min: 0, max: 1 };
		assert_noop!(create(AMOUNT, inverted, 10), Error::<Test>::InvalidCondition);
		let inverted = Condition::ReadingWithin { device: 1, stream: 0, after: 0, min: 2, max: 1 };
		assert_noop!(create(AMOUNT, inverted, 10), Error::<Test>::InvalidCondition);
		let unknown = Condition::ReadingWithin { device: 9, stream: 0, after: 0, min: 0, max: 1 };
		assert_noop!(create(AMOUNT, unknown, 10), Error::<Test>::UnknownDevice);
		assert!(create(FUNDS, Condition::ConsumerConfirms, 10).is_err());
	});
}

#[test]
fn the_cold_chain_pays_the_carrier_when_the_signed_summaries_prove_the_window_cold() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		anchor_window(COLD);
		assert_ok!(release(id, Evidence::Window(bounded(vec![10, 11]))));
		System::assert_last_event(
			Event::AgreementReleased {
				agreement: id,
				provider: payee(),
				amount: AMOUNT,
				reason: Release::Proven,
			}
			.into(),
		);
		assert_eq!(free(&payee()), AMOUNT);
		assert_eq!(free(&payer()), FUNDS - AMOUNT);
		assert!(Agreements::<Test>::get(id).is_none());
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 11]))),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn a_window_that_is_not_proven_releases_nothing() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		anchor_window(COLD + 1);
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 11]))),
			Error::<Test>::ValueOutOfBounds
		);
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10]))),
			Error::<Test>::WindowNotCovered
		);
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 12]))),
			Error::<Test>::NotAnchored
		);
		assert_noop!(release(id, Evidence::Window(bounded(vec![]))), Error::<Test>::NotAnchored);
		Telemetry::anchor(12, range(101, 199, (1_510, 2_100), Some(COLD)));
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 12]))),
			Error::<Test>::SequenceGap
		);
		Telemetry::anchor(13, range(100, 199, (1_510, 2_100), None));
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 13]))),
			Error::<Test>::UnsignedSummary
		);
		assert_noop!(release(id, Evidence::Reading(5)), Error::<Test>::WrongEvidence);
		assert_eq!(held(HoldReason::Escrow, &payer()), AMOUNT);
	});
}

#[test]
fn an_attested_reading_releases_a_delivery_condition() {
	ExtBuilder::build_and_execute(|| {
		let id = create(delivered());
		let reading = |sequence, timestamp, value| Reading {
			device: 2,
			stream: 1,
			sequence,
			timestamp,
			value: ReadingValue::Scalar(value),
			salt: None,
		};
		assert_noop!(release(id, Evidence::Reading(1)), Error::<Test>::ReadingNotAttested);
		Telemetry::attest(reading(1, 400, 1));
		assert_noop!(release(id, Evidence::Reading(1)), Error::<Test>::ReadingTooEarly);
		Telemetry::attest(reading(2, 600, 0));
		assert_noop!(release(id, Evidence::Reading(2)), Error::<Test>::ValueOutOfBounds);
		assert_noop!(release(id, Evidence::Window(bounded(vec![1]))), Error::<Test>::WrongEvidence);
		Telemetry::attest(reading(3, 700, 1));
		assert_ok!(release(id, Evidence::Reading(3)));
		assert_eq!(free(&payee()), AMOUNT);
	});
}

#[test]
fn the_consumer_may_confirm_and_no_one_else() {
	ExtBuilder::build_and_execute(|| {
		let id = create(Condition::ConsumerConfirms);
		assert_noop!(
			M2mPayments::confirm(RuntimeOrigin::signed(payee()), id),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(release(id, Evidence::Reading(1)), Error::<Test>::WrongEvidence);
		assert_ok!(M2mPayments::confirm(RuntimeOrigin::signed(payer()), id));
		System::assert_last_event(
			Event::AgreementReleased {
				agreement: id,
				provider: payee(),
				amount: AMOUNT,
				reason: Release::Confirmed,
			}
			.into(),
		);
		assert_noop!(
			M2mPayments::confirm(RuntimeOrigin::signed(payer()), id),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn after_the_deadline_the_consumer_is_refunded_and_proof_comes_too_late() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		anchor_window(COLD);
		run_to_block(101);
		assert_noop!(
			M2mPayments::refund(RuntimeOrigin::signed(eve()), id),
			Error::<Test>::DeadlineNotReached
		);
		run_to_block(102);
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 11]))),
			Error::<Test>::DeadlinePassed
		);
		assert_noop!(
			M2mPayments::dispute(RuntimeOrigin::signed(payee()), id),
			Error::<Test>::DeadlinePassed
		);
		assert_ok!(M2mPayments::refund(RuntimeOrigin::signed(eve()), id));
		System::assert_last_event(
			Event::AgreementRefunded { agreement: id, consumer: payer(), amount: AMOUNT }.into(),
		);
		assert_eq!(free(&payer()), FUNDS);
	});
}

#[test]
fn a_carrier_is_paid_once_its_leg_is_judged_met() {
	ExtBuilder::build_and_execute(|| {
		use iot_primitives::provenance::LegVerdict;
		let release = |id| M2mPayments::release(RuntimeOrigin::signed(eve()), id, Evidence::Leg);
		let unknown = M2mPayments::create_agreement(
			RuntimeOrigin::signed(payer()),
			payee(),
			AMOUNT,
			Condition::LegMet { leg: 7 },
			100,
		);
		assert_noop!(unknown, Error::<Test>::UnknownLeg);
		Legs::set(7, LegVerdict::Pending);
		let id = create(Condition::LegMet { leg: 7 });
		assert_noop!(release(id), Error::<Test>::LegNotMet);
		assert_noop!(
			M2mPayments::release(RuntimeOrigin::signed(eve()), id, Evidence::Reading(3)),
			Error::<Test>::WrongEvidence
		);
		// A violated or unproven leg pays nothing; the consumer is refunded at the deadline.
		for verdict in [LegVerdict::Violated { from: 1, to: 2, excursion: 1 }, LegVerdict::Unproven]
		{
			Legs::set(7, verdict);
			assert_noop!(release(id), Error::<Test>::LegNotMet);
		}
		Legs::set(7, LegVerdict::Met);
		let before = free(&payee());
		assert_ok!(release(id));
		assert_eq!(free(&payee()), before + AMOUNT);
		assert!(Agreements::<Test>::get(id).is_none());
		assert_eq!(held(HoldReason::Escrow, &payer()), 0);
	});
}
