use frame_support::{assert_noop, assert_ok};
use iot_primitives::{data::PaymentSource, payment::Voucher};

use super::{free, held, offer, subscribe};
use crate::{mock::*, Ending, Error, Event, Grants, HoldReason, Offers};

fn subscribe_with(
	who: AccountId,
	periods: u32,
	max_price: Balance,
	payment: PaymentSource<Balance>,
) -> frame_support::dispatch::DispatchResult {
	DataAccess::subscribe(RuntimeOrigin::signed(who), 1, 7, periods, max_price, payment)
}

fn settle() -> frame_support::dispatch::DispatchResult {
	DataAccess::settle(RuntimeOrigin::signed(CAROL), 1, 7, BOB)
}

#[test]
fn an_owner_offers_and_withdraws_with_a_deposit() {
	ExtBuilder::build_and_execute(|| {
		offer();
		System::assert_last_event(
			Event::Offered {
				device: 1,
				stream: 7,
				price: 100,
				period: 10,
				max_periods: 12,
				from: 0,
			}
			.into(),
		);
		assert_eq!(held(HoldReason::Record, &ALICE), 20);
		// New terms keep the deposit.
		assert_ok!(DataAccess::offer(RuntimeOrigin::signed(DAVE), 1, 7, 150, 10, 12, 0));
		assert_eq!(held(HoldReason::Record, &ALICE), 20);
		assert_eq!(Offers::<Test>::get(1, 7).unwrap().price, 150);
		assert_ok!(DataAccess::withdraw_offer(RuntimeOrigin::signed(ALICE), 1, 7));
		assert_eq!(held(HoldReason::Record, &ALICE), 0);
		assert_noop!(
			DataAccess::withdraw_offer(RuntimeOrigin::signed(ALICE), 1, 7),
			Error::<Test>::NoOffer
		);
	});
}

#[test]
fn an_offer_refuses_bad_terms_and_strangers() {
	ExtBuilder::build_and_execute(|| {
		let offer = |who, device, period, max_periods| {
			DataAccess::offer(RuntimeOrigin::signed(who), device, 7, 100, period, max_periods, 0)
		};
		assert_noop!(offer(ALICE, 9, 10, 1), Error::<Test>::UnknownDevice);
		assert_noop!(offer(EVE, 1, 10, 1), Error::<Test>::NotAuthorized);
		assert_noop!(offer(ALICE, 1, 0, 1), Error::<Test>::ZeroPeriod);
		assert_noop!(offer(ALICE, 1, 10, 0), Error::<Test>::BadPeriods);
		assert_noop!(offer(ALICE, 1, 10, 13), Error::<Test>::BadPeriods);
		assert_noop!(
			DataAccess::withdraw_offer(RuntimeOrigin::signed(EVE), 1, 7),
			Error::<Test>::NotAuthorized
		);
		for stream in [1, 2] {
			assert_ok!(DataAccess::offer(RuntimeOrigin::signed(ALICE), 1, stream, 1, 1, 1, 0));
		}
		assert_noop!(offer(ALICE, 1, 10, 1), Error::<Test>::TooManyOffers);
	});
}

#[test]
fn a_subscriber_pays_into_a_hold_and_the_owner_is_paid_each_served_period() {
	ExtBuilder::build_and_execute(|| {
		offer();
		let alice = free(&ALICE);
		subscribe(BOB, 3);
		System::assert_last_event(
			Event::Subscribed {
				device: 1,
				stream: 7,
				reader: BOB,
				payer: BOB,
				price: 100,
				periods: 3,
				expires_at: 31,
			}
			.into(),
		);
		assert_eq!(held(HoldReason::Subscription, &BOB), 300);
		assert_eq!(held(HoldReason::Record, &BOB), 10);
		assert!(DataAccess::can_read(BOB, 1, 7, 0));
		// Nothing is the owner's before a period has been served.
		assert_noop!(settle(), Error::<Test>::NothingToSettle);
		run_to(21);
		assert_ok!(settle());
		System::assert_last_event(
			Event::SubscriptionPaid { device: 1, stream: 7, reader: BOB, amount: 200 }.into(),
		);
		assert_eq!(free(&ALICE), alice + 200);
		assert_noop!(settle(), Error::<Test>::NothingToSettle);
		run_to(31);
		assert!(!DataAccess::can_read(BOB, 1, 7, 0));
		assert_ok!(settle());
		assert_eq!(free(&ALICE), alice + 300);
		assert_eq!(held(HoldReason::Subscription, &BOB) + held(HoldReason::Record, &BOB), 0);
	});
}

