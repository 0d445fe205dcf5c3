//! The transactions of each workload, made on demand for the driver: one sender after another,
//! each with its own counters (device keys, stream sequences, voucher nonces).

use anyhow::Result;
use codec::Encode;
use iot_gateway::{
	chain::{convert, AtBlock},
	keys::DeviceKey,
	register::Registration,
};
use iot_metadata::iot;
use iot_primitives::{
	device::DeviceSignature,
	payment::Voucher,
	telemetry::{Batch, Reading, ReadingValue},
	DeviceId,
};
use sp_core::{sr25519, Pair, H256};
use sp_crypto_hashing::blake2_256;
use subxt::utils::MultiAddress;

use super::senders::Senders;

/// A signed transaction and the sender that signed it.
pub type Signed = (usize, Vec<u8>);

/// What every workload needs to sign.
pub struct Signing<'a> {
	pub at: &'a AtBlock,
	pub genesis: H256,
	pub senders: &'a mut Senders,
}

/// Round-robin over `count` senders.
pub struct Turns {
	next: usize,
	count: usize,
}

impl Turns {
	pub fn new(count: usize) -> Self {
		Self { next: 0, count: count.max(1) }
	}

	fn take(&mut self) -> usize {
		let i = self.next;
		self.next = (self.next + 1) % self.count;
		i
	}
}

/// A device key no one else derives: `label`, then the numbers.
pub fn device_key(label: &str, numbers: &[u64]) -> DeviceKey {
	let seed = blake2_256(&(label, numbers).encode());
	DeviceKey::Sr25519(sr25519::Pair::from_seed(&seed))
}

/// A registration of `key` for `owner` with its proof of possession.
pub fn registration(
	key: &DeviceKey,
	owner: &subxt::utils::AccountId32,
	genesis: H256,
	nonce: u64,
) -> Registration {
	let owner = sp_core::crypto::AccountId32::from(owner.0);
	Registration::proven(key, owner, genesis, nonce, b"load/sensor".to_vec())
}

/// `Balances::transfer_keep_alive` of 1 µIOT to the next sender.
pub fn transfer(s: &mut Signing, turns: &mut Turns) -> Result<Signed> {
	let i = turns.take();
	let dest = s.senders.account((i + 1) % s.senders.len());
	let call = iot::tx().balances().transfer_keep_alive(MultiAddress::Id(dest), 1_000_000);
	Ok((i, s.senders.sign(s.at, i, &call)?))
}

/// `DeviceRegistry::register_devices` of `per_tx` new sr25519 devices.
pub struct Onboarding {
	pub turns: Turns,
	pub per_tx: usize,
	pub rounds: Vec<u64>,
}

impl Onboarding {
	pub fn next(&mut self, s: &mut Signing) -> Result<Signed> {
		let i = self.turns.take();
		let round = self.rounds[i];
		self.rounds[i] += 1;
		let owner = s.senders.account(i);
		let registrations = (0..self.per_tx as u64)
			.map(|j| {
				let key = device_key("load/onboard", &[i as u64, round, j]);
				convert(&registration(&key, &owner, s.genesis, round * 1_000 + j))
			})
			.collect::<Result<Vec<_>>>()?;
		let call = iot::tx().device_registry().register_devices(
			iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(registrations),
		);
		Ok((i, s.senders.sign(s.at, i, &call)?))
	}
}

/// `TelemetryAnchor::anchor_batch` of `per_tx` readings of each sender's own stream.
pub struct Anchoring {
	pub turns: Turns,
	pub per_tx: u64,
	/// Each sender's device (stream 0) and next sequence number.
	pub streams: Vec<(DeviceId, u64)>,
}

impl Anchoring {
	pub fn next(&mut self, s: &mut Signing) -> Result<Signed> {
		let i = self.turns.take();
		let (device, first) = self.streams[i];
		self.streams[i].1 += self.per_tx;
		let readings = (first..first + self.per_tx)
			.map(|sequence| Reading {
				device,
				stream: 0,
				sequence,
				timestamp: 1_700_000_000_000 + sequence,
				value: ReadingValue::Scalar((sequence % 400) as i64 - 100),
				salt: Some(salt(device, sequence)),
			})
			.collect();
		let batch = Batch::new(readings);
		let ranges = batch
			.ranges()
			.into_iter()
			.map(|range| convert(&(range, Option::<()>::None)))
			.collect::<Result<Vec<_>>>()?;
		let leaf_count = u32::try_from(self.per_tx)?;
		let call = iot::tx().telemetry_anchor().anchor_batch(
			convert(&batch.root())?,
			leaf_count,
			iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(ranges),
			None,
		);
		Ok((i, s.senders.sign(s.at, i, &call)?))
	}
}

/// A reading's salt, different for every reading.
fn salt(device: DeviceId, sequence: u64) -> [u8; 16] {
	let mut salt = [0; 16];
	salt.copy_from_slice(&blake2_256(&(device, sequence).encode())[..16]);
	salt
}

/// Payment-channel vouchers: `M2mPayments::claim` one at a time, or `M2mPayments::settle` of
/// every channel a sender pays from.
pub struct Paying {
	pub turns: Turns,
	/// The channels each sender pays from, and the last voucher nonce used on them.
	pub channels: Vec<(Vec<u64>, u64)>,
}

/// Each voucher pays this much more than the one before.
const STEP: u128 = 1_000;

impl Paying {
	fn vouchers(&mut self, s: &Signing, i: usize) -> Vec<(Voucher<u128>, DeviceSignature)> {
		let (channels, nonce) = &mut self.channels[i];
		*nonce += 1;
		let pair = &s.senders.pairs[i];
		channels
			.iter()
			.map(|&channel| {
				let voucher =
					Voucher { channel, cumulative: u128::from(*nonce) * STEP, nonce: *nonce };
				let signature = pair.sign(&voucher.signing_payload(s.genesis));
				(voucher, DeviceSignature::Sr25519(signature.0))
			})
			.collect()
	}

	/// One claim of the sender's next voucher (each sender pays through one channel).
	pub fn claim(&mut self, s: &mut Signing) -> Result<Signed> {
		let i = self.turns.take();
		let (voucher, signature) = self
			.vouchers(s, i)
			.pop()
			.ok_or_else(|| anyhow::anyhow!("sender {i} has no channel"))?;
		let call = iot::tx().m2m_payments().claim(convert(&voucher)?, convert(&signature)?);
		Ok((i, s.senders.sign(s.at, i, &call)?))
	}

	/// One settlement of the newest voucher of each of the sender's channels.
	pub fn settle(&mut self, s: &mut Signing) -> Result<Signed> {
		let i = self.turns.take();
		let vouchers = self.vouchers(s, i).iter().map(convert).collect::<Result<Vec<_>>>()?;
		let call = iot::tx()
			.m2m_payments()
			.settle(iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(vouchers));
		Ok((i, s.senders.sign(s.at, i, &call)?))
	}
}
