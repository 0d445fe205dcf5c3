//! A test runtime (System, Balances, the pallet) with doubles of the device registry and of
//! the payments pallet's payment sources.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	payment::Voucher,
	traits::{DeviceInspect, PaymentSources},
	DeviceId,
};
use sp_runtime::{BuildStorage, DispatchError, Weight};

use crate as pallet_data_access;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		DataAccess: pallet_data_access,
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

/// The right bit the double's registry calls "data".
pub const DATA: u8 = 0b1000;
/// The right bit the double's registry calls "spend".
pub const SPEND: u8 = 0b100;

/// A device as the double knows it.
#[derive(Clone)]
pub struct MockDevice {
	pub owner: AccountId,
	/// Accounts with rights over the device, and which.
	pub operators: Vec<(AccountId, u8)>,
	/// The device's spending limit left (a double of the payments pallet's).
	pub allowance: Balance,
}

/// A channel as the payments double knows it.
#[derive(Clone)]
pub struct MockChannel {
	pub payer: AccountId,
	pub payee: AccountId,
	pub claimed: Balance,
	/// The account whose "signature" (its id in the first byte) the channel accepts.
	pub signer: AccountId,
}

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, MockDevice>> = const { RefCell::new(BTreeMap::new()) };
	static CHANNELS: RefCell<BTreeMap<u64, MockChannel>> = const { RefCell::new(BTreeMap::new()) };
}

/// The device registry's double.
pub struct Devices;

impl Devices {
	pub fn insert(id: DeviceId, owner: AccountId) {
		let device = MockDevice { owner, operators: Vec::new(), allowance: 0 };
		DEVICES.with(|d| d.borrow_mut().insert(id, device));
	}

	pub fn update(id: DeviceId, f: impl FnOnce(&mut MockDevice)) {
		DEVICES.with(|d| d.borrow_mut().get_mut(&id).map(f));
	}

	pub fn get(id: &DeviceId) -> Option<MockDevice> {
		DEVICES.with(|d| d.borrow().get(id).cloned())
	}
}

impl DeviceInspect<AccountId> for Devices {
	type DeviceId = DeviceId;
	type Right = u8;

	fn is_active(device: &DeviceId) -> bool {
		Self::get(device).is_some()
	}

	fn owner(device: &DeviceId) -> Option<AccountId> {
		Self::get(device).map(|d| d.owner)
	}

	fn may_act(device: &DeviceId, who: &AccountId, right: u8) -> bool {
		Self::get(device).is_some_and(|d| {
			d.owner == *who || d.operators.iter().any(|(o, r)| o == who && r & right == right)
		})
	}

	fn verify(_device: &DeviceId, _message: &[u8], _signature: &DeviceSignature) -> bool {
		false
	}

	fn key(_device: &DeviceId) -> Option<DevicePublicKey> {
		None
	}

	fn is_certified(_device: &DeviceId) -> bool {
		false
	}
}

/// The payments pallet's double: allowances on devices and channels whose "signature" is the
/// signer's id in the first byte of an ed25519 signature.
pub struct Payments;

impl Payments {
	pub fn open(id: u64, channel: MockChannel) {
		CHANNELS.with(|c| c.borrow_mut().insert(id, channel));
	}

	pub fn channel(id: u64) -> Option<MockChannel> {
		CHANNELS.with(|c| c.borrow().get(&id).cloned())
	}

	/// A voucher "signed" by `signer`.
	pub fn sign(signer: AccountId) -> DeviceSignature {
		let mut signature = [0; 64];
		signature[0] = signer as u8;
		DeviceSignature::Ed25519(signature)
	}
}

impl PaymentSources<AccountId, Balance> for Payments {
	fn charge_device(
		who: &AccountId,
		device: DeviceId,
		amount: Balance,
	) -> Result<AccountId, DispatchError> {
		let record = Devices::get(&device).ok_or(DispatchError::Other("unknown device"))?;
		if !Devices::may_act(&device, who, SPEND) {
			return Err(DispatchError::Other("not a spender"));
		}
		let left = record.allowance.checked_sub(amount).ok_or(DispatchError::Other("limit"))?;
		Devices::update(device, |d| d.allowance = left);
		Ok(record.owner)
	}

	fn redeem_voucher(
		who: &AccountId,
		payee: &AccountId,
		voucher: &Voucher<Balance>,
		signature: &DeviceSignature,
		amount: Balance,
	) -> Result<AccountId, DispatchError> {
		let channel = Self::channel(voucher.channel).ok_or(DispatchError::Other("no channel"))?;
		let signed =
			matches!(signature, DeviceSignature::Ed25519(s) if s[0] as u64 == channel.signer);
		if !signed || channel.payee != *payee || (*who != channel.payer && *who != channel.signer) {
			return Err(DispatchError::Other("refused"));
		}
		if voucher.cumulative.checked_sub(channel.claimed) != Some(amount) {
			return Err(DispatchError::Other("wrong amount"));
		}
		CHANNELS.with(|c| {
			c.borrow_mut().insert(
				voucher.channel,
				MockChannel { claimed: voucher.cumulative, ..channel.clone() },
			)
		});
		Ok(channel.payer)
	}

	fn charge_device_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}

	fn redeem_voucher_weight(_signature: &DeviceSignature) -> Weight {
		Weight::from_parts(2_000, 0)
	}
}

parameter_types! {
	pub const DataRight: u8 = DATA;
}

impl pallet_data_access::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = Devices;
	type DataRight = DataRight;
	type Payments = Payments;
	type KeyDeposit = ConstU64<5>;
	type GrantDeposit = ConstU64<10>;
	type OfferDeposit = ConstU64<20>;
	type MaxGrantsPerDevice = ConstU32<4>;
	type MaxOffersPerDevice = ConstU32<2>;
	type MaxPeriods = ConstU32<12>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Devices;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Devices {
	fn register_device(owner: &AccountId) -> DeviceId {
		let id = DEVICES.with(|d| d.borrow().keys().last().map_or(1, |last| last + 1));
		Self::insert(id, *owner);
		id
	}
}

/// The owner of device 1.
pub const ALICE: AccountId = 1;
/// A reader.
pub const BOB: AccountId = 2;
/// A bystander, and the owner of device 2 (a machine that buys data).
pub const CAROL: AccountId = 3;
/// An operator of device 1 with the data right.
pub const DAVE: AccountId = 4;
/// An operator of device 1 with every right but data.
pub const EVE: AccountId = 5;
/// Device 2's own account, with the spend right over it.
pub const MACHINE: AccountId = 6;
/// What every test account starts with.
pub const FUNDS: Balance = 1_000_000;

pub struct ExtBuilder;

impl ExtBuilder {
	/// Funded accounts at block 1, no devices.
	pub fn new_ext() -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: [ALICE, BOB, CAROL, DAVE, EVE, MACHINE].iter().map(|a| (*a, FUNDS)).collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			DEVICES.with(|d| d.borrow_mut().clear());
			CHANNELS.with(|c| c.borrow_mut().clear());
			System::set_block_number(1);
		});
		ext
	}

	pub fn build_and_execute(test: impl FnOnce()) {
		Self::new_ext().execute_with(|| {
			Devices::insert(1, ALICE);
			Devices::update(1, |d| d.operators = vec![(DAVE, DATA), (EVE, 0b111)]);
			Devices::insert(2, CAROL);
			Devices::update(2, |d| d.operators = vec![(MACHINE, SPEND)]);
			test();
			DataAccess::do_try_state().expect("invariants hold");
		});
	}
}

/// Runs to block `n`.
pub fn run_to(n: u64) {
	System::set_block_number(n);
}
