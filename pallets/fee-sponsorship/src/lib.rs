//! # Fee sponsorship
//!
//! ## Overview
//!
//! A freshly provisioned device has a key and no tokens. The device registry knows who owns it, so
//! the owner can pay: the owner funds a *budget* (held from the owner's balance) and sponsors a
//! device with a *quota* (fees and transactions per period, and which kinds of calls). The device
//! then signs and submits its own extrinsics with a zero balance, and the fee is taken from the
//! owner's budget.
//!
//! No new transaction extension is involved: the runtime's `pallet_transaction_payment` charges
//! fees through [`SponsoredFees`], which pays a sponsored device's fee from its owner's budget and
//! everyone else's from their own balance. Clients sign exactly as they do on any Substrate chain.
//! Quotas and budgets are checked when the transaction is validated, so a device that is over
//! quota, inactive or no longer sponsored is refused before it enters the pool, with an
//! `InvalidTransaction::Custom` code from [`Refusal`]. If a refused device holds enough of its own
//! balance, it pays its own fee instead.
//!
//! ## Terminology
//!
//! - *Signer account*: the account a device's key signs transactions as (its sr25519 or ed25519
//!   public key, or the blake2-256 hash of its secp256k1 key). P-256 devices have none.
//! - *Period*: [`Config::Period`] blocks; a device's usage restarts with the first sponsored
//!   transaction after its period ended.
//! - *Stale sponsorship*: the device left the registry, changed owner or rotated its key. It pays
//!   nothing, and anyone may remove it (the deposit returns to the owner who set it).
//!
//! ## Usage
//!
//! [`Pallet::fund`] the budget, optionally [`Pallet::set_alert`], then
//! [`Pallet::sponsor_device`] with a [`Quota`]. [`Pallet::withdraw`] and
//! [`Pallet::unsponsor_device`] undo them. `BudgetLow` and `QuotaReached` events tell the owner
//! when to top up.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use adapter::{Liquidity, SponsoredFees};
pub use mortality::CheckSponsoredMortality;
pub use pallet::*;
pub use types::*;

mod adapter;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod budget;
mod charge;
mod invariants;
mod lifecycle;
#[cfg(test)]
mod mock;
mod mortality;
#[cfg(test)]
mod security_tests;
mod sponsor;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

