use frame_support::{assert_noop, assert_ok};

use super::held;
use crate::{mock::*, EncryptionKeys, Error, Event, HoldReason};

#[test]
fn publishing_a_key_holds_its_deposit_once_and_replacing_it_keeps_it() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(DataAccess::set_encryption_key(RuntimeOrigin::signed(BOB), [9; 32]));
		System::assert_last_event(Event::EncryptionKeySet { who: BOB, key: [9; 32] }.into());
		assert_ok!(DataAccess::set_encryption_key(RuntimeOrigin::signed(BOB), [8; 32]));
		assert_eq!(held(HoldReason::Key, &BOB), 5);
		assert_eq!(EncryptionKeys::<Test>::get(BOB).unwrap().key, [8; 32]);
	});
}

#[test]
fn keys_of_small_order_are_refused() {
	ExtBuilder::build_and_execute(|| {
		let mut one = [0; 32];
		one[0] = 1;
		let mut p = [0xff; 32];
		p[0] = 0xed;
		p[31] = 0x7f;
		for key in [[0; 32], one, p] {
			assert_noop!(
				DataAccess::set_encryption_key(RuntimeOrigin::signed(BOB), key),
				Error::<Test>::InvalidKey
			);
		}
	});
}

#[test]
fn removing_a_key_releases_its_deposit() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			DataAccess::remove_encryption_key(RuntimeOrigin::signed(BOB)),
			Error::<Test>::NoKey
		);
		assert_ok!(DataAccess::set_encryption_key(RuntimeOrigin::signed(BOB), [9; 32]));
		assert_ok!(DataAccess::remove_encryption_key(RuntimeOrigin::signed(BOB)));
		assert_eq!(held(HoldReason::Key, &BOB), 0);
		System::assert_last_event(Event::EncryptionKeyRemoved { who: BOB }.into());
	});
}
