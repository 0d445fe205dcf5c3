//! Device registry calls: registration (certified or not), lifecycle, keys, transfers, operators
//! and manufacturers.

use arbitrary::Result;
use codec::Encode;
use frame_support::BoundedVec;
use iot_primitives::{
	merkle,
	payload::{signing_payload, PossessionBody, KEY_ROTATION, PROOF_OF_POSSESSION},
};
use iot_runtime::{AccountId, Runtime, RuntimeCall};
use pallet_device_registry::{Call, Certificate, Registration, Rights, Scope};

use crate::runtime::actors::Signer as _;

use super::{sudo, Gen, Signed};

/// A valid H3 cell at resolution 5, so that located registrations can pass.
pub const CELL: u64 = 0x0852_8347_ffff_ffff;

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=18)? {
		0 | 1 => {
			let signer = g.signer()?;
			let owner = signer.account().expect("signers have accounts");
			let registration = registration(g, &owner)?;
			return Ok((
				signer,
				Call::register_device { registration: Box::new(registration) }.into(),
			));
		}
		2 => {
			let signer = g.signer()?;
			let owner = signer.account().expect("signers have accounts");
			let mut registrations = Vec::new();
			for _ in 0..g.u.int_in_range(1..=3)? {
				registrations.push(registration(g, &owner)?);
			}
			let registrations = BoundedVec::truncate_from(registrations);
			return Ok((signer, Call::register_devices { registrations }.into()));
		}
		3 => return owned(g, |device| Call::suspend { device }),
		4 => return owned(g, |device| Call::resume { device }),
		5 => return owned(g, |device| Call::revoke { device }),
		6 => return owned(g, |device| Call::deregister { device }),
		7 => return rotate_key(g),
		8 => {
			let (signer, device) = g.owned_device()?;
			let metadata = if g.u.arbitrary()? { Some(g.bytes(80)?) } else { None };
			let firmware = if g.u.arbitrary()? { Some(g.hash()?) } else { None };
			let location = match g.u.int_in_range(0..=2)? {
				0 => None,
				1 => Some(None),
				_ => Some(Some(if g.u.arbitrary()? { CELL } else { g.u.arbitrary()? })),
			};
			return Ok((
				signer,
				Call::update_device { device, metadata, firmware, location }.into(),
			));
		}
		9 => {
			let (signer, device) = g.owned_device()?;
			let to = g.account()?;
			return Ok((signer, Call::offer_transfer { device, to }.into()));
		}
		10 => {
			let device = g.device()?;
			let to = pallet_device_registry::PendingTransfers::<Runtime>::get(device);
			return Ok((g.signer_for(to.as_ref())?, Call::accept_transfer { device }.into()));
		}
		11 => {
			// Mostly a transfer that is pending, by its device's owner.
			let pending: Vec<u64> =
				pallet_device_registry::PendingTransfers::<Runtime>::iter_keys().take(8).collect();
			let device = match g.u.choose(&pending) {
				Ok(device) if g.u.ratio(3, 4)? => *device,
				_ => g.device()?,
			};
			let owner = g.owner_of(device);
			return Ok((g.signer_for(owner.as_ref())?, Call::cancel_transfer { device }.into()));
		}
		12 => {
			let (signer, device) = g.owned_device()?;
			let scope = scope(g, device)?;
			let operator = g.account()?;
			let rights = Rights(g.u.int_in_range(0..=8)?);
			let expires_at =
				if g.u.arbitrary()? { Some(g.s.number.saturating_add(g.blocks()?)) } else { None };
			return Ok((
				signer,
				Call::grant_operator { scope, operator, rights, expires_at }.into(),
			));
		}
		13 => {
			// Mostly a grant that exists, by the owner or by the operator giving it up.
			let grants: Vec<(u64, AccountId)> =
				pallet_device_registry::DeviceOperators::<Runtime>::iter_keys().take(8).collect();
			let (scope, operator, signer) = match g.u.choose(&grants) {
				Ok((device, operator)) if g.u.ratio(3, 4)? => {
					let by =
						if g.u.arbitrary()? { g.owner_of(*device) } else { Some(operator.clone()) };
					(Scope::Device(*device), operator.clone(), g.signer_for(by.as_ref())?)
				}
				_ => {
					let (signer, device) = g.owned_device()?;
					(scope(g, device)?, g.account()?, signer)
				}
			};
			return Ok((signer, Call::revoke_operator { scope, operator }.into()));
		}
		14 => {
			let maker = g.account()?;
			let name = g.bytes(40)?;
			return sudo(g, Call::register_manufacturer { maker, name }.into());
		}
		15 => {
			let maker = g.account()?;
			return sudo(g, Call::remove_manufacturer { maker }.into());
		}
		16 => {
			let (root, count) =
				if g.u.ratio(3, 4)? { provisioning_root(g) } else { (g.hash()?, g.u.arbitrary()?) };
			let signer = g.signer()?;
			return Ok((
				signer,
				Call::publish_roots { roots: BoundedVec::truncate_from(vec![(root, count)]) }
					.into(),
			));
		}
		17 => {
			let device = g.device()?;
			let maker = pallet_device_registry::Devices::<Runtime>::get(device)
				.and_then(|d| d.certified_by);
			return Ok((
				g.signer_for(maker.as_ref())?,
				Call::revoke_certification { device }.into(),
			));
		}
		_ => {
			let root = provisioning_root(g).0;
			if g.u.arbitrary()? {
				return Ok((g.signer()?, Call::withdraw_root { root }.into()));
			}
			let maker = g.account()?;
			return sudo(g, Call::force_remove_root { maker, root }.into());
		}
	}
}

