use frame_support::{assert_noop, assert_ok};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature, P256TestSigner},
	payload::signing_payload,
	payment::{Voucher, VoucherSigner},
};
use sp_core::{Pair, H256};

use super::{claim_signed_by, free, held, open_account_channel, DEPOSIT};
use crate::{mock::*, Channels, Error, Event, HoldReason, SignedVoucher, SpendingLimits};

/// Channel 0: `payer` to `payee`, vouchers signed by the payer's account key.
fn open() -> u64 {
	open_account_channel()
}

fn voucher(cumulative: Balance, nonce: u64) -> Voucher<Balance> {
	Voucher { channel: 0, cumulative, nonce }
}

fn claim(cumulative: Balance, nonce: u64) -> frame_support::dispatch::DispatchResult {
	claim_signed_by(&key(1), cumulative, nonce)
}

#[test]
fn opening_holds_the_deposit_from_the_payer() {
	ExtBuilder::build_and_execute(|| {
		let id = open();
		assert_eq!(held(HoldReason::ChannelDeposit, &payer()), DEPOSIT);
		System::assert_last_event(
			Event::ChannelOpened {
				channel: id,
				payer: payer(),
				payee: payee(),
				signer: VoucherSigner::Account(payer()),
				deposit: DEPOSIT,
				expires_at: 101,
			}
			.into(),
		);
	});
}

