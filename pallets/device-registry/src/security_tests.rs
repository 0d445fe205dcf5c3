//! Attack tests for the findings of the 2026-11 runtime review that the registry closes (H-1,
//! L-1, N-1, L-7, M-4) and the lifecycle notices other pallets rely on (M-2).

use frame_support::{
	assert_noop, assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	BoundedVec,
};
use iot_primitives::device::DevicePublicKey;
use sp_core::H256;

use crate::{impls::MAX_PAGE, mock::*, tests::*, *};

fn grant(device: DeviceId, operator: AccountId) -> sp_runtime::DispatchResult {
	DeviceRegistry::grant_operator(
		RuntimeOrigin::signed(ALICE),
		Scope::Device(device),
		operator,
		Rights::ALL,
		None,
	)
}

#[test]
fn h1_operator_grants_per_device_are_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		for operator in 20..23 {
			assert_ok!(grant(id, operator));
		}
		assert_eq!(OperatorCount::<Test>::get(id), 3);
		assert_noop!(grant(id, 23), Error::<Test>::TooManyOperators);
		// Replacing an existing grant takes no new slot.
		assert_ok!(grant(id, 20));
		assert_ok!(DeviceRegistry::revoke_operator(
			RuntimeOrigin::signed(20),
			Scope::Device(id),
			20
		));
		assert_eq!(OperatorCount::<Test>::get(id), 2);
		assert_ok!(grant(id, 23));
		// Fleet grants are per owner, not drained with a device, and not counted here.
		assert_ok!(DeviceRegistry::grant_operator(
			RuntimeOrigin::signed(ALICE),
			Scope::Fleet(ALICE),
			30,
			Rights::ALL,
			None
		));
		assert_eq!(OperatorCount::<Test>::get(id), 3);
	});
}

#[test]
fn h1_deregister_and_transfer_are_charged_for_the_most_grants_and_refunded_to_the_real_count() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		assert_ok!(grant(id, 20));
		assert_ok!(grant(id, 21));
		assert_ok!(DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, BOB));
		let post = DeviceRegistry::accept_transfer(RuntimeOrigin::signed(BOB), id).unwrap();
		assert_eq!(post.actual_weight, Some(DeviceRegistry::accept_transfer_weight(2)));
		assert_eq!(OperatorCount::<Test>::get(id), 0);
		assert_eq!(DeviceOperators::<Test>::iter_prefix(id).count(), 0);
		let post = DeviceRegistry::deregister(RuntimeOrigin::signed(BOB), id).unwrap();
		assert_eq!(post.actual_weight, Some(DeviceRegistry::deregister_weight(0)));
	});
}

#[test]
fn h1_grants_above_the_bound_from_before_it_must_be_revoked_first() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		// As a chain could hold them before the bound: four grants, counted by the migration.
		for operator in 20..24 {
			let grant = Grant::<Test> {
				rights: Rights::ALL,
				expires_at: None,
				granted_by: ALICE,
				deposit: 0,
			};
			DeviceOperators::<Test>::insert(id, operator, grant);
		}
		OperatorCount::<Test>::insert(id, 4);
		assert_noop!(
			DeviceRegistry::deregister(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::TooManyOperators
		);
		assert_ok!(DeviceRegistry::revoke_operator(
			RuntimeOrigin::signed(ALICE),
			Scope::Device(id),
			20
		));
		assert_ok!(DeviceRegistry::deregister(RuntimeOrigin::signed(ALICE), id));
	});
}

#[test]
fn l1_possession_proof_cannot_be_replayed_after_deregistration() {
	ExtBuilder::default().build_and_execute(|| {
		let key = DeviceKey::sr(1);
		let id = register(&key, ALICE);
		assert_ok!(DeviceRegistry::deregister(RuntimeOrigin::signed(ALICE), id));
		assert!(RetiredKeys::<Test>::contains_key(key.public()));
		assert_noop!(
			DeviceRegistry::register_device(
				RuntimeOrigin::signed(ALICE),
				Box::new(registration(&key, ALICE))
			),
			Error::<Test>::KeyRetired
		);
	});
}

