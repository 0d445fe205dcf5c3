//! Benchmarks (v2) of every call, each in its worst case.
//!
//! Vouchers are signed by devices (their channels read the recorded device key, which account
//! channels do not): with sr25519 keys from the benchmark's keystore, and with a software P-256
//! key, the slowest kind to check. A window's anchors are as full as the telemetry pallet lets
//! them be (see [`BenchmarkHelper::anchor`]).

use alloc::vec::Vec;
use codec::Decode;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature, P256TestSigner},
	payment::{AgreementId, AgreementStatus, ChannelId, Condition, Voucher},
	telemetry::{AnchoredRange, Reading, ReadingValue, StreamId, StreamRange, ValueSummary},
	DeviceId,
};
use sp_core::{crypto::KeyTypeId, sr25519};
use sp_runtime::{
	traits::{Bounded, One},
	Perbill,
};

use crate::*;

/// What benchmarks need from the device registry and the telemetry anchors.
pub trait BenchmarkHelper<AccountId> {
	/// Stores an active device with `key`, owned by `owner`, and returns its id.
	fn register_device(owner: &AccountId, key: DevicePublicKey) -> DeviceId;
	/// Lets `spender` spend for `device`.
	fn grant_spend(device: DeviceId, spender: &AccountId);
	/// Stores one anchor per range, each range with a device-signed summary, last in an anchor
	/// filled up to the most ranges an anchor may hold with the device's lower streams (the worst
	/// case for finding it).
	fn anchor(ranges: Vec<AnchoredRange>) -> Vec<iot_primitives::telemetry::AnchorId>;
	/// Stores `reading` as attested.
	fn attest(reading: Reading);
}

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"m2mp");

/// Enough for any benchmark, and small enough that many funded accounts never overflow the
/// total issuance.
fn fund<T: Config>(who: &T::AccountId) {
	T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4_096u32.into());
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	fund::<T>(&who);
	who
}

/// The signer of the benchmarked call: its account was read and written by the transaction fee
/// payment before the call, so it is whitelisted.
fn caller<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	fund::<T>(&who);
	who
}

/// A funded account whose address is an sr25519 key in the keystore.
fn keyed<T: Config>(index: u32) -> (T::AccountId, sr25519::Public) {
	// A raw hex seed: a derivation path would run the dev phrase's PBKDF2 for every key.
	let seed = alloc::format!("0x{:064x}", u64::from(index) + 1);
	let public = sp_io::crypto::sr25519_generate(KEY_TYPE, Some(seed.into_bytes()));
	let who = T::AccountId::decode(&mut &public.0[..]).expect("accounts are 32 bytes");
	fund::<T>(&who);
	(who, public)
}

fn sign_sr25519<T: Config>(
	public: &sr25519::Public,
	voucher: &Voucher<BalanceOf<T>>,
) -> DeviceSignature {
	let message = voucher.signing_payload(Pallet::<T>::genesis_hash());
	let signature =
		sp_io::crypto::sr25519_sign(KEY_TYPE, public, &message).expect("the key is in the store");
	DeviceSignature::Sr25519(signature.0)
}

fn amount<T: Config>(times: u32) -> BalanceOf<T> {
	T::MinChannelDeposit::get().max(T::MinEscrow::get()) * times.into()
}

fn duration<T: Config>() -> BlockNumberFor<T> {
	T::MaxDuration::get()
}

/// A channel of `payer` to `payee` whose vouchers a device with the sr25519 key `public` signs
/// (a device channel reads its recorded key, an account channel reads nothing more), with one
/// voucher claimed so that the benchmarked claim updates an existing total.
fn signed_channel<T: Config>(
	payer: &T::AccountId,
	public: &sr25519::Public,
	payee: &T::AccountId,
) -> ChannelId {
	let id = NextChannelId::<T>::get();
	let device = T::BenchmarkHelper::register_device(payer, DevicePublicKey::Sr25519(public.0));
	Pallet::<T>::do_open_channel(
		payer.clone(),
		payee.clone(),
		Some(device),
		amount::<T>(10),
		duration::<T>(),
	)
	.expect("funded");
	let first = Voucher { channel: id, cumulative: amount::<T>(1), nonce: 1 };
	Pallet::<T>::do_claim(first, &sign_sr25519::<T>(public, &first)).expect("valid voucher");
	id
}

/// Fills `device`'s channel index with ids of channels that do not exist, until `room` places
/// are left: what an opening or a close searches and rewrites at most.
fn pad_index<T: Config>(device: DeviceId, room: u32) {
	let mut ids = DeviceChannels::<T>::get(device).unwrap_or_default();
	let mut filler = ChannelId::MAX;
	while (ids.len() as u32).saturating_add(room) < T::MaxChannelsPerDevice::get() {
		ids.try_push(filler).expect("below the bound");
		filler = filler.saturating_sub(1);
	}
	DeviceChannels::<T>::insert(device, ids);
}