#[test]
fn opening_refuses_small_deposits_bad_durations_and_unaffordable_deposits() {
	ExtBuilder::build_and_execute(|| {
		let o = || RuntimeOrigin::signed(payer());
		assert_noop!(
			M2mPayments::open_channel(o(), payee(), None, 99, 10),
			Error::<Test>::AmountTooLow
		);
		assert_noop!(
			M2mPayments::open_channel(o(), payee(), None, 100, 0),
			Error::<Test>::ZeroPeriod
		);
		assert_noop!(
			M2mPayments::open_channel(o(), payee(), None, 100, 1_001),
			Error::<Test>::DurationTooLong
		);
		assert!(M2mPayments::open_channel(o(), payee(), None, FUNDS, 10).is_err());
		assert_eq!(Channels::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_device_channel_is_paid_by_the_owner_and_charged_to_the_limit_unless_the_owner_opens_it() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(M2mPayments::open_channel(
			RuntimeOrigin::signed(owner()),
			payee(),
			Some(1),
			500,
			10
		));
		assert_eq!(held(HoldReason::ChannelDeposit, &owner()), 500);
		assert_noop!(
			M2mPayments::open_channel(RuntimeOrigin::signed(operator()), payee(), Some(1), 500, 10),
			Error::<Test>::NoSpendingLimit
		);
		assert_ok!(M2mPayments::set_spending_limit(RuntimeOrigin::signed(owner()), 1, 800, 50));
		assert_ok!(M2mPayments::open_channel(
			RuntimeOrigin::signed(operator()),
			payee(),
			Some(1),
			500,
			10
		));
		assert_eq!(SpendingLimits::<Test>::get(1).unwrap().spent, 500);
		assert_eq!(Channels::<Test>::get(1).unwrap().payer, owner());
		assert_noop!(
			M2mPayments::top_up(RuntimeOrigin::signed(operator()), 1, 301, None),
			Error::<Test>::SpendingLimitExceeded
		);
		assert_ok!(M2mPayments::top_up(RuntimeOrigin::signed(operator()), 1, 300, None));
		assert_eq!(held(HoldReason::ChannelDeposit, &owner()), 1_300);
	});
}

#[test]
fn a_device_channel_needs_a_known_active_device_and_the_spend_right() {
	ExtBuilder::build_and_execute(|| {
		let open = |who: AccountId, device| {
			M2mPayments::open_channel(RuntimeOrigin::signed(who), payee(), Some(device), 100, 10)
		};
		assert_noop!(open(eve(), 1), Error::<Test>::NotAuthorized);
		assert_noop!(open(owner(), 9), Error::<Test>::UnknownDevice);
		Devices::update(1, |d| d.active = false);
		assert_noop!(open(owner(), 1), Error::<Test>::DeviceInactive);
	});
}

#[test]
fn the_payee_claims_partially_and_only_the_difference_moves() {
	ExtBuilder::build_and_execute(|| {
		open();
		assert_ok!(claim(100, 1));
		System::assert_last_event(
			Event::VoucherClaimed {
				channel: 0,
				payee: payee(),
				amount: 100,
				cumulative: 100,
				nonce: 1,
			}
			.into(),
		);
		assert_ok!(claim(350, 5));
		assert_eq!(free(&payee()), 350);
		assert_eq!(held(HoldReason::ChannelDeposit, &payer()), DEPOSIT - 350);
		let channel = Channels::<Test>::get(0).unwrap();
		assert_eq!((channel.claimed, channel.nonce), (350, 5));
	});
}

#[test]
fn a_thousand_payments_settle_in_one_claim_of_the_last_voucher() {
	ExtBuilder::build_and_execute(|| {
		open();
		let signer = key(1);
		// The payer signs one voucher per payment of 1; the payee keeps only the latest.
		let mut latest = None;
		for n in 1..=1_000u64 {
			let v = voucher(n, n);
			latest = Some((v, sign(&signer, &v)));
		}
		let latest = latest.unwrap();
		assert_eq!(M2mPayments::claimable(latest.0, latest.1.clone()), Some(1_000));
		assert_ok!(M2mPayments::claim(RuntimeOrigin::signed(eve()), latest.0, latest.1));
		assert_eq!(free(&payee()), 1_000);
	});
}

#[test]
fn a_voucher_signed_by_another_key_is_refused() {
	ExtBuilder::build_and_execute(|| {
		open();
		let v = voucher(10, 1);
		assert_noop!(
			M2mPayments::claim(RuntimeOrigin::signed(payee()), v, sign(&key(2), &v)),
			Error::<Test>::BadSignature
		);
		let p256 =
			P256TestSigner::from_seed(1).sign(&v.signing_payload(M2mPayments::genesis_hash()));
		assert_noop!(
			M2mPayments::claim(RuntimeOrigin::signed(payee()), v, p256),
			Error::<Test>::BadSignature
		);
	});
}

#[test]
fn a_voucher_for_another_channel_or_chain_is_refused() {
	ExtBuilder::build_and_execute(|| {
		open();
		open();
		let for_channel_1 = Voucher { channel: 1, cumulative: 10, nonce: 1 };
		let signature = sign(&key(1), &for_channel_1);
		assert_noop!(
			M2mPayments::claim(RuntimeOrigin::signed(payee()), voucher(10, 1), signature),
			Error::<Test>::BadSignature
		);
		let other_chain = signing_payload(
			iot_primitives::payload::PAYMENT_VOUCHER,
			H256::repeat_byte(0xaa),
			&voucher(10, 1),
		);
		let signature = DeviceSignature::Sr25519(key(1).sign(&other_chain).0);
		assert_noop!(
			M2mPayments::claim(RuntimeOrigin::signed(payee()), voucher(10, 1), signature),
			Error::<Test>::BadSignature
		);
	});
}

#[test]
fn replayed_lower_empty_and_oversized_vouchers_are_refused() {
	ExtBuilder::build_and_execute(|| {
		open();
		assert_ok!(claim(300, 3));
		assert_noop!(claim(300, 3), Error::<Test>::VoucherReplayed);
		assert_noop!(claim(400, 2), Error::<Test>::VoucherReplayed);
		assert_noop!(claim(299, 4), Error::<Test>::BelowClaimed);
		assert_noop!(claim(300, 4), Error::<Test>::NothingToClaim);
		assert_noop!(claim(DEPOSIT + 1, 4), Error::<Test>::ExceedsDeposit);
		assert_noop!(
			M2mPayments::claim(
				RuntimeOrigin::signed(payee()),
				Voucher { channel: 7, cumulative: 1, nonce: 1 },
				sign(&key(1), &voucher(1, 1))
			),
			Error::<Test>::UnknownChannel
		);
	});
}

#[test]
fn device_keys_of_every_kind_sign_vouchers_p256_included() {
	ExtBuilder::build_and_execute(|| {
		let secure_element = P256TestSigner::from_seed(42);
		Devices::insert(
			3,
			MockDevice {
				owner: owner(),
				key: secure_element.public(),
				active: true,
				spenders: vec![],
			},
		);
		assert_ok!(M2mPayments::open_channel(
			RuntimeOrigin::signed(owner()),
			payee(),
			Some(3),
			500,
			10
		));
		let v = voucher(120, 1);
		let signature = secure_element.sign(&v.signing_payload(M2mPayments::genesis_hash()));
		assert_ok!(M2mPayments::claim(RuntimeOrigin::signed(payee()), v, signature));
		assert_eq!(free(&payee()), 120);
		// After a key rotation the channel still takes the key it was opened with, and only it.
		Devices::update(3, |d| d.key = DevicePublicKey::Sr25519(device_key(3).public().0));
		let v = voucher(130, 2);
		assert_noop!(
			M2mPayments::claim(RuntimeOrigin::signed(payee()), v, sign(&device_key(3), &v)),
			Error::<Test>::BadSignature
		);
		let recorded = secure_element.sign(&v.signing_payload(M2mPayments::genesis_hash()));
		assert_ok!(M2mPayments::claim(RuntimeOrigin::signed(payee()), v, recorded));
	});
}

#[test]
fn a_settlement_claims_the_good_vouchers_and_reports_the_refused() {
	ExtBuilder::build_and_execute(|| {
		open();
		open();
		let good = |channel, cumulative| {
			let voucher = Voucher { channel, cumulative, nonce: 1 };
			SignedVoucher { voucher, signature: sign(&key(1), &voucher) }
		};
		let forged =
			SignedVoucher { voucher: voucher(900, 2), signature: sign(&key(5), &voucher(900, 2)) };
		assert_ok!(M2mPayments::settle(
			RuntimeOrigin::signed(eve()),
			bounded(vec![good(0, 100), good(1, 200), forged])
		));
		assert_eq!(free(&payee()), 300);
		System::assert_last_event(
			Event::VoucherRefused { channel: 0, error: Error::<Test>::BadSignature.into() }.into(),
		);
		assert_noop!(
			M2mPayments::settle(RuntimeOrigin::signed(eve()), bounded(vec![])),
			Error::<Test>::BadSettlementSize
		);
	});
}

#[test]
fn a_cooperative_close_pays_the_last_voucher_and_returns_the_rest_at_once() {
	ExtBuilder::build_and_execute(|| {
		open();
		assert_ok!(claim(100, 1));
		let last = voucher(250, 2);
		let signed = SignedVoucher { voucher: last, signature: sign(&key(1), &last) };
		assert_noop!(
			M2mPayments::cooperative_close(RuntimeOrigin::signed(payer()), 0, Some(signed.clone())),
			Error::<Test>::NotAuthorized
		);
		let other = SignedVoucher { voucher: Voucher { channel: 1, ..last }, ..signed.clone() };
		assert_noop!(
			M2mPayments::cooperative_close(RuntimeOrigin::signed(payee()), 0, Some(other)),
			Error::<Test>::VoucherForAnotherChannel
		);
		assert_ok!(M2mPayments::cooperative_close(RuntimeOrigin::signed(payee()), 0, Some(signed)));
		System::assert_last_event(
			Event::ChannelClosed { channel: 0, paid: 250, refunded: 750 }.into(),
		);
		assert_eq!(free(&payee()), 250);
		assert_eq!(free(&payer()), FUNDS - 250);
		assert_noop!(claim(300, 3), Error::<Test>::UnknownChannel);
	});
}

#[test]
fn a_unilateral_close_leaves_the_payee_the_challenge_period_to_claim() {
	ExtBuilder::build_and_execute(|| {
		open();
		assert_noop!(
			M2mPayments::start_close(RuntimeOrigin::signed(payee()), 0),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(M2mPayments::start_close(RuntimeOrigin::signed(payer()), 0));
		System::assert_last_event(Event::ChannelClosing { channel: 0, closes_at: 6 }.into());
		assert_noop!(
			M2mPayments::start_close(RuntimeOrigin::signed(payer()), 0),
			Error::<Test>::ChannelClosing
		);
		assert_noop!(
			M2mPayments::top_up(RuntimeOrigin::signed(payer()), 0, 100, None),
			Error::<Test>::ChannelClosing
		);
		// The race: the payer cannot finalize inside the period; the payee's claim in its last
		// block still lands.
		run_to_block(6);
		assert_noop!(
			M2mPayments::finalize_close(RuntimeOrigin::signed(payer()), 0),
			Error::<Test>::ClaimWindowOpen
		);
		assert_ok!(claim(400, 1));
		run_to_block(7);
		assert_noop!(claim(500, 2), Error::<Test>::ClaimWindowOver);
		assert_ok!(M2mPayments::finalize_close(RuntimeOrigin::signed(payer()), 0));
		System::assert_last_event(
			Event::ChannelClosed { channel: 0, paid: 400, refunded: 600 }.into(),
		);
		assert_eq!(held(HoldReason::ChannelDeposit, &payer()), 0);
		assert_eq!(free(&payer()), FUNDS - 400);
	});
}

#[test]
fn an_expired_channel_takes_no_claims_and_anyone_may_close_it() {
	ExtBuilder::build_and_execute(|| {
		open();
		run_to_block(101);
		assert_ok!(claim(10, 1));
		assert_noop!(
			M2mPayments::finalize_close(RuntimeOrigin::signed(eve()), 0),
			Error::<Test>::ClaimWindowOpen
		);
		run_to_block(102);
		assert_noop!(claim(20, 2), Error::<Test>::ClaimWindowOver);
		assert_noop!(
			M2mPayments::top_up(RuntimeOrigin::signed(payer()), 0, 100, None),
			Error::<Test>::ClaimWindowOver
		);
		assert_noop!(
			M2mPayments::start_close(RuntimeOrigin::signed(payer()), 0),
			Error::<Test>::ClaimWindowOver
		);
		assert_ok!(M2mPayments::finalize_close(RuntimeOrigin::signed(eve()), 0));
		assert_noop!(
			M2mPayments::finalize_close(RuntimeOrigin::signed(eve()), 0),
			Error::<Test>::UnknownChannel
		);
	});
}

#[test]
fn a_top_up_adds_to_the_deposit_and_may_extend_the_expiry() {
	ExtBuilder::build_and_execute(|| {
		open();
		run_to_block(50);
		assert_ok!(M2mPayments::top_up(RuntimeOrigin::signed(payer()), 0, 500, Some(200)));
		System::assert_last_event(
			Event::ChannelToppedUp { channel: 0, deposit: 1_500, expires_at: 250 }.into(),
		);
		assert_ok!(M2mPayments::top_up(RuntimeOrigin::signed(payer()), 0, 100, Some(1)));
		assert_eq!(Channels::<Test>::get(0).unwrap().expires_at, 250, "never earlier");
		assert_noop!(
			M2mPayments::top_up(RuntimeOrigin::signed(eve()), 0, 100, None),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			M2mPayments::top_up(RuntimeOrigin::signed(payer()), 0, 100, Some(1_001)),
			Error::<Test>::DurationTooLong
		);
		assert_noop!(
			M2mPayments::top_up(RuntimeOrigin::signed(payer()), 3, 100, None),
			Error::<Test>::UnknownChannel
		);
		assert_eq!(held(HoldReason::ChannelDeposit, &payer()), 1_600);
	});
}
