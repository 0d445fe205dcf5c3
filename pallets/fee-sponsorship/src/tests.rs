//! Unit tests: budgets, sponsorships, and fees charged through `ChargeTransactionPayment`.

use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, PostDispatchInfo},
	traits::fungible::{Inspect, InspectHold},
	weights::Weight,
};
use pallet_transaction_payment::ChargeTransactionPayment;
use sp_runtime::{
	traits::DispatchTransaction,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError, TokenError,
};

use crate::{mock::*, *};

const LEN: usize = 100;
const BUDGET: Balance = 100_000_000_000;

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] })
}

fn transfer() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { dest: BOB, value: 1 })
}

fn info(weight: u64) -> DispatchInfo {
	DispatchInfo { call_weight: Weight::from_parts(weight, 0), ..Default::default() }
}

/// The fee of a transaction of `weight` with `tip`.
fn fee(weight: u64, tip: Balance) -> Balance {
	TransactionPayment::compute_fee(LEN as u32, &info(weight), tip)
}

/// What a sponsored transaction of `weight` with `tip` costs its owner: the fee and the
/// surcharge for the weight of paying from a budget.
fn sponsored_fee(weight: u64, tip: Balance) -> Balance {
	fee(weight, tip) + <() as WeightInfo>::charge_sponsored().ref_time()
}

fn quota(fees: Balance, transactions: u32, scopes: Scopes) -> Quota<Balance> {
	Quota { fees, transactions, scopes }
}

/// Validates `who`'s transaction of `call` as the transaction pool would.
fn validate(
	who: AccountId,
	call: RuntimeCall,
	tip: Balance,
) -> Result<(), TransactionValidityError> {
	ChargeTransactionPayment::<Test>::from(tip)
		.validate_only(origin(who), &call, &info(1_000), LEN, TransactionSource::External, 0)
		.map(|_| ())
}

/// Validates, charges, "dispatches" with `actual` weight used and settles `who`'s transaction.
fn run(
	who: AccountId,
	call: RuntimeCall,
	tip: Balance,
	actual: u64,
) -> Result<(), TransactionValidityError> {
	ChargeTransactionPayment::<Test>::from(tip)
		.test_run(origin(who), &call, &info(1_000), LEN, 0, |_| {
			Ok(PostDispatchInfo {
				actual_weight: Some(Weight::from_parts(actual, 0)),
				pays_fee: frame_support::dispatch::Pays::Yes,
			})
		})
		.map(|result| {
			result.expect("the substitute call succeeds");
		})
}

fn refused(refusal: Refusal) -> Result<(), TransactionValidityError> {
	Err(InvalidTransaction::Custom(refusal as u8).into())
}

