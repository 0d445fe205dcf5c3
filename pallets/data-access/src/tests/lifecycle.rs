use frame_support::assert_ok;
use iot_primitives::traits::DeviceLifecycle;

use super::{free, held, offer, subscribe};
use crate::{mock::*, DeviceCounts, Grants, HoldReason, Offers, Streams};

#[test]
fn a_device_that_changes_hands_takes_no_reader_along() {
	ExtBuilder::build_and_execute(|| {
		offer();
		subscribe(BOB, 2);
		assert_ok!(DataAccess::grant(RuntimeOrigin::signed(ALICE), 1, 8, CAROL, 0, None, None));
		let (alice, bob) = (free(&ALICE), free(&BOB));
		run_to(6);
		Devices::update(1, |d| d.owner = DAVE);
		assert_ok!(<DataAccess as DeviceLifecycle<AccountId>>::on_transferred(1, &ALICE, &DAVE));
		assert!(!DataAccess::can_read(BOB, 1, 7, 0) && !DataAccess::can_read(CAROL, 1, 8, 0));
		assert!(Grants::<Test>::iter_prefix((1,)).next().is_none());
		assert!(Offers::<Test>::get(1, 7).is_none() && Streams::<Test>::get(1, 7).is_none());
		assert_eq!(DeviceCounts::<Test>::get(1), Default::default());
		// The former owner is paid what was served (half a period) and its deposits return;
		// the reader gets the rest back.
		assert_eq!(free(&ALICE), alice + 50 + 20 + 10);
		assert_eq!(free(&BOB), bob + 150 + 10);
		assert_eq!(held(HoldReason::Record, &ALICE), 0);
	});
}

#[test]
fn a_removed_device_ends_its_grants_and_offers() {
	ExtBuilder::build_and_execute(|| {
		offer();
		subscribe(BOB, 1);
		<DataAccess as DeviceLifecycle<AccountId>>::on_removed(1, &ALICE);
		assert!(Grants::<Test>::get((1, 7, BOB)).is_none());
		assert_eq!(held(HoldReason::Subscription, &BOB), 0);
		assert_eq!(held(HoldReason::Record, &ALICE), 0);
	});
}
