//! Unit tests: every call, every refusal (with `assert_noop!` proving nothing changed).

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	merkle,
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
	traits::DeviceInspect,
};
use sp_core::{ecdsa, ed25519, sr25519, Encode, Pair, H256};

use crate::{mock::*, *};

/// A device's signing key, of one of the four kinds.
#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // Test keys, a handful per test.
pub(crate) enum DeviceKey {
	Sr(sr25519::Pair),
	Ed(ed25519::Pair),
	K1(ecdsa::Pair),
	P256(p256::ecdsa::SigningKey),
}

impl DeviceKey {
	pub(crate) fn sr(seed: u8) -> Self {
		Self::Sr(sr25519::Pair::from_seed(&[seed; 32]))
	}

	pub(crate) fn all(seed: u8) -> [Self; 4] {
		[
			Self::sr(seed),
			Self::Ed(ed25519::Pair::from_seed(&[seed; 32])),
			Self::K1(ecdsa::Pair::from_seed(&[seed; 32])),
			// As a secure element would: a P-256 key whose secret never leaves the device.
			Self::P256(p256::ecdsa::SigningKey::from_slice(&[seed; 32]).unwrap()),
		]
	}

	pub(crate) fn public(&self) -> DevicePublicKey {
		match self {
			Self::Sr(p) => DevicePublicKey::Sr25519(p.public().0),
			Self::Ed(p) => DevicePublicKey::Ed25519(p.public().0),
			Self::K1(p) => DevicePublicKey::Secp256k1(p.public().0),
			Self::P256(k) => DevicePublicKey::P256(
				k.verifying_key().to_encoded_point(true).as_bytes().try_into().unwrap(),
			),
		}
	}

	pub(crate) fn sign(&self, message: &[u8]) -> DeviceSignature {
		match self {
			Self::Sr(p) => DeviceSignature::Sr25519(p.sign(message).0),
			Self::Ed(p) => DeviceSignature::Ed25519(p.sign(message).0),
			Self::K1(p) => DeviceSignature::Secp256k1(p.sign(message).0),
			Self::P256(k) => {
				use p256::ecdsa::signature::Signer;
				let signature: p256::ecdsa::Signature = k.sign(message);
				DeviceSignature::P256(signature.to_bytes().into())
			}
		}
	}
}

pub(crate) fn genesis() -> H256 {
	System::block_hash(0)
}

pub(crate) fn possession(
	key: &DeviceKey,
	owner: AccountId,
	nonce: u64,
	genesis: H256,
) -> DeviceSignature {
	key.sign(&signing_payload(PROOF_OF_POSSESSION, genesis, &PossessionBody { owner, nonce }))
}

pub(crate) fn registration(key: &DeviceKey, owner: AccountId) -> Registration<Test> {
	Registration {
		key: key.public(),
		proof: possession(key, owner, 7, genesis()),
		nonce: 7,
		class: BoundedVec::truncate_from(b"acme/th-200".to_vec()),
		firmware: H256::repeat_byte(1),
		metadata: BoundedVec::truncate_from(b"ipfs://bafy-device".to_vec()),
		location: Some(H3_RES7),
		certificate: None,
	}
}

/// An H3 cell at resolution 7 (about 5 km²).
pub(crate) const H3_RES7: H3Cell = 0x872830828ffffff;

pub(crate) fn register(key: &DeviceKey, owner: AccountId) -> DeviceId {
	let id = NextDeviceId::<Test>::get();
	assert_ok!(DeviceRegistry::register_device(
		RuntimeOrigin::signed(owner),
		Box::new(registration(key, owner))
	));
	id
}

pub(crate) fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::StorageDeposit.into(), &who)
}

mod register {
	use super::*;

