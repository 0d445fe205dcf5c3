//! Two-party handoffs of custody and ownership.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use iot_primitives::provenance::HandlingBand;

use super::*;
use crate::{Error, Event, Handoffs, Items, Legs, OpenLeg, TraceEventKind, TraceEvents, Transfer};

fn propose(
	who: AccountId,
	item: u64,
	to: AccountId,
	transfer: Transfer,
) -> frame_support::dispatch::DispatchResult {
	Provenance::propose_handoff(RuntimeOrigin::signed(who), item, to, transfer)
}

fn handoff_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Handoff.into(), &who)
}

#[test]
fn custody_and_ownership_pass_only_when_the_receiver_accepts() {
	ExtBuilder::build_and_execute(|| {
		let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		assert_ok!(propose(FARM, item, CARRIER, Transfer::Custody));
		System::assert_last_event(
			Event::HandoffProposed { item, from: FARM, to: CARRIER, transfer: Transfer::Custody }
				.into(),
		);
		assert_eq!(handoff_held(FARM), HANDOFF_DEPOSIT);
		// Nothing passes before the receiver says so.
		assert_eq!(Provenance::holders(item), Some((FARM, FARM)));
		let records_before = records_held(CARRIER);
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), item));
		assert_eq!(Provenance::holders(item), Some((FARM, CARRIER)));
		assert_eq!(handoff_held(FARM), 0);
		assert!(Handoffs::<Test>::get(item).is_none());
		// The receiver pays for the history entry it chose to add.
		assert!(records_held(CARRIER) > records_before);
		let event = TraceEvents::<Test>::get(history(item)[1]).unwrap();
		let kind = TraceEventKind::Handoff { from: FARM, to: CARRIER, transfer: Transfer::Custody };
		assert_eq!((event.kind, event.by), (kind, CARRIER));
		System::assert_last_event(
			Event::HandoffAccepted {
				event: 1,
				item,
				from: FARM,
				to: CARRIER,
				transfer: Transfer::Custody,
			}
			.into(),
		);
		// The owner sells to the retailer while the carrier still holds it.
		assert_ok!(propose(FARM, item, RETAILER, Transfer::Ownership));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(RETAILER), item));
		assert_eq!(Provenance::holders(item), Some((RETAILER, CARRIER)));
	});
}

#[test]
fn proposals_need_what_they_offer() {
	ExtBuilder::build_and_execute(|| {
		let ids = commission(FARM, vec![unit(""), container(""), unit("")]);
		assert_ok!(Provenance::aggregate(
			RuntimeOrigin::signed(FARM),
			ids[1],
			bounded(vec![ids[2]]),
			at(2)
		));
		assert_noop!(propose(FARM, 42, CARRIER, Transfer::Both), Error::<Test>::UnknownItem);
		assert_noop!(propose(FARM, ids[2], CARRIER, Transfer::Both), Error::<Test>::Packed);
		assert_noop!(propose(FARM, ids[0], FARM, Transfer::Both), Error::<Test>::SelfHandoff);
		assert_noop!(propose(EVE, ids[0], CARRIER, Transfer::Custody), Error::<Test>::NotCustodian);
		assert_ok!(propose(FARM, ids[0], CARRIER, Transfer::Custody));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), ids[0]));
		// The carrier holds it but cannot sell it.
		assert_noop!(propose(CARRIER, ids[0], EVE, Transfer::Ownership), Error::<Test>::NotOwner);
		assert_noop!(propose(CARRIER, ids[0], EVE, Transfer::Both), Error::<Test>::NotOwner);
		assert_noop!(propose(FARM, ids[0], EVE, Transfer::Custody), Error::<Test>::NotCustodian);
		assert_ok!(propose(FARM, ids[0], RETAILER, Transfer::Ownership));
		assert_noop!(
			propose(CARRIER, ids[0], RETAILER, Transfer::Custody),
			Error::<Test>::HandoffPending
		);
	});
}

#[test]
fn a_decommissioned_item_cannot_be_handed_over() {
	ExtBuilder::build_and_execute(|| {
		let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		assert_ok!(Provenance::decommission(
			RuntimeOrigin::signed(FARM),
			bounded(vec![item]),
			at(3)
		));
		assert_noop!(propose(FARM, item, CARRIER, Transfer::Both), Error::<Test>::NotActive);
	});
}

