//! The operator's part of a production genesis: validators, reward oracles, manufacturers, the sudo
//! key and balances, read from a JSON file and checked before they become a genesis patch.
//!
//! The runtime's genesis builder cannot read files, so the node reads the operator's file
//! (`iot-node --chain production:<file>`), turns it into a patch with [`operator_patch_from_json`]
//! and applies the patch over the runtime's `production` preset, which holds what no operator
//! chooses (nodes' devices must be certified). Only the node calls this, hence `std` only.
//!
//! Every check here is one that genesis would otherwise fail with a panic deep in a pallet's
//! `build` (too many authorities, a bad committee, a balance below the existential deposit), or
//! one that would start a chain anyone can take over (a dev key, a quorum of one).

use alloc::{collections::BTreeSet, format, string::String, vec::Vec};
use core::fmt;
use frame_support::{build_struct_json_patch, traits::Get};
use serde::Deserialize;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{
	crypto::{AccountId32, ByteArray, Ss58Codec},
	hexdisplay::HexDisplay,
};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, AuraConfig, Balance, BalancesConfig, DepinRewardsConfig, DeviceRegistryConfig,
	GrandpaConfig, Runtime, RuntimeGenesisConfig, SudoConfig, EXISTENTIAL_DEPOSIT,
};

#[cfg(test)]
mod tests;

/// The smallest reward-oracle quorum a production chain accepts: a single oracle must not decide
/// alone what the reward pot pays.
pub const MIN_QUORUM: u32 = 2;

/// The operator's file. Every field is required, so that nothing is left out by accident, and an
/// unknown field is refused, so that a misspelt one is not silently ignored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OperatorConfig {
	/// The validators.
	pub authorities: Vec<Authority>,
	/// The reward oracle committee.
	pub oracles: Vec<AccountId>,
	/// How many oracles must attest the same reward root, from [`MIN_QUORUM`] to the number of
	/// oracles.
	pub quorum: u32,
	/// Manufacturers registered at genesis, so that certified devices can register from block 1.
	pub manufacturers: Vec<Manufacturer>,
	/// The sudo key: the chain's only governance for now. It must be funded to send a call.
	pub sudo: AccountId,
	/// Initial balances in planck (10^-12 IOT), each at least the existential deposit.
	pub balances: Vec<Endowment>,
}

/// A validator: it produces blocks with its Aura key and votes on finality with its GRANDPA key.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
	/// sr25519 key, SS58.
	pub aura: AuraId,
	/// ed25519 key, SS58.
	pub grandpa: GrandpaId,
}

/// A manufacturer and its display name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manufacturer {
	/// Its account, SS58.
	pub account: AccountId,
	/// Its display name, at most the registry's `MaxClassLen` bytes.
	pub name: String,
}

/// An initial balance.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endowment {
	/// The account, SS58.
	pub account: AccountId,
	/// Its free balance in planck.
	pub balance: Balance,
}

/// Why an operator's file was refused. Keys are shown in SS58 and fields as JSON paths
/// (`oracles[0]`), so that the operator finds the line to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperatorConfigError {
	/// Not JSON of the expected shape: a syntax error, a missing or unknown field, a bad key.
	Malformed(String),
	/// No validator: no block would ever be produced.
	NoAuthorities,
	/// More validators than Aura and GRANDPA hold.
	TooManyAuthorities { count: usize, max: u32 },
	/// More oracles than the committee holds.
	TooManyOracles { count: usize, max: u32 },
	/// A quorum below [`MIN_QUORUM`].
	QuorumTooLow { quorum: u32 },
	/// A quorum more oracles than there are: no root could ever be accepted.
	QuorumAboveOracles { quorum: u32, oracles: usize },
	/// A key whose secret is public (the dev keyrings' `//Alice`, `//Bob//stash`, `//One`, ...).
	WellKnownKey { field: String, key: String, seed: String },
	/// The same key twice in one list.
	Duplicate { field: &'static str, key: String },
	/// A manufacturer's name longer than the registry stores.
	ManufacturerNameTooLong { field: String, len: usize, max: u32 },
	/// A balance below the existential deposit, which genesis cannot create.
	BelowExistentialDeposit { field: String, balance: Balance, minimum: Balance },
	/// The balances add up to more than a `Balance` holds.
	TotalIssuanceOverflow,
	/// The sudo key has no balance, so it could not pay for any call.
	SudoNotFunded { sudo: String },
}