	#[test]
	fn registers_each_key_kind_with_a_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			for (i, key) in DeviceKey::all(1).iter().enumerate() {
				let id = register(key, ALICE);
				assert_eq!(id, i as u64);
				let device = Devices::<Test>::get(id).unwrap();
				assert_eq!(device.owner, ALICE);
				assert_eq!(device.key, key.public());
				assert_eq!(device.status, DeviceStatus::Active);
				assert!(device.deposit > 100, "base plus bytes");
				System::assert_last_event(
					Event::DeviceRegistered { device: id, owner: ALICE, key: key.public() }.into(),
				);
				assert!(<DeviceRegistry as DeviceInspect<_>>::is_active(&id));
			}
			let total: Balance = Devices::<Test>::iter().map(|(_, d)| d.deposit).sum();
			assert_eq!(held(ALICE), total);
			let mut all = DeviceRegistry::devices_of(ALICE, None, 10);
			let second = all[1];
			assert_eq!(DeviceRegistry::devices_of(ALICE, Some(all[0]), 1), vec![second]);
			all.sort_unstable();
			assert_eq!(all, vec![0, 1, 2, 3]);
		});
	}

	#[test]
	fn wrong_possession_signature_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let key = DeviceKey::sr(1);
			let mut r = registration(&key, ALICE);
			r.proof = DeviceKey::sr(2).sign(b"something else");
			assert_noop!(
				DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)),
				Error::<Test>::BadPossessionProof
			);
		});
	}

	#[test]
	fn proof_for_another_owner_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let key = DeviceKey::sr(1);
			let r = registration(&key, BOB);
			assert_noop!(
				DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)),
				Error::<Test>::BadPossessionProof
			);
		});
	}

	#[test]
	fn proof_for_another_chain_or_nonce_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let key = DeviceKey::sr(1);
			let mut r = registration(&key, ALICE);
			r.proof = possession(&key, ALICE, 7, H256::repeat_byte(0xaa));
			assert_noop!(
				DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r.clone())),
				Error::<Test>::BadPossessionProof
			);
			r.proof = possession(&key, ALICE, 8, genesis());
			assert_noop!(
				DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)),
				Error::<Test>::BadPossessionProof
			);
		});
	}

	#[test]
	fn duplicate_key_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let key = DeviceKey::sr(1);
			register(&key, ALICE);
			assert_noop!(
				DeviceRegistry::register_device(
					RuntimeOrigin::signed(BOB),
					Box::new(registration(&key, BOB))
				),
				Error::<Test>::DuplicateKey
			);
		});
	}

	#[test]
	fn bad_or_too_fine_location_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let key = DeviceKey::sr(1);
			for cell in [0u64, H3_RES7 | (1 << 63), 0x8c2830828ff5dff /* resolution 12 */] {
				let mut r = registration(&key, ALICE);
				r.location = Some(cell);
				assert_noop!(
					DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)),
					Error::<Test>::BadLocation
				);
			}
		});
	}

	#[test]
	fn insufficient_funds_for_the_deposit_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let key = DeviceKey::sr(1);
			assert_noop!(
				DeviceRegistry::register_device(
					RuntimeOrigin::signed(POOR),
					Box::new(registration(&key, POOR))
				),
				Error::<Test>::InsufficientBalance
			);
		});
	}

	#[test]
	fn oversize_metadata_does_not_decode() {
		// Bounds are part of the call's type: an oversize value is refused when the call is
		// decoded, before dispatch.
		use codec::Decode;
		let too_long = vec![b'x'; 65];
		let encoded = too_long.encode();
		assert!(BoundedVec::<u8, frame_support::traits::ConstU32<64>>::decode(&mut &encoded[..])
			.is_err());
	}

	#[test]
	fn batch_registers_all_or_names_the_bad_entry() {
		ExtBuilder::default().build_and_execute(|| {
			let keys: Vec<_> = (1..=3).map(DeviceKey::sr).collect();
			let batch: Vec<_> = keys.iter().map(|k| registration(k, ALICE)).collect();
			assert_ok!(DeviceRegistry::register_devices(
				RuntimeOrigin::signed(ALICE),
				BoundedVec::truncate_from(batch)
			));
			assert_eq!(DevicesByOwner::<Test>::iter_prefix(ALICE).count(), 3);

			let mut bad: Vec<_> = (4..=6).map(|s| registration(&DeviceKey::sr(s), ALICE)).collect();
			bad[2].proof = DeviceKey::sr(9).sign(b"nope");
			assert_noop!(
				DeviceRegistry::register_devices(
					RuntimeOrigin::signed(ALICE),
					BoundedVec::truncate_from(bad)
				),
				Error::<Test>::BatchEntryFailed {
					index: 2,
					reason: RegistrationError::BadPossessionProof
				}
			);
			let dup = vec![registration(&DeviceKey::sr(1), ALICE)];
			assert_noop!(
				DeviceRegistry::register_devices(
					RuntimeOrigin::signed(ALICE),
					BoundedVec::truncate_from(dup)
				),
				Error::<Test>::BatchEntryFailed {
					index: 0,
					reason: RegistrationError::DuplicateKey
				}
			);
			assert_noop!(
				DeviceRegistry::register_devices(RuntimeOrigin::signed(ALICE), BoundedVec::new()),
				Error::<Test>::EmptyBatch
			);
		});
	}
}

