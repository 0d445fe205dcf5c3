//! A test runtime (System, Balances, the pallet) with accounts made of real sr25519 keys, and
//! test doubles of the device registry and the telemetry anchors.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, ConstU8},
};
use frame_system::EnsureRoot;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	payment::Voucher,
	provenance::{LegId, LegVerdict},
	telemetry::{AnchorId, AnchoredRange, Reading, Sequence, StreamId},
	traits::{DeviceInspect, LegVerdicts, TelemetryProof},
	DeviceId,
};
use sp_core::{sr25519, Pair};
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage};

use crate as pallet_m2m_payments;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = AccountId32;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		M2mPayments: pallet_m2m_payments,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The registry's spend right in the double.
pub const SPEND: u8 = 4;

/// A device as the double knows it.
#[derive(Clone)]
pub struct MockDevice {
	pub owner: AccountId,
	pub key: DevicePublicKey,
	pub active: bool,
	/// Accounts with the spend right, the device's own account among them.
	pub spenders: Vec<AccountId>,
}

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, MockDevice>> = const { RefCell::new(BTreeMap::new()) };
	static ANCHORED: RefCell<BTreeMap<(AnchorId, DeviceId, StreamId), AnchoredRange>> =
		const { RefCell::new(BTreeMap::new()) };
	static ATTESTED: RefCell<BTreeMap<(DeviceId, StreamId, Sequence), Reading>> =
		const { RefCell::new(BTreeMap::new()) };
	static LEGS: RefCell<BTreeMap<LegId, LegVerdict>> = const { RefCell::new(BTreeMap::new()) };
}

/// The device registry's double.
pub struct Devices;

impl Devices {
	pub fn insert(id: DeviceId, device: MockDevice) {
		DEVICES.with(|d| d.borrow_mut().insert(id, device));
	}

	pub fn update(id: DeviceId, f: impl FnOnce(&mut MockDevice)) {
		DEVICES.with(|d| d.borrow_mut().get_mut(&id).map(f));
	}

	pub fn remove(id: DeviceId) {
		DEVICES.with(|d| d.borrow_mut().remove(&id));
	}

	fn get(id: &DeviceId) -> Option<MockDevice> {
		DEVICES.with(|d| d.borrow().get(id).cloned())
	}
}

impl DeviceInspect<AccountId> for Devices {
	type DeviceId = DeviceId;
	type Right = u8;

	fn is_active(device: &DeviceId) -> bool {
		Self::get(device).is_some_and(|d| d.active)
	}

	fn owner(device: &DeviceId) -> Option<AccountId> {
		Self::get(device).map(|d| d.owner)
	}

	fn may_act(device: &DeviceId, who: &AccountId, right: u8) -> bool {
		Self::get(device)
			.is_some_and(|d| d.owner == *who || (right == SPEND && d.spenders.contains(who)))
	}

	fn verify(device: &DeviceId, message: &[u8], signature: &DeviceSignature) -> bool {
		Self::get(device).is_some_and(|d| d.key.verify(message, signature))
	}

	fn key(device: &DeviceId) -> Option<DevicePublicKey> {
		Self::get(device).map(|d| d.key)
	}

	fn is_certified(_device: &DeviceId) -> bool {
		false
	}
}

/// The telemetry anchors' double: the facts its trait reports, set by the tests.
pub struct Telemetry;

impl Telemetry {
	pub fn anchor(anchor: AnchorId, range: AnchoredRange) {
		let key = (anchor, range.range.device, range.range.stream);
		ANCHORED.with(|a| a.borrow_mut().insert(key, range));
	}

	pub fn attest(reading: Reading) {
		let key = (reading.device, reading.stream, reading.sequence);
		ATTESTED.with(|a| a.borrow_mut().insert(key, reading));
	}
}

impl TelemetryProof for Telemetry {
	type AnchorId = AnchorId;

	fn anchored_range(
		anchor: &AnchorId,
		device: DeviceId,
		stream: StreamId,
	) -> Option<AnchoredRange> {
		ANCHORED.with(|a| a.borrow().get(&(*anchor, device, stream)).cloned())
	}

	fn attested_reading(device: DeviceId, stream: StreamId, sequence: Sequence) -> Option<Reading> {
		ATTESTED.with(|a| a.borrow().get(&(device, stream, sequence)).cloned())
	}
}

/// The provenance legs' double: verdicts set by the tests.
pub struct Legs;

impl Legs {
	pub fn set(leg: LegId, verdict: LegVerdict) {
		LEGS.with(|l| l.borrow_mut().insert(leg, verdict));
	}
}