fn budget(owner: AccountId) -> Balance {
	Budgets::<Test>::get(owner).map_or(0, |b| b.amount)
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// Alice funds `BUDGET` and sponsors device 7 within `quota`.
fn sponsor(quota: Quota<Balance>) {
	assert_ok!(FeeSponsorship::fund(origin(ALICE), BUDGET));
	assert_ok!(FeeSponsorship::sponsor_device(origin(ALICE), DEVICE_ID, quota));
}

fn generous() -> Quota<Balance> {
	quota(BUDGET, 100, Scopes::ALL)
}

mod budgets {
	use super::*;

	#[test]
	fn fund_holds_and_tops_up() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(FeeSponsorship::fund(origin(ALICE), MinBudget::get()));
			assert_ok!(FeeSponsorship::fund(origin(ALICE), 5));
			assert_eq!(budget(ALICE), MinBudget::get() + 5);
			assert_eq!(held(HoldReason::Budget, ALICE), MinBudget::get() + 5);
			System::assert_last_event(
				Event::BudgetFunded { owner: ALICE, amount: 5, budget: MinBudget::get() + 5 }
					.into(),
			);
		});
	}

	#[test]
	fn a_new_budget_needs_the_minimum() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				FeeSponsorship::fund(origin(ALICE), MinBudget::get() - 1),
				Error::<Test>::BelowMinBudget
			);
			assert_noop!(FeeSponsorship::fund(origin(ALICE), 0), Error::<Test>::ZeroAmount);
		});
	}

	#[test]
	fn fund_cannot_hold_more_than_the_owner_has() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				FeeSponsorship::fund(origin(ALICE), INITIAL + 1),
				TokenError::FundsUnavailable
			);
		});
	}

	#[test]
	fn withdraw_releases_and_an_empty_budget_goes() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(FeeSponsorship::fund(origin(ALICE), BUDGET));
			assert_ok!(FeeSponsorship::withdraw(origin(ALICE), BUDGET - 10));
			assert_eq!(budget(ALICE), 10);
			assert_ok!(FeeSponsorship::withdraw(origin(ALICE), 10));
			assert!(Budgets::<Test>::get(ALICE).is_none());
			assert_eq!(Balances::balance(&ALICE), INITIAL);
			System::assert_last_event(
				Event::BudgetWithdrawn { owner: ALICE, amount: 10, budget: 0 }.into(),
			);
		});
	}

	#[test]
	fn withdraw_refusals() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(FeeSponsorship::withdraw(origin(ALICE), 1), Error::<Test>::NoBudget);
			assert_ok!(FeeSponsorship::fund(origin(ALICE), BUDGET));
			assert_noop!(
				FeeSponsorship::withdraw(origin(ALICE), BUDGET + 1),
				Error::<Test>::InsufficientBudget
			);
			assert_noop!(FeeSponsorship::withdraw(origin(ALICE), 0), Error::<Test>::ZeroAmount);
		});
	}

	#[test]
	fn set_alert_needs_a_budget() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(FeeSponsorship::set_alert(origin(ALICE), 5), Error::<Test>::NoBudget);
			assert_ok!(FeeSponsorship::fund(origin(ALICE), BUDGET));
			assert_ok!(FeeSponsorship::set_alert(origin(ALICE), 5));
			System::assert_last_event(Event::AlertSet { owner: ALICE, below: 5 }.into());
		});
	}
}

mod sponsorships {
	use super::*;

	#[test]
	fn sponsoring_holds_a_deposit_and_keeps_the_device_account() {
		ExtBuilder.build_and_execute(|| {
			assert!(!System::account_exists(&DEVICE));
			sponsor(generous());
			assert_eq!(held(HoldReason::SponsorshipDeposit, ALICE), SponsorshipDeposit::get());
			assert!(System::account_exists(&DEVICE));
			assert_eq!(SponsoredDevices::<Test>::get(DEVICE_ID), Some(DEVICE));
			System::assert_last_event(
				Event::DeviceSponsored {
					device: DEVICE_ID,
					owner: ALICE,
					signer: DEVICE,
					quota: generous(),
				}
				.into(),
			);
		});
	}