mod lifecycle {
	use super::*;

	#[test]
	fn signers_follow_the_key_the_owner_and_the_status() {
		use codec::Decode;
		use iot_primitives::traits::DeviceSigners;
		ExtBuilder::default().build_and_execute(|| {
			let [sr, ed, k1, p256] = DeviceKey::all(3);
			for key in [sr, ed, k1] {
				let id = register(&key, ALICE);
				let signer = DeviceRegistry::signer(id).expect("an account key");
				let account = key.public().account().expect("an account key");
				assert_eq!(signer.account, AccountId::decode(&mut &account[..]).unwrap());
				assert_eq!((signer.owner, signer.active), (ALICE, true));
				assert_ok!(DeviceRegistry::suspend(RuntimeOrigin::signed(ALICE), id));
				assert!(!DeviceRegistry::signer(id).unwrap().active);
			}
			let id = register(&p256, ALICE);
			assert_eq!(DeviceRegistry::signer(id), None, "P-256 keys sign no transactions");
			assert_eq!(DeviceRegistry::signer(id + 1), None);
		});
	}

	#[test]
	fn suspend_resume_revoke_deregister() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			assert_ok!(DeviceRegistry::suspend(RuntimeOrigin::signed(ALICE), id));
			assert!(!<DeviceRegistry as DeviceInspect<_>>::is_active(&id));
			assert_noop!(
				DeviceRegistry::suspend(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::DeviceNotActive
			);
			assert_ok!(DeviceRegistry::resume(RuntimeOrigin::signed(ALICE), id));
			assert_noop!(
				DeviceRegistry::resume(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::DeviceNotSuspended
			);
			assert_ok!(DeviceRegistry::revoke(RuntimeOrigin::signed(ALICE), id));
			System::assert_last_event(Event::DeviceRevoked { device: id, by: ALICE }.into());
			assert_noop!(
				DeviceRegistry::revoke(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::DeviceRevoked
			);
			assert_noop!(
				DeviceRegistry::resume(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::DeviceRevoked
			);
			assert_ok!(DeviceRegistry::deregister(RuntimeOrigin::signed(ALICE), id));
			assert_eq!(held(ALICE), 0);
			assert!(Devices::<Test>::get(id).is_none());
			assert!(DeviceByKey::<Test>::get(DeviceKey::sr(1).public()).is_none());
		});
	}

	#[test]
	fn only_the_owner_acts_on_a_device() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			assert_noop!(
				DeviceRegistry::suspend(RuntimeOrigin::signed(BOB), id),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				DeviceRegistry::revoke(RuntimeOrigin::signed(BOB), id),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				DeviceRegistry::deregister(RuntimeOrigin::signed(BOB), id),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				DeviceRegistry::offer_transfer(RuntimeOrigin::signed(BOB), id, CHARLIE),
				Error::<Test>::NotOwner
			);
		});
	}

	#[test]
	fn unknown_device_is_refused_everywhere() {
		ExtBuilder::default().build_and_execute(|| {
			let o = || RuntimeOrigin::signed(ALICE);
			assert_noop!(DeviceRegistry::suspend(o(), 42), Error::<Test>::UnknownDevice);
			assert_noop!(DeviceRegistry::resume(o(), 42), Error::<Test>::UnknownDevice);
			assert_noop!(DeviceRegistry::revoke(o(), 42), Error::<Test>::UnknownDevice);
			assert_noop!(DeviceRegistry::deregister(o(), 42), Error::<Test>::UnknownDevice);
			assert_noop!(DeviceRegistry::accept_transfer(o(), 42), Error::<Test>::UnknownDevice);
			assert_noop!(DeviceRegistry::cancel_transfer(o(), 42), Error::<Test>::UnknownDevice);
			assert_noop!(
				DeviceRegistry::update_device(o(), 42, None, Some(H256::zero()), None),
				Error::<Test>::UnknownDevice
			);
			assert_noop!(
				DeviceRegistry::revoke_certification(o(), 42),
				Error::<Test>::UnknownDevice
			);
			assert!(!DeviceRegistry::verify_device_signature(
				42,
				vec![],
				DeviceKey::sr(1).sign(b"")
			));
		});
	}

	#[test]
	fn update_keeps_a_bounded_firmware_history_and_resizes_the_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			let before = held(ALICE);
			for i in 2..=6u8 {
				System::set_block_number(i as u64);
				assert_ok!(DeviceRegistry::update_device(
					RuntimeOrigin::signed(ALICE),
					id,
					None,
					Some(H256::repeat_byte(i)),
					None
				));
			}
			let history = FirmwareHistory::<Test>::get(id);
			assert_eq!(history.len(), 3);
			assert_eq!(history[0], (4, H256::repeat_byte(3)));
			assert_eq!(history[2], (6, H256::repeat_byte(5)));
			assert_eq!(held(ALICE), before, "same size, same deposit");

			assert_ok!(DeviceRegistry::update_device(
				RuntimeOrigin::signed(ALICE),
				id,
				Some(BoundedVec::truncate_from(vec![b'x'; 64])),
				None,
				Some(None),
			));
			// Metadata 1+18 -> 2+64 bytes (compact length), location 1+8 -> 1 byte.
			assert_eq!(held(ALICE), before + 66 - 19 - 8, "deposit follows the record's size");
			assert_noop!(
				DeviceRegistry::update_device(RuntimeOrigin::signed(ALICE), id, None, None, None),
				Error::<Test>::NothingToUpdate
			);
			assert_noop!(
				DeviceRegistry::update_device(
					RuntimeOrigin::signed(ALICE),
					id,
					None,
					None,
					Some(Some(1))
				),
				Error::<Test>::BadLocation
			);
		});
	}
}

