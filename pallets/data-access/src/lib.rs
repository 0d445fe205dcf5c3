//! # Data access
//!
//! ## Overview
//!
//! The owner of a device decides who reads its data. An owner (or an operator with the data
//! right) *grants* an account read access to one stream of a device over a range of sequence
//! numbers until an expiry block, or *offers* access for sale at a price per period, which
//! anyone can *subscribe* to; a revocation ends access at once. The chain records who may read;
//! gateways enforce it by encryption ([`iot_primitives::data`]): they seal each stream's epoch
//! key to the X25519 key every reader published here, and start a new epoch whenever a reader
//! loses access, which [`StreamAccess::epoch`] tells them.
//!
//! ## Terminology
//!
//! - *Grant*: an [`Access`] record of (device, stream, reader), held by a deposit.
//! - *Subscription*: a bought grant. Its price for every period is held from the payer and paid
//!   to the owner as each period is served ([`Pallet::settle`]). A subscriber that leaves pays
//!   for the period it is in; an owner that ends it early (or gives the device away) refunds
//!   the unserved rest, the current period pro rata.
//! - *Payment source*: the subscriber's own balance, a device's spending limit (a machine buying
//!   data) or a channel voucher paying the owner ([`PaymentSource`]).
//!
//! ## Usage
//!
//! A reader calls [`Pallet::set_encryption_key`]; the owner calls [`Pallet::grant`] or
//! [`Pallet::offer`] and the reader [`Pallet::subscribe`]s; gateways ask the runtime API
//! `DataAccessApi::can_read` before serving a reading and `readers` when sealing keys.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod events;
mod grants;
mod invariants;
mod keys;
mod lifecycle;
#[cfg(test)]
mod mock;
mod offers;
mod reads;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;

use frame_support::pallet_macros::import_section;

