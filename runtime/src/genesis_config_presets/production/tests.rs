//! The production genesis built from `docs/examples/production-genesis.json`, and one test per
//! reason to refuse an operator's file.

use super::*;
use crate::{
	genesis_config_presets::{get_preset, tests::json_patch_merge, PRODUCTION_RUNTIME_PRESET},
	Balances,
};
use frame_support::traits::fungible::Inspect;
use serde_json::json;
use sp_genesis_builder::PresetId;
use sp_runtime::BuildStorage;

const EXAMPLE: &[u8] = include_bytes!(concat!(
	env!("CARGO_MANIFEST_DIR"),
	"/../docs/examples/production-genesis.json"
));

fn example() -> Value {
	serde_json::from_slice(EXAMPLE).expect("the example is JSON")
}

/// What the node does with `file`, as an error if the file is refused.
fn patch_of(file: &Value) -> Result<Value, OperatorConfigError> {
	operator_patch_from_json(&serde_json::to_vec(file).expect("serializes"))
}

fn ss58_of(account: AccountId) -> Value {
	Value::String(account.to_ss58check())
}

/// The genesis state the node's `--chain production:<file>` starts from: the operator's patch
/// over the `production` preset over the runtime's defaults, as the chain spec merges them.
fn production_state(file: &[u8]) -> sp_io::TestExternalities {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	let preset = get_preset(&PresetId::from(PRODUCTION_RUNTIME_PRESET)).expect("the preset exists");
	json_patch_merge(&mut config, serde_json::from_slice(&preset).expect("the preset is JSON"));
	json_patch_merge(&mut config, operator_patch_from_json(file).expect("the file is accepted"));
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the patched config decodes");
	sp_io::TestExternalities::new(config.build_storage().expect("genesis builds"))
}

#[test]
fn example_file_builds_the_production_genesis() {
	let file = OperatorConfig::from_json(EXAMPLE).expect("the example parses");
	production_state(EXAMPLE).execute_with(|| {
		let aura: Vec<AuraId> = pallet_aura::Authorities::<Runtime>::get().into_inner();
		assert_eq!(aura, file.authorities.iter().map(|a| a.aura.clone()).collect::<Vec<_>>());
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		let expected: Vec<_> = file.authorities.iter().map(|a| (a.grandpa.clone(), 1)).collect();
		assert_eq!(grandpa, expected);

		assert_eq!(pallet_depin_rewards::Oracles::<Runtime>::get().into_inner(), file.oracles);
		assert_eq!(pallet_depin_rewards::Quorum::<Runtime>::get(), 2);
		assert!(pallet_depin_rewards::RequireCertified::<Runtime>::get());

		let maker = &file.manufacturers[0];
		let stored = pallet_device_registry::Manufacturers::<Runtime>::get(&maker.account)
			.expect("the example's manufacturer is registered");
		assert_eq!(stored.name.into_inner(), b"Example Sensors Ltd".to_vec());
		assert_eq!(pallet_device_registry::Devices::<Runtime>::iter().count(), 0);

		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(file.sudo.clone()));
		let mut total: Balance = 0;
		for endowment in &file.balances {
			assert_eq!(Balances::free_balance(&endowment.account), endowment.balance);
			total += endowment.balance;
		}
		// Above u64::MAX: the large balance survived JSON as a u128.
		assert!(file.balances.iter().any(|e| e.balance > u64::MAX as Balance));
		assert_eq!(Balances::total_issuance(), total);
	});
}

#[test]
fn no_well_known_account_has_a_balance_or_a_role_in_production() {
	production_state(EXAMPLE).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		let oracles = pallet_depin_rewards::Oracles::<Runtime>::get();
		let sr = Sr25519Keyring::iter().map(|k| k.to_raw_public());
		for raw in sr.chain(Ed25519Keyring::iter().map(|k| k.to_raw_public())) {
			let account = AccountId::from(raw);
			assert_eq!(Balances::total_balance(&account), 0, "{account} is funded");
			assert!(!oracles.contains(&account), "{account} is an oracle");
			assert_ne!(pallet_sudo::Key::<Runtime>::get(), Some(account.clone()));
			assert!(!pallet_device_registry::Manufacturers::<Runtime>::contains_key(&account));
			assert!(!aura.iter().any(|a| a.as_slice() == raw.as_slice()));
			assert!(!grandpa.iter().any(|(g, _)| g.as_slice() == raw.as_slice()));
		}
	});
}

