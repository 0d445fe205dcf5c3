//! Benchmarks (v2) of every call and of pruning, each in its worst case.

use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Mutate, MutateHold},
		Get,
	},
	weights::Weight,
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use iot_primitives::{
	device::P256TestSigner,
	telemetry::{
		AnchoredRange, BatchHeader, Reading, ReadingValue, StreamId, StreamRange, ValueSummary,
	},
	traits::DeviceInspect,
	DeviceId,
};
use sp_core::H256;
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

/// The signer of the benchmarked call: its account was read and written by the transaction fee
/// payment before the call, so it is whitelisted.
fn caller<T: Config>() -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who: T::AccountId = whitelisted_caller();
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4u32.into());
	who
}

/// A stream record as declared by `owner`, with its deposit held, anchored up to `last`.
fn stream<T: Config>(device: DeviceId, id: StreamId, owner: &T::AccountId, last: u64) {
	let deposit = T::StreamDeposit::get();
	T::Currency::hold(&HoldReason::StreamDeposit.into(), owner, deposit).expect("funded");
	let record = Stream::<T> {
		name: BoundedVec::truncate_from(vec![b'n'; T::MaxStreamNameLen::get() as usize]),
		unit: 1,
		interval_ms: 1000,
		depositor: owner.clone(),
		deposit,
		cursor: Some(Cursor { last_sequence: last, last_timestamp: last, last_anchor: 0 }),
		signed_cursor: Some(Cursor { last_sequence: 1, last_timestamp: 1, last_anchor: 0 }),
		signed_only: false,
		anchored: last,
		missing: 0,
	};
	Streams::<T>::insert(device, id, record);
	StreamCount::<T>::mutate(device, |c| *c = c.saturating_add(1));
}

/// Stream 0 of a device of the benchmark's caller, anchored up to 10 (signed up to 1).
fn owned_stream<T: Config>() -> (T::AccountId, DeviceId)
where
	T::Currency: Mutate<T::AccountId>,
{
	let owner = caller::<T>();
	let device = T::BenchmarkHelper::register_device(&owner, P256TestSigner::from_seed(1).public());
	stream::<T>(device, 0, &owner, 10);
	(owner, device)
}

fn range(device: DeviceId, stream: StreamId, first: u64, count: u32) -> StreamRange {
	let last = first + u64::from(count) - 1;
	StreamRange {
		device,
		stream,
		first_sequence: first,
		last_sequence: last,
		first_timestamp: first,
		last_timestamp: last,
		count,
	}
}

fn locator<T: Config>() -> BoundedVec<u8, T::MaxLocatorLen> {
	BoundedVec::truncate_from(vec![b'l'; T::MaxLocatorLen::get() as usize])
}

