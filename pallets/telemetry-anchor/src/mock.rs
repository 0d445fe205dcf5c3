//! A test runtime (System, Balances, the pallet) and a test double of the device registry.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl, parameter_types,
	traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU8, Hooks},
	weights::Weight,
};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	traits::DeviceInspect,
	DeviceId,
};
use sp_core::{sr25519, Pair};
use sp_runtime::BuildStorage;

use crate as pallet_telemetry_anchor;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		TelemetryAnchor: pallet_telemetry_anchor,
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

/// The registry's telemetry right in the double.
pub const TELEMETRY: u8 = 1;

/// A device as the double knows it.
#[derive(Clone)]
pub struct MockDevice {
	pub owner: AccountId,
	pub key: DevicePublicKey,
	pub active: bool,
	/// Accounts with the telemetry right.
	pub operators: Vec<AccountId>,
	/// The device's own account.
	pub account: Option<AccountId>,
}

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, MockDevice>> = const { RefCell::new(BTreeMap::new()) };
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
		Self::get(device).is_some_and(|d| {
			d.owner == *who
				|| d.account == Some(*who)
				|| (right == TELEMETRY && d.operators.contains(who))
		})
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

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Devices {
	fn register_device(owner: &AccountId, key: DevicePublicKey) -> DeviceId {
		let id = DEVICES.with(|d| d.borrow().keys().next_back().map_or(1000, |k| k + 1));
		Self::insert(
			id,
			MockDevice { owner: *owner, key, active: true, operators: vec![], account: None },
		);
		id
	}

	fn grant_telemetry(owner: &AccountId, operator: &AccountId) {
		DEVICES.with(|d| {
			for device in d.borrow_mut().values_mut().filter(|x| x.owner == *owner) {
				device.operators.push(*operator);
			}
		});
	}
}

parameter_types! {
	pub const Treasury: AccountId = 1000;
}

impl pallet_telemetry_anchor::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = Devices;
	type TelemetryRight = ConstU8<TELEMETRY>;
	type OnAnchored = LiveLog;
	type FeeDestination = ResolveTo<Treasury, Balances>;
	type StreamDeposit = ConstU64<50>;
	type AnchorFeeBase = ConstU64<10>;
	type AnchorFeePerByte = ConstU64<1>;
	type AttestationFee = ConstU64<5>;
	type MaxStreamsPerDevice = ConstU32<2>;
	type MaxStreamNameLen = ConstU32<8>;
	type MaxRangesPerAnchor = ConstU32<4>;
	type MaxLocatorLen = ConstU32<16>;
	type MaxProofDepth = ConstU32<8>;
	type Retention = ConstU64<10>;
	type AttestationPeriod = ConstU64<5>;
	type Time = MockTime;
	type MaxFutureSkew = ConstU64<MAX_SKEW>;
	type MaxAnchorSpan = ConstU64<10_000>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Devices;
}

use frame_support::traits::ConstU64;

pub const OWNER: AccountId = 1;
pub const GATEWAY: AccountId = 2;
pub const EVE: AccountId = 3;
/// The account of device 1's own key.
pub const DEVICE_ACCOUNT: AccountId = 50;
/// An account with too little to pay any fee or deposit.
pub const POOR: AccountId = 99;

/// Device 1's key (sr25519).
pub fn device_key(id: DeviceId) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[id as u8; 32])
}

pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		let funded = [OWNER, GATEWAY, EVE, DEVICE_ACCOUNT, Treasury::get()];
		let balances = funded.into_iter().map(|who| (who, 100_000)).chain([(POOR, 4)]).collect();
		Self { balances }
	}
}

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			DEVICES.with(|d| d.borrow_mut().clear());
			MockTime::set(1_000_000);
			LiveLog::take();
			// Devices 1..=3 of OWNER, the gateway an operator of 1 and 2; device 1 has its own
			// account.
			for id in 1..=3 {
				Devices::insert(
					id,
					MockDevice {
						owner: OWNER,
						key: DevicePublicKey::Sr25519(device_key(id).public().0),
						active: true,
						operators: if id < 3 { vec![GATEWAY] } else { vec![] },
						account: (id == 1).then_some(DEVICE_ACCOUNT),
					},
				);
			}
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			TelemetryAnchor::do_try_state().expect("invariants hold");
		})
	}
}

/// A call parameter from a test's list, which stays within its bound.
pub fn bounded<T, S: frame_support::traits::Get<u32>>(
	items: Vec<T>,
) -> frame_support::BoundedVec<T, S> {
	frame_support::BoundedVec::try_from(items)
		.map_err(|_| ())
		.expect("a test's list is within its bound")
}

/// Moves to block `n`, running `on_idle` with `idle` weight on the way.
pub fn run_to_block(n: u64, idle: Weight) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		TelemetryAnchor::on_idle(next, idle);
	}
}

thread_local! {
	static LIVE: core::cell::RefCell<Vec<DeviceId>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// An `OnAnchored` listener that records the devices it hears of, for the tests to read.
pub struct LiveLog;

impl LiveLog {
	pub fn take() -> Vec<DeviceId> {
		LIVE.with(|l| core::mem::take(&mut *l.borrow_mut()))
	}
}

impl iot_primitives::traits::OnAnchored for LiveLog {
	fn on_anchored(device: DeviceId) -> Weight {
		LIVE.with(|l| l.borrow_mut().push(device));
		Weight::zero()
	}

	fn weight() -> Weight {
		Weight::zero()
	}
}

/// How far into the future a reading may be stamped, in milliseconds.
pub const MAX_SKEW: u64 = 60_000;

thread_local! {
	static NOW_MS: core::cell::Cell<u64> = const { core::cell::Cell::new(1_000_000) };
}

/// The chain's clock, as the tests set it (milliseconds).
pub struct MockTime;

impl MockTime {
	pub fn set(ms: u64) {
		NOW_MS.with(|n| n.set(ms));
	}
}

impl frame_support::traits::UnixTime for MockTime {
	fn now() -> core::time::Duration {
		core::time::Duration::from_millis(NOW_MS.with(|n| n.get()))
	}
}
