//! The pallet's events and errors, imported into the pallet module as a section.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A device was registered.
		DeviceRegistered { device: DeviceId, owner: T::AccountId, key: DevicePublicKey },
		/// A manufacturer's certificate for a device was accepted.
		DeviceCertified { device: DeviceId, maker: T::AccountId },
		/// A device was suspended by its owner or an operator.
		DeviceSuspended { device: DeviceId },
		/// A suspended device was resumed.
		DeviceResumed { device: DeviceId },
		/// A device was revoked for good.
		DeviceRevoked { device: DeviceId, by: T::AccountId },
		/// A device was deregistered and its deposit returned.
		DeviceDeregistered { device: DeviceId, owner: T::AccountId },
		/// A device's key was rotated.
		KeyRotated { device: DeviceId, old_key: DevicePublicKey, new_key: DevicePublicKey },
		/// A device's metadata or firmware changed.
		DeviceUpdated { device: DeviceId, firmware: H256 },
		/// An ownership transfer was offered.
		TransferOffered { device: DeviceId, from: T::AccountId, to: T::AccountId },
		/// An offered transfer was withdrawn.
		TransferCancelled { device: DeviceId },
		/// A device changed owner.
		DeviceTransferred { device: DeviceId, from: T::AccountId, to: T::AccountId },
		/// An operator was granted rights.
		OperatorGranted {
			scope: Scope<T::AccountId>,
			operator: T::AccountId,
			rights: Rights,
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// An operator grant was removed.
		OperatorRevoked { scope: Scope<T::AccountId>, operator: T::AccountId },
		/// A manufacturer was registered.
		ManufacturerRegistered { maker: T::AccountId },
		/// A manufacturer was removed.
		ManufacturerRemoved { maker: T::AccountId },
		/// A manufacturer published a provisioning root.
		ProvisioningRootPublished { maker: T::AccountId, root: H256, count: u32 },
		/// A manufacturer withdrew its certification of a device.
		CertificationRevoked { device: DeviceId, maker: T::AccountId },
		/// A provisioning root was withdrawn (by its maker or by the manufacturer origin);
		/// devices certified under it stay certified.
		ProvisioningRootRemoved { maker: T::AccountId, root: H256 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The proof of possession is not the key's signature over the expected payload.
		BadPossessionProof,
		/// The key is already registered to a device.
		DuplicateKey,
		/// No device has this id.
		UnknownDevice,
		/// The caller is not the device's owner.
		NotOwner,
		/// The caller is neither the owner nor an operator with the needed right.
		NotAuthorized,
		/// The device is revoked.
		DeviceRevoked,
		/// The device is not active.
		DeviceNotActive,
		/// The device is not suspended.
		DeviceNotSuspended,
		/// The location is not a valid H3 cell or is finer than allowed.
		BadLocation,
		/// The owner cannot pay the deposit.
		InsufficientBalance,
		/// One entry of a batch was refused.
		BatchEntryFailed {
			/// The entry's position in the batch.
			index: u16,
			/// Why it was refused.
			reason: RegistrationError,
		},
		/// The batch is empty.
		EmptyBatch,
		/// The old key's or the new key's rotation approval does not verify.
		BadRotationSignature,
		/// There is no pending transfer of the device to the caller.
		NoPendingTransfer,
		/// A device cannot be transferred to its owner.
		TransferToSelf,
		/// The rights are empty or contain undefined flags.
		BadRights,
		/// The expiry is not in the future.
		ExpiryInPast,
		/// There is no such operator grant.
		UnknownGrant,
		/// The account is already a manufacturer.
		AlreadyManufacturer,
		/// The account is not a manufacturer.
		NotManufacturer,
		/// The manufacturer still has provisioning roots.
		ManufacturerHasRoots,
		/// The root is already published.
		DuplicateRoot,
		/// The root's key count is zero or more than the proof depth allows.
		BadRootCount,
		/// The manufacturer certificate does not verify.
		BadCertificate,
		/// The device is not certified by the caller.
		NotCertifiedByCaller,
		/// A nothing-to-do update.
		NothingToUpdate,
		/// A counter or amount would overflow.
		Overflow,
		/// The key identified a device before (rotated away or deregistered).
		KeyRetired,
		/// The key is of small order, the identity, or no valid point.
		WeakKey,
		/// The device has as many operators as `MaxOperatorsPerDevice` allows.
		TooManyOperators,
		/// The manufacturer has no such provisioning root.
		UnknownRoot,
	}
}