#[test]
fn an_owner_that_revokes_refunds_what_was_not_served_the_current_period_pro_rata() {
	ExtBuilder::build_and_execute(|| {
		offer();
		subscribe(BOB, 2);
		let (alice, bob) = (free(&ALICE), free(&BOB));
		run_to(5);
		assert_ok!(DataAccess::revoke(RuntimeOrigin::signed(ALICE), 1, 7, BOB));
		System::assert_last_event(
			Event::AccessEnded {
				device: 1,
				stream: 7,
				reader: BOB,
				ending: Ending::Revoked,
				paid: 40,
				refunded: 160,
				epoch: 5,
			}
			.into(),
		);
		assert_eq!(free(&ALICE), alice + 40);
		assert_eq!(free(&BOB), bob + 160 + 10, "unused time and the deposit come back");
		assert!(!DataAccess::can_read(BOB, 1, 7, 0));
	});
}

#[test]
fn a_subscriber_that_leaves_pays_the_period_it_is_in() {
	ExtBuilder::build_and_execute(|| {
		offer();
		subscribe(BOB, 3);
		let alice = free(&ALICE);
		// One block into the second period: the first two are the owner's.
		run_to(12);
		assert_ok!(DataAccess::renounce(RuntimeOrigin::signed(BOB), 1, 7));
		assert_eq!(free(&ALICE), alice + 200);
		assert_eq!(held(HoldReason::Subscription, &BOB), 0);
	});
}

#[test]
fn a_subscription_refuses_bad_input() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(subscribe_with(BOB, 1, 100, PaymentSource::Own), Error::<Test>::NoOffer);
		offer();
		assert_noop!(subscribe_with(ALICE, 1, 100, PaymentSource::Own), Error::<Test>::OwnData);
		assert_noop!(subscribe_with(BOB, 0, 100, PaymentSource::Own), Error::<Test>::BadPeriods);
		assert_noop!(subscribe_with(BOB, 13, 100, PaymentSource::Own), Error::<Test>::BadPeriods);
		assert_noop!(
			subscribe_with(BOB, 1, 99, PaymentSource::Own),
			Error::<Test>::PriceAboveLimit
		);
		subscribe(BOB, 1);
		assert_noop!(
			subscribe_with(BOB, 1, 100, PaymentSource::Own),
			Error::<Test>::AlreadyGranted
		);
		// Once it ran out, the same reader buys again; the old one is settled first.
		run_to(11);
		let alice = free(&ALICE);
		subscribe(BOB, 1);
		assert_eq!(free(&ALICE), alice + 100);
		assert_eq!(held(HoldReason::Subscription, &BOB), 100);
	});
}

#[test]
fn an_owner_cannot_raise_the_price_under_a_pending_subscription() {
	ExtBuilder::build_and_execute(|| {
		offer();
		// Bob signed for 100; the owner front-runs his transaction with a new price.
		assert_ok!(DataAccess::offer(RuntimeOrigin::signed(ALICE), 1, 7, 10_000, 10, 12, 0));
		assert_noop!(
			subscribe_with(BOB, 1, 100, PaymentSource::Own),
			Error::<Test>::PriceAboveLimit
		);
	});
}

