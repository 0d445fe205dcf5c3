//! Who acts on the fuzzed chain: the well-known accounts, and device keys of every kind. Device
//! keys of the sr25519, ed25519 and secp256k1 kinds are also accounts that sign transactions.

use std::sync::OnceLock;

use iot_primitives::device::{DevicePublicKey, DeviceSignature, P256TestSigner};
use iot_runtime::{AccountId, Signature};
use sp_core::{ecdsa, ed25519, sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::IdentifyAccount, MultiSigner};

/// A private key of one of the four kinds a device may hold.
pub enum Key {
	Sr25519(sr25519::Pair),
	Ed25519(ed25519::Pair),
	Secp256k1(ecdsa::Pair),
	P256(P256TestSigner),
}

impl Key {
	fn derive(kind: u8, seed: u32) -> Self {
		let uri = format!("//fuzz{kind}x{seed}");
		match kind {
			0 => Self::Sr25519(sr25519::Pair::from_string(&uri, None).expect("a valid uri")),
			1 => Self::Ed25519(ed25519::Pair::from_string(&uri, None).expect("a valid uri")),
			2 => Self::Secp256k1(ecdsa::Pair::from_string(&uri, None).expect("a valid uri")),
			_ => Self::P256(P256TestSigner::from_seed(seed)),
		}
	}

	/// The key as the registry stores it.
	pub fn public(&self) -> DevicePublicKey {
		match self {
			Self::Sr25519(p) => DevicePublicKey::Sr25519(p.public().0),
			Self::Ed25519(p) => DevicePublicKey::Ed25519(p.public().0),
			Self::Secp256k1(p) => DevicePublicKey::Secp256k1(p.public().0),
			Self::P256(p) => p.public(),
		}
	}

	/// A device signature over `message`.
	pub fn sign(&self, message: &[u8]) -> DeviceSignature {
		match self {
			Self::Sr25519(p) => DeviceSignature::Sr25519(p.sign(message).0),
			Self::Ed25519(p) => DeviceSignature::Ed25519(p.sign(message).0),
			Self::Secp256k1(p) => DeviceSignature::Secp256k1(p.sign(message).0),
			Self::P256(p) => p.sign(message),
		}
	}

	/// The account this key signs transactions as; P-256 keys have none.
	pub fn account(&self) -> Option<AccountId> {
		let signer: MultiSigner = match self {
			Self::Sr25519(p) => p.public().into(),
			Self::Ed25519(p) => p.public().into(),
			Self::Secp256k1(p) => p.public().into(),
			Self::P256(_) => return None,
		};
		Some(signer.into_account())
	}

	/// A transaction signature over `payload`; P-256 keys cannot sign transactions.
	pub fn sign_transaction(&self, payload: &[u8]) -> Option<Signature> {
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
}

/// How many of the signers are people (Alice, Bob, Charlie, Dave, Eve, Ferdie); Alice is sudo
/// and an oracle, as are Bob and Charlie.
pub const PEOPLE: usize = 6;

/// The device keys: (kind, seed) with kind 0 sr25519, 1 ed25519, 2 secp256k1, 3 P-256. The first
/// [`SEEDED_DEVICES`] are registered by the seeded chain, the rest are free.
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

/// Device keys registered in the seeded chain (after the preset's two sr25519 devices).
pub const SEEDED_DEVICES: usize = 6;

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
			device_keys
				.extend(DEVICE_KEYS.iter().map(|&(kind, seed)| leak(Key::derive(kind, seed))));
			for key in &device_keys {
				if let Some(account) = key.account() {
					signers.push((account, *key));
				}
			}
			Actors { signers, device_keys }
		})
	}

	/// The key of `account`, if it is one of ours.
	pub fn key_of_account(&self, account: &AccountId) -> Option<&'static Key> {
		self.signers.iter().find(|(a, _)| a == account).map(|(_, k)| *k)
	}

	/// Our private key for the device key `public`, if it is one of ours.
	pub fn key_of_device(&self, public: &DevicePublicKey) -> Option<&'static Key> {
		let people = self.signers.iter().take(PEOPLE).map(|(_, k)| k);
		self.device_keys.iter().chain(people).find(|k| &k.public() == public).copied()
	}

	/// The account of person `index` (0 Alice ... 5 Ferdie).
	pub fn person(&self, index: usize) -> AccountId {
		self.signers[index % PEOPLE].0.clone()
	}
}
