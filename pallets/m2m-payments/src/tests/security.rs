//! Attack tests for the review's H-2, M-2 (spending limits) and L-5, and the v1 migration.

use frame_support::{
	assert_noop, assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use iot_primitives::{
	device::DevicePublicKey,
	traits::{DeviceInspect, DeviceLifecycle},
};
use sp_core::Pair;

use super::{claim_signed_by, free, held, open_account_channel, open_device_channel, DEPOSIT};
use crate::{mock::*, ChannelKeys, Error, HoldReason, SpendingLimits};

/// The payer can neither rotate, revoke, transfer nor deregister the device out from under the
/// vouchers it signed: each of these used to turn them into `BadSignature`.
#[test]
fn h2_payer_cannot_void_signed_vouchers() {
	let lifecycle: [(&str, fn()); 4] = [
		("rotation", || {
			Devices::update(1, |d| d.key = DevicePublicKey::Sr25519(key(77).public().0))
		}),
		("revocation", || {
			Devices::update(1, |d| d.active = false);
			M2mPayments::on_revoked(1, &owner());
		}),
		("transfer", || {
			Devices::update(1, |d| d.owner = eve());
			assert_ok!(M2mPayments::on_transferred(1, &owner(), &eve()));
		}),
		("deregistration", || {
			Devices::remove(1);
			M2mPayments::on_removed(1, &owner());
		}),
	];
	for (what, change) in lifecycle {
		ExtBuilder::build_and_execute(|| {
			let id = open_device_channel();
			let signed_before = (DEPOSIT / 2, 1);
			change();
			assert_ok!(claim_signed_by(&device_key(1), signed_before.0, signed_before.1));
			assert_eq!(free(&payee()), DEPOSIT / 2, "{what}");
			assert!(ChannelKeys::<Test>::contains_key(id));
		});
	}
}

#[test]
fn h2_a_key_that_replaced_the_channels_key_signs_nothing_on_its_deposit() {
	ExtBuilder::build_and_execute(|| {
		open_device_channel();
		// Rotated away, or the device sold and rotated by its buyer: the new key is not the
		// one the payer committed the deposit to.
		Devices::update(1, |d| d.key = DevicePublicKey::Sr25519(key(77).public().0));
		assert_noop!(claim_signed_by(&key(77), 100, 1), Error::<Test>::BadSignature);
		assert_ok!(claim_signed_by(&device_key(1), 100, 1));
	});
}

#[test]
fn h2_closing_forgets_the_channel_key() {
	ExtBuilder::build_and_execute(|| {
		let id = open_device_channel();
		assert_ok!(M2mPayments::start_close(RuntimeOrigin::signed(owner()), id));
		System::set_block_number(100);
		assert_ok!(M2mPayments::finalize_close(RuntimeOrigin::signed(eve()), id));
		assert!(!ChannelKeys::<Test>::contains_key(id));
	});
}

#[test]
fn m2_a_transferred_or_removed_device_spends_nothing_more_of_its_former_owner() {
	for removed in [false, true] {
		ExtBuilder::build_and_execute(|| {
			assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, 500, 10));
			assert_eq!(held(HoldReason::SpendingLimit, &owner()), 20);
			if removed {
				Devices::remove(1);
				M2mPayments::on_removed(1, &owner());
			} else {
				Devices::update(1, |d| d.owner = eve());
				assert_ok!(M2mPayments::on_transferred(1, &owner(), &eve()));
			}
			assert!(SpendingLimits::<Test>::get(1).is_none());
			assert_eq!(held(HoldReason::SpendingLimit, &owner()), 0, "deposit returned");
			let device_account: AccountId = device_key(1).public().into();
			assert!(M2mPayments::device_pay(RuntimeOrigin::signed(device_account), 1, payee(), 10)
				.is_err());
		});
	}
}

#[test]
fn l5_lowering_a_spending_limit_below_the_spent_amount_keeps_the_invariant() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, 500, 10));
		assert_ok!(M2mPayments::device_pay(RuntimeOrigin::signed(operator()), 1, payee(), 300));
		assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, 100, 10));
		let record = SpendingLimits::<Test>::get(1).unwrap();
		assert_eq!((record.limit, record.spent), (100, 100));
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(operator()), 1, payee(), 1),
			Error::<Test>::SpendingLimitExceeded
		);
		// The invariants (`spent <= limit`) are checked after the test.
	});
}

#[test]
fn migration_v1_records_the_keys_of_open_device_channels() {
	ExtBuilder::build_and_execute(|| {
		let device_channel = open_device_channel();
		open_account_channel();
		let _ = ChannelKeys::<Test>::clear(u32::MAX, None);
		StorageVersion::new(0).put::<M2mPayments>();

		crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(ChannelKeys::<Test>::get(device_channel), Devices::key(&1));
		assert_eq!(ChannelKeys::<Test>::iter().count(), 1, "account channels have no key");
		assert_eq!(M2mPayments::on_chain_storage_version(), 1);
	});
}