/// Alice rotates `id` from `old` to `new`, both keys signing.
pub(crate) fn rotate(id: DeviceId, old: &DeviceKey, new: &DeviceKey) -> sp_runtime::DispatchResult {
	let rotations = Devices::<Test>::get(id).map_or(0, |d| d.rotations);
	let payload = DeviceRegistry::rotation_payload(id, &new.public(), rotations);
	DeviceRegistry::rotate_key(
		RuntimeOrigin::signed(ALICE),
		id,
		new.public(),
		old.sign(&payload),
		new.sign(&payload),
	)
}

mod keys {
	use super::*;

	#[test]
	fn rotation_needs_both_keys_and_keeps_the_id() {
		ExtBuilder::default().build_and_execute(|| {
			let [old, _, _, new] = DeviceKey::all(1);
			let id = register(&old, ALICE);
			let stranger = DeviceKey::sr(9);
			assert_noop!(rotate(id, &stranger, &new), Error::<Test>::BadRotationSignature);
			assert_ok!(rotate(id, &old, &new));
			assert_eq!(Devices::<Test>::get(id).unwrap().key, new.public());
			assert_eq!(DeviceByKey::<Test>::get(new.public()), Some(id));
			assert!(DeviceByKey::<Test>::get(old.public()).is_none());
			assert!(DeviceRegistry::verify_device_signature(id, b"hi".to_vec(), new.sign(b"hi")));
			assert!(!DeviceRegistry::verify_device_signature(id, b"hi".to_vec(), old.sign(b"hi")));
		});
	}