#[test]
fn only_the_receiver_answers_and_only_the_proposer_cancels() {
	ExtBuilder::build_and_execute(|| {
		let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		let accept = |who| Provenance::accept_handoff(RuntimeOrigin::signed(who), item);
		let reject = |who| Provenance::reject_handoff(RuntimeOrigin::signed(who), item);
		let cancel = |who| Provenance::cancel_handoff(RuntimeOrigin::signed(who), item);
		assert_noop!(accept(CARRIER), Error::<Test>::NoHandoff);
		assert_noop!(reject(CARRIER), Error::<Test>::NoHandoff);
		assert_noop!(cancel(FARM), Error::<Test>::NoHandoff);
		assert_ok!(propose(FARM, item, CARRIER, Transfer::Both));
		assert_noop!(accept(EVE), Error::<Test>::NotReceiver);
		assert_noop!(reject(EVE), Error::<Test>::NotReceiver);
		assert_noop!(cancel(CARRIER), Error::<Test>::NotProposer);
		assert_ok!(reject(CARRIER));
		System::assert_last_event(Event::HandoffRejected { item }.into());
		assert_eq!(handoff_held(FARM), 0);
		assert_ok!(propose(FARM, item, CARRIER, Transfer::Both));
		assert_ok!(cancel(FARM));
		System::assert_last_event(Event::HandoffCancelled { item }.into());
		assert_eq!(handoff_held(FARM), 0);
		assert_eq!(Provenance::holders(item), Some((FARM, FARM)));
	});
}

#[test]
fn an_acceptance_into_a_full_history_is_refused() {
	ExtBuilder::build_and_execute(|| {
		let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
		for _ in 1..MAX_EVENTS {
			assert_ok!(Provenance::observe(
				RuntimeOrigin::signed(FARM),
				bounded(vec![item]),
				at(3)
			));
		}
		assert_ok!(propose(FARM, item, CARRIER, Transfer::Both));
		assert_noop!(
			Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), item),
			Error::<Test>::HistoryFull
		);
		assert_ok!(Provenance::reject_handoff(RuntimeOrigin::signed(CARRIER), item));
	});
}

#[test]
fn delivery_ends_the_leg_under_way() {
	ExtBuilder::build_and_execute(|| {
		let [pallet] = commission(FARM, vec![container("")])[..] else { unreachable!() };
		assert_ok!(propose(FARM, pallet, CARRIER, Transfer::Custody));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(CARRIER), pallet));
		let band = HandlingBand { min: 200, max: 800, max_excursion: 0 };
		assert_ok!(Provenance::start_leg(RuntimeOrigin::signed(CARRIER), pallet, TRACKER, 0, band));
		run_to_block(5);
		assert_ok!(propose(CARRIER, pallet, RETAILER, Transfer::Custody));
		assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(RETAILER), pallet));
		let leg = Legs::<Test>::get(0).unwrap();
		assert_eq!((leg.from, leg.to, leg.deadline), (1_000, Some(5_000), Some(5 + PROOF_PERIOD)));
		assert!(OpenLeg::<Test>::get(pallet).is_none());
		assert_eq!(Items::<Test>::get(pallet).unwrap().custodian, Some(RETAILER));
	});
}

mod signed {
	use sp_runtime::testing::TestSignature;

	use super::*;
	use crate::SignedHandoff;

	const DEADLINE: u64 = 20;

	fn handoff(
		item: u64,
		from: AccountId,
		to: AccountId,
		transfer: Transfer,
	) -> SignedHandoff<Test> {
		SignedHandoff { item, from, to, transfer, deadline: DEADLINE }
	}

	/// `signer`'s signature of `handoff` at the item's current history length.
	fn sign(signer: AccountId, handoff: &SignedHandoff<Test>) -> TestSignature {
		let history = Items::<Test>::get(handoff.item).map_or(0, |item| item.events);
		TestSignature(signer, Provenance::handoff_payload(handoff, history))
	}

	fn submit(
		who: AccountId,
		h: &SignedHandoff<Test>,
		signature: TestSignature,
	) -> frame_support::dispatch::DispatchResult {
		let (item, from, to, transfer, deadline) = (h.item, h.from, h.to, h.transfer, h.deadline);
		Provenance::handoff_signed(
			RuntimeOrigin::signed(who),
			item,
			from,
			to,
			transfer,
			deadline,
			signature,
		)
	}

