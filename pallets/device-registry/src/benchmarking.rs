//! Benchmarks (v2) of every call, each in its worst case.

use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature, P256TestSigner},
	merkle,
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
};
use sp_core::{crypto::KeyTypeId, Encode, H256};
use sp_runtime::traits::{BlakeTwo256, Bounded, Hash};

use crate::*;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4u32.into());
	who
}

/// Grants `count` operators each their own grant over `device`.
fn grant_operators<T: Config>(owner: &T::AccountId, device: DeviceId, count: u32) {
	for i in 0..count {
		let operator: T::AccountId = account("operator", i, 0);
		Pallet::<T>::do_grant(owner.clone(), Scope::Device(device), operator, Rights::ALL, None)
			.expect("grants");
	}
}

/// Keys the benchmarks sign with, in the host's keystore.
const KEY_TYPE: KeyTypeId = KeyTypeId(*b"devr");

fn possession<T: Config>(owner: &T::AccountId, seed: u32) -> Vec<u8> {
	signing_payload(
		PROOF_OF_POSSESSION,
		Pallet::<T>::genesis_hash(),
		&PossessionBody { owner: owner.clone(), nonce: seed as u64 },
	)
}

/// A registration with the longest class and metadata, for `key` proven by `proof`.
fn record<T: Config>(seed: u32, key: DevicePublicKey, proof: DeviceSignature) -> Registration<T> {
	Registration {
		key,
		proof,
		nonce: seed as u64,
		class: BoundedVec::truncate_from(vec![b'c'; T::MaxClassLen::get() as usize]),
		firmware: H256::repeat_byte(1),
		metadata: BoundedVec::truncate_from(vec![b'm'; T::MaxMetadataLen::get() as usize]),
		location: None,
		certificate: None,
	}
}

/// A P-256 device: its proof is verified in the runtime, the slowest kind.
fn registration<T: Config>(owner: &T::AccountId, seed: u32) -> Registration<T> {
	let key = P256TestSigner::from_seed(seed);
	record::<T>(seed, key.public(), key.sign(&possession::<T>(owner, seed)))
}

/// An sr25519 device: its proof is verified by the host, as ed25519 and secp256k1 ones are.
fn sr25519_registration<T: Config>(owner: &T::AccountId, seed: u32) -> Registration<T> {
	// A raw hex seed: a derivation path would run the dev phrase's PBKDF2 for every key.
	let raw = alloc::format!("0x{:064x}", u64::from(seed) + 1);
	let public = sp_io::crypto::sr25519_generate(KEY_TYPE, Some(raw.into_bytes()));
	let proof = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, &possession::<T>(owner, seed))
		.expect("the key is in the store");
	record::<T>(seed, DevicePublicKey::Sr25519(public.0), DeviceSignature::Sr25519(proof.0))
}

/// Certifies `r` under a root of its own that `maker` published, with the deepest proof: the
/// last leaf of a full tree, whose siblings are all on its left. A root per device makes each
/// registration of a batch read a `ProvisioningRoots` entry of its own.
fn certify<T: Config>(r: &mut Registration<T>, maker: &T::AccountId) {
	let depth = T::MaxProofDepth::get();
	let count = 1u32.checked_shl(depth).unwrap_or(u32::MAX);
	let leaf = merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &r.key.encode());
	let siblings: Vec<H256> = (0..depth).map(|i| H256::repeat_byte(i as u8)).collect();
	let root = siblings
		.iter()
		.fold(leaf, |acc, s| BlakeTwo256::hash(&[s.as_bytes(), acc.as_bytes()].concat()));
	Manufacturers::<T>::mutate(maker, |record| {
		let record = record.get_or_insert(Manufacturer { name: BoundedVec::new(), roots: 0 });
		record.roots = record.roots.saturating_add(1);
	});
	ProvisioningRoots::<T>::insert(maker, root, ProvisioningRoot { count, deposit: 0u32.into() });
	r.certificate = Some(Certificate {
		maker: maker.clone(),
		root,
		leaf_index: count.saturating_sub(1),
		proof: BoundedVec::truncate_from(siblings),
	});
}