	#[test]
	fn an_old_rotation_approval_cannot_be_replayed() {
		ExtBuilder::default().build_and_execute(|| {
			let (a, b) = (DeviceKey::sr(1), DeviceKey::sr(2));
			let id = register(&a, ALICE);
			let first = DeviceRegistry::rotation_payload(id, &b.public(), 0);
			let (sig_a, sig_b) = (a.sign(&first), b.sign(&first));
			assert_ok!(rotate(id, &a, &b));
			assert_ok!(rotate(id, &b, &DeviceKey::sr(3)));
			// The counter would refuse it too; the retired key is refused first.
			assert_noop!(
				DeviceRegistry::rotate_key(
					RuntimeOrigin::signed(ALICE),
					id,
					b.public(),
					sig_a,
					sig_b
				),
				Error::<Test>::KeyRetired
			);
		});
	}

	#[test]
	fn rotation_to_a_registered_key_or_of_a_revoked_device_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let (a, b) = (DeviceKey::sr(1), DeviceKey::sr(2));
			let id = register(&a, ALICE);
			register(&b, ALICE);
			assert_noop!(rotate(id, &a, &b), Error::<Test>::DuplicateKey);
			assert_ok!(DeviceRegistry::revoke(RuntimeOrigin::signed(ALICE), id));
			assert_noop!(rotate(id, &a, &DeviceKey::sr(3)), Error::<Test>::DeviceRevoked);
		});
	}
}

mod transfer {
	use super::*;

	#[test]
	fn two_step_transfer_moves_the_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			let deposit = held(ALICE);
			assert_noop!(
				DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, ALICE),
				Error::<Test>::TransferToSelf
			);
			assert_ok!(DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, BOB));
			assert_noop!(
				DeviceRegistry::accept_transfer(RuntimeOrigin::signed(CHARLIE), id),
				Error::<Test>::NoPendingTransfer
			);
			assert_ok!(DeviceRegistry::accept_transfer(RuntimeOrigin::signed(BOB), id));
			System::assert_last_event(
				Event::DeviceTransferred { device: id, from: ALICE, to: BOB }.into(),
			);
			assert_eq!((held(ALICE), held(BOB)), (0, deposit));
			assert_eq!(<DeviceRegistry as DeviceInspect<_>>::owner(&id), Some(BOB));
			assert_eq!(DeviceRegistry::devices_of(BOB, None, 10), vec![id]);
			assert!(DeviceRegistry::devices_of(ALICE, None, 10).is_empty());
		});
	}

	#[test]
	fn cancel_and_poor_receiver() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			assert_noop!(
				DeviceRegistry::cancel_transfer(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::NoPendingTransfer
			);
			assert_ok!(DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, POOR));
			assert_noop!(
				DeviceRegistry::accept_transfer(RuntimeOrigin::signed(POOR), id),
				Error::<Test>::InsufficientBalance
			);
			assert_ok!(DeviceRegistry::cancel_transfer(RuntimeOrigin::signed(ALICE), id));
			assert_noop!(
				DeviceRegistry::accept_transfer(RuntimeOrigin::signed(POOR), id),
				Error::<Test>::NoPendingTransfer
			);
		});
	}

	#[test]
	fn revoked_devices_are_not_transferred() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			assert_ok!(DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, BOB));
			assert_ok!(DeviceRegistry::revoke(RuntimeOrigin::signed(ALICE), id));
			assert_noop!(
				DeviceRegistry::accept_transfer(RuntimeOrigin::signed(BOB), id),
				Error::<Test>::NoPendingTransfer
			);
			assert_noop!(
				DeviceRegistry::offer_transfer(RuntimeOrigin::signed(ALICE), id, BOB),
				Error::<Test>::DeviceRevoked
			);
		});
	}
}