	#[test]
	fn only_the_owner_of_an_active_device_sponsors_it() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				FeeSponsorship::sponsor_device(origin(BOB), DEVICE_ID, generous()),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				FeeSponsorship::sponsor_device(origin(ALICE), 99, generous()),
				Error::<Test>::UnknownDevice
			);
			Devices::update(DEVICE_ID, |d| d.active = false);
			assert_noop!(
				FeeSponsorship::sponsor_device(origin(ALICE), DEVICE_ID, generous()),
				Error::<Test>::DeviceInactive
			);
		});
	}

	#[test]
	fn a_quota_must_allow_something() {
		ExtBuilder.build_and_execute(|| {
			for bad in [
				quota(0, 1, Scopes::ALL),
				quota(1, 0, Scopes::ALL),
				quota(1, 1, Scopes(0)),
				quota(1, 1, Scopes(0b10_0000)),
			] {
				assert_noop!(
					FeeSponsorship::sponsor_device(origin(ALICE), DEVICE_ID, bad),
					Error::<Test>::InvalidQuota
				);
			}
		});
	}

	#[test]
	fn the_deposit_must_be_affordable() {
		ExtBuilder.build_and_execute(|| {
			Devices::insert(9, 102, STRANGER);
			assert_noop!(
				FeeSponsorship::sponsor_device(origin(STRANGER), 9, generous()),
				TokenError::FundsUnavailable
			);
		});
	}

	#[test]
	fn changing_the_quota_keeps_the_usage_and_the_deposit() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			let tighter = quota(BUDGET, 1, Scopes::TELEMETRY);
			assert_ok!(FeeSponsorship::sponsor_device(origin(ALICE), DEVICE_ID, tighter));
			assert_eq!(held(HoldReason::SponsorshipDeposit, ALICE), SponsorshipDeposit::get());
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::TransactionQuotaReached));
		});
	}

	#[test]
	fn a_signer_account_serves_one_device() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			// The key of device 7 now also belongs to device 9 in the registry's double.
			Devices::remove(DEVICE_ID);
			Devices::insert(9, DEVICE, ALICE);
			assert_noop!(
				FeeSponsorship::sponsor_device(origin(ALICE), 9, generous()),
				Error::<Test>::SignerTaken
			);
			assert_ok!(FeeSponsorship::unsponsor_device(origin(BOB), DEVICE_ID));
			assert_ok!(FeeSponsorship::sponsor_device(origin(ALICE), 9, generous()));
		});
	}

	#[test]
	fn sponsoring_again_after_a_key_rotation_moves_the_record() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			Devices::update(DEVICE_ID, |d| d.account = 150);
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::StaleSponsorship));
			assert_ok!(FeeSponsorship::sponsor_device(origin(ALICE), DEVICE_ID, generous()));
			assert!(Sponsorships::<Test>::get(DEVICE).is_none());
			assert!(!System::account_exists(&DEVICE));
			assert_eq!(SponsoredDevices::<Test>::get(DEVICE_ID), Some(150));
			assert_eq!(held(HoldReason::SponsorshipDeposit, ALICE), SponsorshipDeposit::get());
			assert_ok!(validate(150, remark(), 0));
		});
	}

	#[test]
	fn a_new_owner_replaces_the_previous_owners_sponsorship() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			Devices::update(DEVICE_ID, |d| d.owner = BOB);
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::StaleSponsorship));
			assert_ok!(FeeSponsorship::fund(origin(BOB), BUDGET));
			assert_ok!(FeeSponsorship::sponsor_device(origin(BOB), DEVICE_ID, generous()));
			assert_eq!(held(HoldReason::SponsorshipDeposit, ALICE), 0);
			assert_eq!(held(HoldReason::SponsorshipDeposit, BOB), SponsorshipDeposit::get());
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			assert_eq!(budget(BOB), BUDGET - sponsored_fee(1_000, 0));
			assert_eq!(budget(ALICE), BUDGET);
		});
	}

	#[test]
	fn the_owner_ends_a_sponsorship() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_noop!(
				FeeSponsorship::unsponsor_device(origin(BOB), DEVICE_ID),
				Error::<Test>::StillValid
			);
			assert_ok!(FeeSponsorship::unsponsor_device(origin(ALICE), DEVICE_ID));
			assert_eq!(held(HoldReason::SponsorshipDeposit, ALICE), 0);
			assert!(!System::account_exists(&DEVICE));
			System::assert_last_event(
				Event::SponsorshipEnded { device: DEVICE_ID, owner: ALICE }.into(),
			);
			assert_noop!(
				FeeSponsorship::unsponsor_device(origin(ALICE), DEVICE_ID),
				Error::<Test>::NotSponsored
			);
		});
	}

	#[test]
	fn anyone_clears_a_stale_sponsorship() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			Devices::remove(DEVICE_ID);
			assert_ok!(FeeSponsorship::unsponsor_device(origin(BOB), DEVICE_ID));
			assert_eq!(held(HoldReason::SponsorshipDeposit, ALICE), 0);
			assert_eq!(Balances::balance(&ALICE), INITIAL - BUDGET);
		});
	}
}

mod fees {
	use super::*;

