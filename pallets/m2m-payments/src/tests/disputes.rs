//! Disputes: the bond, the arbiter, the default rule after the timeout (the review's L-8), and
//! the v3 migration that gives old disputes a record.

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Mutate, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use iot_primitives::payment::{AgreementStatus, Condition, Dispute};
use sp_runtime::{DispatchError, Perbill, TokenError};

use super::{
	escrow::{anchor_window, cold_chain, create, delivered, release, AMOUNT, COLD},
	free, held,
};
use crate::{mock::*, Agreements, Error, Event, Evidence, HoldReason};

/// What the provider (who starts with nothing) is given to pay a bond.
const PROVIDER_FUNDS: Balance = 1_000;

fn dispute(who: AccountId, id: u64) -> frame_support::dispatch::DispatchResult {
	M2mPayments::dispute(RuntimeOrigin::signed(who), id)
}

fn settle_expired(id: u64) -> frame_support::dispatch::DispatchResult {
	M2mPayments::settle_expired_dispute(RuntimeOrigin::signed(eve()), id)
}

fn resolve(id: u64, provider_share: Perbill) -> frame_support::dispatch::DispatchResult {
	M2mPayments::resolve_dispute(RuntimeOrigin::root(), id, provider_share)
}

fn fund_provider() {
	Balances::set_balance(&payee(), PROVIDER_FUNDS);
}

fn dispute_of(id: u64) -> Dispute<AccountId, Balance, u64> {
	match Agreements::<Test>::get(id).expect("unsettled").status {
		AgreementStatus::Disputed(dispute) => dispute,
		AgreementStatus::Active => panic!("not disputed"),
	}
}

/// Before the fix a consumer's dispute, free and front-running the provider's release, left the
/// payment with an arbiter that need never act. Now the provider's proof is recorded on the
/// dispute, and once the arbiter's time is up anyone pays the provider, with the consumer's
/// bond for the delay.
#[test]
fn l8_a_dispute_cannot_stall_a_valid_release_forever() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		anchor_window(COLD);
		// The consumer sees the release coming and disputes first.
		assert_ok!(dispute(payer(), id));
		assert_ok!(release(id, Evidence::Window(bounded(vec![10, 11]))));
		System::assert_last_event(Event::DisputedConditionProven { agreement: id }.into());
		assert!(dispute_of(id).proven);
		assert_eq!(free(&payee()), 0, "a proof pays nothing while the arbiter may still rule");

		// The arbiter stays silent past its timeout and the deadline (block 101).
		run_to_block(101);
		assert_noop!(settle_expired(id), Error::<Test>::DisputeNotExpired);
		run_to_block(102);
		assert_ok!(settle_expired(id));
		System::assert_last_event(
			Event::DisputeExpired {
				agreement: id,
				to_provider: AMOUNT,
				to_consumer: 0,
				bond_returned: 0,
				bond_forfeited: DISPUTE_BOND,
			}
			.into(),
		);
		assert_eq!(free(&payee()), AMOUNT + DISPUTE_BOND);
		assert_eq!(free(&payer()), FUNDS - AMOUNT - DISPUTE_BOND);
		assert_eq!(held(HoldReason::Escrow, &payer()), 0);
		assert_eq!(held(HoldReason::DisputeBond, &payer()), 0);
		assert!(Agreements::<Test>::get(id).is_none());
	});
}