mod operators {
	use super::*;

	#[test]
	fn device_and_fleet_grants_with_expiry() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			let inspect =
				|who, right| <DeviceRegistry as DeviceInspect<_>>::may_act(&id, &who, right);
			assert!(!inspect(BOB, Rights::MANAGE));
			assert_ok!(DeviceRegistry::grant_operator(
				RuntimeOrigin::signed(ALICE),
				Scope::Device(id),
				BOB,
				Rights::MANAGE,
				Some(5)
			));
			assert!(inspect(BOB, Rights::MANAGE));
			assert!(!inspect(BOB, Rights::SPEND));
			assert_ok!(DeviceRegistry::suspend(RuntimeOrigin::signed(BOB), id));

			assert_ok!(DeviceRegistry::grant_operator(
				RuntimeOrigin::signed(ALICE),
				Scope::Fleet(ALICE),
				CHARLIE,
				Rights::TELEMETRY,
				None
			));
			assert!(inspect(CHARLIE, Rights::TELEMETRY));
			assert_eq!(DeviceRegistry::operators_of(id, None, 10).len(), 2);

			System::set_block_number(6);
			assert!(!inspect(BOB, Rights::MANAGE), "expired grant");
			assert_noop!(
				DeviceRegistry::resume(RuntimeOrigin::signed(BOB), id),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn grant_errors() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			let grant = |who, scope, rights, end| {
				DeviceRegistry::grant_operator(RuntimeOrigin::signed(who), scope, BOB, rights, end)
			};
			assert_noop!(
				grant(ALICE, Scope::Device(id), Rights(0), None),
				Error::<Test>::BadRights
			);
			assert_noop!(
				grant(ALICE, Scope::Device(id), Rights(16), None),
				Error::<Test>::BadRights
			);
			assert_noop!(
				grant(ALICE, Scope::Device(id), Rights::ALL, Some(1)),
				Error::<Test>::ExpiryInPast
			);
			assert_noop!(
				grant(CHARLIE, Scope::Device(id), Rights::ALL, None),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				grant(CHARLIE, Scope::Fleet(ALICE), Rights::ALL, None),
				Error::<Test>::NotOwner
			);
			assert_noop!(
				grant(ALICE, Scope::Device(9), Rights::ALL, None),
				Error::<Test>::UnknownDevice
			);
			assert_noop!(
				grant(POOR, Scope::Fleet(POOR), Rights::ALL, None),
				Error::<Test>::InsufficientBalance
			);
		});
	}

	#[test]
	fn revoking_returns_the_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			let id = register(&DeviceKey::sr(1), ALICE);
			let device_deposit = held(ALICE);
			assert_ok!(DeviceRegistry::grant_operator(
				RuntimeOrigin::signed(ALICE),
				Scope::Device(id),
				BOB,
				Rights::ALL,
				None
			));
			assert!(held(ALICE) > device_deposit);
			assert_noop!(
				DeviceRegistry::revoke_operator(
					RuntimeOrigin::signed(CHARLIE),
					Scope::Device(id),
					BOB
				),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				DeviceRegistry::revoke_operator(
					RuntimeOrigin::signed(ALICE),
					Scope::Device(id),
					CHARLIE
				),
				Error::<Test>::UnknownGrant
			);
			// The operator may give up its own grant.
			assert_ok!(DeviceRegistry::revoke_operator(
				RuntimeOrigin::signed(BOB),
				Scope::Device(id),
				BOB
			));
			assert_eq!(held(ALICE), device_deposit);
		});
	}
}

pub(crate) mod manufacturers {
	use super::*;