#[test]
fn production_preset_names_no_account() {
	let preset = get_preset(&PresetId::from(PRODUCTION_RUNTIME_PRESET)).expect("listed");
	let preset: Value = serde_json::from_slice(&preset).expect("JSON");
	assert_eq!(preset, json!({ "depinRewards": { "requireCertified": true } }));
}

#[test]
fn the_operator_patch_cannot_turn_certification_off() {
	let patch = patch_of(&example()).expect("accepted");
	assert!(patch["depinRewards"].get("requireCertified").is_none());
	// The only way to say it is a field the file does not have.
	let mut file = example();
	file["requireCertified"] = json!(false);
	assert!(matches!(patch_of(&file), Err(OperatorConfigError::Malformed(_))));
}

#[test]
fn a_file_naming_alice_is_refused() {
	let mut file = example();
	file["oracles"][1] = ss58_of(Sr25519Keyring::Alice.to_account_id());
	let err = patch_of(&file).unwrap_err();
	assert_eq!(
		err,
		OperatorConfigError::WellKnownKey {
			field: "oracles[1]".into(),
			key: Sr25519Keyring::Alice.to_account_id().to_ss58check(),
			seed: "//Alice (sr25519)".into(),
		}
	);
	assert!(err.to_string().contains("well-known development key //Alice"), "{err}");
}

#[test]
fn every_dev_key_is_refused_in_every_role() {
	let sr = Sr25519Keyring::iter().map(|k| k.to_raw_public());
	for raw in sr.chain(Ed25519Keyring::iter().map(|k| k.to_raw_public())) {
		let key = ss58_of(AccountId::from(raw));
		for (path, field) in [
			(&["authorities", "0", "aura"][..], "authorities[0].aura"),
			(&["authorities", "2", "grandpa"][..], "authorities[2].grandpa"),
			(&["manufacturers", "0", "account"][..], "manufacturers[0].account"),
			(&["sudo"][..], "sudo"),
			(&["balances", "5", "account"][..], "balances[5].account"),
		] {
			let mut file = example();
			let slot = path.iter().fold(&mut file, |v, p| match p.parse::<usize>() {
				Ok(i) => &mut v[i],
				Err(_) => &mut v[*p],
			});
			*slot = key.clone();
			match patch_of(&file) {
				Err(OperatorConfigError::WellKnownKey { field: f, .. }) => assert_eq!(f, field),
				other => panic!("{key} at {field}: {other:?}"),
			}
		}
	}
}

#[test]
fn a_quorum_of_one_is_refused() {
	let mut file = example();
	file["quorum"] = json!(1);
	assert_eq!(patch_of(&file), Err(OperatorConfigError::QuorumTooLow { quorum: 1 }));
}

#[test]
fn a_quorum_above_the_oracles_is_refused() {
	let mut file = example();
	file["quorum"] = json!(4);
	assert_eq!(
		patch_of(&file),
		Err(OperatorConfigError::QuorumAboveOracles { quorum: 4, oracles: 3 })
	);
}

#[test]
fn too_many_oracles_are_refused() {
	let mut file = example();
	file["oracles"] = (1..=17u8).map(|i| ss58_of(AccountId::from([i; 32]))).collect();
	file["quorum"] = json!(9);
	assert_eq!(patch_of(&file), Err(OperatorConfigError::TooManyOracles { count: 17, max: 16 }));
}

#[test]
fn empty_authorities_are_refused() {
	let mut file = example();
	file["authorities"] = json!([]);
	assert_eq!(patch_of(&file), Err(OperatorConfigError::NoAuthorities));
}

#[test]
fn too_many_authorities_are_refused() {
	let mut file = example();
	file["authorities"] = (1..=33u8)
		.map(|i| {
			let key = ss58_of(AccountId::from([i; 32]));
			json!({ "aura": key, "grandpa": key })
		})
		.collect();
	assert_eq!(
		patch_of(&file),
		Err(OperatorConfigError::TooManyAuthorities { count: 33, max: 32 })
	);
}

