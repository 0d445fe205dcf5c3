//! Attack tests for the review's M-2 (b) and L-6: the recorded key of a device that was sold,
//! revoked or removed signs on its former owner's channels for one challenge period at most;
//! and the v2 migration that indexes open channels per device.

use frame_support::{
	assert_noop, assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use iot_primitives::traits::DeviceLifecycle;

use super::{claim_signed_by, free, held, open_account_channel, open_device_channel, DEPOSIT};
use crate::{mock::*, Channels, DeviceChannels, Error, Event, HoldReason};

/// The changes that take a device out of its owner's hands, as the registry reports them.
fn changes() -> [(&'static str, fn()); 3] {
	[
		("transfer", || {
			Devices::update(1, |d| d.owner = eve());
			assert_ok!(M2mPayments::on_transferred(1, &owner(), &eve()));
		}),
		("revocation", || {
			Devices::update(1, |d| d.active = false);
			M2mPayments::on_revoked(1, &owner());
		}),
		("removal", || {
			Devices::remove(1);
			M2mPayments::on_removed(1, &owner());
		}),
	]
}

/// Before the fix the buyer (or the thief) could have the device sign vouchers on the seller's
/// deposit until the channel expired, 100 blocks here (a year in the runtime). Now the change
/// starts the close: the payee keeps the challenge period (5 blocks) for what the device signed,
/// and nothing signed after counts.
#[test]
fn m2b_l6_a_sold_or_revoked_devices_key_pays_from_its_former_owner_for_one_challenge_period() {
	for (what, change) in changes() {
		ExtBuilder::build_and_execute(|| {
			let id = open_device_channel();
			change();
			System::assert_last_event(Event::ChannelClosing { channel: id, closes_at: 6 }.into());
			assert_noop!(
				M2mPayments::top_up(RuntimeOrigin::signed(owner()), id, 100, None),
				Error::<Test>::ChannelClosing
			);
			run_to_block(6);
			assert_ok!(claim_signed_by(&device_key(1), 100, 1));
			run_to_block(7);
			assert_noop!(
				claim_signed_by(&device_key(1), DEPOSIT, 2),
				Error::<Test>::ClaimWindowOver
			);
			assert_ok!(M2mPayments::finalize_close(RuntimeOrigin::signed(eve()), id));
			assert_eq!(free(&payee()), 100, "{what}");
			assert_eq!(held(HoldReason::ChannelDeposit, &owner()), 0, "{what}");
		});
	}
}

#[test]
fn m2b_selling_the_device_on_does_not_extend_the_window() {
	ExtBuilder::build_and_execute(|| {
		let id = open_device_channel();
		Devices::update(1, |d| d.owner = eve());
		assert_ok!(M2mPayments::on_transferred(1, &owner(), &eve()));
		run_to_block(5);
		Devices::update(1, |d| d.owner = owner());
		assert_ok!(M2mPayments::on_transferred(1, &eve(), &owner()));
		assert_eq!(Channels::<Test>::get(id).and_then(|c| c.closes_at), Some(6));
		run_to_block(7);
		assert_noop!(claim_signed_by(&device_key(1), 100, 1), Error::<Test>::ClaimWindowOver);
	});
}

#[test]
fn m2b_a_payers_own_earlier_close_is_not_moved_later() {
	ExtBuilder::build_and_execute(|| {
		let id = open_device_channel();
		assert_ok!(M2mPayments::start_close(RuntimeOrigin::signed(owner()), id));
		run_to_block(4);
		Devices::update(1, |d| d.owner = eve());
		assert_ok!(M2mPayments::on_transferred(1, &owner(), &eve()));
		assert_eq!(Channels::<Test>::get(id).and_then(|c| c.closes_at), Some(6));
	});
}

#[test]
fn m2b_the_buyer_is_not_held_back_by_the_sellers_channels() {
	ExtBuilder::build_and_execute(|| {
		for _ in 0..4 {
			open_device_channel();
		}
		Devices::update(1, |d| d.owner = eve());
		assert_ok!(M2mPayments::on_transferred(1, &owner(), &eve()));
		assert!(DeviceChannels::<Test>::get(1).is_none());
		let id = crate::NextChannelId::<Test>::get();
		assert_ok!(M2mPayments::open_channel(
			RuntimeOrigin::signed(eve()),
			payee(),
			Some(1),
			DEPOSIT,
			100
		));
		assert_eq!(Channels::<Test>::get(id).map(|c| (c.payer, c.closes_at)), Some((eve(), None)));
		assert_eq!(DeviceChannels::<Test>::get(1).map(|ids| ids.into_inner()), Some(vec![id]));
	});
}

#[test]
fn a_device_signs_for_at_most_max_channels_per_device_at_once() {
	ExtBuilder::build_and_execute(|| {
		let first = open_device_channel();
		for _ in 1..4 {
			open_device_channel();
		}
		let o = || RuntimeOrigin::signed(owner());
		assert_noop!(
			M2mPayments::open_channel(o(), payee(), Some(1), DEPOSIT, 100),
			Error::<Test>::TooManyChannels
		);
		// Another device, and account channels, are not limited by device 1's channels.
		assert_ok!(M2mPayments::open_channel(o(), payee(), Some(2), DEPOSIT, 100));
		assert_ok!(M2mPayments::open_channel(o(), payee(), None, DEPOSIT, 100));
		// Closing one makes room again.
		assert_ok!(M2mPayments::cooperative_close(RuntimeOrigin::signed(payee()), first, None));
		assert_ok!(M2mPayments::open_channel(o(), payee(), Some(1), DEPOSIT, 100));
	});
}

#[test]
fn migration_v2_indexes_open_device_channels_and_starts_closing_the_excess() {
	ExtBuilder::build_and_execute(|| {
		// Six channels of device 1 as before v2 (two more than the bound), one of them already
		// closing, and an account channel.
		for _ in 0..4 {
			open_device_channel();
		}
		DeviceChannels::<Test>::remove(1);
		open_device_channel();
		let closing = open_device_channel();
		assert_ok!(M2mPayments::start_close(RuntimeOrigin::signed(owner()), closing));
		open_account_channel();
		DeviceChannels::<Test>::remove(1);
		StorageVersion::new(1).put::<M2mPayments>();

		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(M2mPayments::on_chain_storage_version(), 2);
		let indexed = DeviceChannels::<Test>::get(1).unwrap_or_default();
		assert_eq!(indexed.len(), 4);
		assert_eq!(DeviceChannels::<Test>::iter().count(), 1, "account channels are not indexed");
		// The excess channel started closing; with the one closing before, every device channel
		// is reachable by a change of the device (the invariants check it after the test).
		let closing: Vec<_> = Channels::<Test>::iter()
			.filter(|(_, c)| c.closes_at.is_some())
			.map(|(id, _)| id)
			.collect();
		assert_eq!(closing.len(), 2);
		assert!(closing.iter().all(|id| !indexed.contains(id)));

		// A second run does nothing: the version is 2.
		DeviceChannels::<Test>::remove(1);
		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert!(DeviceChannels::<Test>::get(1).is_none());
		DeviceChannels::<Test>::insert(1, indexed);
	});
}
