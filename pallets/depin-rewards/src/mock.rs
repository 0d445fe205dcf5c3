//! A test runtime (System, Balances, the pallet) and a test double of the device registry.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, ConstU8, Hooks},
	PalletId,
};
use frame_system::EnsureRoot;
use iot_primitives::{device::DeviceSignature, traits::DeviceInspect, DeviceId};
use sp_runtime::{BuildStorage, Perbill};

use crate as pallet_depin_rewards;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		DepinRewards: pallet_depin_rewards,
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

/// A device as the double knows it: its owner and whether it is active.
pub type MockDevice = (AccountId, bool);

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, MockDevice>> = const { RefCell::new(BTreeMap::new()) };
	static CERTIFIED: RefCell<Vec<DeviceId>> = const { RefCell::new(Vec::new()) };
}

/// The device registry's double.
pub struct Devices;

impl Devices {
	pub fn insert(id: DeviceId, owner: AccountId) {
		DEVICES.with(|d| d.borrow_mut().insert(id, (owner, true)));
	}

	pub fn deactivate(id: DeviceId) {
		DEVICES.with(|d| d.borrow_mut().get_mut(&id).map(|device| device.1 = false));
	}

	pub fn certify(id: DeviceId) {
		CERTIFIED.with(|c| c.borrow_mut().push(id));
	}

	pub fn uncertify(id: DeviceId) {
		CERTIFIED.with(|c| c.borrow_mut().retain(|d| *d != id));
	}

	fn get(id: &DeviceId) -> Option<MockDevice> {
		DEVICES.with(|d| d.borrow().get(id).copied())
	}
}

impl DeviceInspect<AccountId> for Devices {
	type DeviceId = DeviceId;
	type Right = u8;

	fn is_active(device: &DeviceId) -> bool {
		Self::get(device).is_some_and(|d| d.1)
	}

	fn owner(device: &DeviceId) -> Option<AccountId> {
		Self::get(device).map(|d| d.0)
	}

	fn may_act(device: &DeviceId, who: &AccountId, _right: u8) -> bool {
		Self::get(device).is_some_and(|d| d.0 == *who)
	}

	fn verify(_device: &DeviceId, _message: &[u8], _signature: &DeviceSignature) -> bool {
		false
	}

	fn key(_device: &DeviceId) -> Option<iot_primitives::device::DevicePublicKey> {
		None
	}

	fn is_certified(device: &DeviceId) -> bool {
		CERTIFIED.with(|c| c.borrow().contains(device))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Devices {
	fn register_device(owner: &AccountId, seed: u32) -> DeviceId {
		let id = 1_000_000 + DeviceId::from(seed);
		Self::insert(id, *owner);
		Self::certify(id);
		id
	}
}

parameter_types! {
	pub const RewardsPalletId: PalletId = PalletId(*b"iot/depn");
	pub const EmissionDecay: Perbill = Perbill::from_percent(10);
	pub const LivenessShare: Perbill = Perbill::from_percent(40);
	pub const FeeShare: Perbill = Perbill::from_percent(50);
	pub const SlashFraction: Perbill = Perbill::from_percent(50);
	pub const ChallengerShare: Perbill = Perbill::from_percent(20);
}

/// Blocks per epoch.
pub const EPOCH: u64 = 10;
/// What epoch 0 mints by the schedule (then 10 % less each epoch).
pub const EMISSION: Balance = 10_000_000_000;
/// The circuit breaker: epoch 0's schedule is above it.
pub const BREAKER: Balance = 9_500_000_000;
/// The most the pallet ever mints.
pub const MAX_SUPPLY: Balance = 1_000_000_000_000;

impl pallet_depin_rewards::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = Devices;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type PalletId = RewardsPalletId;
	type EpochLength = ConstU64<EPOCH>;
	type InitialEmission = ConstU64<EMISSION>;
	type EmissionDecay = EmissionDecay;
	type MaxSupply = ConstU64<MAX_SUPPLY>;
	type MaxMintPerEpoch = ConstU64<BREAKER>;
	type LivenessShare = LivenessShare;
	type FeeShare = FeeShare;
	type NodeDeposit = ConstU64<10>;
	type MinNodeStake = ConstU64<MIN_STAKE>;
	type CellResolution = ConstU8<5>;
	type ChallengeBond = ConstU64<50>;
	type UnbondingPeriod = ConstU64<5>;
	type ChallengeWindow = ConstU64<3>;
	type ChallengeDeadline = ConstU64<20>;
	type SlashFraction = SlashFraction;
	type ChallengerShare = ChallengerShare;
	type MaxOracles = ConstU32<4>;
	type MaxProofDepth = ConstU32<16>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Devices;
}

/// The least stake with which a node earns liveness credit.
pub const MIN_STAKE: Balance = 100;

/// A valid H3 cell at resolution 5, distinct for each `n` below 122 (its base cell).
pub fn cell(n: u64) -> iot_primitives::rewards::Cell {
	(1 << 59) | (5 << 52) | (n << 45) | ((1 << 30) - 1)
}

pub const OWNER: AccountId = 1;
pub const OTHER: AccountId = 2;
pub const HOST: AccountId = 3;
pub const EVE: AccountId = 4;
pub const ORACLES: [AccountId; 3] = [21, 22, 23];
/// What each funded account starts with.
pub const FUNDS: Balance = 100_000;

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let funded = [OWNER, OTHER, HOST, EVE].into_iter().chain(ORACLES);
		pallet_balances::GenesisConfig::<Test> {
			balances: funded.map(|who| (who, FUNDS)).collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_depin_rewards::GenesisConfig::<Test> {
			oracles: ORACLES.to_vec(),
			quorum: 2,
			require_certified: false,
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			DEVICES.with(|d| d.borrow_mut().clear());
			CERTIFIED.with(|c| c.borrow_mut().clear());
			// Devices 1..=3 of OWNER, 4 of OTHER.
			for id in 1..=3 {
				Devices::insert(id, OWNER);
			}
			Devices::insert(4, OTHER);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			DepinRewards::do_try_state().expect("invariants hold");
		})
	}
}

/// Moves to block `n`, running the pallet's `on_initialize` on the way.
/// A call parameter from a test's list, which stays within its bound.
pub fn bounded<T, S: frame_support::traits::Get<u32>>(
	items: Vec<T>,
) -> frame_support::BoundedVec<T, S> {
	frame_support::BoundedVec::try_from(items)
		.map_err(|_| ())
		.expect("a test's list is within its bound")
}

pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		DepinRewards::on_initialize(next);
	}
}

/// Moves to the first block of the next epoch (ending the running one).
pub fn end_epoch() {
	let next = crate::EpochStart::<Test>::get() + EPOCH;
	run_to_block(next.max(System::block_number() + 1));
}
