//! Turning fuzz bytes into (signer, call): every dispatchable of the chain's pallets, balances
//! transfers and utility batches, with arguments that lean toward what exists (ids below the next
//! id, the device's owner as signer, the current key's valid signature) so that most calls get
//! past their first check, and now and then toward what does not.

pub use registry::CELL;

mod data;
mod payments;
mod provenance;
mod registry;
mod rewards;
mod sponsorship;
mod telemetry;

use arbitrary::{Result, Unstructured};
use frame_support::BoundedVec;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	DeviceId,
};
use iot_runtime::{
	AccountId, Balance, BlockNumber, Runtime, RuntimeCall, EXISTENTIAL_DEPOSIT, MILLI_UNIT, UNIT,
};
use sp_core::H256;

use super::{
	actors::{Actors, Key, Signer as _},
	chain::Session,
};

/// The state a call is drawn from.
pub struct Gen<'a, 'b> {
	pub u: &'a mut Unstructured<'b>,
	pub s: &'a mut Session,
	pub actors: &'static Actors,
}

/// One signed call to apply.
pub type Signed = (&'static Key, RuntimeCall);

/// Draws the next call: one of a pallet's, a transfer, or (one in twenty) a batch.
pub fn generate(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=99)? {
		BATCH.. => batch(g),
		pick => call(g, pick),
	}
}

/// Draws at or above it are batches.
const BATCH: u8 = 95;

/// The call drawn as `pick` (below [`BATCH`]).
fn call(g: &mut Gen, pick: u8) -> Result<Signed> {
	match pick {
		0..=20 => registry::call(g),
		21..=39 => telemetry::call(g),
		40..=59 => payments::call(g),
		60..=76 => rewards::call(g),
		77..=81 => sponsorship::call(g),
		82..=88 => provenance::call(g),
		89..=92 => data::call(g),
		_ => Ok((g.signer()?, transfer(g)?)),
	}
}

fn transfer(g: &mut Gen) -> Result<RuntimeCall> {
	let dest = g.account()?.into();
	let value = g.amount()?;
	Ok(if g.u.arbitrary()? {
		pallet_balances::Call::transfer_keep_alive { dest, value }.into()
	} else {
		pallet_balances::Call::transfer_allow_death { dest, value }.into()
	})
}

/// A batch of two or three calls of one signer (the first call's), in any of the three batch
/// modes.
fn batch(g: &mut Gen) -> Result<Signed> {
	let (signer, first) = generate_flat(g)?;
	let mut calls = vec![first];
	for _ in 0..g.u.int_in_range(1..=2)? {
		calls.push(generate_flat(g)?.1);
	}
	let call = match g.u.int_in_range(0..=2)? {
		0 => pallet_utility::Call::batch { calls },
		1 => pallet_utility::Call::batch_all { calls },
		_ => pallet_utility::Call::force_batch { calls },
	};
	Ok((signer, call.into()))
}

/// Any call but a batch: a draw of a batch is drawn again.
fn generate_flat(g: &mut Gen) -> Result<Signed> {
	loop {
		let pick = g.u.int_in_range(0u8..=99)?;
		// An exhausted input draws 0, so this ends.
		if pick < BATCH {
			return call(g, pick);
		}
	}
}

/// `call` through sudo, by Alice (the sudo key) or, now and then, by someone who is not.
pub fn sudo(g: &mut Gen, call: RuntimeCall) -> Result<Signed> {
	let signer = if g.u.ratio(7, 8)? { g.person(0) } else { g.signer()? };
	Ok((signer, pallet_sudo::Call::sudo { call: Box::new(call) }.into()))
}

