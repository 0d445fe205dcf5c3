//! Chain specifications: each one picks a genesis preset of the runtime and adds the token
//! properties that wallets display. A production spec also takes the operator's file.

use std::path::Path;

use iot_runtime::{
	genesis_config_presets::{production::operator_patch_from_json, PRODUCTION_RUNTIME_PRESET},
	SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_service::ChainType;

/// A chain spec of our runtime, with no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

fn properties() -> sc_service::Properties {
	let mut p = sc_service::Properties::new();
	p.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	p.insert("ss58Format".into(), SS58_PREFIX.into());
	p
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime wasm is not embedded in this binary (built with SKIP_WASM_BUILD?)".to_string()
	})
}

/// `--dev`: one validator (Alice), instant sealing, funded dev accounts.
pub fn development() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("IoT Development")
		.with_id("iot_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain local`: Alice and Bob validate with Aura and GRANDPA.
pub fn local_testnet() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("IoT Local Testnet")
		.with_id("iot_local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain production:<file>`: the runtime's `production` preset completed by the operator's
/// file (validators, oracles, manufacturers, sudo, balances; see
/// `docs/examples/production-genesis.json`), refused with the reason if it is not safe to start.
pub fn production(operator_file: &Path) -> Result<ChainSpec, String> {
	let shown = operator_file.display();
	let json = std::fs::read(operator_file)
		.map_err(|e| format!("cannot read the operator file {shown}: {e}"))?;
	let patch = operator_patch_from_json(&json).map_err(|e| format!("{shown}: {e}"))?;
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("IoT")
		.with_id("iot")
		.with_chain_type(ChainType::Live)
		.with_genesis_config_preset_name(PRODUCTION_RUNTIME_PRESET)
		.with_genesis_config_patch(patch)
		.with_properties(properties())
		.build())
}