#[import_section(events::events)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{self, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{
		data::{EncryptionKey, PaymentSource},
		telemetry::{Sequence, StreamId},
		traits::{DeviceInspect, PaymentSources},
		DeviceId,
	};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency deposits and subscriptions are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The device registry.
		type Devices: DeviceInspect<Self::AccountId, DeviceId = DeviceId>;

		/// The right that lets an operator decide who reads a device's data.
		type DataRight: Get<RightOf<Self>>;

		/// Spending limits and channels a subscription can be paid from.
		type Payments: PaymentSources<Self::AccountId, BalanceOf<Self>>;

		/// What a published encryption key holds.
		#[pallet::constant]
		type KeyDeposit: Get<BalanceOf<Self>>;

		/// What a grant holds from whoever made it (or paid for it).
		#[pallet::constant]
		type GrantDeposit: Get<BalanceOf<Self>>;

		/// What an offer holds from the owner.
		#[pallet::constant]
		type OfferDeposit: Get<BalanceOf<Self>>;

		/// Most grants of one device, over all its streams (ending them all is part of every
		/// device transfer's weight).
		#[pallet::constant]
		type MaxGrantsPerDevice: Get<u32>;

		/// Most offers of one device.
		#[pallet::constant]
		type MaxOffersPerDevice: Get<u32>;

		/// Most periods one subscription buys.
		#[pallet::constant]
		type MaxPeriods: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up devices and payments for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A published encryption key.
		Key,
		/// A grant's or an offer's record.
		Record,
		/// Subscription periods not yet paid to the owner.
		Subscription,
	}

	/// The X25519 key each account receives data keys under.
	#[pallet::storage]
	pub type EncryptionKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, KeyRecord<T>, OptionQuery>;

	/// Read access by (device, stream, reader).
	#[pallet::storage]
	pub type Grants<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DeviceId>,
			NMapKey<Twox64Concat, StreamId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		AccessOf<T>,
		OptionQuery,
	>;

	/// The grants of each reader, for `access_of`.
	#[pallet::storage]
	pub type ReaderGrants<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, DeviceId>,
			NMapKey<Twox64Concat, StreamId>,
		),
		(),
		OptionQuery,
	>;

	/// The readers and key epoch of each stream that has grants.
	#[pallet::storage]
	pub type Streams<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DeviceId,
		Twox64Concat,
		StreamId,
		StreamAccess<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Offers to sell access to a stream.
	#[pallet::storage]
	pub type Offers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DeviceId,
		Twox64Concat,
		StreamId,
		OfferOf<T>,
		OptionQuery,
	>;

	/// How many grants and offers each device has.
	#[pallet::storage]
	pub type DeviceCounts<T: Config> = StorageMap<_, Twox64Concat, DeviceId, Counts, ValueQuery>;

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publishes (or replaces) the caller's X25519 key for receiving data keys, holding
		/// [`Config::KeyDeposit`] the first time.
		///
		/// Origin: signed. Emits `EncryptionKeySet`. Errors: `InvalidKey`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_encryption_key())]
		pub fn set_encryption_key(origin: OriginFor<T>, key: EncryptionKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_encryption_key(who, key)
		}

		/// Withdraws the caller's key and releases its deposit. Gateways seal nothing more to it.
		///
		/// Origin: signed. Emits `EncryptionKeyRemoved`. Errors: `NoKey`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_encryption_key())]
		pub fn remove_encryption_key(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_encryption_key(who)
		}

		/// Grants `reader` access to `device`'s `stream`, sequence numbers `from..=to` (`to`
		/// `None`: every later one too), until block `expires_at` (`None`: until revoked);
		/// holds [`Config::GrantDeposit`] from the caller.
		///
		/// Origin: the owner, or an operator with the data right. Emits `AccessGranted`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `OwnData`, `BadRange`, `ExpiryInPast`,
		/// `AlreadyGranted`, `TooManyGrants`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::grant())]
		pub fn grant(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
			from: Sequence,
			to: Option<Sequence>,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant(who, device, stream, reader, from, to, expires_at)
		}

		/// Ends `reader`'s access to `device`'s `stream` at once and starts a new key epoch. A
		/// subscription is refunded what was not served, the current period pro rata.
		///
		/// Origin: the owner, or an operator with the data right. Emits `AccessEnded`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `NoGrant`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke(who, device, stream, reader)
		}

		/// The caller gives up its access to `device`'s `stream`. A subscription pays the
		/// period it is in and refunds the later ones.
		///
		/// Origin: the reader. Emits `AccessEnded`. Errors: `NoGrant`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn renounce(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_renounce(who, device, stream)
		}

		/// Offers access to `device`'s `stream` from sequence `from` at `price` per `period`
		/// blocks, at most `max_periods` at once; replaces an earlier offer (subscriptions keep
		/// the terms they were bought on). Holds [`Config::OfferDeposit`] the first time.
		///
		/// Origin: the owner, or an operator with the data right. Emits `Offered`. Errors:
		/// `UnknownDevice`, `NotAuthorized`, `ZeroPeriod`, `BadPeriods`, `TooManyOffers`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::offer())]
		pub fn offer(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
			price: BalanceOf<T>,
			period: BlockNumberFor<T>,
			max_periods: u32,
			from: Sequence,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let terms = Terms { price, period, max_periods, from };
			Self::do_offer(who, device, stream, terms)
		}

		/// Withdraws the offer on `device`'s `stream`; running subscriptions go on.
		///
		/// Origin: the owner, or an operator with the data right. Emits `OfferWithdrawn`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `NoOffer`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_offer())]
		pub fn withdraw_offer(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_offer(who, device, stream)
		}

		/// Buys `periods` periods of access to `device`'s `stream` on its offer, if the price
		/// is at most `max_price` (an owner cannot raise it under a pending subscription), paid
		/// from `payment`; the caller becomes the reader. An expired subscription of the caller
		/// is settled first; a live one must end before another is bought.
		///
		/// Origin: signed. Emits `Subscribed`. Errors: `NoOffer`, `OwnData`, `BadPeriods`,
		/// `PriceAboveLimit`, `AlreadyGranted`, `TooManyGrants`, `Overflow`, and the payment
		/// source's (a spending limit exceeded, a voucher refused).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::subscribe().saturating_add(Pallet::<T>::payment_weight(payment)))]
		pub fn subscribe(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
			periods: u32,
			max_price: BalanceOf<T>,
			payment: PaymentSource<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_subscribe(who, device, stream, periods, max_price, payment)
		}

		/// Pays a subscription's served periods to the owner, and removes a grant that has
		/// expired (releasing its deposit and paying what is left). Anyone may call it.
		///
		/// Origin: signed. Emits `SubscriptionPaid` or `AccessEnded`. Errors: `NoGrant`,
		/// `NothingToSettle`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(device, stream, reader)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Whether `account` may read reading `sequence` of `device`'s `stream` now.
		pub fn can_read(
			account: T::AccountId,
			device: DeviceId,
			stream: StreamId,
			sequence: Sequence,
		) -> bool {
			Self::may_read(&account, device, stream, sequence)
		}

		/// `reader`'s access to `device`'s `stream`.
		pub fn access(
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
		) -> Option<AccessOf<T>> {
			Grants::<T>::get((device, stream, reader))
		}

		/// The offer on `device`'s `stream`.
		pub fn offer_of(device: DeviceId, stream: StreamId) -> Option<OfferOf<T>> {
			Offers::<T>::get(device, stream)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxGrantsPerDevice::get() > 0, "a device must be able to have a reader");
			assert!(T::MaxPeriods::get() > 0, "a subscription must be able to buy a period");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
