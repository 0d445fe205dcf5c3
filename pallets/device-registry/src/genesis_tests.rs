//! The registry's genesis: manufacturers (what a production chain starts with) and devices (what
//! the development chain starts with).

use frame_support::{assert_ok, BoundedVec};
use sp_core::Encode;

use crate::{
	mock::*,
	tests::{held, manufacturers::provision, register, DeviceKey},
	*,
};

fn acme() -> GenesisConfig<Test> {
	GenesisConfig { manufacturers: vec![(MAKER, b"Acme".to_vec())], devices: Vec::new() }
}

#[test]
fn genesis_manufacturers_are_registered_and_can_certify() {
	ExtBuilder::default().registry_genesis(acme()).build_and_execute(|| {
		let maker = Manufacturers::<Test>::get(MAKER).expect("registered at genesis");
		assert_eq!(maker.name.into_inner(), b"Acme".to_vec());
		assert_eq!(maker.roots, 0);

		// A maker from genesis is a maker like any other: it publishes roots that certify.
		let keys: Vec<_> = (1..=2).map(DeviceKey::sr).collect();
		let (root, leaves) = provision(&keys);
		assert_ok!(DeviceRegistry::publish_roots(
			RuntimeOrigin::signed(MAKER),
			BoundedVec::truncate_from(vec![(root, 2)])
		));
		let mut r = crate::tests::registration(&keys[1], ALICE);
		r.certificate = Some(Certificate {
			maker: MAKER,
			root,
			leaf_index: 1,
			proof: BoundedVec::truncate_from(merkle_proof(&leaves, 1)),
		});
		assert_ok!(DeviceRegistry::register_device(RuntimeOrigin::signed(ALICE), Box::new(r)));
		assert_eq!(Devices::<Test>::get(0).and_then(|d| d.certified_by), Some(MAKER));
	});
}

#[test]
fn genesis_manufacturers_can_be_removed_by_governance() {
	ExtBuilder::default().registry_genesis(acme()).build_and_execute(|| {
		assert_ok!(DeviceRegistry::remove_manufacturer(RuntimeOrigin::root(), MAKER));
		assert!(!Manufacturers::<Test>::contains_key(MAKER));
	});
}

#[test]
fn genesis_devices_are_registered_without_deposit() {
	let key = DeviceKey::sr(9);
	let config = GenesisConfig {
		manufacturers: Vec::new(),
		devices: vec![(BOB, key.public().encode(), b"sensor".to_vec(), b"ipfs://x".to_vec())],
	};
	ExtBuilder::default().registry_genesis(config).build_and_execute(|| {
		let device = Devices::<Test>::get(0).expect("registered at genesis");
		assert_eq!(device.owner, BOB);
		assert_eq!(DeviceByKey::<Test>::get(key.public()), Some(0));
		assert_eq!((device.deposit, held(BOB)), (0, 0));
		assert_eq!(device.certified_by, None);
		// Ids continue after the genesis devices.
		assert_eq!(register(&DeviceKey::sr(10), ALICE), 1);
	});
}

#[test]
#[should_panic(expected = "genesis name too long")]
fn a_genesis_manufacturer_name_longer_than_the_bound_stops_genesis() {
	let config =
		GenesisConfig { manufacturers: vec![(MAKER, vec![b'x'; 33])], devices: Vec::new() };
	ExtBuilder::default().registry_genesis(config).build();
}

fn merkle_proof(leaves: &[sp_core::H256], index: u32) -> Vec<sp_core::H256> {
	iot_primitives::merkle::proof(leaves, index).expect("the leaf exists")
}
