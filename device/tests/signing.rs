//! Every software key signs what the runtime's verification (iot-primitives, the code the
//! runtime runs) accepts, for every payload a device makes; a changed byte is refused.

use codec::Encode;
use iot_device::{
	batch::BatchBuilder,
	device::possession_proof,
	sequence::Sequences,
	signer::{Ed25519Key, P256Key, Secp256k1Key, SecureElement, SecureElementSigner, Sr25519Key},
	Device, Error, Signer,
};
use iot_primitives::{
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
	telemetry::ReadingValue,
};
use sp_core::{Pair, H256};

mod flash;
use flash::SimFlash;

const GENESIS: H256 = H256::repeat_byte(0x42);
const OWNER: [u8; 32] = [0xa1; 32];

fn signers() -> Vec<Box<dyn Signer>> {
	vec![
		Box::new(Sr25519Key::from_seed(&[5; 32], rand_core::OsRng).unwrap()),
		Box::new(Ed25519Key::from_seed(&[1; 32])),
		Box::new(Secp256k1Key::from_secret(&[2; 32]).unwrap()),
		Box::new(P256Key::from_secret(&[3; 32]).unwrap()),
		Box::new(SecureElementSigner(P256Key::from_secret(&[4; 32]).unwrap())),
	]
}

#[test]
fn possession_proofs_verify_as_the_registry_checks_them() {
	for mut signer in signers() {
		let key = signer.public_key();
		let proof = possession_proof(signer.as_mut(), GENESIS, &OWNER, 7).unwrap();
		let message = signing_payload(
			PROOF_OF_POSSESSION,
			GENESIS,
			&PossessionBody { owner: OWNER, nonce: 7 },
		);
		assert!(key.verify(&message, &proof), "{:?}", key.kind());
		let other_nonce = signing_payload(
			PROOF_OF_POSSESSION,
			GENESIS,
			&PossessionBody { owner: OWNER, nonce: 8 },
		);
		assert!(!key.verify(&other_nonce, &proof));
		assert!(!key.is_weak());
	}
}

#[test]
fn readings_headers_and_vouchers_verify_and_tampering_does_not() {
	for mut signer in signers() {
		let key = signer.public_key();
		let mut device =
			Device::new(signer.as_mut(), GENESIS, 9, Sequences::open(SimFlash::new(), 4).unwrap());
		let mut batch = BatchBuilder::new();
		for i in 0..5 {
			let signed = device
				.reading(
					0,
					1_700_000_000_000 + i,
					ReadingValue::Scalar(4_000 + i as i64),
					Some([i as u8; 16]),
				)
				.unwrap();
			assert_eq!(signed.reading.sequence, i);
			let signature = signed.signature.clone().unwrap();
			assert!(key.verify(&signed.reading.signing_payload(GENESIS), &signature));
			let mut altered = signed.reading.clone();
			altered.value = ReadingValue::Scalar(9_500);
			assert!(!key.verify(&altered.signing_payload(GENESIS), &signature));
			assert!(!key.verify(&signed.reading.signing_payload(H256::zero()), &signature));
			batch.add(&signed.reading).unwrap();
		}
		let header = batch.header().unwrap();
		let signature = device.sign_header(&header).unwrap();
		assert!(key.verify(&header.signing_payload(GENESIS), &signature));
		let (voucher, signature) = device.voucher(3, 1_000_000, 1).unwrap();
		assert!(key.verify(&voucher.signing_payload(GENESIS), &signature));
		let mut foreign = header;
		foreign.range.device = 10;
		assert_eq!(device.sign_header(&foreign), Err(Error::BadBatch));
	}
}

#[test]
fn keys_match_the_substrate_pairs_of_the_same_secret() {
	let sr = sp_core::sr25519::Pair::from_seed(&[5; 32]);
	let key = Sr25519Key::from_seed(&[5; 32], rand_core::OsRng).unwrap();
	assert_eq!(key.public_key().encode()[1..], sr.public().0);
	let ed = sp_core::ed25519::Pair::from_seed(&[1; 32]);
	assert_eq!(Ed25519Key::from_seed(&[1; 32]).public_key().encode()[1..], ed.public().0);
	let k1 = sp_core::ecdsa::Pair::from_seed(&[2; 32]);
	assert_eq!(
		Secp256k1Key::from_secret(&[2; 32]).unwrap().public_key().encode()[1..],
		k1.public().0
	);
	let p = iot_primitives::device::P256TestSigner::from_seed(0);
	let mut secret = [7u8; 32];
	secret[28..].copy_from_slice(&0u32.to_be_bytes());
	assert_eq!(Signer::public_key(&P256Key::from_secret(&secret).unwrap()), p.public());
}

#[test]
fn invalid_secrets_are_refused_and_a_failing_secure_element_is_an_error() {
	assert!(Secp256k1Key::from_secret(&[0; 32]).is_none());
	assert!(Secp256k1Key::from_secret(&[0xff; 32]).is_none());
	assert!(P256Key::from_secret(&[0; 32]).is_none());
	assert!(P256Key::from_secret(&[0xff; 32]).is_none());

	struct Broken;
	impl SecureElement for Broken {
		fn public_key(&self) -> [u8; 33] {
			[2; 33]
		}
		fn sign_digest(&mut self, _: &[u8; 32]) -> Result<[u8; 64], Error> {
			Err(Error::Signer)
		}
	}
	let mut signer = SecureElementSigner(Broken);
	assert_eq!(possession_proof(&mut signer, GENESIS, &OWNER, 1), Err(Error::Signer));
	let mut device = Device::new(signer, GENESIS, 1, Sequences::open(SimFlash::new(), 4).unwrap());
	assert_eq!(device.reading(0, 1, ReadingValue::Scalar(1), None), Err(Error::Signer));
}