	/// The provisioning root of `keys`, and its leaves.
	pub(crate) fn provision(keys: &[DeviceKey]) -> (H256, Vec<H256>) {
		let leaves: Vec<H256> = keys
			.iter()
			.map(|k| merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &k.public().encode()))
			.collect();
		(merkle::root(leaves.iter().copied()), leaves)
	}

	#[test]
	fn certified_registration_and_revocation() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				DeviceRegistry::register_manufacturer(
					RuntimeOrigin::signed(ALICE),
					MAKER,
					BoundedVec::truncate_from(b"Acme".to_vec())
				),
				sp_runtime::DispatchError::BadOrigin
			);
			assert_ok!(DeviceRegistry::register_manufacturer(
				RuntimeOrigin::root(),
				MAKER,
				BoundedVec::truncate_from(b"Acme".to_vec())
			));
			assert_noop!(
				DeviceRegistry::register_manufacturer(
					RuntimeOrigin::root(),
					MAKER,
					BoundedVec::new()
				),
				Error::<Test>::AlreadyManufacturer
			);
			let keys: Vec<_> = (1..=5).map(DeviceKey::sr).collect();
			let (root, leaves) = provision(&keys);
			assert_noop!(
				DeviceRegistry::publish_roots(
					RuntimeOrigin::signed(ALICE),
					BoundedVec::truncate_from(vec![(root, 5)])
				),
				Error::<Test>::NotManufacturer
			);
			assert_noop!(
				DeviceRegistry::publish_roots(
					RuntimeOrigin::signed(MAKER),
					BoundedVec::truncate_from(vec![(root, 0)])
				),
				Error::<Test>::BadRootCount
			);
			assert_noop!(
				DeviceRegistry::publish_roots(
					RuntimeOrigin::signed(MAKER),
					BoundedVec::truncate_from(vec![(root, 5), (root, 5)])
				),
				Error::<Test>::DuplicateRoot
			);
			assert_ok!(DeviceRegistry::publish_roots(
				RuntimeOrigin::signed(MAKER),
				BoundedVec::truncate_from(vec![(root, 5)])
			));

			let mut r = registration(&keys[3], ALICE);
			r.certificate = Some(Certificate {
				maker: MAKER,
				root,
				leaf_index: 3,
				proof: BoundedVec::truncate_from(merkle::proof(&leaves, 3).unwrap()),
			});
			let mut wrong = r.clone();
			wrong.certificate.as_mut().unwrap().leaf_index = 2;
			assert_noop!(
				DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(wrong)),
				Error::<Test>::BadCertificate
			);
			assert_ok!(DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)));
			let id = 0;
			assert_eq!(Devices::<Test>::get(id).unwrap().certified_by, Some(MAKER));
			System::assert_last_event(Event::DeviceCertified { device: id, maker: MAKER }.into());
			assert!(<DeviceRegistry as DeviceInspect<AccountId>>::is_certified(&id));
			assert!(!<DeviceRegistry as DeviceInspect<AccountId>>::is_certified(&42));

			assert_noop!(
				DeviceRegistry::revoke_certification(RuntimeOrigin::signed(BOB), id),
				Error::<Test>::NotCertifiedByCaller
			);
			assert_noop!(
				DeviceRegistry::remove_manufacturer(RuntimeOrigin::root(), MAKER),
				Error::<Test>::ManufacturerHasRoots
			);
			// The maker may revoke a device it certified.
			assert_ok!(DeviceRegistry::revoke(RuntimeOrigin::signed(MAKER), id));
			assert_ok!(DeviceRegistry::revoke_certification(RuntimeOrigin::signed(MAKER), id));
			assert_eq!(Devices::<Test>::get(id).unwrap().certified_by, None);
			assert!(!<DeviceRegistry as DeviceInspect<AccountId>>::is_certified(&id));
		});
	}

	#[test]
	fn remove_unknown_manufacturer() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				DeviceRegistry::remove_manufacturer(RuntimeOrigin::root(), MAKER),
				Error::<Test>::NotManufacturer
			);
		});
	}
}

#[test]
fn h3_cells_are_checked() {
	assert!(valid_h3_cell(H3_RES7, 9));
	assert!(!valid_h3_cell(H3_RES7, 6), "finer than allowed");
	assert!(!valid_h3_cell(0, 15));
	assert!(!valid_h3_cell(H3_RES7 & !0x7, 9), "unused digits must be 7");
}