#[test]
fn l8_disputing_costs_a_bond_the_loser_forfeits() {
	// The consumer disputes and the arbiter rules wholly for the provider.
	ExtBuilder::build_and_execute(|| {
		let id = create(Condition::ConsumerConfirms);
		assert_ok!(dispute(payer(), id));
		System::assert_last_event(
			Event::AgreementDisputed { agreement: id, by: payer(), bond: DISPUTE_BOND }.into(),
		);
		assert_eq!(held(HoldReason::DisputeBond, &payer()), DISPUTE_BOND);
		assert_eq!(
			dispute_of(id),
			Dispute { by: payer(), raised_at: 1, bond: DISPUTE_BOND, proven: false }
		);
		assert_ok!(resolve(id, Perbill::one()));
		System::assert_last_event(
			Event::DisputeResolved {
				agreement: id,
				to_provider: AMOUNT,
				to_consumer: 0,
				bond_returned: 0,
				bond_forfeited: DISPUTE_BOND,
			}
			.into(),
		);
		assert_eq!(free(&payee()), AMOUNT + DISPUTE_BOND);
		assert_eq!(free(&payer()), FUNDS - AMOUNT - DISPUTE_BOND);
	});
	// The provider disputes and the arbiter rules wholly for the consumer.
	ExtBuilder::build_and_execute(|| {
		fund_provider();
		let id = create(Condition::ConsumerConfirms);
		assert_ok!(dispute(payee(), id));
		assert_eq!(held(HoldReason::DisputeBond, &payee()), DISPUTE_BOND);
		assert_ok!(resolve(id, Perbill::zero()));
		assert_eq!(free(&payer()), FUNDS + DISPUTE_BOND);
		assert_eq!(free(&payee()), PROVIDER_FUNDS - DISPUTE_BOND);
		assert_eq!(held(HoldReason::DisputeBond, &payee()), 0);
	});
	// A disputer the arbiter agrees with gets its bond back whole.
	ExtBuilder::build_and_execute(|| {
		let id = create(Condition::ConsumerConfirms);
		assert_ok!(dispute(payer(), id));
		assert_ok!(resolve(id, Perbill::zero()));
		assert_eq!(free(&payer()), FUNDS);
		assert_eq!(free(&payee()), 0);
		assert_eq!(held(HoldReason::DisputeBond, &payer()), 0);
	});
}

/// A split ruling splits the bond the same way: the disputer loses the share it was refused.
#[test]
fn l8_a_split_ruling_splits_the_bond_alike() {
	ExtBuilder::build_and_execute(|| {
		fund_provider();
		let id = create(cold_chain());
		assert_noop!(dispute(eve(), id), Error::<Test>::NotAuthorized);
		assert_noop!(resolve(id, Perbill::one()), Error::<Test>::NotDisputed);
		assert_ok!(dispute(payee(), id));
		assert_noop!(dispute(payer(), id), Error::<Test>::Disputed);
		assert_noop!(
			M2mPayments::confirm(RuntimeOrigin::signed(payer()), id),
			Error::<Test>::Disputed
		);
		run_to_block(500);
		assert_noop!(
			M2mPayments::refund(RuntimeOrigin::signed(eve()), id),
			Error::<Test>::Disputed
		);
		assert_noop!(
			M2mPayments::resolve_dispute(RuntimeOrigin::signed(payer()), id, Perbill::one()),
			DispatchError::BadOrigin
		);
		// The arbiter may still rule late, as long as no one settled by the default rule.
		assert_ok!(resolve(id, Perbill::from_percent(30)));
		System::assert_last_event(
			Event::DisputeResolved {
				agreement: id,
				to_provider: 1_500,
				to_consumer: 3_500,
				bond_returned: 90,
				bond_forfeited: 210,
			}
			.into(),
		);
		assert_eq!(free(&payee()), PROVIDER_FUNDS - 210 + 1_500);
		assert_eq!(free(&payer()), FUNDS - 1_500 + 210);
		assert_noop!(resolve(id, Perbill::one()), Error::<Test>::UnknownAgreement);
		assert_noop!(settle_expired(id), Error::<Test>::UnknownAgreement);
	});
}

/// With nothing proven the default rule is the agreement's own: the consumer is refunded, a
/// consumer who disputed keeps its bond, a provider who disputed loses it.
#[test]
fn l8_an_unproven_dispute_refunds_the_consumer_after_the_timeout() {
	ExtBuilder::build_and_execute(|| {
		let id = create(delivered());
		assert_ok!(dispute(payer(), id));
		run_to_block(102);
		assert_ok!(settle_expired(id));
		System::assert_last_event(
			Event::DisputeExpired {
				agreement: id,
				to_provider: 0,
				to_consumer: AMOUNT,
				bond_returned: DISPUTE_BOND,
				bond_forfeited: 0,
			}
			.into(),
		);
		assert_eq!(free(&payer()), FUNDS);
		assert_eq!(free(&payee()), 0);
	});
	ExtBuilder::build_and_execute(|| {
		fund_provider();
		let id = create(Condition::ConsumerConfirms);
		assert_ok!(dispute(payee(), id));
		run_to_block(102);
		assert_ok!(settle_expired(id));
		assert_eq!(free(&payer()), FUNDS + DISPUTE_BOND);
		assert_eq!(free(&payee()), PROVIDER_FUNDS - DISPUTE_BOND);
	});
}

