//! The registry's logic behind the calls, its reads, and `DeviceInspect` for other pallets.

use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	merkle,
	payload::{signing_payload, PossessionBody, KEY_ROTATION, PROOF_OF_POSSESSION},
	traits::{DeviceInspect, DeviceLifecycle, DeviceSigner, DeviceSigners},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Saturating, Zero},
	DispatchError,
};

use crate::*;

/// Most items one page of `devices_of` or `operators_of` returns, and so reads.
pub(crate) const MAX_PAGE: u32 = 100;

impl<T: Config> Pallet<T> {
	/// The chain's genesis hash, which every device payload is bound to.
	pub fn genesis_hash() -> H256 {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// The deposit for a record of `bytes` bytes.
	pub fn deposit_for(bytes: usize) -> Result<BalanceOf<T>, Error<T>> {
		let bytes: BalanceOf<T> = (bytes as u32).into();
		T::DepositPerByte::get()
			.checked_mul(&bytes)
			.and_then(|b| b.checked_add(&T::DepositBase::get()))
			.ok_or(Error::<T>::Overflow)
	}

	/// The deposit of a device record: its bytes plus its worst-case firmware history.
	fn device_deposit(record: &Device<T>) -> Result<BalanceOf<T>, Error<T>> {
		let history =
			(T::MaxFirmwareHistory::get() as usize)
				.saturating_mul(<(BlockNumberFor<T>, H256)>::max_encoded_len());
		Self::deposit_for(record.encoded_size().saturating_add(history))
	}

	/// The deposit of an operator grant.
	fn grant_deposit() -> Result<BalanceOf<T>, Error<T>> {
		Self::deposit_for(
			Grant::<T>::max_encoded_len().saturating_add(T::AccountId::max_encoded_len()),
		)
	}

	/// The deposit of a provisioning root.
	fn root_deposit() -> Result<BalanceOf<T>, Error<T>> {
		Self::deposit_for(ProvisioningRoot::<T>::max_encoded_len().saturating_add(32))
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> Result<(), Error<T>> {
		T::Currency::hold(&HoldReason::StorageDeposit.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance)
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) {
		let released = T::Currency::release(
			&HoldReason::StorageDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		);
		if !matches!(released, Ok(r) if r == amount) {
			log::warn!(target: LOG_TARGET, "deposit release of {amount:?} fell short for {who:?}");
		}
	}

	/// Maps a single registration's error to the reason reported for a batch entry.
	pub(crate) fn registration_error(error: DispatchError) -> RegistrationError {
		match error {
			e if e == Error::<T>::BadPossessionProof.into() => {
				RegistrationError::BadPossessionProof
			}
			e if e == Error::<T>::DuplicateKey.into() => RegistrationError::DuplicateKey,
			e if e == Error::<T>::BadLocation.into() => RegistrationError::BadLocation,
			e if e == Error::<T>::BadCertificate.into() => RegistrationError::BadCertificate,
			e if e == Error::<T>::InsufficientBalance.into() => {
				RegistrationError::InsufficientBalance
			}
			e if e == Error::<T>::KeyRetired.into() => RegistrationError::KeyRetired,
			e if e == Error::<T>::WeakKey.into() => RegistrationError::WeakKey,
			_ => RegistrationError::Other,
		}
	}

	/// The weight of registering `registrations` at once: benchmarked with sr25519 keys, whose
	/// proofs (like ed25519 and secp256k1 ones) are checked by the host, plus a P-256
	/// verification, which runs in the runtime and costs far more, for each P-256 key. Charging
	/// every device as P-256 would fill a block with a tenth of the devices it can take.
	pub fn register_devices_weight(registrations: &[Registration<T>]) -> Weight {
		let count = registrations.len().min(T::MaxBatch::get() as usize);
		let p256 = registrations
			.iter()
			.take(count)
			.filter(|r| matches!(r.key, DevicePublicKey::P256(_)))
			.count() as u64;
		T::WeightInfo::register_devices(count as u32)
			.saturating_add(T::WeightInfo::verify_p256_possession().saturating_mul(p256))
	}

	/// `deregister`'s weight for a device with `grants` operator grants.
	pub fn deregister_weight(grants: u32) -> Weight {
		T::WeightInfo::deregister(grants).saturating_add(T::Lifecycle::weight())
	}

	/// `revoke`'s weight: other pallets end what the device's key does in its owner's name.
	pub fn revoke_weight() -> Weight {
		T::WeightInfo::revoke().saturating_add(T::Lifecycle::weight())
	}

	/// `accept_transfer`'s weight for a device with `grants` operator grants.
	pub fn accept_transfer_weight(grants: u32) -> Weight {
		T::WeightInfo::accept_transfer(grants).saturating_add(T::Lifecycle::weight())
	}

	/// Refuses a key that can never be a device identity: weak, or retired.
	pub(crate) fn ensure_fresh_key(key: &DevicePublicKey) -> Result<(), Error<T>> {
		ensure!(!key.is_weak(), Error::<T>::WeakKey);
		ensure!(!RetiredKeys::<T>::contains_key(key), Error::<T>::KeyRetired);
		ensure!(!DeviceByKey::<T>::contains_key(key), Error::<T>::DuplicateKey);
		Ok(())
	}

	/// Checks and registers one device for `owner`.
	pub(crate) fn do_register(
		owner: T::AccountId,
		registration: Registration<T>,
	) -> Result<DeviceId, DispatchError> {
		let Registration { key, proof, nonce, class, firmware, metadata, location, certificate } =
			registration;
		// Before the proof: a small-order key's "proof" can be forged by anyone.
		Self::ensure_fresh_key(&key)?;
		let payload = signing_payload(
			PROOF_OF_POSSESSION,
			Self::genesis_hash(),
			&PossessionBody { owner: owner.clone(), nonce },
		);
		ensure!(key.verify(&payload, &proof), Error::<T>::BadPossessionProof);
		let maker = match certificate {
			Some(certificate) => Some(Self::check_certificate(&key, certificate)?),
			None => None,
		};
		let device =
			Self::insert_device(owner, key, class, firmware, metadata, location, true, maker)?;
		Ok(device)
	}

	fn check_certificate(
		key: &DevicePublicKey,
		certificate: Certificate<T>,
	) -> Result<T::AccountId, Error<T>> {
		let root = ProvisioningRoots::<T>::get(&certificate.maker, certificate.root)
			.ok_or(Error::<T>::BadCertificate)?;
		let leaf = merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &key.encode());
		ensure!(
			merkle::verify(
				&certificate.root,
				&certificate.proof,
				root.count,
				certificate.leaf_index,
				leaf
			),
			Error::<T>::BadCertificate
		);
		Ok(certificate.maker)
	}

	/// Validates and stores a new device record and emits the registration events. The deposit
	/// is held from the owner when `hold_deposit` (genesis devices are free).
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn insert_device(
		owner: T::AccountId,
		key: DevicePublicKey,
		class: BoundedVec<u8, T::MaxClassLen>,
		firmware: H256,
		metadata: BoundedVec<u8, T::MaxMetadataLen>,
		location: Option<H3Cell>,
		hold_deposit: bool,
		certified_by: Option<T::AccountId>,
	) -> Result<DeviceId, Error<T>> {
		// Every caller ran `ensure_fresh_key` on `key` (weak, retired, duplicate) already.
		if let Some(cell) = location {
			ensure!(valid_h3_cell(cell, T::MaxH3Resolution::get()), Error::<T>::BadLocation);
		}
		let id = NextDeviceId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let mut record = Device::<T> {
			owner: owner.clone(),
			key: key.clone(),
			status: DeviceStatus::Active,
			class,
			firmware,
			metadata,
			location,
			deposit: Zero::zero(),
			certified_by: certified_by.clone(),
			rotations: 0,
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		if hold_deposit {
			record.deposit = Self::device_deposit(&record)?;
			Self::hold(&owner, record.deposit)?;
		}

		NextDeviceId::<T>::put(next);
		DeviceByKey::<T>::insert(&key, id);
		DevicesByOwner::<T>::insert(&owner, id, ());
		Devices::<T>::insert(id, record);
		Self::deposit_event(Event::DeviceRegistered { device: id, owner, key });
		if let Some(maker) = certified_by {
			CertifiedDevices::<T>::insert(&maker, id, ());
			Self::deposit_event(Event::DeviceCertified { device: id, maker });
		}
		Ok(id)
	}

	/// The device, if `who` owns it.
	pub(crate) fn owned(who: &T::AccountId, device: DeviceId) -> Result<Device<T>, Error<T>> {
		let record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(&record.owner == who, Error::<T>::NotOwner);
		Ok(record)
	}

	/// The device, if `who` owns it or operates it with `right`.
	fn authorized(
		who: &T::AccountId,
		device: DeviceId,
		right: Rights,
	) -> Result<Device<T>, Error<T>> {
		let record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(Self::may_act_on(&record, device, who, right), Error::<T>::NotAuthorized);
		Ok(record)
	}

	fn grant_holds(grant: &Grant<T>, right: Rights) -> bool {
		grant.rights.contains(right)
			&& grant.expires_at.is_none_or(|end| frame_system::Pallet::<T>::block_number() <= end)
	}

	fn may_act_on(record: &Device<T>, device: DeviceId, who: &T::AccountId, right: Rights) -> bool {
		&record.owner == who
			|| (Rights::DEVICE_OWN.contains(right) && record.key.is_account(&who.encode()))
			|| DeviceOperators::<T>::get(device, who).is_some_and(|g| Self::grant_holds(&g, right))
			|| FleetOperators::<T>::get(&record.owner, who)
				.is_some_and(|g| Self::grant_holds(&g, right))
	}

	pub(crate) fn do_set_status(
		who: &T::AccountId,
		device: DeviceId,
		from: DeviceStatus,
		to: DeviceStatus,
	) -> DispatchResult {
		let mut record = Self::authorized(who, device, Rights::MANAGE)?;
		ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
		if record.status != from {
			return Err(match from {
				DeviceStatus::Active => Error::<T>::DeviceNotActive,
				_ => Error::<T>::DeviceNotSuspended,
			}
			.into());
		}
		record.status = to;
		Devices::<T>::insert(device, record);
		Ok(())
	}

	pub(crate) fn do_revoke(who: T::AccountId, device: DeviceId) -> DispatchResult {
		let mut record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(
			record.owner == who || record.certified_by.as_ref() == Some(&who),
			Error::<T>::NotAuthorized
		);
		ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
		record.status = DeviceStatus::Revoked;
		let owner = record.owner.clone();
		Devices::<T>::insert(device, record);
		PendingTransfers::<T>::remove(device);
		T::Lifecycle::on_revoked(device, &owner);
		Self::deposit_event(Event::DeviceRevoked { device, by: who });
		Ok(())
	}

	/// The device's operator grants, if there are no more than `MaxOperatorsPerDevice` (a
	/// count above it can only come from before the bound; those are revoked one by one).
	fn bounded_grants(device: DeviceId) -> Result<u32, Error<T>> {
		let grants = OperatorCount::<T>::get(device);
		ensure!(grants <= T::MaxOperatorsPerDevice::get(), Error::<T>::TooManyOperators);
		Ok(grants)
	}

	/// Removes the device's operator grants, at most `MaxOperatorsPerDevice` of them.
	fn clear_grants(device: DeviceId) {
		for (_, grant) in DeviceOperators::<T>::drain_prefix(device) {
			Self::release(&grant.granted_by, grant.deposit);
		}
		OperatorCount::<T>::remove(device);
	}

	/// Deregisters `device` and returns how many operator grants it had.
	pub(crate) fn do_deregister(who: T::AccountId, device: DeviceId) -> Result<u32, DispatchError> {
		let record = Self::owned(&who, device)?;
		let grants = Self::bounded_grants(device)?;
		Self::clear_grants(device);
		if let Some(maker) = &record.certified_by {
			CertifiedDevices::<T>::remove(maker, device);
		}
		PendingTransfers::<T>::remove(device);
		FirmwareHistory::<T>::remove(device);
		DeviceByKey::<T>::remove(&record.key);
		RetiredKeys::<T>::insert(&record.key, ());
		DevicesByOwner::<T>::remove(&who, device);
		Devices::<T>::remove(device);
		Self::release(&who, record.deposit);
		T::Lifecycle::on_removed(device, &who);
		Self::deposit_event(Event::DeviceDeregistered { device, owner: who });
		Ok(grants)
	}

	/// The payload both keys sign to rotate `device` to `new_key`.
	pub fn rotation_payload(
		device: DeviceId,
		new_key: &DevicePublicKey,
		rotations: u32,
	) -> Vec<u8> {
		signing_payload(KEY_ROTATION, Self::genesis_hash(), &(device, new_key, rotations))
	}

	pub(crate) fn do_rotate_key(
		who: T::AccountId,
		device: DeviceId,
		new_key: DevicePublicKey,
		old_signature: DeviceSignature,
		new_signature: DeviceSignature,
	) -> DispatchResult {
		let mut record = Self::owned(&who, device)?;
		ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
		Self::ensure_fresh_key(&new_key)?;
		let payload = Self::rotation_payload(device, &new_key, record.rotations);
		ensure!(
			record.key.verify(&payload, &old_signature) && new_key.verify(&payload, &new_signature),
			Error::<T>::BadRotationSignature
		);
		let rotations = record.rotations.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let old_key = core::mem::replace(&mut record.key, new_key.clone());
		record.rotations = rotations;
		DeviceByKey::<T>::remove(&old_key);
		RetiredKeys::<T>::insert(&old_key, ());
		DeviceByKey::<T>::insert(&new_key, device);
		Devices::<T>::insert(device, record);
		Self::deposit_event(Event::KeyRotated { device, old_key, new_key });
		Ok(())
	}

	/// Moves `record`'s held deposit to what its current size needs.
	fn rebalance_deposit(record: &mut Device<T>) -> Result<(), Error<T>> {
		let needed = Self::device_deposit(record)?;
		if needed > record.deposit {
			Self::hold(&record.owner, needed.saturating_sub(record.deposit))?;
		} else if needed < record.deposit {
			Self::release(&record.owner, record.deposit.saturating_sub(needed));
		}
		record.deposit = needed;
		Ok(())
	}

	pub(crate) fn do_update(
		who: T::AccountId,
		device: DeviceId,
		metadata: Option<BoundedVec<u8, T::MaxMetadataLen>>,
		firmware: Option<H256>,
		location: Option<Option<H3Cell>>,
	) -> DispatchResult {
		ensure!(
			metadata.is_some() || firmware.is_some() || location.is_some(),
			Error::<T>::NothingToUpdate
		);
		let mut record = Self::authorized(&who, device, Rights::MANAGE)?;
		ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
		if let Some(Some(cell)) = location {
			ensure!(valid_h3_cell(cell, T::MaxH3Resolution::get()), Error::<T>::BadLocation);
		}
		let old_firmware = record.firmware;
		if let Some(metadata) = metadata {
			record.metadata = metadata;
		}
		if let Some(location) = location {
			record.location = location;
		}
		if let Some(firmware) = firmware {
			record.firmware = firmware;
		}
		Self::rebalance_deposit(&mut record)?;
		if record.firmware != old_firmware {
			let now = frame_system::Pallet::<T>::block_number();
			FirmwareHistory::<T>::mutate(device, |history| {
				if history.is_full() {
					history.remove(0);
				}
				// Cannot fail: one slot was just made free if the history was full.
				let _ = history.try_push((now, old_firmware));
			});
		}
		let firmware = record.firmware;
		Devices::<T>::insert(device, record);
		Self::deposit_event(Event::DeviceUpdated { device, firmware });
		Ok(())
	}

	/// Moves `device` to `who` and returns how many operator grants it had.
	pub(crate) fn do_accept_transfer(
		who: T::AccountId,
		device: DeviceId,
	) -> Result<u32, DispatchError> {
		let mut record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(
			PendingTransfers::<T>::get(device).as_ref() == Some(&who),
			Error::<T>::NoPendingTransfer
		);
		ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
		let grants = Self::bounded_grants(device)?;
		let from = core::mem::replace(&mut record.owner, who.clone());
		let old_deposit = record.deposit;
		record.deposit = Self::device_deposit(&record)?;
		Self::hold(&who, record.deposit)?;
		Self::release(&from, old_deposit);
		Self::clear_grants(device);
		PendingTransfers::<T>::remove(device);
		DevicesByOwner::<T>::remove(&from, device);
		DevicesByOwner::<T>::insert(&who, device, ());
		Devices::<T>::insert(device, record);
		T::Lifecycle::on_transferred(device, &from, &who)?;
		Self::deposit_event(Event::DeviceTransferred { device, from, to: who });
		Ok(grants)
	}

	pub(crate) fn do_grant(
		who: T::AccountId,
		scope: Scope<T::AccountId>,
		operator: T::AccountId,
		rights: Rights,
		expires_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		ensure!(rights.is_valid(), Error::<T>::BadRights);
		if let Some(end) = expires_at {
			ensure!(end > frame_system::Pallet::<T>::block_number(), Error::<T>::ExpiryInPast);
		}
		let existing = match &scope {
			Scope::Device(device) => {
				Self::owned(&who, *device)?;
				let existing = DeviceOperators::<T>::get(device, &operator);
				if existing.is_none() {
					let grants = OperatorCount::<T>::get(device);
					ensure!(grants < T::MaxOperatorsPerDevice::get(), Error::<T>::TooManyOperators);
					OperatorCount::<T>::insert(device, grants.saturating_add(1));
				}
				existing
			}
			Scope::Fleet(owner) => {
				ensure!(owner == &who, Error::<T>::NotOwner);
				FleetOperators::<T>::get(owner, &operator)
			}
		};
		let deposit = match existing {
			Some(grant) if grant.granted_by == who => grant.deposit,
			_ => {
				let deposit = Self::grant_deposit()?;
				Self::hold(&who, deposit)?;
				deposit
			}
		};
		let grant = Grant::<T> { rights, expires_at, granted_by: who, deposit };
		match &scope {
			Scope::Device(device) => DeviceOperators::<T>::insert(device, &operator, grant),
			Scope::Fleet(owner) => FleetOperators::<T>::insert(owner, &operator, grant),
		}
		Self::deposit_event(Event::OperatorGranted { scope, operator, rights, expires_at });
		Ok(())
	}

	pub(crate) fn do_revoke_grant(
		who: T::AccountId,
		scope: Scope<T::AccountId>,
		operator: T::AccountId,
	) -> DispatchResult {
		let owner = match &scope {
			Scope::Device(device) => {
				Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?.owner
			}
			Scope::Fleet(owner) => owner.clone(),
		};
		ensure!(who == owner || who == operator, Error::<T>::NotAuthorized);
		let grant = match &scope {
			Scope::Device(device) => DeviceOperators::<T>::take(device, &operator),
			Scope::Fleet(owner) => FleetOperators::<T>::take(owner, &operator),
		}
		.ok_or(Error::<T>::UnknownGrant)?;
		if let Scope::Device(device) = &scope {
			let left = OperatorCount::<T>::get(device).saturating_sub(1);
			if left == 0 {
				OperatorCount::<T>::remove(device);
			} else {
				OperatorCount::<T>::insert(device, left);
			}
		}
		Self::release(&grant.granted_by, grant.deposit);
		Self::deposit_event(Event::OperatorRevoked { scope, operator });
		Ok(())
	}

	pub(crate) fn do_publish_roots(
		maker: T::AccountId,
		roots: BoundedVec<(H256, u32), T::MaxRootsPerCall>,
	) -> DispatchResult {
		let mut info = Manufacturers::<T>::get(&maker).ok_or(Error::<T>::NotManufacturer)?;
		let max_count = 1u64 << T::MaxProofDepth::get().min(32);
		for (i, (root, count)) in roots.iter().enumerate() {
			ensure!(*count > 0 && u64::from(*count) <= max_count, Error::<T>::BadRootCount);
			ensure!(
				!ProvisioningRoots::<T>::contains_key(&maker, root)
					&& !roots[..i].iter().any(|(r, _)| r == root),
				Error::<T>::DuplicateRoot
			);
		}
		let deposit = Self::root_deposit()?;
		let total =
			deposit.checked_mul(&(roots.len() as u32).into()).ok_or(Error::<T>::Overflow)?;
		info.roots = info.roots.checked_add(roots.len() as u32).ok_or(Error::<T>::Overflow)?;
		Self::hold(&maker, total)?;
		for (root, count) in roots {
			ProvisioningRoots::<T>::insert(&maker, root, ProvisioningRoot::<T> { count, deposit });
			Self::deposit_event(Event::ProvisioningRootPublished {
				maker: maker.clone(),
				root,
				count,
			});
		}
		Manufacturers::<T>::insert(&maker, info);
		Ok(())
	}

	/// Removes `maker`'s provisioning root `root` and returns its deposit.
	pub(crate) fn do_remove_root(maker: T::AccountId, root: H256) -> DispatchResult {
		let record = ProvisioningRoots::<T>::get(&maker, root).ok_or(Error::<T>::UnknownRoot)?;
		let mut info = Manufacturers::<T>::get(&maker).ok_or(Error::<T>::NotManufacturer)?;
		info.roots = info.roots.saturating_sub(1);
		ProvisioningRoots::<T>::remove(&maker, root);
		Manufacturers::<T>::insert(&maker, info);
		Self::release(&maker, record.deposit);
		Self::deposit_event(Event::ProvisioningRootRemoved { maker, root });
		Ok(())
	}

	/// A page of `owner`'s device ids after `after`, in the owner index's storage order (by the
	/// ids' hashes: stable, but not id order). It seeks to `after`'s key and reads at most
	/// `limit` (capped at [`MAX_PAGE`]) entries, however many devices the owner has (L-9: this
	/// used to read and sort them all); `after` need not be the owner's any more.
	pub(crate) fn owner_page(
		owner: &T::AccountId,
		after: Option<DeviceId>,
		limit: u32,
	) -> Vec<DeviceId> {
		let ids = match after {
			Some(after) => DevicesByOwner::<T>::iter_key_prefix_from(
				owner,
				DevicesByOwner::<T>::hashed_key_for(owner, after),
			),
			None => DevicesByOwner::<T>::iter_key_prefix(owner),
		};
		ids.take(limit.min(MAX_PAGE) as usize).collect()
	}

	/// A page of a device's operators: its per-device grants, then its owner's fleet grants,
	/// each in storage order, after the cursor `after` (the `(fleet_wide, operator)` of the last
	/// item of the previous page). At most `limit` (capped at [`MAX_PAGE`]) grants are read:
	/// an owner's fleet grants are not bounded, so the view never walks them all (L-9).
	pub(crate) fn operators(
		device: DeviceId,
		after: Option<(bool, T::AccountId)>,
		limit: u32,
	) -> Vec<OperatorInfo<T::AccountId, BlockNumberFor<T>>> {
		let Some(record) = Devices::<T>::get(device) else { return Vec::new() };
		let single = match &after {
			None => Some(DeviceOperators::<T>::iter_prefix(device)),
			Some((false, operator)) => Some(DeviceOperators::<T>::iter_prefix_from(
				device,
				DeviceOperators::<T>::hashed_key_for(device, operator),
			)),
			Some((true, _)) => None,
		};
		let fleet = match &after {
			Some((true, operator)) => FleetOperators::<T>::iter_prefix_from(
				&record.owner,
				FleetOperators::<T>::hashed_key_for(&record.owner, operator),
			),
			_ => FleetOperators::<T>::iter_prefix(&record.owner),
		};
		let single = single.into_iter().flatten().map(|(operator, g)| OperatorInfo {
			operator,
			fleet_wide: false,
			rights: g.rights,
			expires_at: g.expires_at,
		});
		let fleet = fleet.map(|(operator, g)| OperatorInfo {
			operator,
			fleet_wide: true,
			rights: g.rights,
			expires_at: g.expires_at,
		});
		single.chain(fleet).take(limit.min(MAX_PAGE) as usize).collect()
	}

	/// The registry's invariants:
	/// - the deposits held under `StorageDeposit` equal the deposits recorded on devices, grants
	///   and provisioning roots, per account;
	/// - every device is in its owner's index and its key's index, and nothing else is;
	/// - every certified device is in its manufacturer's index, and nothing else is;
	/// - every manufacturer's root count matches its roots; every id is below `NextDeviceId`.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut expected: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut add = |who: &T::AccountId, amount: BalanceOf<T>| {
			let entry = expected.entry(who.clone()).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(amount);
		};
		let next = NextDeviceId::<T>::get();
		for (id, device) in Devices::<T>::iter() {
			ensure!(id < next, "device id not below NextDeviceId");
			add(&device.owner, device.deposit);
			ensure!(
				DevicesByOwner::<T>::contains_key(&device.owner, id),
				"device missing from owner index"
			);
			ensure!(
				DeviceByKey::<T>::get(&device.key) == Some(id),
				"device missing from key index"
			);
			if let Some(maker) = &device.certified_by {
				ensure!(
					CertifiedDevices::<T>::contains_key(maker, id),
					"device missing from maker index"
				);
			}
		}
		for (owner, id, ()) in DevicesByOwner::<T>::iter() {
			ensure!(
				Devices::<T>::get(id).is_some_and(|d| d.owner == owner),
				"stale owner index entry"
			);
		}
		for (key, id) in DeviceByKey::<T>::iter() {
			ensure!(Devices::<T>::get(id).is_some_and(|d| d.key == key), "stale key index entry");
		}
		for (maker, id, ()) in CertifiedDevices::<T>::iter() {
			ensure!(
				Devices::<T>::get(id).is_some_and(|d| d.certified_by == Some(maker)),
				"stale maker index entry"
			);
		}
		let mut counts: BTreeMap<DeviceId, u32> = BTreeMap::new();
		for (device, _, grant) in DeviceOperators::<T>::iter() {
			add(&grant.granted_by, grant.deposit);
			*counts.entry(device).or_default() += 1;
		}
		for (device, count) in OperatorCount::<T>::iter() {
			ensure!(count > 0, "zero operator count stored");
			ensure!(counts.remove(&device) == Some(count), "operator count differs from grants");
		}
		ensure!(counts.is_empty(), "grants without an operator count");
		for (key, ()) in RetiredKeys::<T>::iter() {
			ensure!(!DeviceByKey::<T>::contains_key(&key), "a retired key identifies a device");
		}
		for (_, _, grant) in FleetOperators::<T>::iter() {
			add(&grant.granted_by, grant.deposit);
		}
		let mut roots: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (maker, _, root) in ProvisioningRoots::<T>::iter() {
			add(&maker, root.deposit);
			*roots.entry(maker).or_default() += 1;
		}
		for (maker, info) in Manufacturers::<T>::iter() {
			ensure!(roots.remove(&maker).unwrap_or(0) == info.roots, "manufacturer root count");
		}
		ensure!(roots.is_empty(), "roots of an unregistered manufacturer");
		for (who, amount) in expected {
			use frame_support::traits::fungible::InspectHold;
			let held = T::Currency::balance_on_hold(&HoldReason::StorageDeposit.into(), &who);
			ensure!(held == amount, "held deposit differs from recorded deposits");
		}
		Ok(())
	}
}

