//! Attack tests for the review's M-2 on streams (a device that changes hands no longer holds its
//! seller's deposits, and a removed device's streams go with it) and C-1 on liveness (only
//! device-signed telemetry keeps a node live).

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use iot_primitives::{telemetry::StreamId, traits::DeviceLifecycle};

use crate::{mock::*, *};

fn declare(stream: StreamId) {
	assert_ok!(TelemetryAnchor::declare_stream(
		RuntimeOrigin::signed(OWNER),
		1,
		stream,
		b"temp".to_vec(),
		7,
		60_000
	));
}

fn deposits(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::StreamDeposit.into(), &who)
}

#[test]
fn m2_the_buyer_takes_over_the_stream_deposits_of_the_seller() {
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		declare(1);
		let deposit = deposits(OWNER);
		assert!(deposit > 0);
		Devices::update(1, |d| d.owner = EVE);
		assert_ok!(TelemetryAnchor::on_transferred(1, &OWNER, &EVE));
		assert_eq!(deposits(OWNER), 0, "the seller holds nothing for a device it sold");
		assert_eq!(deposits(EVE), deposit);
		assert!(Streams::<Test>::iter_prefix_values(1).all(|s| s.depositor == EVE));
		System::assert_last_event(
			Event::StreamDepositMoved { device: 1, stream: 1, from: OWNER, to: EVE }.into(),
		);
	});
}

#[test]
fn m2_a_buyer_who_cannot_take_the_deposits_over_cannot_take_the_device() {
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		assert_noop!(
			frame_support::storage::with_storage_layer(|| TelemetryAnchor::on_transferred(
				1, &OWNER, &POOR
			)),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_eq!(Streams::<Test>::get(1, 0).map(|s| s.depositor), Some(OWNER));
	});
}

#[test]
fn m2_a_removed_devices_streams_are_reaped_and_their_deposits_returned() {
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		declare(1);
		Devices::remove(1);
		TelemetryAnchor::on_removed(1, &OWNER);
		assert_eq!(deposits(OWNER), 0);
		assert_eq!(Streams::<Test>::iter_prefix(1).count(), 0);
		assert_eq!(StreamCount::<Test>::get(1), 0);
	});
}

/// The review's sybil owner anchored made-up, unsigned telemetry of its own devices to keep
/// their nodes live. Unsigned ranges are still anchored (gateways that do not sign), but they
/// no longer reach the rewards.
#[test]
fn c1_only_device_signed_ranges_keep_a_node_live() {
	use crate::tests::{batch, signed, unsigned};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		let first = batch(&[(1, 0, &[1, 2, 3])]);
		assert_ok!(TelemetryAnchor::anchor_batch(
			RuntimeOrigin::signed(OWNER),
			first.root(),
			3,
			unsigned(&first),
			None
		));
		assert!(LiveLog::take().is_empty(), "an owner's unsigned anchor keeps nothing live");
		let second = batch(&[(1, 0, &[4, 5])]);
		assert_ok!(TelemetryAnchor::anchor_batch(
			RuntimeOrigin::signed(OWNER),
			second.root(),
			2,
			vec![signed(&second, 1, 0)],
			None
		));
		assert_eq!(LiveLog::take(), vec![1]);
	});
}