/// A consumer who disputes at once cannot have the timeout refund it before the delivery could
/// be proven: the dispute expires no earlier than the deadline, and the provider proves until
/// then. A late dispute still leaves the arbiter its whole timeout.
#[test]
fn l8_a_dispute_neither_cuts_the_time_to_prove_nor_the_arbiters_time() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		assert_ok!(dispute(payer(), id));
		run_to_block(1 + DISPUTE_TIMEOUT + 1);
		assert_noop!(settle_expired(id), Error::<Test>::DisputeNotExpired);
		run_to_block(100);
		anchor_window(COLD);
		assert_ok!(release(id, Evidence::Window(bounded(vec![10, 11]))));
		run_to_block(102);
		assert_ok!(settle_expired(id));
		assert_eq!(free(&payee()), AMOUNT + DISPUTE_BOND);
	});
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		run_to_block(101);
		assert_ok!(dispute(payer(), id));
		run_to_block(101 + DISPUTE_TIMEOUT);
		assert_noop!(settle_expired(id), Error::<Test>::DisputeNotExpired);
		run_to_block(101 + DISPUTE_TIMEOUT + 1);
		assert_ok!(settle_expired(id));
	});
}

#[test]
fn l8_proof_is_recorded_once_and_only_before_the_deadline() {
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		anchor_window(COLD + 1);
		assert_ok!(dispute(payer(), id));
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 11]))),
			Error::<Test>::ValueOutOfBounds
		);
		anchor_window(COLD);
		assert_ok!(release(id, Evidence::Window(bounded(vec![10, 11]))));
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 11]))),
			Error::<Test>::AlreadyProven
		);
	});
	ExtBuilder::build_and_execute(|| {
		let id = create(cold_chain());
		anchor_window(COLD);
		assert_ok!(dispute(payer(), id));
		run_to_block(102);
		assert_noop!(
			release(id, Evidence::Window(bounded(vec![10, 11]))),
			Error::<Test>::DeadlinePassed
		);
	});
}

#[test]
fn settling_an_expired_dispute_refuses_unknown_active_and_running_disputes() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(settle_expired(7), Error::<Test>::UnknownAgreement);
		let id = create(Condition::ConsumerConfirms);
		run_to_block(500);
		assert_noop!(settle_expired(id), Error::<Test>::NotDisputed);
	});
	ExtBuilder::build_and_execute(|| {
		let id = create(Condition::ConsumerConfirms);
		assert_ok!(dispute(payer(), id));
		assert_noop!(settle_expired(id), Error::<Test>::DisputeNotExpired);
		assert_noop!(
			M2mPayments::settle_expired_dispute(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_party_without_the_bond_cannot_dispute() {
	ExtBuilder::build_and_execute(|| {
		let id = create(Condition::ConsumerConfirms);
		assert_noop!(dispute(payee(), id), TokenError::FundsUnavailable);
	});
}

/// v2 stored `Disputed` with no record: after v3 the dispute is the consumer's, with no bond,
/// raised at the upgrade, so the arbiter has a whole timeout from then.
#[test]
fn migration_v3_gives_old_disputes_a_record_and_the_arbiter_a_timeout() {
	use crate::migrations::v3::{OldAgreement, OldStatus};
	ExtBuilder::build_and_execute(|| {
		let active = create(cold_chain());
		let disputed = create(Condition::ConsumerConfirms);
		for (id, status) in [(active, OldStatus::Active), (disputed, OldStatus::Disputed)] {
			let new = Agreements::<Test>::get(id).expect("created");
			let old = OldAgreement {
				consumer: new.consumer,
				provider: new.provider,
				amount: new.amount,
				condition: new.condition,
				deadline: new.deadline,
				status,
			};
			frame_support::storage::unhashed::put_raw(
				&Agreements::<Test>::hashed_key_for(id),
				&old.encode(),
			);
		}
		StorageVersion::new(2).put::<M2mPayments>();
		run_to_block(50);

		crate::migrations::v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(M2mPayments::on_chain_storage_version(), 3);
		assert_eq!(Agreements::<Test>::get(active).unwrap().status, AgreementStatus::Active);
		assert_eq!(
			dispute_of(disputed),
			Dispute { by: payer(), raised_at: 50, bond: 0, proven: false }
		);
		run_to_block(50 + DISPUTE_TIMEOUT + 1);
		assert_noop!(settle_expired(disputed), Error::<Test>::DisputeNotExpired);
		run_to_block(102);
		assert_ok!(settle_expired(disputed));
		assert_eq!(free(&payer()), FUNDS - AMOUNT, "the active agreement is still held");
	});
}
