//! Attack tests for the review's M-2 on streams: a device that changes hands no longer holds its
//! seller's deposits, and a removed device's streams go with it.

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
