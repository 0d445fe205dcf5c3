//! Payment-channel vouchers checked per second on one core, for each kind of device key and for
//! account keys (what a payee or gateway does for every payment before it accepts it).
//! `cargo bench -p iot-primitives --bench vouchers`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature, P256TestSigner},
	payment::{account_signed, Voucher},
};
use sp_core::{ecdsa, ed25519, sr25519, Pair, H256};
use sp_runtime::{traits::IdentifyAccount, MultiSigner};

fn payload() -> Vec<u8> {
	let voucher = Voucher { channel: 42, cumulative: 123_456_789u128, nonce: 9_999 };
	voucher.signing_payload(H256::repeat_byte(7))
}

/// A key of each kind and its signature over `message`.
fn signed(message: &[u8]) -> Vec<(&'static str, DevicePublicKey, DeviceSignature)> {
	let sr = sr25519::Pair::from_seed(&[1; 32]);
	let ed = ed25519::Pair::from_seed(&[2; 32]);
	let k1 = ecdsa::Pair::from_seed(&[3; 32]);
	let p256 = P256TestSigner::from_seed(4);
	vec![
		(
			"sr25519",
			DevicePublicKey::Sr25519(sr.public().0),
			DeviceSignature::Sr25519(sr.sign(message).0),
		),
		(
			"ed25519",
			DevicePublicKey::Ed25519(ed.public().0),
			DeviceSignature::Ed25519(ed.sign(message).0),
		),
		(
			"secp256k1",
			DevicePublicKey::Secp256k1(k1.public().0),
			DeviceSignature::Secp256k1(k1.sign(message).0),
		),
		("p256", p256.public(), p256.sign(message)),
	]
}

fn device_keys(c: &mut Criterion) {
	let message = payload();
	let mut group = c.benchmark_group("voucher_device_key");
	group.throughput(Throughput::Elements(1));
	for (kind, key, signature) in signed(&message) {
		assert!(key.verify(&message, &signature));
		group.bench_function(kind, |b| b.iter(|| key.verify(&message, &signature)));
	}
	group.finish();
}

fn account_keys(c: &mut Criterion) {
	let message = payload();
	let sr = sr25519::Pair::from_seed(&[1; 32]);
	let k1 = ecdsa::Pair::from_seed(&[3; 32]);
	let accounts = [
		("sr25519", MultiSigner::from(sr.public()), DeviceSignature::Sr25519(sr.sign(&message).0)),
		(
			"secp256k1",
			MultiSigner::from(k1.public()),
			DeviceSignature::Secp256k1(k1.sign(&message).0),
		),
	];
	let mut group = c.benchmark_group("voucher_account_key");
	group.throughput(Throughput::Elements(1));
	for (kind, signer, signature) in accounts {
		let account: [u8; 32] = signer.into_account().into();
		assert!(account_signed(&account, &message, &signature));
		group.bench_function(kind, |b| b.iter(|| account_signed(&account, &message, &signature)));
	}
	group.finish();
}

criterion_group!(benches, device_keys, account_keys);
criterion_main!(benches);