#[test]
fn an_unknown_field_is_refused() {
	let mut file = example();
	file["sudoKey"] = file["sudo"].clone();
	match patch_of(&file) {
		Err(OperatorConfigError::Malformed(e)) => {
			assert!(e.contains("unknown field `sudoKey`"), "{e}")
		}
		other => panic!("{other:?}"),
	}
	let mut file = example();
	file["authorities"][0]["babe"] = file["authorities"][0]["aura"].clone();
	match patch_of(&file) {
		Err(OperatorConfigError::Malformed(e)) => {
			assert!(e.contains("unknown field `babe`"), "{e}")
		}
		other => panic!("{other:?}"),
	}
}

#[test]
fn a_missing_field_is_refused() {
	let mut file = example();
	file.as_object_mut().expect("an object").remove("manufacturers");
	match patch_of(&file) {
		Err(OperatorConfigError::Malformed(e)) => {
			assert!(e.contains("missing field `manufacturers`"), "{e}")
		}
		other => panic!("{other:?}"),
	}
}

#[test]
fn a_bad_address_is_refused() {
	let mut file = example();
	file["sudo"] = json!("5NotAnAddress");
	assert!(matches!(patch_of(&file), Err(OperatorConfigError::Malformed(_))));
}

#[test]
fn a_duplicate_oracle_is_refused() {
	let mut file = example();
	file["oracles"][2] = file["oracles"][0].clone();
	let key = file["oracles"][0].as_str().expect("a string").to_string();
	assert_eq!(patch_of(&file), Err(OperatorConfigError::Duplicate { field: "oracles", key }));
}

#[test]
fn a_duplicate_validator_key_is_refused() {
	let mut file = example();
	file["authorities"][1]["grandpa"] = file["authorities"][0]["grandpa"].clone();
	let key = file["authorities"][0]["grandpa"].as_str().expect("a string").to_string();
	assert_eq!(
		patch_of(&file),
		Err(OperatorConfigError::Duplicate { field: "authorities[].grandpa", key })
	);
}

#[test]
fn a_duplicate_balance_is_refused() {
	let mut file = example();
	file["balances"][1]["account"] = file["balances"][0]["account"].clone();
	let key = file["balances"][0]["account"].as_str().expect("a string").to_string();
	assert_eq!(
		patch_of(&file),
		Err(OperatorConfigError::Duplicate { field: "balances[].account", key })
	);
}

#[test]
fn a_balance_below_the_existential_deposit_is_refused() {
	let mut file = example();
	file["balances"][2]["balance"] = json!(EXISTENTIAL_DEPOSIT - 1);
	assert_eq!(
		patch_of(&file),
		Err(OperatorConfigError::BelowExistentialDeposit {
			field: "balances[2].balance".into(),
			balance: EXISTENTIAL_DEPOSIT - 1,
			minimum: EXISTENTIAL_DEPOSIT,
		})
	);
}

#[test]
fn balances_beyond_u128_are_refused() {
	let mut file = example();
	file["balances"][4]["balance"] = json!(u128::MAX);
	file["balances"][5]["balance"] = json!(u128::MAX);
	assert_eq!(patch_of(&file), Err(OperatorConfigError::TotalIssuanceOverflow));
}

#[test]
fn an_unfunded_sudo_is_refused() {
	let mut file = example();
	file["balances"].as_array_mut().expect("an array").remove(0);
	let sudo = file["sudo"].as_str().expect("a string").to_string();
	assert_eq!(patch_of(&file), Err(OperatorConfigError::SudoNotFunded { sudo }));
}

#[test]
fn a_long_manufacturer_name_is_refused() {
	let mut file = example();
	file["manufacturers"][0]["name"] = json!("x".repeat(65));
	assert_eq!(
		patch_of(&file),
		Err(OperatorConfigError::ManufacturerNameTooLong {
			field: "manufacturers[0].name".into(),
			len: 65,
			max: 64
		})
	);
}
