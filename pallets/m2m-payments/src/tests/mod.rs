//! Unit tests, one file per area, each error path on its own.

mod call_bounds;
mod channels;
mod device_changes;
mod disputes;
mod escrow;
mod security;
mod sources;
mod spending;

use frame_support::{assert_ok, dispatch::DispatchResult, traits::fungible::InspectHold};
use iot_primitives::payment::Voucher;

use crate::{mock::*, HoldReason};

/// The deposit of the tests' channels.
const DEPOSIT: Balance = 1_000;

/// Opens a channel of `owner`'s deposit, vouchers signed by device 1's key, paying `payee`;
/// returns its id.
fn open_device_channel() -> u64 {
	let id = crate::NextChannelId::<Test>::get();
	assert_ok!(M2mPayments::open_channel(
		RuntimeOrigin::signed(owner()),
		payee(),
		Some(1),
		DEPOSIT,
		100
	));
	id
}

/// Opens a channel of `payer` to `payee`, vouchers signed by the payer's account key; returns
/// its id.
fn open_account_channel() -> u64 {
	let id = crate::NextChannelId::<Test>::get();
	assert_ok!(M2mPayments::open_channel(
		RuntimeOrigin::signed(payer()),
		payee(),
		None,
		DEPOSIT,
		100
	));
	id
}

/// The payee claims channel 0's voucher signed by `pair`.
fn claim_signed_by(
	pair: &sp_core::sr25519::Pair,
	cumulative: Balance,
	nonce: u64,
) -> DispatchResult {
	let voucher = Voucher { channel: 0, cumulative, nonce };
	M2mPayments::claim(RuntimeOrigin::signed(payee()), voucher, sign(pair, &voucher))
}

/// What `who` has on hold for `reason`.
fn held(reason: HoldReason, who: &AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), who)
}

/// What `who` has free.
fn free(who: &AccountId) -> Balance {
	Balances::free_balance(who)
}