impl Gen<'_, '_> {
	/// Any of our signers.
	pub fn signer(&mut self) -> Result<&'static Key> {
		Ok(self.u.choose(&self.actors.signers)?.1)
	}

	/// Person `i` (0 Alice ... 5 Ferdie) as a signer.
	pub fn person(&self, i: usize) -> &'static Key {
		self.actors.signers[i % super::actors::PEOPLE].1
	}

	/// Mostly `account`'s own key (when it is ours), else anyone.
	pub fn signer_for(&mut self, account: Option<&AccountId>) -> Result<&'static Key> {
		if self.u.ratio(7, 8)? {
			if let Some(key) = account.and_then(|a| self.actors.key_of_account(a)) {
				return Ok(key);
			}
		}
		self.signer()
	}

	/// One of our accounts, or now and then an account nobody holds a key of.
	pub fn account(&mut self) -> Result<AccountId> {
		if self.u.ratio(1, 16)? {
			return Ok(AccountId::new(self.u.arbitrary()?));
		}
		Ok(self.u.choose(&self.actors.signers)?.0.clone())
	}

	/// A device id: mostly one that exists or existed.
	pub fn device(&mut self) -> Result<DeviceId> {
		let next = pallet_device_registry::NextDeviceId::<Runtime>::get();
		self.id_below(next)
	}

	/// An id below `next` plus one more, now and then any id.
	pub fn id_below(&mut self, next: u64) -> Result<u64> {
		if self.u.ratio(1, 32)? {
			return self.u.arbitrary();
		}
		self.u.int_in_range(0..=next)
	}

	/// The device's owner, if it exists.
	pub fn owner_of(&self, device: DeviceId) -> Option<AccountId> {
		pallet_device_registry::Devices::<Runtime>::get(device).map(|d| d.owner)
	}

	/// The device's own key, when it is ours and an account (not P-256): the device signing
	/// for itself.
	pub fn device_as_signer(&self, device: DeviceId) -> Option<&'static Key> {
		let key = self.actors.key_of_device(&self.key_of(device)?)?;
		key.account().is_some().then_some(key)
	}

	/// The device's current key, if it exists.
	pub fn key_of(&self, device: DeviceId) -> Option<DevicePublicKey> {
		pallet_device_registry::Devices::<Runtime>::get(device).map(|d| d.key)
	}

	/// A device and mostly its owner as the signer.
	pub fn owned_device(&mut self) -> Result<(&'static Key, DeviceId)> {
		let device = self.device()?;
		let owner = self.owner_of(device);
		Ok((self.signer_for(owner.as_ref())?, device))
	}

	/// The signature of device key `public` over `message`: mostly valid (when the key is ours),
	/// now and then another key's or garbage.
	pub fn device_signature(
		&mut self,
		public: Option<&DevicePublicKey>,
		message: &[u8],
	) -> Result<DeviceSignature> {
		if self.u.ratio(15, 16)? {
			if let Some(key) = public.and_then(|p| self.actors.key_of_device(p)) {
				return Ok(key.sign(message));
			}
		}
		if self.u.arbitrary()? {
			Ok(self.u.choose(&self.actors.device_keys)?.sign(message))
		} else {
			Ok(DeviceSignature::Sr25519([self.u.arbitrary()?; 64]))
		}
	}

	/// An amount on one of the scales that matter (dust, the existential deposit, fees, stakes,
	/// fortunes, overflow).
	pub fn amount(&mut self) -> Result<Balance> {
		Ok(match self.u.int_in_range(0u8..=11)? {
			0 => 0,
			1 => 1,
			2 => EXISTENTIAL_DEPOSIT.saturating_sub(1),
			3 => EXISTENTIAL_DEPOSIT,
			4 => MILLI_UNIT * u128::from(self.u.int_in_range(1u8..=100)?),
			5 | 6 => UNIT * u128::from(self.u.int_in_range(1u8..=20)?),
			7 => 100 * UNIT,
			8 => 10_000 * UNIT,
			9 => 2_000_000 * UNIT,
			10 => Balance::MAX,
			_ => self.u.arbitrary()?,
		})
	}

	/// A number of blocks: none, a few, an epoch, days, or anything.
	pub fn blocks(&mut self) -> Result<BlockNumber> {
		Ok(match self.u.int_in_range(0u8..=7)? {
			0 => 0,
			1 => 1,
			2 => self.u.int_in_range(2..=50)?,
			3 => iot_runtime::HOURS,
			4 => iot_runtime::DAYS,
			5 => 30 * iot_runtime::DAYS,
			6 => BlockNumber::MAX,
			_ => self.u.arbitrary()?,
		})
	}

	/// A hash: mostly one of a few fixed ones, so that equal hashes meet.
	pub fn hash(&mut self) -> Result<H256> {
		if self.u.ratio(1, 4)? {
			return Ok(H256(self.u.arbitrary()?));
		}
		Ok(H256::repeat_byte(self.u.int_in_range(0..=3)?))
	}

	/// Bytes of at most `max` (and now and then one more than allowed, which cannot be built).
	pub fn bytes<S: frame_support::traits::Get<u32>>(
		&mut self,
		max: usize,
	) -> Result<BoundedVec<u8, S>> {
		let len = self.u.int_in_range(0..=max)?;
		let bytes: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
		Ok(BoundedVec::truncate_from(bytes))
	}

	/// The genesis hash that device signatures commit to.
	pub fn genesis(&self) -> H256 {
		self.s.genesis_hash()
	}
}
