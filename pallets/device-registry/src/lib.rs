//! # Device registry
//!
//! ## Overview
//!
//! Every IoT device gets an on-chain identity bound to its owner: a "digital passport" that other
//! pallets, gateways and users trust. A device is registered only with a **proof of possession**:
//! the device's own key signs the owner's account and the chain's genesis hash, so no one can
//! register a key they do not hold, nor replay a proof on another chain or for another owner.
//!
//! ## Terminology
//!
//! - *Device key*: sr25519, ed25519, secp256k1 or P-256 ([`DevicePublicKey`]).
//! - *Device id*: a number assigned at registration that survives key rotation and transfer.
//! - *Manufacturer*: an account registered by governance that publishes Merkle roots of the
//!   device keys it provisioned; a device proven to be under such a root is *certified*.
//! - *Operator*: an account the owner grants rights ([`Rights`]) over one device or the whole
//!   fleet, optionally until a block.
//! - *Deposit*: held from whoever creates a record, sized by the record's bytes, returned when
//!   the record goes.
//!
//! ## Usage
//!
//! The device signs `signing_payload(PROOF_OF_POSSESSION, genesis, PossessionBody { owner, nonce })`
//! (see `iot_primitives::payload`); the owner calls [`Pallet::register_device`] with the key, the
//! signature and the nonce. Other pallets use the registry through
//! [`iot_primitives::traits::DeviceInspect`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod events;
#[cfg(test)]
mod genesis_tests;
mod impls;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod security_tests;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

use frame_support::{pallet_macros::import_section, traits::fungible};

/// A device registered at genesis: (owner, SCALE-encoded `DevicePublicKey`, class, metadata).
pub type GenesisDevice<AccountId> =
	(AccountId, alloc::vec::Vec<u8>, alloc::vec::Vec<u8>, alloc::vec::Vec<u8>);

/// The balance type of the registry's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

const LOG_TARGET: &str = "runtime::device-registry";