	#[test]
	fn a_device_with_no_balance_transacts_and_its_owner_pays() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_eq!(Balances::balance(&DEVICE), 0);
			assert_ok!(validate(DEVICE, remark(), 0));
			// Charged for weight 1,000, used 400: the difference returns to the budget.
			assert_ok!(run(DEVICE, remark(), 0, 400));
			let paid = sponsored_fee(400, 0);
			assert_eq!(budget(ALICE), BUDGET - paid);
			assert_eq!(held(HoldReason::Budget, ALICE), BUDGET - paid);
			assert_eq!(Balances::balance(&DEVICE), 0);
			assert_eq!(FeeSink::received(), paid);
			assert!(System::events().iter().any(|r| r.event
				== Event::FeeSponsored { device: DEVICE_ID, owner: ALICE, fee: paid }.into()));
			assert_eq!(FeeSponsorship::left(&DEVICE), Some((BUDGET - paid, 99)));
		});
	}

	#[test]
	fn sponsored_transactions_carry_the_weight_of_paying_from_a_budget() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			let used = || System::block_weight().total();
			let before = used();
			assert_ok!(run(BOB, remark(), 0, 1_000));
			assert_eq!(used(), before, "paying one's own fee adds nothing");
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			assert_eq!(used() - before, <() as WeightInfo>::charge_sponsored());
		});
	}

	#[test]
	fn the_tip_comes_from_the_budget_too() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_ok!(run(DEVICE, remark(), 7, 1_000));
			assert_eq!(budget(ALICE), BUDGET - sponsored_fee(1_000, 7));
			assert_eq!(FeeSink::received(), sponsored_fee(1_000, 7));
		});
	}

	#[test]
	fn a_call_outside_the_scopes_is_refused_at_validation() {
		ExtBuilder.build_and_execute(|| {
			sponsor(quota(BUDGET, 100, Scopes::TELEMETRY));
			assert_eq!(validate(DEVICE, transfer(), 0), refused(Refusal::CallNotSponsored));
			assert_eq!(run(DEVICE, transfer(), 0, 1_000), refused(Refusal::CallNotSponsored));
			assert_ok!(validate(DEVICE, remark(), 0));
			assert_eq!(budget(ALICE), BUDGET);
		});
	}

	#[test]
	fn a_device_over_its_transaction_quota_is_refused() {
		ExtBuilder.build_and_execute(|| {
			sponsor(quota(BUDGET, 2, Scopes::ALL));
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			System::assert_has_event(
				Event::QuotaReached { device: DEVICE_ID, owner: ALICE }.into(),
			);
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::TransactionQuotaReached));
			// A new period restores the quota.
			System::set_block_number(1 + Period::get());
			assert_ok!(validate(DEVICE, remark(), 0));
		});
	}

	#[test]
	fn a_device_over_its_fee_quota_is_refused() {
		ExtBuilder.build_and_execute(|| {
			sponsor(quota(fee(1_000, 0) * 3 / 2, 100, Scopes::ALL));
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			System::assert_has_event(
				Event::QuotaReached { device: DEVICE_ID, owner: ALICE }.into(),
			);
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::FeeQuotaReached));
		});
	}

	#[test]
	fn an_exhausted_budget_is_refused_and_never_goes_negative() {
		ExtBuilder.build_and_execute(|| {
			let one = sponsored_fee(1_000, 0);
			assert_ok!(FeeSponsorship::fund(origin(ALICE), MinBudget::get().max(one)));
			assert_ok!(FeeSponsorship::sponsor_device(origin(ALICE), DEVICE_ID, generous()));
			let mut paid = 0;
			while run(DEVICE, remark(), 0, 1_000).is_ok() {
				paid += one;
			}
			assert!(budget(ALICE) < one);
			assert_eq!(budget(ALICE) + paid, MinBudget::get().max(one));
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::BudgetExhausted));
		});
	}

	#[test]
	fn an_inactive_device_is_refused() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			Devices::update(DEVICE_ID, |d| d.active = false);
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::DeviceInactive));
		});
	}

	#[test]
	fn a_removed_device_is_refused() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			Devices::remove(DEVICE_ID);
			assert_eq!(validate(DEVICE, remark(), 0), refused(Refusal::StaleSponsorship));
		});
	}

	#[test]
	fn an_unsponsored_account_without_funds_cannot_pay() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_eq!(validate(STRANGER, remark(), 0), Err(InvalidTransaction::Payment.into()));
			assert_eq!(
				validate(OTHER_DEVICE, remark(), 0),
				Err(InvalidTransaction::Payment.into())
			);
		});
	}

	#[test]
	fn a_refused_device_with_funds_pays_itself() {
		ExtBuilder.build_and_execute(|| {
			sponsor(quota(BUDGET, 100, Scopes::TELEMETRY));
			endow(DEVICE, 1_000_000_000);
			assert_ok!(run(DEVICE, transfer(), 0, 1_000));
			assert_eq!(budget(ALICE), BUDGET);
			assert_eq!(Balances::balance(&DEVICE), 1_000_000_000 - fee(1_000, 0));
		});
	}

	#[test]
	fn others_pay_their_own_fees() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_ok!(run(BOB, remark(), 0, 1_000));
			assert_eq!(Balances::balance(&BOB), INITIAL - fee(1_000, 0));
			assert_eq!(budget(ALICE), BUDGET);
		});
	}

	#[test]
	fn a_malicious_device_drains_at_most_its_quota() {
		ExtBuilder.build_and_execute(|| {
			let limit = fee(1_000, 0) * 5;
			sponsor(quota(limit, 1_000, Scopes::ALL));
			// The device tips as much as it can and sends as often as it can.
			let mut sent = 0;
			for tip in [0, limit / 3, limit, 1, 0, 0, 0, 0] {
				if run(DEVICE, remark(), tip, 1_000).is_ok() {
					sent += 1;
				}
			}
			assert!(sent > 0);
			assert!(BUDGET - budget(ALICE) <= limit);
			assert_eq!(Balances::total_balance(&ALICE), INITIAL - (BUDGET - budget(ALICE)));
		});
	}

	#[test]
	fn the_budget_alert_fires_once_per_crossing() {
		ExtBuilder.build_and_execute(|| {
			sponsor(generous());
			assert_ok!(FeeSponsorship::set_alert(origin(ALICE), BUDGET));
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			let low = |e: &RuntimeEvent| {
				matches!(e, RuntimeEvent::FeeSponsorship(Event::BudgetLow { .. }))
			};
			assert_eq!(System::events().iter().filter(|r| low(&r.event)).count(), 1);
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			assert_eq!(System::events().iter().filter(|r| low(&r.event)).count(), 1);
			assert_ok!(FeeSponsorship::fund(origin(ALICE), BUDGET));
			assert_ok!(run(DEVICE, remark(), 0, 1_000));
			assert_eq!(System::events().iter().filter(|r| low(&r.event)).count(), 1);
		});
	}

	#[test]
	fn zero_fee_transactions_touch_no_budget() {
		ExtBuilder.build_and_execute(|| {
			sponsor(quota(BUDGET, 1, Scopes::ALL));
			let free = DispatchInfo { pays_fee: frame_support::dispatch::Pays::No, ..info(1_000) };
			assert_ok!(ChargeTransactionPayment::<Test>::from(0).validate_only(
				origin(DEVICE),
				&remark(),
				&free,
				LEN,
				TransactionSource::External,
				0
			));
			assert_eq!(budget(ALICE), BUDGET);
		});
	}
}

#[test]
fn scopes_contain_only_their_bits() {
	assert!(Scopes::ALL.contains(Scopes::PAYMENTS));
	assert!(!Scopes::TELEMETRY.contains(Scopes::PAYMENTS));
	assert!(!Scopes::ALL.contains(Scopes(0)));
	assert!(!Scopes(0b10_0000).is_valid());
}

#[test]
fn refusal_codes_are_stable() {
	assert_eq!(
		TransactionValidityError::from(Refusal::BudgetExhausted),
		TransactionValidityError::Invalid(InvalidTransaction::Custom(6))
	);
	let _: DispatchError = Error::<Test>::NoBudget.into();
}
