use frame_support::{assert_noop, assert_ok};

use super::held;
use crate::{mock::*, Ending, Error, Event, Grants, HoldReason, Streams};

fn grant(
	who: AccountId,
	reader: AccountId,
	to: Option<u64>,
	expires_at: Option<u64>,
) -> frame_support::dispatch::DispatchResult {
	DataAccess::grant(RuntimeOrigin::signed(who), 1, 7, reader, 10, to, expires_at)
}

#[test]
fn an_owner_grants_a_range_until_a_block_and_the_reader_reads_only_that() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(grant(ALICE, BOB, Some(20), Some(50)));
		System::assert_last_event(
			Event::AccessGranted {
				device: 1,
				stream: 7,
				reader: BOB,
				from: 10,
				to: Some(20),
				expires_at: Some(50),
			}
			.into(),
		);
		assert_eq!(held(HoldReason::Record, &ALICE), 10);
		assert!(DataAccess::can_read(BOB, 1, 7, 10) && DataAccess::can_read(BOB, 1, 7, 20));
		assert!(!DataAccess::can_read(BOB, 1, 7, 9) && !DataAccess::can_read(BOB, 1, 7, 21));
		assert!(!DataAccess::can_read(BOB, 1, 8, 15), "another stream of the device");
		assert!(!DataAccess::can_read(CAROL, 1, 7, 15), "a bystander");
		assert!(DataAccess::can_read(ALICE, 1, 7, 0) && DataAccess::can_read(DAVE, 1, 7, 0));
		run_to(50);
		assert!(!DataAccess::can_read(BOB, 1, 7, 15), "expired at block 50");
	});
}

#[test]
fn an_operator_with_the_data_right_grants_and_one_without_cannot() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(grant(EVE, BOB, None, None), Error::<Test>::NotAuthorized);
		assert_noop!(grant(CAROL, BOB, None, None), Error::<Test>::NotAuthorized);
		assert_ok!(grant(DAVE, BOB, None, None));
		assert_eq!(held(HoldReason::Record, &DAVE), 10);
		assert_eq!(Grants::<Test>::get((1, 7, BOB)).unwrap().granted_by, DAVE);
	});
}

#[test]
fn a_grant_refuses_bad_input() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			DataAccess::grant(RuntimeOrigin::signed(ALICE), 9, 7, BOB, 0, None, None),
			Error::<Test>::UnknownDevice
		);
		assert_noop!(grant(ALICE, ALICE, None, None), Error::<Test>::OwnData);
		assert_noop!(grant(ALICE, BOB, Some(9), None), Error::<Test>::BadRange);
		assert_noop!(grant(ALICE, BOB, None, Some(1)), Error::<Test>::ExpiryInPast);
		assert_ok!(grant(ALICE, BOB, None, None));
		assert_noop!(grant(ALICE, BOB, None, None), Error::<Test>::AlreadyGranted);
	});
}

#[test]
fn a_device_has_at_most_its_bound_of_grants() {
	ExtBuilder::build_and_execute(|| {
		for reader in [BOB, CAROL, DAVE, EVE] {
			assert_ok!(grant(ALICE, reader, None, None));
		}
		assert_noop!(grant(ALICE, MACHINE, None, None), Error::<Test>::TooManyGrants);
	});
}

#[test]
fn revoking_ends_access_at_once_releases_the_deposit_and_starts_a_new_epoch() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(grant(ALICE, BOB, None, None));
		assert_ok!(grant(ALICE, CAROL, None, None));
		assert_eq!(Streams::<Test>::get(1, 7).unwrap().readers, 2);
		run_to(5);
		assert_noop!(
			DataAccess::revoke(RuntimeOrigin::signed(EVE), 1, 7, BOB),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(DataAccess::revoke(RuntimeOrigin::signed(DAVE), 1, 7, BOB));
		System::assert_last_event(
			Event::AccessEnded {
				device: 1,
				stream: 7,
				reader: BOB,
				ending: Ending::Revoked,
				paid: 0,
				refunded: 0,
				epoch: 5,
			}
			.into(),
		);
		assert!(!DataAccess::can_read(BOB, 1, 7, 10));
		assert_eq!(held(HoldReason::Record, &ALICE), 10, "Carol's grant is still held");
		let stream = Streams::<Test>::get(1, 7).unwrap();
		assert_eq!((stream.readers, stream.epoch), (1, 5));
		assert_noop!(
			DataAccess::revoke(RuntimeOrigin::signed(ALICE), 1, 7, BOB),
			Error::<Test>::NoGrant
		);
	});
}

#[test]
fn a_reader_renounces_and_the_last_reader_leaving_removes_the_stream_record() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			DataAccess::renounce(RuntimeOrigin::signed(BOB), 1, 7),
			Error::<Test>::NoGrant
		);
		assert_ok!(grant(ALICE, BOB, None, None));
		assert_ok!(DataAccess::renounce(RuntimeOrigin::signed(BOB), 1, 7));
		assert!(Streams::<Test>::get(1, 7).is_none());
		assert_eq!(held(HoldReason::Record, &ALICE), 0);
	});
}

#[test]
fn anyone_settles_an_expired_grant_but_a_live_unpaid_one_has_nothing_to_settle() {
	ExtBuilder::build_and_execute(|| {
		let settle = || DataAccess::settle(RuntimeOrigin::signed(CAROL), 1, 7, BOB);
		assert_noop!(settle(), Error::<Test>::NoGrant);
		assert_ok!(grant(ALICE, BOB, None, Some(20)));
		assert_noop!(settle(), Error::<Test>::NothingToSettle);
		run_to(20);
		assert_ok!(settle());
		assert!(Grants::<Test>::get((1, 7, BOB)).is_none());
		assert_eq!(held(HoldReason::Record, &ALICE), 0);
	});
}

#[test]
fn an_expired_grant_is_replaced_by_a_new_one() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(grant(ALICE, BOB, None, Some(20)));
		run_to(20);
		assert_ok!(grant(ALICE, BOB, None, None));
		assert_eq!(held(HoldReason::Record, &ALICE), 10);
		assert!(DataAccess::can_read(BOB, 1, 7, 10));
	});
}

#[test]
fn the_readers_list_carries_their_keys_and_access_of_pages_a_readers_grants() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(DataAccess::set_encryption_key(RuntimeOrigin::signed(BOB), [9; 32]));
		assert_ok!(grant(ALICE, BOB, None, None));
		assert_ok!(grant(ALICE, CAROL, None, None));
		assert_ok!(DataAccess::grant(RuntimeOrigin::signed(ALICE), 1, 8, BOB, 0, None, None));
		let (readers, stream) = DataAccess::readers(1, 7);
		assert_eq!(stream.unwrap().readers, 2);
		let keys: Vec<_> = readers.iter().map(|r| (r.account, r.key)).collect();
		assert!(keys.contains(&(BOB, Some([9; 32]))) && keys.contains(&(CAROL, None)));
		let all = DataAccess::access_of(&BOB, None, 10);
		assert_eq!(all.len(), 2);
		let first = (all[0].0, all[0].1);
		let rest = DataAccess::access_of(&BOB, Some(first), 10);
		assert_eq!(rest.len(), 1);
		assert_ne!((rest[0].0, rest[0].1), first);
		assert_eq!(DataAccess::access_of(&BOB, None, 1).len(), 1);
	});
}