impl fmt::Display for OperatorConfigError {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		match self {
			Self::Malformed(e) => write!(f, "malformed operator file: {e}"),
			Self::NoAuthorities => write!(f, "`authorities` is empty: name at least one validator"),
			Self::TooManyAuthorities { count, max } => {
				write!(f, "{count} authorities, but the chain holds at most {max}")
			}
			Self::TooManyOracles { count, max } => {
				write!(f, "{count} oracles, but the committee holds at most {max}")
			}
			Self::QuorumTooLow { quorum } => {
				write!(f, "`quorum` is {quorum}; a production chain needs at least {MIN_QUORUM}")
			}
			Self::QuorumAboveOracles { quorum, oracles } => {
				write!(f, "`quorum` is {quorum} but there are only {oracles} oracles")
			}
			Self::WellKnownKey { field, key, seed } => write!(
				f,
				"`{field}` is {key}, the well-known development key {seed}: anyone can sign with \
				 it; generate a fresh key (`iot-node key generate`)"
			),
			Self::Duplicate { field, key } => write!(f, "{key} appears twice in `{field}`"),
			Self::ManufacturerNameTooLong { field, len, max } => {
				write!(f, "`{field}` is {len} bytes long; at most {max}")
			}
			Self::BelowExistentialDeposit { field, balance, minimum } => write!(
				f,
				"`{field}` is {balance} planck, below the existential deposit of {minimum} planck"
			),
			Self::TotalIssuanceOverflow => {
				write!(f, "the balances add up to more than 2^128 planck")
			}
			Self::SudoNotFunded { sudo } => write!(
				f,
				"the sudo key {sudo} has no entry in `balances`: it could not pay for a call"
			),
		}
	}
}

impl std::error::Error for OperatorConfigError {}

impl OperatorConfig {
	/// Parses an operator file; does not validate it (see [`OperatorConfig::validate`]).
	pub fn from_json(json: &[u8]) -> Result<Self, OperatorConfigError> {
		serde_json::from_slice(json).map_err(|e| OperatorConfigError::Malformed(e.to_string()))
	}

	/// Checks everything genesis needs and everything that would leave the chain open to anyone
	/// holding a dev key. Returns the first problem found.
	pub fn validate(&self) -> Result<(), OperatorConfigError> {
		use OperatorConfigError::*;
		let max_authorities = <Runtime as pallet_aura::Config>::MaxAuthorities::get();
		if self.authorities.is_empty() {
			return Err(NoAuthorities);
		}
		if self.authorities.len() > max_authorities as usize {
			return Err(TooManyAuthorities { count: self.authorities.len(), max: max_authorities });
		}
		let max_oracles = <Runtime as pallet_depin_rewards::Config>::MaxOracles::get();
		if self.oracles.len() > max_oracles as usize {
			return Err(TooManyOracles { count: self.oracles.len(), max: max_oracles });
		}
		if self.quorum < MIN_QUORUM {
			return Err(QuorumTooLow { quorum: self.quorum });
		}
		if self.quorum as usize > self.oracles.len() {
			return Err(QuorumAboveOracles { quorum: self.quorum, oracles: self.oracles.len() });
		}
		for (field, key) in self.keys() {
			if let Some(seed) = well_known_seed(key) {
				return Err(WellKnownKey { field, key: ss58(key), seed });
			}
		}
		unique("authorities[].aura", self.authorities.iter().map(|a| a.aura.as_slice()))?;
		unique("authorities[].grandpa", self.authorities.iter().map(|a| a.grandpa.as_slice()))?;
		unique("oracles", self.oracles.iter().map(AsRef::as_ref))?;
		unique("manufacturers[].account", self.manufacturers.iter().map(|m| m.account.as_ref()))?;
		unique("balances[].account", self.balances.iter().map(|e| e.account.as_ref()))?;
		let max_name = <Runtime as pallet_device_registry::Config>::MaxClassLen::get();
		for (i, maker) in self.manufacturers.iter().enumerate() {
			if maker.name.len() > max_name as usize {
				let field = format!("manufacturers[{i}].name");
				return Err(ManufacturerNameTooLong {
					field,
					len: maker.name.len(),
					max: max_name,
				});
			}
		}
		let mut total: Balance = 0;
		for (i, endowment) in self.balances.iter().enumerate() {
			if endowment.balance < EXISTENTIAL_DEPOSIT {
				return Err(BelowExistentialDeposit {
					field: format!("balances[{i}].balance"),
					balance: endowment.balance,
					minimum: EXISTENTIAL_DEPOSIT,
				});
			}
			total = total.checked_add(endowment.balance).ok_or(TotalIssuanceOverflow)?;
		}
		if !self.balances.iter().any(|e| e.account == self.sudo) {
			return Err(SudoNotFunded { sudo: self.sudo.to_ss58check() });
		}
		Ok(())
	}

