//! The runtime's wiring of the device lifecycle: a device that changes hands or leaves takes
//! every record of its former owner's along (M-2 of the 2026-11 review).

use frame_support::{assert_ok, traits::fungible::InspectHold, BoundedVec};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
};
use pallet_device_registry::Registration;
use pallet_fee_sponsorship::{Quota, Scopes};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{AccountId32, BuildStorage, Percent};

use crate::{
	AccountId, BalancesConfig, DepinRewards, DeviceRegistry, FeeSponsorship, M2mPayments, Runtime,
	RuntimeGenesisConfig, RuntimeHoldReason, RuntimeOrigin, System, TelemetryAnchor, UNIT,
};

const SELLER: AccountId32 = AccountId32::new([1; 32]);
const BUYER: AccountId32 = AccountId32::new([2; 32]);
/// An H3 cell at the runtime's resolution 5.
const CELL: u64 = 0x0852_8347_3fff_ffff;

fn ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: vec![(SELLER, 1_000 * UNIT), (BUYER, 1_000 * UNIT)],
			..Default::default()
		},
		..Default::default()
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn register(key: &sr25519::Pair, owner: &AccountId) -> u64 {
	let payload = signing_payload(
		PROOF_OF_POSSESSION,
		DeviceRegistry::genesis_hash(),
		&PossessionBody { owner: owner.clone(), nonce: 1 },
	);
	let registration = Registration::<Runtime> {
		key: DevicePublicKey::Sr25519(key.public().0),
		proof: DeviceSignature::Sr25519(key.sign(&payload).0),
		nonce: 1,
		class: BoundedVec::new(),
		firmware: H256::zero(),
		metadata: BoundedVec::new(),
		location: None,
		certificate: None,
	};
	let id = pallet_device_registry::NextDeviceId::<Runtime>::get();
	assert_ok!(DeviceRegistry::register_device(
		RuntimeOrigin::signed(owner.clone()),
		Box::new(registration)
	));
	id
}

fn held(reason: impl Into<RuntimeHoldReason>, who: &AccountId) -> u128 {
	crate::Balances::balance_on_hold(&reason.into(), who)
}

#[test]
fn a_sold_device_leaves_nothing_of_its_seller_behind() {
	ext().execute_with(|| {
		let key = sr25519::Pair::from_seed(&[7; 32]);
		let device = register(&key, &SELLER);
		let seller = || RuntimeOrigin::signed(SELLER);
		assert_ok!(M2mPayments::set_spending_limit(seller(), device, UNIT, 100));
		assert_ok!(TelemetryAnchor::declare_stream(
			seller(),
			device,
			0,
			BoundedVec::truncate_from(b"t".to_vec()),
			1,
			1_000
		));
		assert_ok!(FeeSponsorship::fund(seller(), UNIT));
		let quota = Quota { fees: UNIT / 10, transactions: 10, scopes: Scopes::ALL };
		assert_ok!(FeeSponsorship::sponsor_device(seller(), device, quota));

		assert_ok!(M2mPayments::open_channel(seller(), BUYER, Some(device), UNIT, 100));
		let (hotspot, no_host) = (iot_primitives::rewards::NodeKind::Hotspot, Percent::zero());
		assert_ok!(DepinRewards::register_node(seller(), device, hotspot, CELL, None, no_host));
		assert_ok!(DepinRewards::bond(seller(), device, 10 * UNIT));

		assert_ok!(DeviceRegistry::offer_transfer(seller(), device, BUYER));
		assert_ok!(DeviceRegistry::accept_transfer(RuntimeOrigin::signed(BUYER), device));

		use pallet_depin_rewards::HoldReason as Rewards;
		use pallet_fee_sponsorship::HoldReason as Sponsorship;
		use pallet_m2m_payments::HoldReason as Payments;
		use pallet_telemetry_anchor::HoldReason as Telemetry;
		assert!(pallet_m2m_payments::SpendingLimits::<Runtime>::get(device).is_none());
		let channel = pallet_m2m_payments::Channels::<Runtime>::get(0).expect("still open");
		assert!(channel.closes_at.is_some(), "the seller's channel started closing");
		assert!(pallet_fee_sponsorship::SponsoredDevices::<Runtime>::get(device).is_none());
		assert_eq!(held(Payments::SpendingLimit, &SELLER), 0);
		assert_eq!(held(Sponsorship::SponsorshipDeposit, &SELLER), 0);
		assert_eq!(held(Telemetry::StreamDeposit, &SELLER), 0);
		assert!(held(Telemetry::StreamDeposit, &BUYER) > 0, "the buyer pays for the stream");
		// The reward node left the seller, whose stake stays slashable while it unbonds, and
		// the buyer registers it as theirs.
		assert!(pallet_depin_rewards::Nodes::<Runtime>::get(device).is_none());
		let retired = pallet_depin_rewards::RetiredNodes::<Runtime>::get(device, &SELLER);
		assert_eq!(retired.map(|r| r.stake), Some(10 * UNIT));
		assert_eq!(held(Rewards::Stake, &SELLER), 10 * UNIT);
		let buyer = || RuntimeOrigin::signed(BUYER);
		assert_ok!(DepinRewards::register_node(buyer(), device, hotspot, CELL, None, no_host));

		assert_ok!(DeviceRegistry::deregister(RuntimeOrigin::signed(BUYER), device));
		assert_eq!(held(Telemetry::StreamDeposit, &BUYER), 0, "the stream went with the device");
		assert!(pallet_device_registry::RetiredKeys::<Runtime>::contains_key(
			DevicePublicKey::Sr25519(key.public().0)
		));
	});
}