impl LegVerdicts for Legs {
	fn verdict(leg: LegId) -> Option<LegVerdict> {
		LEGS.with(|l| l.borrow().get(&leg).copied())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Devices {
	fn register_device(owner: &AccountId, key: DevicePublicKey) -> DeviceId {
		let id = DEVICES.with(|d| d.borrow().keys().next_back().map_or(1000, |k| k + 1));
		Self::insert(id, MockDevice { owner: owner.clone(), key, active: true, spenders: vec![] });
		id
	}

	fn grant_spend(device: DeviceId, spender: &AccountId) {
		Self::update(device, |d| d.spenders.push(spender.clone()));
	}

	fn anchor(ranges: Vec<AnchoredRange>) -> Vec<AnchorId> {
		let first = ANCHORED.with(|a| a.borrow().len() as AnchorId);
		(first..)
			.zip(ranges)
			.map(|(id, range)| {
				Telemetry::anchor(id, range);
				id
			})
			.collect()
	}

	fn attest(reading: Reading) {
		Telemetry::attest(reading)
	}
}

impl pallet_m2m_payments::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = Devices;
	type SpendRight = ConstU8<SPEND>;
	type Telemetry = Telemetry;
	type Legs = Legs;
	type ArbiterOrigin = EnsureRoot<AccountId>;
	type DisputeBond = ConstU64<DISPUTE_BOND>;
	type DisputeTimeout = ConstU64<DISPUTE_TIMEOUT>;
	type MinChannelDeposit = ConstU64<100>;
	type MinEscrow = ConstU64<50>;
	type SpendingLimitDeposit = ConstU64<20>;
	type ChallengePeriod = ConstU64<5>;
	type MaxDuration = ConstU64<1_000>;
	type MaxChannelsPerDevice = ConstU32<4>;
	type MaxSettlement = ConstU32<4>;
	type MaxWindowAnchors = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Devices;
}

/// A call parameter from a test's list, which stays within its bound.
pub fn bounded<T, S: frame_support::traits::Get<u32>>(
	items: Vec<T>,
) -> frame_support::BoundedVec<T, S> {
	frame_support::BoundedVec::try_from(items)
		.map_err(|_| ())
		.expect("a test's list is within its bound")
}

/// The account of an sr25519 key made from `seed`.
pub fn key(seed: u8) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[seed; 32])
}

pub fn account(seed: u8) -> AccountId {
	key(seed).public().into()
}

/// A payer with funds, its account key signing its vouchers.
pub fn payer() -> AccountId {
	account(1)
}
/// A payee (a charging station, a data buyer) that starts with nothing.
pub fn payee() -> AccountId {
	account(2)
}
/// The owner of the test devices.
pub fn owner() -> AccountId {
	account(3)
}
/// A fleet operator with the spend right over device 1.
pub fn operator() -> AccountId {
	account(4)
}
/// An account with no rights over anything.
pub fn eve() -> AccountId {
	account(5)
}
/// The device key of device `id` (sr25519; its account has the spend right).
pub fn device_key(id: DeviceId) -> sr25519::Pair {
	key(100 + id as u8)
}

/// What a dispute holds from the disputer.
pub const DISPUTE_BOND: Balance = 300;
/// The arbiter's blocks to settle a dispute.
pub const DISPUTE_TIMEOUT: u64 = 20;

/// What each funded account starts with.
pub const FUNDS: Balance = 100_000;

/// `voucher`'s signature by `pair`, on the test chain.
pub fn sign(pair: &sr25519::Pair, voucher: &Voucher<Balance>) -> DeviceSignature {
	DeviceSignature::Sr25519(pair.sign(&voucher.signing_payload(M2mPayments::genesis_hash())).0)
}

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let funded = [payer(), owner(), operator(), eve()];
		pallet_balances::GenesisConfig::<Test> {
			balances: funded.into_iter().map(|who| (who, FUNDS)).collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		// The benchmarks sign account vouchers with keys from the keystore.
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| {
			System::set_block_number(1);
			DEVICES.with(|d| d.borrow_mut().clear());
			ANCHORED.with(|a| a.borrow_mut().clear());
			ATTESTED.with(|a| a.borrow_mut().clear());
			LEGS.with(|l| l.borrow_mut().clear());
			// Devices 1 and 2 of `owner`; the operator may spend for device 1; each device's
			// own account may spend for it.
			for id in 1..=2 {
				let own: AccountId = device_key(id).public().into();
				let mut spenders = vec![own];
				if id == 1 {
					spenders.push(operator());
				}
				Devices::insert(
					id,
					MockDevice {
						owner: owner(),
						key: DevicePublicKey::Sr25519(device_key(id).public().0),
						active: true,
						spenders,
					},
				);
			}
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			M2mPayments::do_try_state().expect("invariants hold");
		})
	}
}

/// Moves to block `n`.
pub fn run_to_block(n: u64) {
	System::set_block_number(n);
}