fn signing_device<T: Config>(id: ChannelId) -> DeviceId {
	match Channels::<T>::get(id).map(|c| c.signer) {
		Some(iot_primitives::payment::VoucherSigner::Device(device)) => device,
		_ => panic!("a device channel"),
	}
}

/// Device 's' of `owner`, with `spender` allowed to spend for it within a limit.
fn device_with_spender<T: Config>(owner: &T::AccountId, spender: &T::AccountId) -> DeviceId {
	let device = T::BenchmarkHelper::register_device(owner, P256TestSigner::from_seed(7).public());
	T::BenchmarkHelper::grant_spend(device, spender);
	Pallet::<T>::do_set_spending_limit(
		owner.clone(),
		device,
		BalanceOf::<T>::max_value() / 8u32.into(),
		One::one(),
	)
	.expect("the owner sets it");
	device
}

/// The stream of the cold-chain condition: the highest id, so that a full anchor holds the
/// device's other streams before it and finding the condition's range scans them all.
const COLD_STREAM: StreamId = StreamId::MAX;

fn cold_chain(device: DeviceId) -> Condition {
	Condition::AllReadingsWithin {
		device,
		stream: COLD_STREAM,
		from: 0,
		to: 1_000,
		min: 0,
		max: 8_000,
	}
}