#[import_section(events::events)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{
		device::{DevicePublicKey, DeviceSignature},
		traits::DeviceLifecycle,
	};
	use sp_core::H256;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>, Hash = H256> {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may register and remove manufacturers.
		type ManufacturerOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit part that every record pays.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// Deposit part per byte of a record.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Longest device class or manufacturer name.
		#[pallet::constant]
		type MaxClassLen: Get<u32>;

		/// Longest metadata URI or CID.
		#[pallet::constant]
		type MaxMetadataLen: Get<u32>;

		/// How many past firmware hashes are kept per device.
		#[pallet::constant]
		type MaxFirmwareHistory: Get<u32>;

		/// Most devices in one batch registration.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// Most provisioning roots published in one call.
		#[pallet::constant]
		type MaxRootsPerCall: Get<u32>;

		/// Deepest manufacturer Merkle proof (2^depth keys per root).
		#[pallet::constant]
		type MaxProofDepth: Get<u32>;

		/// Finest H3 resolution accepted for a location (coarse positions only).
		#[pallet::constant]
		type MaxH3Resolution: Get<u8>;

		/// Most operators one device can have on its own (fleet grants do not count): bounds
		/// the grants that `deregister` and `accept_transfer` remove in one call.
		#[pallet::constant]
		type MaxOperatorsPerDevice: Get<u32>;

		/// What other pallets do when a device changes owner or is deregistered.
		type Lifecycle: DeviceLifecycle<Self::AccountId>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the registry holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Storage deposit of a device, an operator grant or a provisioning root.
		StorageDeposit,
	}

	/// The id the next registered device gets.
	#[pallet::storage]
	pub type NextDeviceId<T> = StorageValue<_, DeviceId, ValueQuery>;

	/// Device passports by id.
	#[pallet::storage]
	pub type Devices<T: Config> = StorageMap<_, Twox64Concat, DeviceId, Device<T>>;

	/// The device a key belongs to; keeps keys unique.
	#[pallet::storage]
	pub type DeviceByKey<T: Config> = StorageMap<_, Blake2_128Concat, DevicePublicKey, DeviceId>;

	/// Index: the devices of each owner.
	#[pallet::storage]
	pub type DevicesByOwner<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, DeviceId, ()>;

	/// Past firmware hashes of each device with the block they were replaced at, oldest first.
	#[pallet::storage]
	pub type FirmwareHistory<T: Config> = StorageMap<
		_,
		Twox64Concat,
		DeviceId,
		BoundedVec<(BlockNumberFor<T>, H256), T::MaxFirmwareHistory>,
		ValueQuery,
	>;

	/// Ownership transfers offered and not yet accepted: device → proposed new owner.
	#[pallet::storage]
	pub type PendingTransfers<T: Config> = StorageMap<_, Twox64Concat, DeviceId, T::AccountId>;

	/// Operator grants over one device.
	#[pallet::storage]
	pub type DeviceOperators<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DeviceId, Blake2_128Concat, T::AccountId, Grant<T>>;

	/// How many per-device operator grants each device has (at most `MaxOperatorsPerDevice`).
	#[pallet::storage]
	pub type OperatorCount<T: Config> = StorageMap<_, Twox64Concat, DeviceId, u32, ValueQuery>;

	/// Keys that identified a device once (rotated away or deregistered): presumed compromised
	/// or at least spent, they never identify a device again, so no possession proof of theirs
	/// can be replayed.
	#[pallet::storage]
	pub type RetiredKeys<T: Config> = StorageMap<_, Blake2_128Concat, DevicePublicKey, ()>;

	/// Operator grants over every device of an owner: (owner, operator).
	#[pallet::storage]
	pub type FleetOperators<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		Grant<T>,
	>;

	/// Registered manufacturers.
	#[pallet::storage]
	pub type Manufacturers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Manufacturer<T>>;

	/// Provisioning roots of each manufacturer.
	#[pallet::storage]
	pub type ProvisioningRoots<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		H256,
		ProvisioningRoot<T>,
	>;

	/// Index: the devices each manufacturer certified.
	#[pallet::storage]
	pub type CertifiedDevices<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, DeviceId, ()>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Manufacturers to register at genesis.
		pub manufacturers: Vec<(T::AccountId, Vec<u8>)>,
		/// Devices to register at genesis, without proof of possession or deposit.
		pub devices: Vec<GenesisDevice<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (maker, name) in &self.manufacturers {
				let name = BoundedVec::try_from(name.clone()).expect("genesis name too long");
				Manufacturers::<T>::insert(maker, Manufacturer { name, roots: 0 });
			}
			for (owner, key, class, metadata) in &self.devices {
				let key = DevicePublicKey::decode(&mut &key[..]).expect("genesis key decodes");
				Pallet::<T>::ensure_fresh_key(&key).expect("genesis keys are strong and unique");
				let class = BoundedVec::try_from(class.clone()).expect("genesis class too long");
				let metadata =
					BoundedVec::try_from(metadata.clone()).expect("genesis metadata too long");
				Pallet::<T>::insert_device(
					owner.clone(),
					key,
					class,
					H256::zero(),
					metadata,
					None,
					false,
					None,
				)
				.expect("genesis devices are valid");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxBatch::get() > 0 && T::MaxBatch::get() <= u16::MAX as u32 + 1);
			assert!(T::MaxProofDepth::get() <= 32, "a tree of more than 2^32 leaves");
			assert!(T::MaxH3Resolution::get() <= 15, "H3 has resolutions 0..=15");
			assert!(T::MaxFirmwareHistory::get() > 0);
			assert!(T::MaxOperatorsPerDevice::get() > 0);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a device owned by the caller.
		///
		/// Origin: signed (the owner). The device's `proof` must verify under `key` over the
		/// proof-of-possession payload for the caller and `nonce`. Holds a deposit sized by the
		/// record. Emits `DeviceRegistered` (and `DeviceCertified` with a valid certificate).
		/// Errors: `BadPossessionProof`, `DuplicateKey`, `BadLocation`, `BadCertificate`,
		/// `InsufficientBalance`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_device())]
		pub fn register_device(
			origin: OriginFor<T>,
			registration: Box<Registration<T>>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register(owner, *registration)?;
			Ok(())
		}

		/// Registers many devices of the caller at once, each with its own proof of possession.
		///
		/// Origin: signed. All or nothing: the first refused entry fails the call with
		/// `BatchEntryFailed { index, reason }`. Emits one `DeviceRegistered` per device.
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::register_devices_weight(registrations))]
		pub fn register_devices(
			origin: OriginFor<T>,
			registrations: BoundedVec<Registration<T>, T::MaxBatch>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			ensure!(!registrations.is_empty(), Error::<T>::EmptyBatch);
			for (index, registration) in registrations.into_iter().enumerate() {
				Self::do_register(owner.clone(), registration).map_err(|e| {
					Error::<T>::BatchEntryFailed {
						index: index as u16,
						reason: Self::registration_error(e),
					}
				})?;
			}
			Ok(())
		}

		/// Suspends an active device.
		///
		/// Origin: the owner or an operator with `MANAGE`. Emits `DeviceSuspended`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `DeviceNotActive`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_status(&who, device, DeviceStatus::Active, DeviceStatus::Suspended)?;
			Self::deposit_event(Event::DeviceSuspended { device });
			Ok(())
		}

		/// Resumes a suspended device.
		///
		/// Origin: the owner or an operator with `MANAGE`. Emits `DeviceResumed`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `DeviceNotSuspended`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::resume())]
		pub fn resume(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_status(&who, device, DeviceStatus::Suspended, DeviceStatus::Active)?;
			Self::deposit_event(Event::DeviceResumed { device });
			Ok(())
		}

		/// Revokes a device for good (a stolen or compromised device).
		///
		/// Other pallets hear of it through `Lifecycle::on_revoked` (device channels start
		/// closing).
		///
		/// Origin: the owner or the manufacturer that certified the device. Emits
		/// `DeviceRevoked`. Errors: `UnknownDevice`, `NotAuthorized`, `DeviceRevoked`.
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::revoke_weight())]
		pub fn revoke(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke(who, device)
		}

		/// Removes a device and returns its deposits (device and its operator grants). Its key
		/// is retired for good. Other pallets hear of it through `Lifecycle::on_removed`.
		///
		/// Origin: the owner. Emits `DeviceDeregistered`. Errors: `UnknownDevice`, `NotOwner`.
		/// Charged for `MaxOperatorsPerDevice` grants, refunded to the grants removed.
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::deregister_weight(T::MaxOperatorsPerDevice::get()))]
		pub fn deregister(origin: OriginFor<T>, device: DeviceId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let grants = Self::do_deregister(who, device)?;
			Ok(Some(Self::deregister_weight(grants)).into())
		}

		/// Replaces a device's key. Both the old and the new key sign the key-rotation payload
		/// `(device, new_key, rotations)`, so neither a thief of the old key alone nor anyone
		/// replaying an earlier rotation can move the identity.
		///
		/// The old key is retired: it never identifies a device again.
		///
		/// Origin: the owner. Emits `KeyRotated`. Errors: `UnknownDevice`, `NotOwner`,
		/// `DeviceRevoked`, `DuplicateKey`, `KeyRetired`, `WeakKey`, `BadRotationSignature`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::rotate_key())]
		pub fn rotate_key(
			origin: OriginFor<T>,
			device: DeviceId,
			new_key: DevicePublicKey,
			old_key_signature: DeviceSignature,
			new_key_signature: DeviceSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_rotate_key(who, device, new_key, old_key_signature, new_key_signature)
		}

		/// Updates a device's metadata, firmware hash (the old one joins the bounded history)
		/// or location. The deposit follows the record's new size.
		///
		/// Origin: the owner or an operator with `MANAGE`. Emits `DeviceUpdated`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `DeviceRevoked`, `BadLocation`,
		/// `NothingToUpdate`, `InsufficientBalance`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::update_device())]
		pub fn update_device(
			origin: OriginFor<T>,
			device: DeviceId,
			metadata: Option<BoundedVec<u8, T::MaxMetadataLen>>,
			firmware: Option<H256>,
			location: Option<Option<H3Cell>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update(who, device, metadata, firmware, location)
		}

		/// Offers the device to another account; it becomes theirs when they accept.
		///
		/// Origin: the owner. Emits `TransferOffered`. Errors: `UnknownDevice`, `NotOwner`,
		/// `TransferToSelf`, `DeviceRevoked`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::offer_transfer())]
		pub fn offer_transfer(
			origin: OriginFor<T>,
			device: DeviceId,
			to: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::owned(&who, device)?;
			ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
			ensure!(to != who, Error::<T>::TransferToSelf);
			PendingTransfers::<T>::insert(device, &to);
			Self::deposit_event(Event::TransferOffered { device, from: who, to });
			Ok(())
		}

		/// Accepts an offered device. The new owner's deposit is held and the old owner's
		/// released; per-device operator grants end (the new owner grants anew), and other
		/// pallets hear of the new owner through `Lifecycle::on_transferred`.
		///
		/// Origin: the account the device was offered to. Emits `DeviceTransferred`.
		/// Errors: `UnknownDevice`, `NoPendingTransfer`, `DeviceRevoked`, `InsufficientBalance`.
		/// Charged for `MaxOperatorsPerDevice` grants, refunded to the grants removed.
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::accept_transfer_weight(T::MaxOperatorsPerDevice::get()))]
		pub fn accept_transfer(
			origin: OriginFor<T>,
			device: DeviceId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let grants = Self::do_accept_transfer(who, device)?;
			Ok(Some(Self::accept_transfer_weight(grants)).into())
		}

		/// Withdraws an offered transfer.
		///
		/// Origin: the owner. Emits `TransferCancelled`. Errors: `UnknownDevice`, `NotOwner`,
		/// `NoPendingTransfer`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::cancel_transfer())]
		pub fn cancel_transfer(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::owned(&who, device)?;
			ensure!(PendingTransfers::<T>::contains_key(device), Error::<T>::NoPendingTransfer);
			PendingTransfers::<T>::remove(device);
			Self::deposit_event(Event::TransferCancelled { device });
			Ok(())
		}

		/// Grants `operator` `rights` over one device or over the caller's whole fleet, until
		/// `expires_at` (inclusive) if given. Replaces an earlier grant to the same operator.
		///
		/// Origin: the owner (of the device, or the fleet's owner). Holds a deposit.
		/// Emits `OperatorGranted`. Errors: `UnknownDevice`, `NotOwner`, `BadRights`,
		/// `ExpiryInPast`, `TooManyOperators`, `InsufficientBalance`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::grant_operator())]
		pub fn grant_operator(
			origin: OriginFor<T>,
			scope: Scope<T::AccountId>,
			operator: T::AccountId,
			rights: Rights,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant(who, scope, operator, rights, expires_at)
		}

		/// Removes an operator grant and returns its deposit to whoever paid it.
		///
		/// Origin: the owner, or the operator itself. Emits `OperatorRevoked`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `UnknownGrant`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::revoke_operator())]
		pub fn revoke_operator(
			origin: OriginFor<T>,
			scope: Scope<T::AccountId>,
			operator: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke_grant(who, scope, operator)
		}

		/// Registers a manufacturer.
		///
		/// Origin: `ManufacturerOrigin`. Emits `ManufacturerRegistered`.
		/// Errors: `AlreadyManufacturer`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::register_manufacturer())]
		pub fn register_manufacturer(
			origin: OriginFor<T>,
			maker: T::AccountId,
			name: BoundedVec<u8, T::MaxClassLen>,
		) -> DispatchResult {
			T::ManufacturerOrigin::ensure_origin(origin)?;
			ensure!(!Manufacturers::<T>::contains_key(&maker), Error::<T>::AlreadyManufacturer);
			Manufacturers::<T>::insert(&maker, Manufacturer { name, roots: 0 });
			Self::deposit_event(Event::ManufacturerRegistered { maker });
			Ok(())
		}

		/// Removes a manufacturer that has withdrawn all its provisioning roots. Devices it
		/// certified stay certified.
		///
		/// Origin: `ManufacturerOrigin`. Emits `ManufacturerRemoved`.
		/// Errors: `NotManufacturer`, `ManufacturerHasRoots`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_manufacturer())]
		pub fn remove_manufacturer(origin: OriginFor<T>, maker: T::AccountId) -> DispatchResult {
			T::ManufacturerOrigin::ensure_origin(origin)?;
			let info = Manufacturers::<T>::get(&maker).ok_or(Error::<T>::NotManufacturer)?;
			ensure!(info.roots == 0, Error::<T>::ManufacturerHasRoots);
			Manufacturers::<T>::remove(&maker);
			Self::deposit_event(Event::ManufacturerRemoved { maker });
			Ok(())
		}

		/// Publishes Merkle roots of device keys the caller provisioned, with each root's key
		/// count. Holds a deposit per root.
		///
		/// Origin: a manufacturer. Emits `ProvisioningRootPublished` per root.
		/// Errors: `NotManufacturer`, `DuplicateRoot`, `BadRootCount`, `InsufficientBalance`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::publish_roots(roots.len() as u32))]
		pub fn publish_roots(
			origin: OriginFor<T>,
			roots: BoundedVec<(H256, u32), T::MaxRootsPerCall>,
		) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			Self::do_publish_roots(maker, roots)
		}

		/// Withdraws the caller's certification of a device (the device stays registered).
		///
		/// Origin: the manufacturer that certified it. Emits `CertificationRevoked`.
		/// Errors: `UnknownDevice`, `NotCertifiedByCaller`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::revoke_certification())]
		pub fn revoke_certification(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			Devices::<T>::try_mutate(device, |record| {
				let record = record.as_mut().ok_or(Error::<T>::UnknownDevice)?;
				ensure!(
					record.certified_by.as_ref() == Some(&maker),
					Error::<T>::NotCertifiedByCaller
				);
				record.certified_by = None;
				CertifiedDevices::<T>::remove(&maker, device);
				Self::deposit_event(Event::CertificationRevoked { device, maker });
				Ok(())
			})
		}

		/// Withdraws one of the caller's provisioning roots and returns its deposit: no device
		/// can be certified under it any more (devices already certified stay certified).
		///
		/// Origin: the manufacturer that published it. Emits `ProvisioningRootRemoved`.
		/// Errors: `UnknownRoot`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::withdraw_root())]
		pub fn withdraw_root(origin: OriginFor<T>, root: H256) -> DispatchResult {
			let maker = ensure_signed(origin)?;
			Self::do_remove_root(maker, root)
		}

		/// Removes a manufacturer's provisioning root (a leaked batch, a maker that vanished),
		/// returning the deposit to the maker; once it has none, the maker can be removed.
		///
		/// Origin: `ManufacturerOrigin`. Emits `ProvisioningRootRemoved`.
		/// Errors: `UnknownRoot`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::withdraw_root())]
		pub fn force_remove_root(
			origin: OriginFor<T>,
			maker: T::AccountId,
			root: H256,
		) -> DispatchResult {
			T::ManufacturerOrigin::ensure_origin(origin)?;
			Self::do_remove_root(maker, root)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The passport of a device.
		pub fn device(id: DeviceId) -> Option<Device<T>> {
			Devices::<T>::get(id)
		}

		/// A page of an owner's device ids, starting after `after` (or from the start), at most
		/// `limit` (capped at 100), in a stable order that is not id order: pass the last id of
		/// a page as `after` to get the next.
		pub fn devices_of(
			owner: T::AccountId,
			after: Option<DeviceId>,
			limit: u32,
		) -> Vec<DeviceId> {
			Self::owner_page(&owner, after, limit)
		}

		/// A page of the operators of a device, per-device grants first, then fleet-wide ones,
		/// expired grants included: at most `limit` (capped at 100), after `after`, the
		/// `(fleet_wide, operator)` of the previous page's last item (or from the start).
		pub fn operators_of(
			id: DeviceId,
			after: Option<(bool, T::AccountId)>,
			limit: u32,
		) -> Vec<OperatorInfo<T::AccountId, BlockNumberFor<T>>> {
			Self::operators(id, after, limit)
		}

		/// Whether `signature` is the device's current key's signature over `message`.
		pub fn verify_device_signature(
			id: DeviceId,
			message: Vec<u8>,
			signature: DeviceSignature,
		) -> bool {
			Devices::<T>::get(id).is_some_and(|d| d.key.verify(&message, &signature))
		}
	}
}