#[test]
fn a_withdrawn_offer_takes_no_new_subscribers_but_running_ones_go_on() {
	ExtBuilder::build_and_execute(|| {
		offer();
		subscribe(BOB, 2);
		assert_ok!(DataAccess::withdraw_offer(RuntimeOrigin::signed(ALICE), 1, 7));
		assert!(DataAccess::can_read(BOB, 1, 7, 0));
		assert_noop!(subscribe_with(CAROL, 1, 100, PaymentSource::Own), Error::<Test>::NoOffer);
	});
}

#[test]
fn a_machine_buys_data_with_its_spending_limit_on_its_owners_funds() {
	ExtBuilder::build_and_execute(|| {
		offer();
		Devices::update(2, |d| d.allowance = 250);
		assert_ok!(subscribe_with(MACHINE, 2, 100, PaymentSource::Device(2)));
		// Device 2's owner pays and holds; the machine reads.
		assert_eq!(held(HoldReason::Subscription, &CAROL), 200);
		assert_eq!(held(HoldReason::Record, &CAROL), 10);
		assert_eq!(Devices::get(&2).unwrap().allowance, 50);
		assert!(DataAccess::can_read(MACHINE, 1, 7, 0));
		assert_eq!(Grants::<Test>::get((1, 7, MACHINE)).unwrap().depositor, CAROL);
	});
}

#[test]
fn a_machine_cannot_overspend_and_a_stranger_cannot_spend_for_it() {
	ExtBuilder::build_and_execute(|| {
		offer();
		Devices::update(2, |d| d.allowance = 150);
		assert!(subscribe_with(MACHINE, 2, 100, PaymentSource::Device(2)).is_err());
		assert!(subscribe_with(BOB, 1, 100, PaymentSource::Device(2)).is_err());
		assert_eq!(held(HoldReason::Subscription, &CAROL), 0);
	});
}

#[test]
fn a_channel_voucher_to_the_owner_pays_and_only_its_payer_may_spend_it() {
	ExtBuilder::build_and_execute(|| {
		offer();
		let channel = MockChannel { payer: CAROL, payee: ALICE, claimed: 0, signer: CAROL };
		Payments::open(0, channel.clone());
		Payments::open(1, MockChannel { payee: DAVE, ..channel });
		let paid_by = |channel: u64, signer| PaymentSource::Channel {
			voucher: Voucher { channel, cumulative: 200, nonce: 1 },
			signature: Payments::sign(signer),
		};
		// Bob saw Carol's voucher: he cannot buy himself access with it.
		assert!(subscribe_with(BOB, 2, 100, paid_by(0, CAROL)).is_err());
		// A channel that pays someone else than the data's owner does not pay for its data.
		assert!(subscribe_with(CAROL, 2, 100, paid_by(1, CAROL)).is_err());
		assert!(subscribe_with(CAROL, 1, 100, paid_by(0, CAROL)).is_err(), "twice the price");
		assert_ok!(subscribe_with(CAROL, 2, 100, paid_by(0, CAROL)));
		assert_eq!(held(HoldReason::Subscription, &CAROL), 200);
		assert_eq!(Payments::channel(0).unwrap().claimed, 200);
	});
}

#[test]
fn a_price_or_term_that_overflows_is_refused() {
	ExtBuilder::build_and_execute(|| {
		let huge = Balance::MAX / 2 + 1;
		assert_ok!(DataAccess::offer(RuntimeOrigin::signed(ALICE), 1, 7, huge, 10, 12, 0));
		assert_noop!(subscribe_with(BOB, 2, huge, PaymentSource::Own), Error::<Test>::Overflow);
		assert_ok!(DataAccess::offer(RuntimeOrigin::signed(ALICE), 1, 7, 1, u64::MAX / 2, 12, 0));
		assert_noop!(subscribe_with(BOB, 3, 1, PaymentSource::Own), Error::<Test>::Overflow);
	});
}