#[test]
fn n1_a_rotated_out_key_never_becomes_a_device_again() {
	ExtBuilder::default().build_and_execute(|| {
		let (old, new) = (DeviceKey::sr(1), DeviceKey::sr(2));
		let id = register(&old, ALICE);
		assert_ok!(rotate(id, &old, &new));
		// A thief of the old key proves possession afresh, for another owner.
		assert_noop!(
			DeviceRegistry::register_device(
				RuntimeOrigin::signed(BOB),
				Box::new(registration(&old, BOB))
			),
			Error::<Test>::KeyRetired
		);
		assert_noop!(
			DeviceRegistry::register_devices(
				RuntimeOrigin::signed(BOB),
				BoundedVec::truncate_from(vec![registration(&old, BOB)])
			),
			Error::<Test>::BatchEntryFailed { index: 0, reason: RegistrationError::KeyRetired }
		);
		// Nor can the device rotate back to it.
		assert_noop!(rotate(id, &new, &old), Error::<Test>::KeyRetired);
	});
}

/// Ed25519 encodings of points of small order: the identity (y = 1) and (0, -1) of order 2.
const ED25519_IDENTITY: [u8; 32] = {
	let mut bytes = [0u8; 32];
	bytes[0] = 1;
	bytes
};
const ED25519_ORDER_2: [u8; 32] = {
	let mut bytes = [0xffu8; 32];
	bytes[0] = 0xec;
	bytes[31] = 0x7f;
	bytes
};

#[test]
fn l7_weak_and_small_order_keys_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let any = DeviceKey::sr(1);
		for weak in [
			DevicePublicKey::Ed25519(ED25519_IDENTITY),
			DevicePublicKey::Ed25519(ED25519_ORDER_2),
			DevicePublicKey::Sr25519([0; 32]),
			DevicePublicKey::Secp256k1([0; 33]),
			DevicePublicKey::P256([0; 33]),
		] {
			assert!(weak.is_weak(), "{weak:?}");
			let mut r = registration(&any, ALICE);
			r.key = weak;
			assert_noop!(
				DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)),
				Error::<Test>::WeakKey
			);
		}
		for key in DeviceKey::all(3) {
			assert!(!key.public().is_weak(), "{:?}", key.public());
		}
		let id = register(&any, ALICE);
		let payload = DeviceRegistry::rotation_payload(id, &DevicePublicKey::Sr25519([0; 32]), 0);
		assert_noop!(
			DeviceRegistry::rotate_key(
				RuntimeOrigin::signed(ALICE),
				id,
				DevicePublicKey::Sr25519([0; 32]),
				any.sign(&payload),
				any.sign(&payload),
			),
			Error::<Test>::WeakKey
		);
	});
}

fn publish(root: H256) {
	assert_ok!(DeviceRegistry::publish_roots(
		RuntimeOrigin::signed(MAKER),
		BoundedVec::truncate_from(vec![(root, 4)])
	));
}

#[test]
fn m4_provisioning_roots_can_be_withdrawn_and_the_maker_removed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DeviceRegistry::register_manufacturer(
			RuntimeOrigin::root(),
			MAKER,
			BoundedVec::truncate_from(b"Acme".to_vec())
		));
		let (first, second) = (H256::repeat_byte(1), H256::repeat_byte(2));
		publish(first);
		publish(second);
		assert!(held(MAKER) > 0);
		assert_noop!(
			DeviceRegistry::withdraw_root(RuntimeOrigin::signed(ALICE), first),
			Error::<Test>::UnknownRoot
		);
		assert_ok!(DeviceRegistry::withdraw_root(RuntimeOrigin::signed(MAKER), first));
		System::assert_last_event(
			Event::ProvisioningRootRemoved { maker: MAKER, root: first }.into(),
		);
		assert_noop!(
			DeviceRegistry::withdraw_root(RuntimeOrigin::signed(MAKER), first),
			Error::<Test>::UnknownRoot
		);
		assert_noop!(
			DeviceRegistry::force_remove_root(RuntimeOrigin::signed(ALICE), MAKER, second),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			DeviceRegistry::remove_manufacturer(RuntimeOrigin::root(), MAKER),
			Error::<Test>::ManufacturerHasRoots
		);
		assert_ok!(DeviceRegistry::force_remove_root(RuntimeOrigin::root(), MAKER, second));
		assert_eq!(held(MAKER), 0);
		assert_ok!(DeviceRegistry::remove_manufacturer(RuntimeOrigin::root(), MAKER));
	});
}

