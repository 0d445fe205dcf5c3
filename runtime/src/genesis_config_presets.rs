//! Named genesis presets: `development` (one validator, Alice), `local_testnet` (Alice and Bob)
//! and `production`, a template that the node completes from the operator's file (see
//! [`production`]). Dev keys, the dev oracles and funded well-known accounts appear only in the
//! first two.

use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_support::build_struct_json_patch;
use iot_primitives::device::DevicePublicKey;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, AuraConfig, Balance, BalancesConfig, DepinRewardsConfig, DeviceRegistryConfig,
	GrandpaConfig, RuntimeGenesisConfig, SudoConfig, UNIT,
};

#[cfg(feature = "std")]
pub mod production;

/// The name of the production template preset.
pub const PRODUCTION_RUNTIME_PRESET: &str = "production";

/// What each pre-funded development account starts with: a million tokens.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// Devices of Alice on the development chain, with the `//One` and `//Two` dev keys as device
/// keys, so that clients can sign as these devices right away.
fn dev_devices() -> Vec<pallet_device_registry::GenesisDevice<AccountId>> {
	[(Sr25519Keyring::One, "ipfs://dev-device-one"), (Sr25519Keyring::Two, "ipfs://dev-device-two")]
		.into_iter()
		.map(|(key, metadata)| {
			(
				Sr25519Keyring::Alice.to_account_id(),
				DevicePublicKey::Sr25519(key.public().0).encode(),
				b"dev/sensor".to_vec(),
				metadata.as_bytes().to_vec(),
			)
		})
		.collect()
}

fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
	devices: Vec<pallet_device_registry::GenesisDevice<AccountId>>,
	require_certified: bool,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: AuraConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: GrandpaConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		device_registry: DeviceRegistryConfig { devices },
		depin_rewards: DepinRewardsConfig { oracles: dev_oracles(), quorum: 2, require_certified },
	})
}

/// The development reward oracles: Alice, Bob and Charlie; any two of them accept a root.
fn dev_oracles() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.into_iter()
		.map(|k| k.to_account_id())
		.collect()
}

fn authority(name: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(name.public().into(), grandpa.public().into())
}

/// The `development` preset: Alice alone produces and finalizes blocks.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		dev_devices(),
		// The development devices have no manufacturer: a dev chain lets them be nodes.
		false,
	)
}

/// The `local_testnet` preset: Alice and Bob are the validators; both must vote to finalize.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		Vec::new(),
		true,
	)
}

/// The `production` preset: only what every production chain must have, whatever its operator
/// says. It names no account: validators, oracles, manufacturers, the sudo key and balances come
/// from the operator's file as a patch over this one, so on its own it starts no usable chain.
pub fn production_config_genesis() -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		// Without it, an owner's made-up devices could run reward nodes.
		depin_rewards: DepinRewardsConfig { require_certified: true },
	})
}

/// The JSON patch of the preset named `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		PRODUCTION_RUNTIME_PRESET => production_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PRODUCTION_RUNTIME_PRESET),
	]
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::BuildStorage;

	#[test]
	fn every_preset_builds_a_genesis_state() {
		for name in preset_names() {
			let patch = get_preset(&name).expect("every listed preset exists");
			let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
			json_patch_merge(&mut config, serde_json::from_slice(&patch).unwrap());
			let config: RuntimeGenesisConfig = serde_json::from_value(config)
				.unwrap_or_else(|e| panic!("preset {name:?} does not decode: {e}"));
			let storage = config.build_storage().unwrap_or_else(|e| panic!("{name:?}: {e}"));
			assert!(!storage.top.is_empty(), "preset {name:?} built an empty state");
		}
	}

	#[test]
	fn unknown_preset_is_none() {
		assert!(get_preset(&PresetId::from("nonexistent")).is_none());
	}

	#[test]
	fn presets_fund_the_dev_accounts_and_set_authorities() {
		let dev: serde_json::Value =
			serde_json::from_slice(&get_preset(&PresetId::from("development")).unwrap()).unwrap();
		assert_eq!(dev["aura"]["authorities"].as_array().unwrap().len(), 1);
		assert_eq!(dev["balances"]["balances"].as_array().unwrap().len(), 12);
		let local: serde_json::Value =
			serde_json::from_slice(&get_preset(&PresetId::from("local_testnet")).unwrap()).unwrap();
		assert_eq!(local["grandpa"]["authorities"].as_array().unwrap().len(), 2);
		assert_eq!(dev["deviceRegistry"]["devices"].as_array().unwrap().len(), 2);
		assert_eq!(dev["depinRewards"]["oracles"].as_array().unwrap().len(), 3);
		assert_eq!(dev["depinRewards"]["quorum"], 2);
		// Nodes' devices need a manufacturer's certificate everywhere but on a dev chain.
		assert_eq!(dev["depinRewards"]["requireCertified"], false);
		assert_eq!(local["depinRewards"]["requireCertified"], true);
	}

	/// RFC 7386 merge, as the node applies a preset patch over the default config.
	pub(super) fn json_patch_merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) => {
				for (k, v) in patch {
					json_patch_merge(base.entry(k).or_insert(Value::Null), v);
				}
			}
			(base, patch) => *base = patch,
		}
	}
}
