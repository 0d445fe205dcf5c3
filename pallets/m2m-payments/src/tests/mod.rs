//! Unit tests, one file per area, each error path on its own.

mod channels;
mod escrow;
mod security;
mod spending;

use frame_support::traits::fungible::InspectHold;

use crate::{mock::*, HoldReason};

/// What `who` has on hold for `reason`.
fn held(reason: HoldReason, who: &AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), who)
}

/// What `who` has free.
fn free(who: &AccountId) -> Balance {
	Balances::free_balance(who)
}