/// The DePIN rewards pay nodes only for devices a registered maker vouches for: a maker that
/// governance removed (its roots withdrawn) vouches for nothing any more, nor does a certification
/// its maker revoked.
#[test]
fn c1_certification_lasts_only_while_its_maker_is_registered() {
	use crate::tests::manufacturers::provision;
	use iot_primitives::{merkle, traits::DeviceInspect};
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DeviceRegistry::register_manufacturer(
			RuntimeOrigin::root(),
			MAKER,
			BoundedVec::truncate_from(b"Acme".to_vec())
		));
		let keys: Vec<DeviceKey> = (0..4).map(DeviceKey::sr).collect();
		let (root, leaves) = provision(&keys);
		publish(root);
		let mut r = registration(&keys[1], ALICE);
		r.certificate = Some(Certificate {
			maker: MAKER,
			root,
			leaf_index: 1,
			proof: BoundedVec::truncate_from(merkle::proof(&leaves, 1).unwrap()),
		});
		assert_ok!(DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)));
		let certified = |id| <DeviceRegistry as DeviceInspect<AccountId>>::is_certified(&id);
		assert!(certified(0));
		assert!(!certified(9), "no such device");
		assert_ok!(DeviceRegistry::withdraw_root(RuntimeOrigin::signed(MAKER), root));
		assert!(certified(0), "a withdrawn root keeps what it certified");
		assert_ok!(DeviceRegistry::remove_manufacturer(RuntimeOrigin::root(), MAKER));
		assert!(!certified(0));
	});
}

#[test]
fn m2_transfer_and_removal_reach_other_pallets() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		LifecycleLog::take();
		assert_ok!(DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, BOB));
		assert!(LifecycleLog::take().is_empty(), "an offer changes nothing yet");
		assert_ok!(DeviceRegistry::accept_transfer(RuntimeOrigin::signed(BOB), id));
		assert_eq!(LifecycleLog::take(), vec![LifecycleEvent::Transferred(id, ALICE, BOB)]);
		assert_ok!(DeviceRegistry::deregister(RuntimeOrigin::signed(BOB), id));
		assert_eq!(LifecycleLog::take(), vec![LifecycleEvent::Removed(id, BOB)]);
	});
}

#[test]
fn l6_revocation_reaches_other_pallets_with_the_owner() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		LifecycleLog::take();
		assert_noop!(
			DeviceRegistry::revoke(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotAuthorized
		);
		assert!(LifecycleLog::take().is_empty());
		assert_ok!(DeviceRegistry::revoke(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(LifecycleLog::take(), vec![LifecycleEvent::Revoked(id, ALICE)]);
	});
}

#[test]
fn migration_v1_counts_existing_grants() {
	ExtBuilder::default().build_and_execute(|| {
		let (a, b) = (register(&DeviceKey::sr(1), ALICE), register(&DeviceKey::sr(2), ALICE));
		assert_ok!(grant(a, 20));
		assert_ok!(grant(a, 21));
		assert_ok!(grant(b, 20));
		// The chain before v1: grants, no counts.
		let _ = OperatorCount::<Test>::clear(u32::MAX, None);
		StorageVersion::new(0).put::<DeviceRegistry>();

		migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(OperatorCount::<Test>::get(a), 2);
		assert_eq!(OperatorCount::<Test>::get(b), 1);
		assert_eq!(DeviceRegistry::on_chain_storage_version(), 1);

		// Once at v1 it does nothing.
		migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(OperatorCount::<Test>::get(a), 2);
	});
}

/// The trie nodes that `read` touches in the committed state: what a node reads from its
/// database to answer, independent of how the pallet iterates.
fn nodes_read<R>(ext: &mut sp_io::TestExternalities, read: impl FnOnce() -> R) -> usize {
	ext.commit_all().expect("the overlay commits");
	ext.execute_and_prove(read).1.len()
}

/// Before the fix `devices_of` read and sorted all of an owner's ids to return a page. Now a
/// page of 10 of 1,000 devices reads about as much as a page of 10 of 20, and far less than the
/// owner's whole index; the page is capped at `MAX_PAGE` whatever the caller asks.
#[test]
fn l9_a_page_of_devices_reads_the_page_not_the_owner() {
	let mut ext = ExtBuilder::default().build();
	// Only the owner index is read by the page: fill it directly.
	ext.execute_with(|| {
		for id in 0..1_000 {
			DevicesByOwner::<Test>::insert(ALICE, id, ());
		}
		for id in 1_000..1_020 {
			DevicesByOwner::<Test>::insert(BOB, id, ());
		}
	});
	let after = ext.execute_with(|| DevicesByOwner::<Test>::iter_key_prefix(ALICE).nth(499));

	let small_owner = nodes_read(&mut ext, || DeviceRegistry::devices_of(BOB, None, 10));
	let first = nodes_read(&mut ext, || DeviceRegistry::devices_of(ALICE, None, 10));
	let middle = nodes_read(&mut ext, || DeviceRegistry::devices_of(ALICE, after, 10));
	let whole = nodes_read(&mut ext, || DevicesByOwner::<Test>::iter_key_prefix(ALICE).count());
	assert!(first <= small_owner + 10, "{first} nodes for a page of 1,000 vs {small_owner} of 20");
	assert!(middle <= small_owner + 10, "{middle} nodes from the middle");
	assert!(first * 20 < whole, "{first} nodes for a page, {whole} for the whole index");

	ext.execute_with(|| {
		assert_eq!(DeviceRegistry::devices_of(ALICE, None, 10).len(), 10);
		assert_eq!(DeviceRegistry::devices_of(ALICE, None, u32::MAX).len(), MAX_PAGE as usize);
		assert!(DeviceRegistry::devices_of(ALICE, None, 0).is_empty());
	});
}

