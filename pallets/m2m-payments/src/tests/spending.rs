use frame_support::{assert_noop, assert_ok};
use sp_core::Pair;
use sp_runtime::{DispatchError, TokenError};

use super::{free, held};
use crate::{mock::*, Error, Event, HoldReason, SpendingLimits};

fn device_account(id: u64) -> AccountId {
	device_key(id).public().into()
}

fn limit_device_1(limit: Balance, period: u64) {
	assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, limit, period));
}

#[test]
fn an_owner_sets_a_limit_with_a_deposit_and_can_change_it() {
	ExtBuilder::build_and_execute(|| {
		limit_device_1(1_000, 10);
		assert_eq!(held(HoldReason::SpendingLimit, &owner()), 20);
		System::assert_last_event(
			Event::SpendingLimitSet { device: 1, owner: owner(), limit: 1_000, period: 10 }.into(),
		);
		limit_device_1(2_000, 20);
		assert_eq!(held(HoldReason::SpendingLimit, &owner()), 20, "one deposit per device");
		let record = SpendingLimits::<Test>::get(1).unwrap();
		assert_eq!((record.limit, record.period), (2_000, 20));
	});
}

#[test]
fn only_the_owner_sets_a_limit_for_a_known_device_and_a_real_period() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			M2mPayments::set_spending_limit(RuntimeOrigin::signed(operator()), 1, 10, 10),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 9, 10, 10),
			Error::<Test>::UnknownDevice
		);
		assert_noop!(
			M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, 10, 0),
			Error::<Test>::ZeroPeriod
		);
	});
}

#[test]
fn the_device_pays_from_its_owner_within_the_limit_and_the_limit_resets_each_period() {
	ExtBuilder::build_and_execute(|| {
		limit_device_1(1_000, 10);
		let device = RuntimeOrigin::signed(device_account(1));
		assert_ok!(M2mPayments::device_pay(device.clone(), 1, payee(), 600));
		System::assert_last_event(
			Event::DevicePaid { device: 1, to: payee(), amount: 600, spent: 600 }.into(),
		);
		assert_ok!(M2mPayments::device_pay(RuntimeOrigin::signed(operator()), 1, payee(), 400));
		assert_eq!(free(&payee()), 1_000);
		assert_noop!(
			M2mPayments::device_pay(device.clone(), 1, payee(), 1),
			Error::<Test>::SpendingLimitExceeded
		);
		run_to_block(11);
		assert_ok!(M2mPayments::device_pay(device, 1, payee(), 1_000));
		assert_eq!(free(&owner()), FUNDS - 20 - 2_000);
	});
}

#[test]
fn a_payment_needs_an_active_device_the_spend_right_and_a_limit() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(owner()), 1, payee(), 1),
			Error::<Test>::NoSpendingLimit
		);
		limit_device_1(1_000, 10);
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(eve()), 1, payee(), 1),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(owner()), 7, payee(), 1),
			Error::<Test>::UnknownDevice
		);
		Devices::update(1, |d| d.active = false);
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(operator()), 1, payee(), 1),
			Error::<Test>::DeviceInactive
		);
	});
}

#[test]
fn a_payment_the_owner_cannot_afford_fails_cleanly() {
	ExtBuilder::build_and_execute(|| {
		limit_device_1(FUNDS * 2, 10);
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(operator()), 1, payee(), FUNDS),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn a_limit_of_a_previous_owner_lets_the_device_spend_nothing_of_the_new_owners_funds() {
	ExtBuilder::build_and_execute(|| {
		limit_device_1(1_000, 10);
		Devices::update(1, |d| d.owner = eve());
		assert_noop!(
			M2mPayments::device_pay(RuntimeOrigin::signed(device_account(1)), 1, payee(), 1),
			Error::<Test>::NoSpendingLimit
		);
		// The new owner's own limit replaces it and returns the old deposit.
		assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(eve()), 1, 50, 10));
		assert_eq!(held(HoldReason::SpendingLimit, &owner()), 0);
		assert_eq!(held(HoldReason::SpendingLimit, &eve()), 20);
		assert_ok!(M2mPayments::device_pay(
			RuntimeOrigin::signed(device_account(1)),
			1,
			payee(),
			50
		));
		assert_eq!(free(&eve()), FUNDS - 20 - 50);
	});
}

#[test]
fn removing_a_limit_returns_its_deposit() {
	ExtBuilder::build_and_execute(|| {
		limit_device_1(1_000, 10);
		assert_noop!(
			M2mPayments::remove_spending_limit(RuntimeOrigin::signed(eve()), 1),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(M2mPayments::remove_spending_limit(RuntimeOrigin::signed(owner()), 1));
		System::assert_last_event(Event::SpendingLimitRemoved { device: 1 }.into());
		assert_eq!(held(HoldReason::SpendingLimit, &owner()), 0);
		assert_noop!(
			M2mPayments::remove_spending_limit(RuntimeOrigin::signed(owner()), 1),
			Error::<Test>::NoSpendingLimit
		);
	});
}

#[test]
fn anyone_removes_the_limit_of_a_device_that_left_the_registry() {
	ExtBuilder::build_and_execute(|| {
		limit_device_1(1_000, 10);
		Devices::remove(1);
		assert_ok!(M2mPayments::remove_spending_limit(RuntimeOrigin::signed(eve()), 1));
		assert_eq!(held(HoldReason::SpendingLimit, &owner()), 0);
	});
}