fn registered<T: Config>(owner: &T::AccountId, seed: u32) -> DeviceId {
	let id = NextDeviceId::<T>::get();
	Pallet::<T>::do_register(owner.clone(), registration::<T>(owner, seed)).expect("registers");
	id
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	/// Worst case: a P-256 key with a manufacturer certificate of the deepest proof.
	#[benchmark]
	fn register_device() {
		let owner = funded::<T>("owner", 0);
		let maker = funded::<T>("maker", 0);
		let mut r = registration::<T>(&owner, 1);
		certify::<T>(&mut r, &maker);

		// A chain may start with devices (the development chain does).
		let id = NextDeviceId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), Box::new(r));

		assert_eq!(Devices::<T>::get(id).and_then(|d| d.certified_by), Some(maker));
	}

	/// Keys whose proofs the host verifies; each P-256 key adds [`verify_p256_possession`].
	/// Every device is certified with the deepest proof, under a root of its own (L-2).
	#[benchmark]
	fn register_devices(n: Linear<1, { T::MaxBatch::get() }>) {
		let owner = funded::<T>("owner", 0);
		let maker = funded::<T>("maker", 0);
		let batch: Vec<_> = (0..n)
			.map(|i| {
				let mut r = sr25519_registration::<T>(&owner, i + 1);
				certify::<T>(&mut r, &maker);
				r
			})
			.collect();
		let first = NextDeviceId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), BoundedVec::truncate_from(batch));

		assert_eq!(NextDeviceId::<T>::get(), first + u64::from(n));
		let certified = (first..first + u64::from(n))
			.filter(|id| CertifiedDevices::<T>::contains_key(&maker, id))
			.count();
		assert_eq!(certified, n as usize);
	}

	#[benchmark]
	fn verify_p256_possession() {
		let owner = funded::<T>("owner", 0);
		let r = registration::<T>(&owner, 1);
		let payload = possession::<T>(&owner, 1);
		let valid;

		#[block]
		{
			valid = r.key.verify(&payload, &r.proof);
		}

		assert!(valid);
	}

	#[benchmark]
	fn suspend() {
		let owner = funded::<T>("owner", 0);
		let operator = funded::<T>("operator", 0);
		let id = registered::<T>(&owner, 1);
		// Through a fleet grant: the longest authorization path.
		Pallet::<T>::do_grant(
			owner.clone(),
			Scope::Fleet(owner),
			operator.clone(),
			Rights::ALL,
			None,
		)
		.expect("grants");

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id);

		assert_eq!(Devices::<T>::get(id).map(|d| d.status), Some(DeviceStatus::Suspended));
	}

	#[benchmark]
	fn resume() {
		let owner = funded::<T>("owner", 0);
		let operator = funded::<T>("operator", 0);
		let id = registered::<T>(&owner, 1);
		Pallet::<T>::do_grant(
			owner.clone(),
			Scope::Fleet(owner.clone()),
			operator.clone(),
			Rights::ALL,
			None,
		)
		.expect("grants");
		Pallet::<T>::do_set_status(&owner, id, DeviceStatus::Active, DeviceStatus::Suspended)
			.expect("suspends");

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id);

		assert_eq!(Devices::<T>::get(id).map(|d| d.status), Some(DeviceStatus::Active));
	}

	#[benchmark]
	fn revoke() {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		let to = funded::<T>("to", 0);
		PendingTransfers::<T>::insert(id, to);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert_eq!(Devices::<T>::get(id).map(|d| d.status), Some(DeviceStatus::Revoked));
	}

	#[benchmark]
	fn deregister(g: Linear<0, { T::MaxOperatorsPerDevice::get() }>) {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		grant_operators::<T>(&owner, id, g);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Devices::<T>::get(id).is_none());
	}

	#[benchmark]
	fn rotate_key() {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		let (old, new) = (P256TestSigner::from_seed(1), P256TestSigner::from_seed(2));
		let payload = Pallet::<T>::rotation_payload(id, &new.public(), 0);
		let (old_signature, new_signature) = (old.sign(&payload), new.sign(&payload));

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, new.public(), old_signature, new_signature);

		assert_eq!(Devices::<T>::get(id).map(|d| d.key), Some(new.public()));
	}

	#[benchmark]
	fn update_device() {
		let owner = funded::<T>("owner", 0);
		// Worst case: the metadata grows from nothing to the longest, so the deposit grows and
		// more is held (found by the runtime fuzzer: from a full record the hold was never
		// weighed).
		let mut r = registration::<T>(&owner, 1);
		r.metadata = BoundedVec::new();
		let id = NextDeviceId::<T>::get();
		Pallet::<T>::do_register(owner.clone(), r).expect("registers");
		let deposit = Devices::<T>::get(id).map(|d| d.deposit);
		let full: BoundedVec<_, T::MaxFirmwareHistory> = BoundedVec::truncate_from(
			(0..T::MaxFirmwareHistory::get())
				.map(|i| (0u32.into(), H256::repeat_byte(i as u8)))
				.collect(),
		);
		FirmwareHistory::<T>::insert(id, full);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			id,
			Some(BoundedVec::truncate_from(vec![b'n'; T::MaxMetadataLen::get() as usize])),
			Some(H256::repeat_byte(0xee)),
			None,
		);

		assert_eq!(Devices::<T>::get(id).map(|d| d.firmware), Some(H256::repeat_byte(0xee)));
		assert!(Devices::<T>::get(id).map(|d| d.deposit) > deposit, "the deposit grew");
	}

	#[benchmark]
	fn offer_transfer() {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		let to = funded::<T>("to", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, to.clone());

		assert_eq!(PendingTransfers::<T>::get(id), Some(to));
	}

	#[benchmark]
	fn accept_transfer(g: Linear<0, { T::MaxOperatorsPerDevice::get() }>) {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		let to = funded::<T>("to", 0);
		grant_operators::<T>(&owner, id, g);
		PendingTransfers::<T>::insert(id, to.clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(to.clone()), id);

		assert_eq!(Devices::<T>::get(id).map(|d| d.owner), Some(to));
	}

	#[benchmark]
	fn cancel_transfer() {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		PendingTransfers::<T>::insert(id, funded::<T>("to", 0));

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(PendingTransfers::<T>::get(id).is_none());
	}

	#[benchmark]
	fn grant_operator() {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		let operator = funded::<T>("operator", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), Scope::Device(id), operator.clone(), Rights::ALL, None);

		assert!(DeviceOperators::<T>::contains_key(id, operator));
	}

	#[benchmark]
	fn revoke_operator() {
		let owner = funded::<T>("owner", 0);
		let id = registered::<T>(&owner, 1);
		let operator = funded::<T>("operator", 0);
		Pallet::<T>::do_grant(
			owner.clone(),
			Scope::Device(id),
			operator.clone(),
			Rights::ALL,
			None,
		)
		.expect("grants");

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), Scope::Device(id), operator.clone());

		assert!(!DeviceOperators::<T>::contains_key(id, operator));
	}

	#[benchmark]
	fn register_manufacturer() -> Result<(), BenchmarkError> {
		let origin = T::ManufacturerOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let maker: T::AccountId = account("maker", 0, 0);
		let name = BoundedVec::truncate_from(vec![b'n'; T::MaxClassLen::get() as usize]);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, maker.clone(), name);

		assert!(Manufacturers::<T>::contains_key(maker));
		Ok(())
	}

	#[benchmark]
	fn remove_manufacturer() -> Result<(), BenchmarkError> {
		let origin = T::ManufacturerOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let maker: T::AccountId = account("maker", 0, 0);
		Manufacturers::<T>::insert(&maker, Manufacturer { name: BoundedVec::new(), roots: 0 });

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, maker.clone());

		assert!(!Manufacturers::<T>::contains_key(maker));
		Ok(())
	}

	#[benchmark]
	fn publish_roots(n: Linear<1, { T::MaxRootsPerCall::get() }>) {
		let maker = funded::<T>("maker", 0);
		Manufacturers::<T>::insert(&maker, Manufacturer { name: BoundedVec::new(), roots: 0 });
		let roots: Vec<_> = (0..n)
			.map(|i| {
				let mut root = [0u8; 32];
				root[..4].copy_from_slice(&(i + 1).to_le_bytes());
				(H256(root), 1)
			})
			.collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.clone()), BoundedVec::truncate_from(roots));

		assert_eq!(Manufacturers::<T>::get(maker).map(|m| m.roots), Some(n));
	}

	#[benchmark]
	fn revoke_certification() {
		let owner = funded::<T>("owner", 0);
		let maker = funded::<T>("maker", 0);
		let id = registered::<T>(&owner, 1);
		Devices::<T>::mutate(id, |d| {
			if let Some(d) = d {
				d.certified_by = Some(maker.clone());
			}
		});
		CertifiedDevices::<T>::insert(&maker, id, ());

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), id);

		assert_eq!(Devices::<T>::get(id).and_then(|d| d.certified_by), None);
	}

	#[benchmark]
	fn withdraw_root() {
		let maker = funded::<T>("maker", 0);
		Manufacturers::<T>::insert(&maker, Manufacturer { name: BoundedVec::new(), roots: 0 });
		let root = H256::repeat_byte(1);
		Pallet::<T>::do_publish_roots(maker.clone(), BoundedVec::truncate_from(vec![(root, 1)]))
			.expect("publishes");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.clone()), root);

		assert_eq!(Manufacturers::<T>::get(maker).map(|m| m.roots), Some(0));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