/// Paging with the last id as the cursor returns every device exactly once, in the same order
/// every time, and a device transferred away between pages does not break the cursor.
#[test]
fn l9_paging_returns_every_device_once_in_a_stable_order() {
	ExtBuilder::default().build_and_execute(|| {
		let mut ids: Vec<DeviceId> =
			(1..=25).map(|seed| register(&DeviceKey::sr(seed), ALICE)).collect();
		let page = |after| DeviceRegistry::devices_of(ALICE, after, 10);
		let walk = || {
			let (mut all, mut after, mut sizes) = (Vec::new(), None, Vec::new());
			loop {
				let ids = page(after);
				if ids.is_empty() {
					break (all, sizes);
				}
				sizes.push(ids.len());
				after = ids.last().copied();
				all.extend(ids);
			}
		};
		let (order, sizes) = walk();
		assert_eq!(sizes, vec![10, 10, 5]);
		assert_eq!(walk().0, order, "the same order every time");
		let mut sorted = order.clone();
		sorted.sort_unstable();
		ids.sort_unstable();
		assert_eq!(sorted, ids, "every device exactly once");

		// The cursor's device leaves the owner between two pages: the next page is unchanged.
		let first = page(None);
		let next = page(first.last().copied());
		let cursor = *first.last().unwrap();
		assert_ok!(DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), cursor, BOB));
		assert_ok!(DeviceRegistry::accept_transfer(RuntimeOrigin::signed(BOB), cursor));
		assert_eq!(page(Some(cursor)), next);
	});
}

/// `operators_of` used to walk every fleet grant of the device's owner; fleet grants are not
/// bounded per owner. Now it pages: per-device grants, then fleet grants, each once, and a page
/// reads no more than its own grants.
#[test]
fn l9_operators_page_through_device_and_fleet_grants() {
	let fleet = |operator| {
		DeviceRegistry::grant_operator(
			RuntimeOrigin::signed(ALICE),
			Scope::Fleet(ALICE),
			operator,
			Rights::TELEMETRY,
			None,
		)
	};
	ExtBuilder::default().build_and_execute(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		for operator in 20..23 {
			assert_ok!(grant(id, operator));
		}
		for operator in 30..35 {
			assert_ok!(fleet(operator));
		}
		let (mut seen, mut after) = (Vec::new(), None);
		loop {
			let page = DeviceRegistry::operators_of(id, after, 2);
			let Some(last) = page.last() else { break };
			assert!(page.len() <= 2);
			after = Some((last.fleet_wide, last.operator));
			seen.extend(page.into_iter().map(|info| (info.fleet_wide, info.operator)));
		}
		assert!(seen[..3].iter().all(|(fleet_wide, _)| !fleet_wide), "device grants first");
		let mut operators: Vec<_> = seen.iter().map(|(_, operator)| *operator).collect();
		operators.sort_unstable();
		assert_eq!(operators, vec![20, 21, 22, 30, 31, 32, 33, 34], "each grant exactly once");
		assert!(DeviceRegistry::operators_of(99, None, 10).is_empty(), "unknown device");
	});

	let mut ext = ExtBuilder::default().build();
	let id = ext.execute_with(|| {
		let id = register(&DeviceKey::sr(1), ALICE);
		let grant =
			Grant::<Test> { rights: Rights::ALL, expires_at: None, granted_by: ALICE, deposit: 0 };
		for operator in 1_000..2_000 {
			FleetOperators::<Test>::insert(ALICE, operator, grant.clone());
		}
		id
	});
	let page = nodes_read(&mut ext, || DeviceRegistry::operators_of(id, None, 10));
	let whole = nodes_read(&mut ext, || FleetOperators::<Test>::iter_prefix(ALICE).count());
	assert!(page * 20 < whole, "{page} nodes for a page, {whole} for every fleet grant");
	ext.execute_with(|| {
		assert_eq!(DeviceRegistry::operators_of(id, None, u32::MAX).len(), MAX_PAGE as usize);
	});
}