fn agreement<T: Config>(
	consumer: &T::AccountId,
	provider: &T::AccountId,
	condition: Condition,
) -> AgreementId {
	let id = NextAgreementId::<T>::get();
	Pallet::<T>::do_create_agreement(
		consumer.clone(),
		provider.clone(),
		amount::<T>(10),
		condition,
		duration::<T>(),
	)
	.expect("funded");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_spending_limit() {
		let previous = funded::<T>("previous", 0);
		let owner = caller::<T>();
		let sold = T::BenchmarkHelper::register_device(&previous, DevicePublicKey::P256([2; 33]));
		Pallet::<T>::do_set_spending_limit(previous, sold, amount::<T>(1), One::one())
			.expect("the first owner sets it");
		// The device changed hands with its limit: the new owner's replaces it.
		let device = T::BenchmarkHelper::register_device(&owner, DevicePublicKey::P256([3; 33]));
		let stale = SpendingLimits::<T>::take(sold).expect("set");
		SpendingLimits::<T>::insert(device, stale);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), device, amount::<T>(5), 10u32.into());

		assert_eq!(SpendingLimits::<T>::get(device).map(|r| r.owner), Some(owner));
	}

	#[benchmark]
	fn remove_spending_limit() {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner, DevicePublicKey::P256([2; 33]));
		Pallet::<T>::do_set_spending_limit(owner.clone(), device, amount::<T>(1), One::one())
			.expect("the owner sets it");

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device);

		assert!(SpendingLimits::<T>::get(device).is_none());
	}

	#[benchmark]
	fn device_pay() {
		let owner = funded::<T>("owner", 0);
		let spender = caller::<T>();
		let device = device_with_spender::<T>(&owner, &spender);
		let to = funded::<T>("to", 0);
		frame_system::Pallet::<T>::set_block_number(10u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(spender), device, to, amount::<T>(1));

		assert_eq!(SpendingLimits::<T>::get(device).map(|r| r.spent), Some(amount::<T>(1)));
	}

	#[benchmark]
	fn open_channel() {
		let owner = funded::<T>("owner", 0);
		let spender = caller::<T>();
		let device = device_with_spender::<T>(&owner, &spender);
		let payee = funded::<T>("payee", 0);
		pad_index::<T>(device, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(spender), payee, Some(device), amount::<T>(10), duration::<T>());

		assert!(Channels::<T>::get(0).is_some());
	}

	#[benchmark]
	fn top_up() {
		let owner = funded::<T>("owner", 0);
		let spender = caller::<T>();
		let device = device_with_spender::<T>(&owner, &spender);
		let payee = funded::<T>("payee", 0);
		Pallet::<T>::do_open_channel(owner, payee, Some(device), amount::<T>(10), One::one())
			.expect("funded");

		#[extrinsic_call]
		_(RawOrigin::Signed(spender), 0, amount::<T>(10), Some(duration::<T>()));

		assert_eq!(Channels::<T>::get(0).map(|c| c.deposit), Some(amount::<T>(20)));
	}

	#[benchmark]
	fn claim() {
		let (payer, public) = keyed::<T>(0);
		let payee = funded::<T>("payee", 0);
		let id = signed_channel::<T>(&payer, &public, &payee);
		let voucher = Voucher { channel: id, cumulative: amount::<T>(2), nonce: 2 };
		let signature = sign_sr25519::<T>(&public, &voucher);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), voucher, signature);

		assert_eq!(Channels::<T>::get(id).map(|c| c.nonce), Some(2));
	}

	#[benchmark]
	fn claim_p256() {
		let owner = funded::<T>("owner", 0);
		let payee = funded::<T>("payee", 0);
		let signer = P256TestSigner::from_seed(9);
		let device = T::BenchmarkHelper::register_device(&owner, signer.public());
		Pallet::<T>::do_open_channel(owner, payee, Some(device), amount::<T>(10), duration::<T>())
			.expect("funded");
		let voucher = Voucher { channel: 0, cumulative: amount::<T>(2), nonce: 2 };
		let signature = signer.sign(&voucher.signing_payload(Pallet::<T>::genesis_hash()));

		#[extrinsic_call]
		claim(RawOrigin::Signed(caller::<T>()), voucher, signature);

		assert_eq!(Channels::<T>::get(0).map(|c| c.nonce), Some(2));
	}

	#[benchmark]
	fn settle(n: Linear<1, { T::MaxSettlement::get() }>) {
		let vouchers: Vec<_> = (0..n)
			.map(|i| {
				let (payer, public) = keyed::<T>(i);
				let payee = funded::<T>("payee", i);
				let id = signed_channel::<T>(&payer, &public, &payee);
				let voucher = Voucher { channel: id, cumulative: amount::<T>(2), nonce: 2 };
				SignedVoucher { voucher, signature: sign_sr25519::<T>(&public, &voucher) }
			})
			.collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), BoundedVec::truncate_from(vouchers));

		assert!(Channels::<T>::iter().all(|(_, c)| c.nonce == 2));
	}

	#[benchmark]
	fn cooperative_close() {
		let (payer, public) = keyed::<T>(0);
		let payee = caller::<T>();
		let id = signed_channel::<T>(&payer, &public, &payee);
		pad_index::<T>(signing_device::<T>(id), 0);
		let voucher = Voucher { channel: id, cumulative: amount::<T>(2), nonce: 2 };
		let last = SignedVoucher { voucher, signature: sign_sr25519::<T>(&public, &voucher) };

		#[extrinsic_call]
		_(RawOrigin::Signed(payee), id, Some(last));

		assert!(Channels::<T>::get(id).is_none());
	}

	#[benchmark]
	fn start_close() {
		let payer = caller::<T>();
		let payee = funded::<T>("payee", 0);
		Pallet::<T>::do_open_channel(payer.clone(), payee, None, amount::<T>(10), duration::<T>())
			.expect("funded");

		#[extrinsic_call]
		_(RawOrigin::Signed(payer), 0);

		assert!(Channels::<T>::get(0).is_some_and(|c| c.closes_at.is_some()));
	}

	#[benchmark]
	fn finalize_close() {
		let (payer, public) = keyed::<T>(0);
		let payee = funded::<T>("payee", 0);
		let id = signed_channel::<T>(&payer, &public, &payee);
		pad_index::<T>(signing_device::<T>(id), 0);
		Pallet::<T>::do_start_close(payer, id).expect("open");
		frame_system::Pallet::<T>::set_block_number(duration::<T>() + One::one());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), id);

		assert!(Channels::<T>::get(id).is_none());
	}

	#[benchmark]
	fn create_agreement() {
		let consumer = caller::<T>();
		let provider = funded::<T>("provider", 0);
		let device = T::BenchmarkHelper::register_device(&provider, DevicePublicKey::P256([2; 33]));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(consumer),
			provider,
			amount::<T>(10),
			cold_chain(device),
			duration::<T>(),
		);

		assert!(Agreements::<T>::get(0).is_some());
	}

	#[benchmark]
	fn confirm() {
		let consumer = caller::<T>();
		let provider = funded::<T>("provider", 0);
		let id = agreement::<T>(&consumer, &provider, Condition::ConsumerConfirms);

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), id);

		assert!(Agreements::<T>::get(id).is_none());
	}

	/// Worst case: `a` anchors, each holding the most ranges an anchor may, the condition's last.
	#[benchmark]
	fn release_window(a: Linear<1, { T::MaxWindowAnchors::get() }>) {
		let consumer = funded::<T>("consumer", 0);
		let provider = funded::<T>("provider", 0);
		let device = T::BenchmarkHelper::register_device(&provider, DevicePublicKey::P256([2; 33]));
		let id = agreement::<T>(&consumer, &provider, cold_chain(device));
		let ranges = (0..u64::from(a))
			.map(|i| AnchoredRange {
				range: StreamRange {
					device,
					stream: COLD_STREAM,
					first_sequence: i * 100,
					last_sequence: i * 100 + 99,
					first_timestamp: i * 1_000,
					last_timestamp: i * 1_000 + 1_000,
					count: 100,
				},
				summary: Some(ValueSummary { min: 2_000, max: 7_000, sum: 450_000 }),
				missing_before: 0,
			})
			.collect();
		let anchors = T::BenchmarkHelper::anchor(ranges);
		let window = Evidence::Window(BoundedVec::truncate_from(anchors));

		#[extrinsic_call]
		release(RawOrigin::Signed(caller::<T>()), id, window);

		assert!(Agreements::<T>::get(id).is_none());
	}

	#[benchmark]
	fn release_reading() {
		let consumer = funded::<T>("consumer", 0);
		let provider = funded::<T>("provider", 0);
		let device = T::BenchmarkHelper::register_device(&provider, DevicePublicKey::P256([2; 33]));
		let condition = Condition::ReadingWithin { device, stream: 1, after: 0, min: 1, max: 1 };
		let id = agreement::<T>(&consumer, &provider, condition);
		T::BenchmarkHelper::attest(Reading {
			device,
			stream: 1,
			sequence: 5,
			timestamp: 10,
			value: ReadingValue::Scalar(1),
			salt: Some([0; 16]),
		});

		#[extrinsic_call]
		release(RawOrigin::Signed(caller::<T>()), id, Evidence::Reading(5));

		assert!(Agreements::<T>::get(id).is_none());
	}

	#[benchmark]
	fn refund() {
		let consumer = funded::<T>("consumer", 0);
		let provider = funded::<T>("provider", 0);
		let id = agreement::<T>(&consumer, &provider, Condition::ConsumerConfirms);
		let deadline = Agreements::<T>::get(id).expect("created").deadline;
		frame_system::Pallet::<T>::set_block_number(deadline + One::one());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), id);

		assert!(Agreements::<T>::get(id).is_none());
	}

	/// The consumer disputes: its escrow hold is already there, so the bond grows its holds.
	#[benchmark]
	fn dispute() {
		let consumer = caller::<T>();
		let provider = funded::<T>("provider", 0);
		let id = agreement::<T>(&consumer, &provider, Condition::ConsumerConfirms);

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer), id);

		assert!(matches!(
			Agreements::<T>::get(id).map(|a| a.status),
			Some(AgreementStatus::Disputed(_))
		));
	}

	/// A split: the payment and the bond each move in part and return in part.
	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let consumer = funded::<T>("consumer", 0);
		let provider = funded::<T>("provider", 0);
		let id = agreement::<T>(&consumer, &provider, Condition::ConsumerConfirms);
		Pallet::<T>::do_dispute(provider, id).expect("a party disputes");
		let origin =
			T::ArbiterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Perbill::from_percent(50));

		assert!(Agreements::<T>::get(id).is_none());
		Ok(())
	}

	/// The consumer disputed a proven agreement: the payment and the whole bond move to a
	/// provider whose account does not exist yet.
	#[benchmark]
	fn settle_expired_dispute() {
		let consumer = funded::<T>("consumer", 0);
		let provider: T::AccountId = account("provider", 0, 0);
		let device = T::BenchmarkHelper::register_device(&consumer, DevicePublicKey::P256([2; 33]));
		let id = agreement::<T>(&consumer, &provider, cold_chain(device));
		Pallet::<T>::do_dispute(consumer, id).expect("a party disputes");
		let mut agreement = Agreements::<T>::get(id).expect("created");
		let AgreementStatus::Disputed(mut record) = agreement.status.clone() else {
			panic!("disputed")
		};
		record.proven = true;
		let expiry = Pallet::<T>::dispute_expiry(&agreement, &record);
		agreement.status = AgreementStatus::Disputed(record);
		Agreements::<T>::insert(id, agreement);
		frame_system::Pallet::<T>::set_block_number(expiry + One::one());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), id);

		assert!(Agreements::<T>::get(id).is_none());
	}

	/// A device with a spending limit and `c` open channels leaves its owner.
	#[benchmark]
	fn device_left(c: Linear<0, { T::MaxChannelsPerDevice::get() }>) {
		let owner = funded::<T>("owner", 0);
		let spender = funded::<T>("spender", 0);
		let device = device_with_spender::<T>(&owner, &spender);
		let payee = funded::<T>("payee", 0);
		for _ in 0..c {
			Pallet::<T>::do_open_channel(
				owner.clone(),
				payee.clone(),
				Some(device),
				amount::<T>(10),
				duration::<T>(),
			)
			.expect("funded");
		}

		#[block]
		{
			Pallet::<T>::device_left(device);
		}

		assert!(SpendingLimits::<T>::get(device).is_none());
		assert!(DeviceChannels::<T>::get(device).is_none());
		assert_eq!(
			Channels::<T>::iter().filter(|(_, ch)| ch.closes_at.is_some()).count(),
			c as usize
		);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
