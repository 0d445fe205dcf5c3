//! The pallet's events and errors.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` published an encryption key.
		EncryptionKeySet { who: T::AccountId, key: EncryptionKey },
		/// `who` withdrew its encryption key.
		EncryptionKeyRemoved { who: T::AccountId },
		/// `reader` may read `device`'s `stream` from `from` to `to` until `expires_at`.
		AccessGranted {
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
			from: Sequence,
			to: Option<Sequence>,
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// `reader` bought access: `periods` periods at `price` each, paid by `payer`.
		Subscribed {
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
			payer: T::AccountId,
			price: BalanceOf<T>,
			periods: u32,
			expires_at: BlockNumberFor<T>,
		},
		/// Served periods of a subscription were paid to the owner.
		SubscriptionPaid {
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// `reader`'s access ended; a subscription paid `paid` to the owner and refunded
		/// `refunded`; the stream's key epoch is now `epoch`.
		AccessEnded {
			device: DeviceId,
			stream: StreamId,
			reader: T::AccountId,
			ending: Ending,
			paid: BalanceOf<T>,
			refunded: BalanceOf<T>,
			epoch: BlockNumberFor<T>,
		},
		/// Access to `device`'s `stream` is for sale.
		Offered {
			device: DeviceId,
			stream: StreamId,
			price: BalanceOf<T>,
			period: BlockNumberFor<T>,
			max_periods: u32,
			from: Sequence,
		},
		/// The offer on `device`'s `stream` was withdrawn.
		OfferWithdrawn { device: DeviceId, stream: StreamId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The device is not in the registry.
		UnknownDevice,
		/// The caller may not decide who reads this device's data.
		NotAuthorized,
		/// The encryption key is not a usable X25519 public key.
		InvalidKey,
		/// The caller has published no encryption key.
		NoKey,
		/// The owner reads its own data without a grant.
		OwnData,
		/// The range ends before it starts.
		BadRange,
		/// The expiry is not after the current block.
		ExpiryInPast,
		/// The reader already has access to this stream.
		AlreadyGranted,
		/// The reader has no access to this stream.
		NoGrant,
		/// The device has as many grants as it may.
		TooManyGrants,
		/// The device has as many offers as it may.
		TooManyOffers,
		/// The stream is not for sale.
		NoOffer,
		/// A period of zero blocks.
		ZeroPeriod,
		/// No periods, or more than the offer (or the chain) allows.
		BadPeriods,
		/// The offer's price is above what the subscriber accepted.
		PriceAboveLimit,
		/// Nothing is due yet.
		NothingToSettle,
		/// An amount or block number overflowed.
		Overflow,
	}
}
