//! A test runtime (System, Balances, Timestamp, the pallet) with doubles of the device registry
//! and the telemetry anchors.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl, ord_parameter_types,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	telemetry::{AnchorId, AnchoredRange, Reading, Sequence, StreamId},
	traits::{DeviceInspect, TelemetryProof},
	DeviceId,
};
use sp_core::{ed25519, Pair};
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage,
};

use crate as pallet_provenance;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		Provenance: pallet_provenance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

/// A device as the double knows it.
#[derive(Clone)]
pub struct MockDevice {
	pub owner: AccountId,
	pub key: DevicePublicKey,
	pub active: bool,
	pub certified: bool,
}

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, MockDevice>> = const { RefCell::new(BTreeMap::new()) };
	static ANCHORED: RefCell<BTreeMap<(AnchorId, DeviceId, StreamId), AnchoredRange>> =
		const { RefCell::new(BTreeMap::new()) };
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

	fn may_act(device: &DeviceId, who: &AccountId, _right: u8) -> bool {
		Self::get(device).is_some_and(|d| d.owner == *who)
	}

	fn verify(device: &DeviceId, message: &[u8], signature: &DeviceSignature) -> bool {
		Self::get(device).is_some_and(|d| d.key.verify(message, signature))
	}

	fn key(device: &DeviceId) -> Option<DevicePublicKey> {
		Self::get(device).map(|d| d.key)
	}

	fn is_certified(device: &DeviceId) -> bool {
		Self::get(device).is_some_and(|d| d.certified)
	}
}

/// The telemetry anchors' double: the ranges its trait reports, set by the tests.
pub struct Telemetry;

impl Telemetry {
	pub fn anchor(anchor: AnchorId, range: AnchoredRange) {
		let key = (anchor, range.range.device, range.range.stream);
		ANCHORED.with(|a| a.borrow_mut().insert(key, range));
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

	fn attested_reading(
		_device: DeviceId,
		_stream: StreamId,
		_sequence: Sequence,
	) -> Option<Reading> {
		None
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, TestSignature> for Devices {
	fn register_device(owner: &AccountId) -> DeviceId {
		let id = DEVICES.with(|d| d.borrow().keys().next_back().map_or(1000, |k| k + 1));
		let key = DevicePublicKey::Ed25519(tag_key(id).public().0);
		Self::insert(id, MockDevice { owner: *owner, key, active: true, certified: true });
		id
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

	fn signer() -> AccountId {
		RETAILER
	}

	fn sign(message: &[u8]) -> TestSignature {
		TestSignature(RETAILER, message.to_vec())
	}
}

ord_parameter_types! {
	pub const Authority: AccountId = AUTHORITY;
}

impl pallet_provenance::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = Devices;
	type Telemetry = Telemetry;
	type Time = Timestamp;
	type OffchainSignature = TestSignature;
	type OffchainPublic = UintAuthorityId;
	type RecallOrigin = EnsureSignedBy<Authority, AccountId>;
	type DepositBase = ConstU64<DEPOSIT_BASE>;
	type DepositPerByte = ConstU64<1>;
	type HandoffDeposit = ConstU64<HANDOFF_DEPOSIT>;
	type MaxItemsPerEvent = ConstU32<8>;
	type MaxInputs = ConstU32<4>;
	type MaxKeyLength = ConstU32<40>;
	type MaxEventsPerItem = ConstU32<MAX_EVENTS>;
	type MaxChildren = ConstU32<MAX_CHILDREN>;
	type MaxDepth = ConstU32<MAX_DEPTH>;
	type MaxLineage = ConstU32<16>;
	type MaxWindowAnchors = ConstU32<4>;
	type ProofPeriod = ConstU64<PROOF_PERIOD>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Devices;
}

pub const FARM: AccountId = 1;
pub const PACKER: AccountId = 2;
pub const CARRIER: AccountId = 3;
pub const RETAILER: AccountId = 4;
pub const EVE: AccountId = 5;
/// The food-safety authority that may recall anything.
pub const AUTHORITY: AccountId = 99;
/// An account with nothing to pay deposits with.
pub const PAUPER: AccountId = 7;

pub const DEPOSIT_BASE: Balance = 10;
pub const HANDOFF_DEPOSIT: Balance = 50;
pub const MAX_EVENTS: u32 = 16;
pub const MAX_CHILDREN: u32 = 10;
pub const MAX_DEPTH: u32 = 3;
pub const PROOF_PERIOD: u64 = 10;
pub const FUNDS: Balance = 1_000_000;

/// The reefer's thermometer, owned by the carrier.
pub const TRACKER: DeviceId = 1;
/// An NFC tag of the farm's.
pub const TAG: DeviceId = 2;
/// A second tag of the farm's.
pub const TAG2: DeviceId = 3;
/// A device of Eve's.
pub const EVE_TAG: DeviceId = 4;

/// The ed25519 key of device `id`.
pub fn tag_key(id: DeviceId) -> ed25519::Pair {
	ed25519::Pair::from_seed(&[id as u8; 32])
}

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let funded = [FARM, PACKER, CARRIER, RETAILER, EVE, AUTHORITY];
		pallet_balances::GenesisConfig::<Test> {
			balances: funded.into_iter().map(|who| (who, FUNDS)).collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(1_000);
			DEVICES.with(|d| d.borrow_mut().clear());
			ANCHORED.with(|a| a.borrow_mut().clear());
			for (id, owner) in [(TRACKER, CARRIER), (TAG, FARM), (TAG2, FARM), (EVE_TAG, EVE)] {
				let key = DevicePublicKey::Ed25519(tag_key(id).public().0);
				Devices::insert(
					id,
					MockDevice { owner, key, active: true, certified: id == TRACKER },
				);
			}
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Provenance::do_try_state().expect("invariants hold");
		})
	}
}

/// Moves to block `n` at `n` seconds past the start.
pub fn run_to_block(n: u64) {
	System::set_block_number(n);
	Timestamp::set_timestamp(n * 1_000);
}
