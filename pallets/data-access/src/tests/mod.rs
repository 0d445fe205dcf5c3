//! Unit tests, one file per area, each error path on its own.

mod grants;
mod keys;
mod lifecycle;
mod subscriptions;

use frame_support::{assert_ok, traits::fungible::InspectHold};
use iot_primitives::data::PaymentSource;

use crate::{mock::*, HoldReason};

/// What `who` has on hold for `reason`.
fn held(reason: HoldReason, who: &AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), who)
}

/// What `who` has free.
fn free(who: &AccountId) -> Balance {
	Balances::free_balance(who)
}

/// Alice offers device 1's stream 7 at 100 per 10-block period, from sequence 0.
fn offer() {
	assert_ok!(DataAccess::offer(RuntimeOrigin::signed(ALICE), 1, 7, 100, 10, 12, 0));
}

/// `who` buys `periods` periods of device 1's stream 7 with its own funds.
fn subscribe(who: AccountId, periods: u32) {
	assert_ok!(DataAccess::subscribe(
		RuntimeOrigin::signed(who),
		1,
		7,
		periods,
		100,
		PaymentSource::Own
	));
}
