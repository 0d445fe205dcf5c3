//! A test runtime: System, Balances and the registry.

use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

use crate::{self as pallet_device_registry, DeviceId};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		DeviceRegistry: pallet_device_registry,
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

parameter_types! {
	pub const DepositBase: Balance = 100;
	pub const DepositPerByte: Balance = 1;
}

impl pallet_device_registry::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ManufacturerOrigin = EnsureRoot<AccountId>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type MaxClassLen = ConstU32<32>;
	type MaxMetadataLen = ConstU32<64>;
	type MaxFirmwareHistory = ConstU32<3>;
	type MaxBatch = ConstU32<8>;
	type MaxRootsPerCall = ConstU32<4>;
	type MaxProofDepth = ConstU32<8>;
	type MaxH3Resolution = frame_support::traits::ConstU8<9>;
	type MaxOperatorsPerDevice = ConstU32<3>;
	type Lifecycle = LifecycleLog;
	type WeightInfo = ();
}

/// What the registry told other pallets, in order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LifecycleEvent {
	Transferred(DeviceId, AccountId, AccountId),
	Removed(DeviceId, AccountId),
	Revoked(DeviceId, AccountId),
}

thread_local! {
	static LIFECYCLE: core::cell::RefCell<Vec<LifecycleEvent>> = Default::default();
}

/// A `DeviceLifecycle` that records what it hears, for the tests to read.
pub struct LifecycleLog;

impl LifecycleLog {
	pub fn take() -> Vec<LifecycleEvent> {
		LIFECYCLE.with(|l| core::mem::take(&mut *l.borrow_mut()))
	}
}

impl iot_primitives::traits::DeviceLifecycle<AccountId> for LifecycleLog {
	fn on_transferred(
		device: DeviceId,
		from: &AccountId,
		to: &AccountId,
	) -> sp_runtime::DispatchResult {
		LIFECYCLE.with(|l| l.borrow_mut().push(LifecycleEvent::Transferred(device, *from, *to)));
		Ok(())
	}

	fn on_removed(device: DeviceId, owner: &AccountId) {
		LIFECYCLE.with(|l| l.borrow_mut().push(LifecycleEvent::Removed(device, *owner)));
	}

	fn on_revoked(device: DeviceId, owner: &AccountId) {
		LIFECYCLE.with(|l| l.borrow_mut().push(LifecycleEvent::Revoked(device, *owner)));
	}

	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const MAKER: AccountId = 10;
/// An account with too little to pay any deposit.
pub const POOR: AccountId = 99;

pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
	registry: crate::GenesisConfig<Test>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, 100_000),
				(BOB, 100_000),
				(CHARLIE, 100_000),
				(MAKER, 100_000),
				(POOR, 50),
			],
			registry: Default::default(),
		}
	}
}

impl ExtBuilder {
	/// Starts from the registry's genesis `config` (manufacturers and devices).
	pub fn registry_genesis(mut self, config: crate::GenesisConfig<Test>) -> Self {
		self.registry = config;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		self.registry.assimilate_storage(&mut storage).unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		// The benchmarks sign proofs of possession with keys from the keystore.
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the registry's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			DeviceRegistry::do_try_state().expect("invariants hold");
		})
	}
}