/// An anchor of the most ranges (devices `0..`), in block `block`, stored directly.
fn stored_anchor<T: Config>(id: AnchorId, block: BlockNumberFor<T>, root: H256, leaf_count: u32) {
	let ranges = (0..T::MaxRangesPerAnchor::get())
		.map(|d| AnchoredRange {
			range: range(d.into(), 0, 1, 1),
			summary: Some(ValueSummary { min: 0, max: 0, sum: 0 }),
			missing_before: 0,
		})
		.collect::<Vec<_>>();
	let record = Anchor::<T> {
		root,
		leaf_count,
		ranges: BoundedVec::truncate_from(ranges),
		locator: Some(locator::<T>()),
		submitter: account("submitter", 0, 0),
		block,
	};
	Anchors::<T>::insert(id, record);
	NextAnchorId::<T>::put(id + 1);
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn declare_stream() {
		let owner = caller::<T>();
		let device =
			T::BenchmarkHelper::register_device(&owner, P256TestSigner::from_seed(1).public());
		let name = BoundedVec::truncate_from(vec![b'n'; T::MaxStreamNameLen::get() as usize]);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 7, name, 1, 60_000);

		assert!(Streams::<T>::contains_key(device, 7));
	}

	#[benchmark]
	fn reap_stream() {
		let owner = caller::<T>();
		// A device id the registry never assigned stands for one that left it.
		let device = DeviceId::MAX;
		assert!(T::Devices::owner(&device).is_none());
		stream::<T>(device, 7, &owner, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 7);

		assert!(!Streams::<T>::contains_key(device, 7));
	}

	#[benchmark]
	fn transfer_streams(s: Linear<0, { T::MaxStreamsPerDevice::get() }>) {
		let seller = funded::<T>("seller", 0);
		let buyer = funded::<T>("buyer", 0);
		let device = DeviceId::MAX - 1;
		for id in 0..s {
			stream::<T>(device, id as StreamId, &seller, 1);
		}

		#[block]
		{
			Pallet::<T>::do_transfer_streams(device, &buyer).expect("the buyer is funded");
		}

		assert!(Streams::<T>::iter_prefix_values(device).all(|r| r.depositor == buyer));
	}

	#[benchmark]
	fn remove_streams(s: Linear<0, { T::MaxStreamsPerDevice::get() }>) {
		let owner = funded::<T>("owner", 0);
		// A device id the registry never assigned stands for one that left it.
		let device = DeviceId::MAX;
		for id in 0..s {
			stream::<T>(device, id as StreamId, &owner, 1);
		}

		#[block]
		{
			Pallet::<T>::do_remove_streams(device);
		}

		assert_eq!(StreamCount::<T>::get(device), 0);
	}

	#[benchmark]
	fn anchor_batch(r: Linear<1, { T::MaxRangesPerAnchor::get() }>) {
		let owner = funded::<T>("owner", 0);
		let gateway = caller::<T>();
		let mut ranges = Vec::new();
		for i in 0..r {
			let device =
				T::BenchmarkHelper::register_device(&owner, P256TestSigner::from_seed(i).public());
			stream::<T>(device, 0, &owner, 10);
			// A gap before and inside each range: both events are emitted.
			ranges.push(RangeInput { range: range(device, 0, 20, 1_000), signed_summary: None });
			ranges.last_mut().expect("pushed").range.last_sequence = 1_500;
		}
		T::BenchmarkHelper::grant_telemetry(&owner, &gateway);
		let leaf_count = 1_000 * r;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(gateway),
			H256::repeat_byte(1),
			leaf_count,
			BoundedVec::truncate_from(ranges),
			Some(locator::<T>()),
		);

		assert!(Anchors::<T>::contains_key(0));
	}

	#[benchmark]
	fn verify_batch_signature() {
		let owner = funded::<T>("owner", 0);
		let signer = P256TestSigner::from_seed(1);
		let device = T::BenchmarkHelper::register_device(&owner, signer.public());
		let header = BatchHeader {
			root: H256::repeat_byte(1),
			leaf_count: 100,
			range: range(device, 0, 1, 100),
			summary: ValueSummary { min: -5, max: 5, sum: 0 },
		};
		let signature = signer.sign(&header.signing_payload(Pallet::<T>::genesis_hash()));
		let valid;

		#[block]
		{
			let payload = header.signing_payload(Pallet::<T>::genesis_hash());
			valid = T::Devices::verify(&device, &payload, &signature);
		}

		assert!(valid);
	}

	#[benchmark]
	fn attest_reading(d: Linear<1, { T::MaxProofDepth::get() }>) {
		let attester = caller::<T>();
		let last = T::MaxRangesPerAnchor::get().saturating_sub(1);
		let reading = Reading {
			device: last.into(),
			stream: 0,
			sequence: 1,
			timestamp: 1,
			value: ReadingValue::Scalar(1),
			salt: Some([1; 16]),
		};
		// Leaf 0 of a full tree of depth `d` (or of u32::MAX leaves for depth 32): every level
		// has a right sibling, so the proof has `d` of them.
		let siblings: Vec<H256> = (0..d).map(|i| H256::repeat_byte(i as u8)).collect();
		let root = siblings.iter().fold(reading.leaf_hash(), |acc, s| {
			BlakeTwo256::hash(&[acc.as_bytes(), s.as_bytes()].concat())
		});
		let leaf_count = if d >= 32 { u32::MAX } else { 1u32 << d };
		stored_anchor::<T>(0, 1u32.into(), root, leaf_count);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), 0, reading, 0, BoundedVec::truncate_from(siblings));

		assert_eq!(NextAttestationId::<T>::get(), 1);
	}

	#[benchmark]
	fn prune_anchors(n: Linear<0, 64>) {
		for id in 0..=u64::from(n) {
			stored_anchor::<T>(id, u32::from(id == u64::from(n)).into(), H256::zero(), 1);
		}
		let now = T::Retention::get();
		let used;

		#[block]
		{
			used = Pallet::<T>::prune_anchors(now, Weight::MAX);
		}

		assert!(used.all_gte(Weight::zero()));
		assert_eq!(OldestAnchor::<T>::get(), u64::from(n));
	}

	#[benchmark]
	fn expire_attestations(n: Linear<0, 64>) {
		let attester: T::AccountId = account("attester", 0, 0);
		for id in 0..=u64::from(n) {
			let reading = Reading {
				device: 1,
				stream: 0,
				sequence: id,
				timestamp: 1,
				value: ReadingValue::Scalar(1),
				salt: None,
			};
			AttestedReadings::<T>::insert((1, 0, id), id);
			let expires_at = if id == u64::from(n) { 2u32 } else { 1 };
			Attestations::<T>::insert(
				id,
				Attestation::<T> {
					reading,
					anchor: 0,
					attester: attester.clone(),
					expires_at: expires_at.into(),
				},
			);
		}
		NextAttestationId::<T>::put(u64::from(n) + 1);
		let used;

		#[block]
		{
			used = Pallet::<T>::expire_attestations(1u32.into(), Weight::MAX);
		}

		assert!(used.all_gte(Weight::zero()));
		assert_eq!(OldestAttestation::<T>::get(), u64::from(n));
	}

	#[benchmark]
	fn require_signed() {
		let (owner, device) = owned_stream::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 0);

		assert!(Streams::<T>::get(device, 0).is_some_and(|s| s.signed_only));
	}

	#[benchmark]
	fn reset_stream() {
		let (owner, device) = owned_stream::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 0);

		assert_eq!(
			Streams::<T>::get(device, 0).and_then(|s| s.cursor).map(|c| c.last_sequence),
			Some(1)
		);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