impl<T: Config> DeviceInspect<T::AccountId> for Pallet<T> {
	type DeviceId = DeviceId;
	type Right = Rights;

	fn is_active(device: &DeviceId) -> bool {
		Devices::<T>::get(device).is_some_and(|d| d.status == DeviceStatus::Active)
	}

	fn owner(device: &DeviceId) -> Option<T::AccountId> {
		Devices::<T>::get(device).map(|d| d.owner)
	}

	fn may_act(device: &DeviceId, who: &T::AccountId, right: Rights) -> bool {
		Devices::<T>::get(device).is_some_and(|d| Self::may_act_on(&d, *device, who, right))
	}

	fn verify(device: &DeviceId, message: &[u8], signature: &DeviceSignature) -> bool {
		Devices::<T>::get(device).is_some_and(|d| d.key.verify(message, signature))
	}

	fn key(device: &DeviceId) -> Option<DevicePublicKey> {
		Devices::<T>::get(device).map(|d| d.key)
	}

	fn is_certified(device: &DeviceId) -> bool {
		Devices::<T>::get(device)
			.and_then(|d| d.certified_by)
			.is_some_and(|maker| Manufacturers::<T>::contains_key(maker))
	}
}

/// Shortcuts for other pallets' benchmarks: records stored directly, without proofs or deposits.
#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Stores an active device with `key`, owned by `owner`, and returns its id.
	pub fn benchmark_insert_device(owner: T::AccountId, key: DevicePublicKey) -> DeviceId {
		let id = NextDeviceId::<T>::get();
		NextDeviceId::<T>::put(id.saturating_add(1));
		let record = Device::<T> {
			owner: owner.clone(),
			key: key.clone(),
			status: DeviceStatus::Active,
			class: Default::default(),
			firmware: H256::zero(),
			metadata: Default::default(),
			location: None,
			deposit: Default::default(),
			certified_by: None,
			rotations: 0,
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		Devices::<T>::insert(id, record);
		DeviceByKey::<T>::insert(key, id);
		DevicesByOwner::<T>::insert(owner, id, ());
		id
	}

	/// Registers `maker` as a manufacturer (if it is not) and makes it `device`'s certifier.
	pub fn benchmark_certify(device: DeviceId, maker: T::AccountId) {
		if !Manufacturers::<T>::contains_key(&maker) {
			let name = Default::default();
			Manufacturers::<T>::insert(&maker, Manufacturer::<T> { name, roots: 0 });
		}
		Devices::<T>::mutate_extant(device, |record| record.certified_by = Some(maker.clone()));
		CertifiedDevices::<T>::insert(maker, device, ());
	}

	/// Replaces `device`'s key, as a rotation would.
	pub fn benchmark_set_key(device: DeviceId, key: DevicePublicKey) {
		Devices::<T>::mutate_extant(device, |record| {
			DeviceByKey::<T>::remove(&record.key);
			record.key = key.clone();
		});
		DeviceByKey::<T>::insert(key, device);
	}

	/// Grants `operator` `rights` over every device of `owner`, without expiry.
	pub fn benchmark_insert_fleet_grant(
		owner: T::AccountId,
		operator: T::AccountId,
		rights: Rights,
	) {
		let grant = Grant::<T> {
			rights,
			expires_at: None,
			granted_by: owner.clone(),
			deposit: Default::default(),
		};
		FleetOperators::<T>::insert(owner, operator, grant);
	}
}

impl<T: Config> DeviceSigners<T::AccountId> for Pallet<T> {
	fn signer(device: DeviceId) -> Option<DeviceSigner<T::AccountId>> {
		let record = Devices::<T>::get(device)?;
		let account = record.key.account()?;
		let account = T::AccountId::decode(&mut &account[..]).ok()?;
		Some(DeviceSigner {
			account,
			owner: record.owner,
			active: record.status == DeviceStatus::Active,
		})
	}
}