use frame_support::traits::fungible;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A credit of the pallet's currency: fees on their way to the fee destination.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// What benchmarks need from the device registry.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Stores an active device owned by `owner` whose key signs as `signer`, and returns its id.
	fn register_device(owner: &AccountId, signer: &AccountId) -> iot_primitives::DeviceId;
	/// Gives `device` a key that signs as `signer` (a key rotation).
	fn set_signer(device: iot_primitives::DeviceId, signer: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Balanced, BalancedHold, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{traits::DeviceSigners, DeviceId};
	use sp_runtime::traits::Zero;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency budgets and deposits are held in and fees are paid with.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>
			+ Balanced<Self::AccountId>
			+ 'static;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The device registry: which account a device signs as, its owner and status.
		type Devices: DeviceSigners<Self::AccountId>;

		/// Sorts the runtime's calls into [`Scopes`].
		type CallScope: CallScope<<Self as frame_system::Config>::RuntimeCall>;

		/// How many blocks a quota period lasts.
		#[pallet::constant]
		type Period: Get<BlockNumberFor<Self>>;

		/// The deposit a sponsorship record holds from the owner. It also pays for the device
		/// account's nonce, which the sponsorship keeps alive.
		#[pallet::constant]
		type SponsorshipDeposit: Get<BalanceOf<Self>>;

		/// The smallest amount that opens a budget.
		#[pallet::constant]
		type MinBudget: Get<BalanceOf<Self>>;

		/// Weights of the calls and of a sponsored fee payment.
		type WeightInfo: WeightInfo;

		/// Creates devices for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds an owner's funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A sponsorship budget: fees of the owner's devices are paid from it.
		Budget,
		/// The deposit of a sponsorship record.
		SponsorshipDeposit,
	}

	/// Each owner's budget.
	#[pallet::storage]
	pub type Budgets<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Budget<BalanceOf<T>>>;

	/// Sponsored devices, by the account they sign transactions as.
	#[pallet::storage]
	pub type Sponsorships<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Sponsorship<T>>;

	/// The signer account each sponsored device is stored under.
	#[pallet::storage]
	pub type SponsoredDevices<T: Config> = StorageMap<_, Twox64Concat, DeviceId, T::AccountId>;

	/// Device accounts that sent transactions while sponsored and are no longer: the pallet
	/// keeps its reference on each, so the account (and its nonce) outlives the sponsorship and
	/// transactions it signed can never be replayed at a nonce that started again from zero.
	/// A new sponsorship of the same account takes the reference over.
	#[pallet::storage]
	pub type RetainedAccounts<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An owner added to its budget.
		BudgetFunded { owner: T::AccountId, amount: BalanceOf<T>, budget: BalanceOf<T> },
		/// An owner took funds back from its budget.
		BudgetWithdrawn { owner: T::AccountId, amount: BalanceOf<T>, budget: BalanceOf<T> },
		/// An owner set the level below which `BudgetLow` is emitted.
		AlertSet { owner: T::AccountId, below: BalanceOf<T> },
		/// A budget fell below its alert level.
		BudgetLow { owner: T::AccountId, budget: BalanceOf<T> },
		/// An owner sponsors a device, or changed its quota.
		DeviceSponsored {
			device: DeviceId,
			owner: T::AccountId,
			signer: T::AccountId,
			quota: Quota<BalanceOf<T>>,
		},
		/// A sponsorship was removed; its deposit returned to `owner`.
		SponsorshipEnded { device: DeviceId, owner: T::AccountId },
		/// A device's transaction fee was paid from its owner's budget.
		FeeSponsored { device: DeviceId, owner: T::AccountId, fee: BalanceOf<T> },
		/// A device used its quota for this period: its next transaction is not sponsored.
		QuotaReached { device: DeviceId, owner: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The amount is zero.
		ZeroAmount,
		/// A new budget must be funded with at least `MinBudget`.
		BelowMinBudget,
		/// The account has no budget.
		NoBudget,
		/// The budget holds less than the amount.
		InsufficientBudget,
		/// The device does not exist, or its key has no signing account (P-256).
		UnknownDevice,
		/// Only the device's owner may do this.
		NotOwner,
		/// The device is suspended or revoked.
		DeviceInactive,
		/// A quota must allow some fees, some transactions and at least one known scope.
		InvalidQuota,
		/// The device's signer account is sponsored for another device; remove that
		/// sponsorship first.
		SignerTaken,
		/// The device is not sponsored.
		NotSponsored,
		/// Only the owner may end a sponsorship that still applies.
		StillValid,
		/// An arithmetic overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::Period::get().is_zero(), "a quota period must last at least one block");
			assert!(!T::MinBudget::get().is_zero(), "a budget must hold something");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `amount` to the caller's budget (held). A new budget needs at least `MinBudget`.
		///
		/// Origin: any signed account. Emits `BudgetFunded`. Errors: `ZeroAmount`,
		/// `BelowMinBudget`, `Overflow`, or the hold failing.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::fund())]
		pub fn fund(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_fund(owner, amount)
		}

		/// Takes `amount` back from the caller's budget; a budget left empty is removed.
		///
		/// Origin: the budget's owner. Emits `BudgetWithdrawn`. Errors: `ZeroAmount`, `NoBudget`,
		/// `InsufficientBudget`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_withdraw(owner, amount)
		}

		/// Emits `BudgetLow` when the caller's budget falls below `below` (zero: never).
		///
		/// Origin: the budget's owner. Emits `AlertSet`. Errors: `NoBudget`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_alert())]
		pub fn set_alert(origin: OriginFor<T>, below: BalanceOf<T>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_set_alert(owner, below)
		}

		/// Sponsors `device`'s transactions within `quota`, or changes its quota. Sponsoring a
		/// device again after its key rotated or it changed owner replaces the stale record.
		///
		/// Origin: the device's owner. Emits `DeviceSponsored`. Errors: `UnknownDevice`,
		/// `NotOwner`, `DeviceInactive`, `InvalidQuota`, `SignerTaken`, or the deposit's hold
		/// failing.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::sponsor_device())]
		pub fn sponsor_device(
			origin: OriginFor<T>,
			device: DeviceId,
			quota: Quota<BalanceOf<T>>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_sponsor(owner, device, quota)
		}

		/// Ends `device`'s sponsorship and returns the deposit to the owner who set it.
		///
		/// Origin: that owner, or anyone once the sponsorship is stale. Emits `SponsorshipEnded`.
		/// Errors: `NotSponsored`, `StillValid`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::unsponsor_device())]
		pub fn unsponsor_device(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unsponsor(who, device)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// What the device signing as `signer` may still spend in its current period: fees and
		/// transactions, or `None` if it is not sponsored.
		pub fn quota_left(signer: T::AccountId) -> Option<(BalanceOf<T>, u32)> {
			Self::left(&signer)
		}
	}
}