/// A call on a device by (mostly) its owner.
fn owned(g: &mut Gen, f: impl FnOnce(u64) -> Call<Runtime>) -> Result<Signed> {
	let (signer, device) = g.owned_device()?;
	Ok((signer, f(device).into()))
}

fn scope(g: &mut Gen, device: u64) -> Result<Scope<AccountId>> {
	Ok(if g.u.ratio(3, 4)? { Scope::Device(device) } else { Scope::Fleet(g.account()?) })
}

/// The root over every device key of the fuzzer's pool, as a manufacturer would publish it.
fn provisioning_root(g: &mut Gen) -> (sp_core::H256, u32) {
	let leaves = pool_leaves(g);
	(merkle::root(leaves.iter().copied()), leaves.len() as u32)
}

fn pool_leaves(g: &Gen) -> Vec<sp_core::H256> {
	g.actors
		.device_keys
		.iter()
		.map(|k| merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &k.public().encode()))
		.collect()
}

/// A registration of one of the pool's keys to `owner`, mostly with a valid possession proof,
/// sometimes with a certificate from the pool's provisioning root.
fn registration(g: &mut Gen, owner: &AccountId) -> Result<Registration<Runtime>> {
	let index = g.u.choose_index(g.actors.device_keys.len())?;
	let key = g.actors.device_keys[index];
	let nonce: u64 = g.u.int_in_range(0..=3)?;
	let body = PossessionBody { owner: owner.clone(), nonce };
	let payload = signing_payload(PROOF_OF_POSSESSION, g.genesis(), &body);
	let public = key.public();
	let proof = g.device_signature(Some(&public), &payload)?;
	let certificate = if g.u.ratio(1, 3)? {
		let leaves = pool_leaves(g);
		let maker = g.account()?;
		let proof = merkle::proof(&leaves, index as u32).unwrap_or_default();
		Some(Certificate {
			maker,
			root: merkle::root(leaves.iter().copied()),
			leaf_index: index as u32,
			proof: BoundedVec::truncate_from(proof),
		})
	} else {
		None
	};
	Ok(Registration {
		key: public,
		proof,
		nonce,
		class: g.bytes(12)?,
		firmware: g.hash()?,
		metadata: g.bytes(40)?,
		location: if g.u.arbitrary()? { Some(CELL) } else { None },
		certificate,
	})
}

/// A key rotation of a device to a key of the pool, approved by both keys (mostly validly).
fn rotate_key(g: &mut Gen) -> Result<Signed> {
	let (signer, device) = g.owned_device()?;
	let record = pallet_device_registry::Devices::<Runtime>::get(device);
	let new_key = g.u.choose(&g.actors.device_keys)?.public();
	let rotations = record.as_ref().map_or(0, |d| d.rotations);
	let payload = signing_payload(KEY_ROTATION, g.genesis(), &(device, &new_key, rotations));
	let old_key_signature = g.device_signature(record.as_ref().map(|d| &d.key), &payload)?;
	let new_key_signature = g.device_signature(Some(&new_key), &payload)?;
	let call: RuntimeCall =
		Call::rotate_key { device, new_key, old_key_signature, new_key_signature }.into();
	Ok((signer, call))
}
