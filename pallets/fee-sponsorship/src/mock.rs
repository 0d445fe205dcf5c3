//! A test runtime (System, Balances, TransactionPayment charging through [`SponsoredFees`], the
//! pallet) and a test double of the device registry.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::Balanced, ConstU64, OnUnbalanced},
	weights::{ConstantMultiplier, IdentityFee},
};
use iot_primitives::{
	traits::{DeviceSigner, DeviceSigners},
	DeviceId,
};
use sp_runtime::{traits::IdentityLookup, BuildStorage};

use crate::{self as pallet_fee_sponsorship, CallScope, CreditOf, Scopes, SponsoredFees};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		TransactionPayment: pallet_transaction_payment,
		FeeSponsorship: pallet_fee_sponsorship,
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

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, DeviceSigner<AccountId>>> =
		const { RefCell::new(BTreeMap::new()) };
	static FEES_RECEIVED: RefCell<Balance> = const { RefCell::new(0) };
}

/// The device registry's double: device id to signer account, owner and status.
pub struct Devices;

impl Devices {
	pub fn insert(device: DeviceId, account: AccountId, owner: AccountId) {
		DEVICES
			.with(|d| d.borrow_mut().insert(device, DeviceSigner { account, owner, active: true }));
	}

	pub fn update(device: DeviceId, f: impl FnOnce(&mut DeviceSigner<AccountId>)) {
		DEVICES.with(|d| d.borrow_mut().get_mut(&device).map(f));
	}

	pub fn remove(device: DeviceId) {
		DEVICES.with(|d| d.borrow_mut().remove(&device));
	}
}

impl DeviceSigners<AccountId> for Devices {
	fn signer(device: DeviceId) -> Option<DeviceSigner<AccountId>> {
		DEVICES.with(|d| d.borrow().get(&device).cloned())
	}
}

/// Where fees and tips go: counted, then burnt.
pub struct FeeSink;

impl FeeSink {
	pub fn received() -> Balance {
		FEES_RECEIVED.with(|f| *f.borrow())
	}
}

impl OnUnbalanced<CreditOf<Test>> for FeeSink {
	fn on_nonzero_unbalanced(credit: CreditOf<Test>) {
		use frame_support::traits::Imbalance;
		FEES_RECEIVED.with(|f| *f.borrow_mut() += credit.peek());
	}
}

/// System calls are telemetry, balance calls payments, this pallet's calls "other".
pub struct MockScope;

impl CallScope<RuntimeCall> for MockScope {
	fn scope(call: &RuntimeCall) -> Scopes {
		match call {
			RuntimeCall::System(_) => Scopes::TELEMETRY,
			RuntimeCall::Balances(_) => Scopes::PAYMENTS,
			_ => Scopes::OTHER,
		}
	}
}

#[derive_impl(pallet_transaction_payment::config_preludes::TestDefaultConfig)]
impl pallet_transaction_payment::Config for Test {
	type OnChargeTransaction = SponsoredFees<Test, FeeSink>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, ConstU64<1>>;
}

parameter_types! {
	pub const Period: u64 = 10;
	pub const SponsorshipDeposit: Balance = 1_000;
	pub const MinBudget: Balance = 1_000_000;
}

impl pallet_fee_sponsorship::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = Devices;
	type CallScope = MockScope;
	type Period = Period;
	type SponsorshipDeposit = SponsorshipDeposit;
	type MinBudget = MinBudget;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Devices;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Devices {
	fn register_device(owner: &AccountId, signer: &AccountId) -> DeviceId {
		let id = DEVICES.with(|d| d.borrow().len() as DeviceId);
		Devices::insert(id, *signer, *owner);
		id
	}

	fn set_signer(device: DeviceId, signer: &AccountId) {
		Devices::update(device, |d| d.account = *signer);
	}
}

/// Owners with funds.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Device 7's account (owned by Alice), with no balance.
pub const DEVICE: AccountId = 100;
pub const DEVICE_ID: DeviceId = 7;
/// Another device of Alice's.
pub const OTHER_DEVICE: AccountId = 101;
pub const OTHER_DEVICE_ID: DeviceId = 8;
/// An account no registry knows.
pub const STRANGER: AccountId = 200;

/// Fees are about 10^8 (the base extrinsic weight at one planck per unit): owners hold 10^15.
pub const INITIAL: Balance = 1_000_000_000_000_000;

#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(ALICE, INITIAL), (BOB, INITIAL)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			DEVICES.with(|d| d.borrow_mut().clear());
			FEES_RECEIVED.with(|f| *f.borrow_mut() = 0);
			Devices::insert(DEVICE_ID, DEVICE, ALICE);
			Devices::insert(OTHER_DEVICE_ID, OTHER_DEVICE, ALICE);
		});
		ext
	}

	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			FeeSponsorship::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Mints `amount` to `who` (a device that holds some of its own funds).
pub fn endow(who: AccountId, amount: Balance) {
	let _ = <Balances as Balanced<AccountId>>::deposit(
		&who,
		amount,
		frame_support::traits::tokens::Precision::Exact,
	);
}
