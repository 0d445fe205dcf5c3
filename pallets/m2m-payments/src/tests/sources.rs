//! Paying for others' services: a device's spending limit and a channel's vouchers redeemed
//! through `PaymentSources` (a data subscription, say).

use frame_support::{assert_noop, assert_ok};
use iot_primitives::{payment::Voucher, traits::PaymentSources};
use sp_core::Pair;

use super::{free, held, open_account_channel, open_device_channel, DEPOSIT};
use crate::{mock::*, Channels, Error, Event, HoldReason};

fn voucher(channel: u64, cumulative: Balance, nonce: u64) -> Voucher<Balance> {
	Voucher { channel, cumulative, nonce }
}

#[test]
fn a_payer_redeems_its_voucher_and_the_increment_leaves_the_deposit() {
	ExtBuilder::build_and_execute(|| {
		let id = open_account_channel();
		let v = voucher(id, 300, 1);
		let before = free(&payer());
		let payer_of = M2mPayments::redeem_voucher(&payer(), &payee(), &v, &sign(&key(1), &v), 300);
		assert_eq!(payer_of, Ok(payer()));
		assert_eq!(held(HoldReason::ChannelDeposit, &payer()), DEPOSIT - 300);
		assert_eq!(free(&payer()), before + 300, "the caller holds it for what it pays");
		let channel = Channels::<Test>::get(id).unwrap();
		assert_eq!((channel.claimed, channel.nonce), (300, 1));
		System::assert_last_event(
			Event::VoucherRedeemed { channel: id, amount: 300, cumulative: 300, nonce: 1 }.into(),
		);
		// Replaying it pays nothing twice.
		assert_noop!(
			M2mPayments::redeem_voucher(&payer(), &payee(), &v, &sign(&key(1), &v), 300),
			Error::<Test>::VoucherReplayed
		);
	});
}

#[test]
fn a_device_spends_its_channel_voucher_but_a_bystander_who_saw_it_cannot() {
	ExtBuilder::build_and_execute(|| {
		let id = open_device_channel();
		let v = voucher(id, 200, 1);
		let signature = sign(&device_key(1), &v);
		let device_account = device_key(1).public().into();
		assert_noop!(
			M2mPayments::redeem_voucher(&eve(), &payee(), &v, &signature, 200),
			Error::<Test>::NotAuthorized
		);
		assert_eq!(
			M2mPayments::redeem_voucher(&device_account, &payee(), &v, &signature, 200),
			Ok(owner())
		);
	});
}

#[test]
fn a_voucher_pays_only_its_own_payee_the_exact_amount_with_a_valid_signature() {
	ExtBuilder::build_and_execute(|| {
		let id = open_account_channel();
		let v = voucher(id, 300, 1);
		let good = sign(&key(1), &v);
		assert_noop!(
			M2mPayments::redeem_voucher(&payer(), &eve(), &v, &good, 300),
			Error::<Test>::WrongPayee
		);
		assert_noop!(
			M2mPayments::redeem_voucher(&payer(), &payee(), &v, &good, 299),
			Error::<Test>::WrongAmount
		);
		assert_noop!(
			M2mPayments::redeem_voucher(&payer(), &payee(), &v, &sign(&key(9), &v), 300),
			Error::<Test>::BadSignature
		);
		let too_much = voucher(id, DEPOSIT + 1, 1);
		assert_noop!(
			M2mPayments::redeem_voucher(
				&payer(),
				&payee(),
				&too_much,
				&sign(&key(1), &too_much),
				DEPOSIT + 1
			),
			Error::<Test>::ExceedsDeposit
		);
	});
}

#[test]
fn charging_a_device_spends_its_limit_and_names_the_owner_who_pays() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, 500, 10));
		let device_account = device_key(1).public().into();
		assert_eq!(M2mPayments::charge_device(&device_account, 1, 400), Ok(owner()));
		assert_eq!(crate::SpendingLimits::<Test>::get(1).unwrap().spent, 400);
		assert_noop!(
			M2mPayments::charge_device(&device_account, 1, 101),
			Error::<Test>::SpendingLimitExceeded
		);
		assert_noop!(M2mPayments::charge_device(&eve(), 1, 1), Error::<Test>::NotAuthorized);
	});
}