	#[test]
	fn either_party_submits_what_the_other_signed() {
		ExtBuilder::build_and_execute(|| {
			let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
			// The carrier submits the farm's signed release of custody.
			let out = handoff(item, FARM, CARRIER, Transfer::Custody);
			assert_ok!(submit(CARRIER, &out, sign(FARM, &out)));
			assert_eq!(Provenance::holders(item), Some((FARM, CARRIER)));
			System::assert_last_event(
				Event::HandoffAccepted {
					event: 1,
					item,
					from: FARM,
					to: CARRIER,
					transfer: Transfer::Custody,
				}
				.into(),
			);
			// The carrier hands it to the retailer, who signed for it.
			let back = handoff(item, CARRIER, RETAILER, Transfer::Custody);
			assert_ok!(submit(CARRIER, &back, sign(RETAILER, &back)));
			assert_eq!(Provenance::holders(item), Some((FARM, RETAILER)));
			assert_eq!(history(item).len(), 3);
		});
	}

	#[test]
	fn a_signature_serves_once_before_its_deadline_and_only_its_signer() {
		ExtBuilder::build_and_execute(|| {
			let [item] = commission(FARM, vec![unit("")])[..] else { unreachable!() };
			let out = handoff(item, FARM, CARRIER, Transfer::Custody);
			let signature = sign(FARM, &out);
			assert_noop!(submit(EVE, &out, signature.clone()), Error::<Test>::NotParty);
			// Signed by the submitter itself, or by someone else: not the other party's word.
			assert_noop!(submit(CARRIER, &out, sign(CARRIER, &out)), Error::<Test>::BadSignature);
			assert_noop!(submit(CARRIER, &out, sign(EVE, &out)), Error::<Test>::BadSignature);
			// Another transfer than the one signed.
			let more = handoff(item, FARM, CARRIER, Transfer::Both);
			assert_noop!(submit(CARRIER, &more, signature.clone()), Error::<Test>::BadSignature);
			run_to_block(DEADLINE + 1);
			assert_noop!(submit(CARRIER, &out, signature.clone()), Error::<Test>::SignatureExpired);
			run_to_block(2);
			assert_ok!(submit(CARRIER, &out, signature.clone()));
			// Handed back by proposal, the old signature cannot hand it over again.
			assert_ok!(Provenance::propose_handoff(
				RuntimeOrigin::signed(CARRIER),
				item,
				FARM,
				Transfer::Custody
			));
			assert_ok!(Provenance::accept_handoff(RuntimeOrigin::signed(FARM), item));
			assert_noop!(submit(CARRIER, &out, signature), Error::<Test>::BadSignature);
		});
	}

	#[test]
	fn a_signed_handoff_needs_what_it_offers() {
		ExtBuilder::build_and_execute(|| {
			let ids = commission(FARM, vec![unit(""), container(""), unit("")]);
			assert_ok!(Provenance::aggregate(
				RuntimeOrigin::signed(FARM),
				ids[1],
				bounded(vec![ids[2]]),
				at(2)
			));
			let packed = handoff(ids[2], FARM, CARRIER, Transfer::Custody);
			assert_noop!(submit(CARRIER, &packed, sign(FARM, &packed)), Error::<Test>::Packed);
			let foreign = handoff(ids[0], EVE, CARRIER, Transfer::Custody);
			assert_noop!(
				submit(CARRIER, &foreign, sign(EVE, &foreign)),
				Error::<Test>::NotCustodian
			);
			let sale = handoff(ids[0], CARRIER, FARM, Transfer::Ownership);
			assert_noop!(submit(FARM, &sale, sign(CARRIER, &sale)), Error::<Test>::NotOwner);
			let itself = handoff(ids[0], FARM, FARM, Transfer::Both);
			assert_noop!(submit(FARM, &itself, sign(FARM, &itself)), Error::<Test>::SelfHandoff);
			let unknown = handoff(42, FARM, CARRIER, Transfer::Both);
			assert_noop!(
				submit(CARRIER, &unknown, sign(FARM, &unknown)),
				Error::<Test>::UnknownItem
			);
			assert_ok!(propose(FARM, ids[0], RETAILER, Transfer::Both));
			let racing = handoff(ids[0], FARM, CARRIER, Transfer::Both);
			assert_noop!(
				submit(CARRIER, &racing, sign(FARM, &racing)),
				Error::<Test>::HandoffPending
			);
		});
	}
}
