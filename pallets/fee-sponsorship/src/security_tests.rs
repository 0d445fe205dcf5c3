//! Attack tests for the review's M-6 (a sponsored device's nonce must never start again from
//! zero) and M-2 (a sponsorship ends when its device changes owner or leaves the registry).

use frame_support::{assert_ok, dispatch::DispatchInfo, traits::fungible::InspectHold};
use iot_primitives::traits::DeviceLifecycle;
use sp_runtime::{
	generic::Era,
	traits::DispatchTransaction,
	transaction_validity::{InvalidTransaction, TransactionSource},
};

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

fn validate_era(
	who: AccountId,
	era: Era,
) -> Result<(), sp_runtime::transaction_validity::TransactionValidityError> {
	let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	CheckSponsoredMortality::<Test>::from(era)
		.validate_only(
			RuntimeOrigin::signed(who),
			&call,
			&DispatchInfo::default(),
			0,
			TransactionSource::External,
			0,
		)
		.map(|_| ())
}

#[test]
fn m6_a_sponsored_device_cannot_sign_immortal_transactions() {
	ExtBuilder.build_and_execute(|| {
		// Born at block 0 (the genesis hash is known to the test chain).
		let mortal = Era::mortal(64, 0);
		assert_ok!(validate_era(DEVICE, Era::Immortal));
		sponsor_device();
		assert_eq!(
			validate_era(DEVICE, Era::Immortal),
			Err(InvalidTransaction::Custom(Refusal::ImmortalTransaction as u8).into())
		);
		assert_ok!(validate_era(DEVICE, mortal));
		// Everyone else signs as before.
		assert_ok!(validate_era(ALICE, Era::Immortal));
	});
}

#[test]
fn l4_a_sponsored_transaction_leaves_no_fee_credit_stored() {
	use frame_support::{dispatch::PostDispatchInfo, weights::Weight};
	use pallet_transaction_payment::ChargeTransactionPayment;
	ExtBuilder.build_and_execute(|| {
		sponsor_device();
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		let info = DispatchInfo { call_weight: Weight::from_parts(1_000, 0), ..Default::default() };
		let result = ChargeTransactionPayment::<Test>::from(0).test_run(
			RuntimeOrigin::signed(DEVICE),
			&call,
			&info,
			100,
			0,
			|_| Ok(PostDispatchInfo::default()),
		);
		assert!(matches!(result, Ok(Ok(_))), "{result:?}");
		assert!(System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::FeeSponsorship(Event::FeeSponsored { .. }))));
		let key = crate::adapter::tx_credit_key::<Test>();
		assert!(!frame_support::storage::unhashed::exists(&key), "TxPaymentCredit left behind");
	});
}