	/// Every key in the file with its JSON path.
	fn keys(&self) -> Vec<(String, &[u8])> {
		let mut keys = Vec::new();
		for (i, a) in self.authorities.iter().enumerate() {
			keys.push((format!("authorities[{i}].aura"), a.aura.as_slice()));
			keys.push((format!("authorities[{i}].grandpa"), a.grandpa.as_slice()));
		}
		for (i, oracle) in self.oracles.iter().enumerate() {
			keys.push((format!("oracles[{i}]"), oracle.as_ref()));
		}
		for (i, maker) in self.manufacturers.iter().enumerate() {
			keys.push((format!("manufacturers[{i}].account"), maker.account.as_ref()));
		}
		keys.push((String::from("sudo"), self.sudo.as_ref()));
		for (i, endowment) in self.balances.iter().enumerate() {
			keys.push((format!("balances[{i}].account"), endowment.account.as_ref()));
		}
		keys
	}
}

/// The dev derivation path of `key` if it is a public key of either dev keyring. Both keyrings
/// are checked for every key, whatever its role: the bytes of an ed25519 dev key used as an
/// account are just as public as those of an sr25519 one.
fn well_known_seed(key: &[u8]) -> Option<String> {
	let sr = Sr25519Keyring::iter()
		.find(|k| k.to_raw_public().as_slice() == key)
		.map(|k| format!("//{} (sr25519)", <&'static str>::from(k)));
	sr.or_else(|| {
		Ed25519Keyring::iter()
			.find(|k| k.to_raw_public().as_slice() == key)
			.map(|k| format!("//{} (ed25519)", <&'static str>::from(k)))
	})
}

fn ss58(key: &[u8]) -> String {
	AccountId32::try_from(key)
		.map_or_else(|()| format!("0x{}", HexDisplay::from(&key)), |a| a.to_ss58check())
}

fn unique<'a>(
	field: &'static str,
	keys: impl Iterator<Item = &'a [u8]>,
) -> Result<(), OperatorConfigError> {
	let mut seen = BTreeSet::new();
	for key in keys {
		if !seen.insert(key) {
			return Err(OperatorConfigError::Duplicate { field, key: ss58(key) });
		}
	}
	Ok(())
}

/// The genesis patch of a validated operator config, to apply over the `production` preset.
pub fn operator_patch(config: &OperatorConfig) -> Result<Value, OperatorConfigError> {
	config.validate()?;
	Ok(build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: config
				.balances
				.iter()
				.map(|e| (e.account.clone(), e.balance))
				.collect::<Vec<_>>(),
		},
		aura: AuraConfig {
			authorities: config.authorities.iter().map(|a| a.aura.clone()).collect::<Vec<_>>(),
		},
		grandpa: GrandpaConfig {
			authorities: config
				.authorities
				.iter()
				.map(|a| (a.grandpa.clone(), 1))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(config.sudo.clone()) },
		device_registry: DeviceRegistryConfig {
			manufacturers: config
				.manufacturers
				.iter()
				.map(|m| (m.account.clone(), m.name.as_bytes().to_vec()))
				.collect::<Vec<_>>(),
		},
		depin_rewards: DepinRewardsConfig {
			oracles: config.oracles.clone(),
			quorum: config.quorum,
		},
	}))
}

/// Parses, validates and turns an operator file into a genesis patch.
pub fn operator_patch_from_json(json: &[u8]) -> Result<Value, OperatorConfigError> {
	operator_patch(&OperatorConfig::from_json(json)?)
}
