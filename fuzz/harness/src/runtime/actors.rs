//! Who acts on the fuzzed chain: the well-known accounts, and device keys of every kind. Device
//! keys of the sr25519, ed25519 and secp256k1 kinds are also accounts that sign transactions.

use std::sync::OnceLock;

use iot_primitives::device::DevicePublicKey;
use iot_runtime::{AccountId, Signature};
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;

/// A private key of one of the four kinds a device may hold (the gateway's simulated devices'
/// keys), and what the fuzzer adds: its account and transaction signatures.
pub use iot_gateway::keys::DeviceKey as Key;

/// The key of `kind` (0 sr25519, 1 ed25519, 2 secp256k1, 3 P-256) for `seed`.
fn derive(kind: u8, seed: u32) -> Key {
	let spec = match kind {
		0 => format!("sr25519://fuzz{kind}x{seed}"),
		1 => format!("ed25519://fuzz{kind}x{seed}"),
		2 => format!("secp256k1://fuzz{kind}x{seed}"),
		_ => format!("p256:{seed}"),
	};
	Key::from_spec(&spec).expect("a valid key spec")
}

/// What a key is as a transaction signer.
pub trait Signer {
	/// The account this key signs transactions as; P-256 keys have none.
	fn account(&self) -> Option<AccountId>;
	/// A transaction signature over `payload`; P-256 keys cannot sign transactions.
	fn sign_transaction(&self, payload: &[u8]) -> Option<Signature>;
}

impl Signer for Key {
	fn account(&self) -> Option<AccountId> {
		self.public().account().map(AccountId::new)
	}

	fn sign_transaction(&self, payload: &[u8]) -> Option<Signature> {
		Some(match self {
			Self::Sr25519(p) => p.sign(payload).into(),
			Self::Ed25519(p) => p.sign(payload).into(),
			Self::Secp256k1(p) => p.sign(payload).into(),
			Self::P256(_) => return None,
		})
	}
}

/// Everyone the fuzzer can act as or sign for.
pub struct Actors {
	/// Transaction signers: the well-known people first ([`PEOPLE`] of them), then the device keys
	/// that are also accounts.
	pub signers: Vec<(AccountId, &'static Key)>,
	/// Every device key, registered at the start or free for registrations and rotations.
	pub device_keys: Vec<&'static Key>,
	/// The public key of every device key and person, to find the private one fast (a P-256
	/// public key is a point to encode).
	publics: Vec<(DevicePublicKey, &'static Key)>,
}

/// How many of the signers are people (Alice, Bob, Charlie, Dave, Eve, Ferdie); Alice is sudo
/// and an oracle, as are Bob and Charlie.
pub const PEOPLE: usize = 6;

/// The device keys: (kind, seed) with kind 0 sr25519, 1 ed25519, 2 secp256k1, 3 P-256. The first
/// six are registered by the seeded chain, the rest are free.
const DEVICE_KEYS: [(u8, u32); 12] = [
	(1, 0),
	(2, 0),
	(3, 1),
	(1, 1),
	(3, 2),
	(0, 0),
	(2, 1),
	(0, 1),
	(1, 2),
	(2, 2),
	(3, 3),
	(3, 4),
];

impl Actors {
	/// The one set of actors (keys are derived once per process).
	pub fn get() -> &'static Actors {
		static ACTORS: OnceLock<Actors> = OnceLock::new();
		ACTORS.get_or_init(|| {
			let people = [
				Sr25519Keyring::Alice,
				Sr25519Keyring::Bob,
				Sr25519Keyring::Charlie,
				Sr25519Keyring::Dave,
				Sr25519Keyring::Eve,
				Sr25519Keyring::Ferdie,
			];
			let preset_devices = [Sr25519Keyring::One, Sr25519Keyring::Two];
			let leak = |key: Key| -> &'static Key { Box::leak(Box::new(key)) };
			let mut signers: Vec<(AccountId, &'static Key)> =
				people.iter().map(|k| (k.to_account_id(), leak(Key::Sr25519(k.pair())))).collect();
			let mut device_keys: Vec<&'static Key> =
				preset_devices.iter().map(|k| leak(Key::Sr25519(k.pair()))).collect();
			device_keys.extend(DEVICE_KEYS.iter().map(|&(kind, seed)| leak(derive(kind, seed))));
			for key in &device_keys {
				if let Some(account) = key.account() {
					signers.push((account, *key));
				}
			}
			let people = signers.iter().take(PEOPLE).map(|(_, k)| *k);
			let publics =
				device_keys.iter().copied().chain(people).map(|k| (k.public(), k)).collect();
			Actors { signers, device_keys, publics }
		})
	}

	/// The key of `account`, if it is one of ours.
	pub fn key_of_account(&self, account: &AccountId) -> Option<&'static Key> {
		self.signers.iter().find(|(a, _)| a == account).map(|(_, k)| *k)
	}

	/// Our private key for the device key `public`, if it is one of ours.
	pub fn key_of_device(&self, public: &DevicePublicKey) -> Option<&'static Key> {
		self.publics.iter().find(|(p, _)| p == public).map(|(_, k)| *k)
	}

	/// The account of person `index` (0 Alice ... 5 Ferdie).
	pub fn person(&self, index: usize) -> AccountId {
		self.signers[index % PEOPLE].0.clone()
	}
}
