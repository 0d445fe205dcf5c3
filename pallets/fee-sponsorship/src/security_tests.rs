//! Attack tests for the review's M-6 (a sponsored device's nonce must never start again from
//! zero) and M-2 (a sponsorship ends when its device changes owner or leaves the registry).

use frame_support::{assert_ok, traits::fungible::InspectHold};
use iot_primitives::traits::DeviceLifecycle;

use crate::{mock::*, *};

fn sponsor_device() {
	assert_ok!(FeeSponsorship::fund(RuntimeOrigin::signed(ALICE), 100_000_000_000));
	let quota = Quota { fees: 100_000_000_000, transactions: 100, scopes: Scopes::ALL };
	assert_ok!(FeeSponsorship::sponsor_device(RuntimeOrigin::signed(ALICE), DEVICE_ID, quota));
}

fn deposit_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::SponsorshipDeposit.into(), &who)
}

#[test]
fn m6_unsponsoring_never_resets_a_device_nonce() {
	ExtBuilder.build_and_execute(|| {
		sponsor_device();
		// The device sent two transactions (CheckNonce bumps its nonce).
		System::inc_account_nonce(DEVICE);
		System::inc_account_nonce(DEVICE);
		// A bystander clears the record once it is stale (the device changed hands).
		Devices::update(DEVICE_ID, |d| d.owner = BOB);
		assert_ok!(FeeSponsorship::unsponsor_device(RuntimeOrigin::signed(STRANGER), DEVICE_ID));
		assert!(System::account_exists(&DEVICE));
		assert_eq!(System::account_nonce(DEVICE), 2, "old transactions stay spent");
		assert!(RetainedAccounts::<Test>::contains_key(DEVICE));

		// Sponsored again, by its new owner: the retained reference is taken over.
		assert_ok!(FeeSponsorship::fund(RuntimeOrigin::signed(BOB), 100_000_000_000));
		let quota = Quota { fees: 100_000_000_000, transactions: 100, scopes: Scopes::ALL };
		assert_ok!(FeeSponsorship::sponsor_device(RuntimeOrigin::signed(BOB), DEVICE_ID, quota));
		assert_eq!(System::account_nonce(DEVICE), 2);
		assert_eq!(System::account(DEVICE).sufficients, 1);
		assert!(!RetainedAccounts::<Test>::contains_key(DEVICE));
	});
}

#[test]
fn m6_a_device_that_never_transacted_is_reaped_as_before() {
	ExtBuilder.build_and_execute(|| {
		sponsor_device();
		assert_ok!(FeeSponsorship::unsponsor_device(RuntimeOrigin::signed(ALICE), DEVICE_ID));
		assert!(!System::account_exists(&DEVICE));
		assert!(!RetainedAccounts::<Test>::contains_key(DEVICE));
	});
}

#[test]
fn m2_a_transferred_or_removed_device_is_no_longer_sponsored_by_its_former_owner() {
	for removed in [false, true] {
		ExtBuilder.build_and_execute(|| {
			sponsor_device();
			assert!(deposit_held(ALICE) > 0);
			if removed {
				Devices::remove(DEVICE_ID);
				FeeSponsorship::on_removed(DEVICE_ID, &ALICE);
			} else {
				Devices::update(DEVICE_ID, |d| d.owner = BOB);
				assert_ok!(FeeSponsorship::on_transferred(DEVICE_ID, &ALICE, &BOB));
			}
			assert!(SponsoredDevices::<Test>::get(DEVICE_ID).is_none());
			assert!(Sponsorships::<Test>::get(DEVICE).is_none());
			assert_eq!(deposit_held(ALICE), 0);
			System::assert_last_event(
				Event::SponsorshipEnded { device: DEVICE_ID, owner: ALICE }.into(),
			);
			// Another device of the same owner is untouched.
			FeeSponsorship::on_removed(OTHER_DEVICE_ID, &ALICE);
		});
	}
}
