//! # Machine-to-machine payments
//!
//! ## Overview
//!
//! Machines pay each other for power, bandwidth, data and services in amounts too small and too
//! many for one transfer each. This pallet gives them three instruments:
//!
//! - *Spending limits*: an owner lets a device (or an operator with the spend right) pay from the
//!   owner's account up to a limit per period, enforced on chain.
//! - *Payment channels*: a payer's deposit is held; the payer signs cumulative vouchers off chain,
//!   one per payment; the payee claims the latest at any time and only the difference to what was
//!   already claimed moves. Thousands of payments settle in one claim.
//! - *Escrowed agreements*: a consumer's payment is held for a provider until the consumer
//!   confirms, or telemetry anchored on chain proves a condition ("every reading of the
//!   container's temperature between pickup and delivery was below 8 °C"), or the deadline passes
//!   (refund), or an arbiter settles a dispute. A dispute costs the disputer a bond, which goes
//!   to the other party if the settlement goes against it; if the arbiter does not rule within
//!   [`Config::DisputeTimeout`], anyone settles it by the default rule (see
//!   [`Pallet::settle_expired_dispute`]), so a dispute delays a proven release but cannot block
//!   it.
//!
//! ## Terminology
//!
//! - *Voucher*: `(channel, cumulative, nonce)`, signed under the `iot/payment/vch1` domain and the
//!   genesis hash ([`iot_primitives::payment::Voucher`]). The signer is the payer's account key or,
//!   for a device channel, the key the device had when the channel opened (see `ChannelKeys`).
//! - *Claim window*: a channel's vouchers can be claimed until its expiry or, after the payer
//!   starts a unilateral close, until the end of the [`Config::ChallengePeriod`], whichever comes
//!   first. After it, anyone may finalize the close: the unclaimed rest returns to the payer.
//! - *Evidence*: the anchors of a window (with device-signed summaries) or an attested reading,
//!   read through [`iot_primitives::traits::TelemetryProof`].
//!
//! ## Usage
//!
//! Open a channel with [`Pallet::open_channel`], sign vouchers with
//! `Voucher::signing_payload(genesis)`, claim with [`Pallet::claim`] or settle many with
//! [`Pallet::settle`]. Create an escrow with [`Pallet::create_agreement`] and release it with
//! [`Pallet::release`] and the evidence. The `claimable` view function (and runtime API) tells what
//! a voucher would pay before it is submitted.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod channels;
mod disputes;
mod escrow;
mod events;
mod invariants;
mod lifecycle;
pub mod migrations;
#[cfg(test)]
mod mock;
mod sources;
mod spending;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

use frame_support::{pallet_macros::import_section, traits::fungible};
use iot_primitives::traits::DeviceInspect;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;

#[import_section(events::events)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{
		device::{DevicePublicKey, DeviceSignature},
		payment::{AgreementId, ChannelId, Condition, Voucher},
		telemetry::AnchorId,
		traits::{LegVerdicts, TelemetryProof},
		DeviceId,
	};
	use sp_core::H256;
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>, Hash = H256> {
		/// The currency payments move and deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The device registry.
		type Devices: DeviceInspect<Self::AccountId, DeviceId = DeviceId>;

		/// The registry's right to spend for a device.
		type SpendRight: Get<RightOf<Self>>;

		/// The telemetry anchors that prove escrow conditions.
		type Telemetry: TelemetryProof<AnchorId = AnchorId>;

		/// The provenance legs an escrow can be released on.
		type Legs: LegVerdicts;

		/// Who settles disputed agreements.
		type ArbiterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// What a party holds to dispute an agreement; the settlement gives the other party the
		/// share of it that it awards the other party. At least the existential deposit, so that
		/// a forfeited bond can always be paid.
		#[pallet::constant]
		type DisputeBond: Get<BalanceOf<Self>>;

		/// The arbiter's time to settle a dispute, in blocks from the dispute (and never ending
		/// before the agreement's deadline); after it anyone settles it by the default rule.
		#[pallet::constant]
		type DisputeTimeout: Get<BlockNumberFor<Self>>;

		/// The smallest channel deposit: what pays for the channel's storage while it is open.
		#[pallet::constant]
		type MinChannelDeposit: Get<BalanceOf<Self>>;

		/// The smallest escrowed amount.
		#[pallet::constant]
		type MinEscrow: Get<BalanceOf<Self>>;

		/// The deposit a spending limit holds from the owner.
		#[pallet::constant]
		type SpendingLimitDeposit: Get<BalanceOf<Self>>;

		/// How long a payee can still claim after the payer starts a unilateral close.
		#[pallet::constant]
		type ChallengePeriod: Get<BlockNumberFor<Self>>;

		/// The longest a channel may stay open, and an agreement wait for its deadline.
		#[pallet::constant]
		type MaxDuration: Get<BlockNumberFor<Self>>;

		/// Most channels a device signs for at once: what a transfer, revocation or removal of
		/// the device walks to start closing them.
		#[pallet::constant]
		type MaxChannelsPerDevice: Get<u32>;

		/// Most vouchers settled in one call.
		#[pallet::constant]
		type MaxSettlement: Get<u32>;

		/// Most anchors that prove one window.
		#[pallet::constant]
		type MaxWindowAnchors: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up devices and telemetry for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// What a channel can still pay.
		ChannelDeposit,
		/// An escrowed payment.
		Escrow,
		/// The deposit of a device's spending limit.
		SpendingLimit,
		/// The bond of a dispute, held from the party that raised it.
		DisputeBond,
	}

	/// What each device may spend from its owner's account.
	#[pallet::storage]
	pub type SpendingLimits<T: Config> = StorageMap<_, Twox64Concat, DeviceId, SpendingLimit<T>>;

	/// The id the next channel gets.
	#[pallet::storage]
	pub type NextChannelId<T> = StorageValue<_, ChannelId, ValueQuery>;

	/// Open channels.
	#[pallet::storage]
	pub type Channels<T: Config> = StorageMap<_, Twox64Concat, ChannelId, ChannelOf<T>>;

	/// The key a device channel's vouchers are checked against: the device's key when the
	/// channel opened. Whatever then happens to the device (rotation, revocation, transfer,
	/// deregistration), a voucher it signed stays claimable until the claim window ends.
	#[pallet::storage]
	pub type ChannelKeys<T: Config> = StorageMap<_, Twox64Concat, ChannelId, DevicePublicKey>;

	/// The open device channels of each device that no change of the device has yet started
	/// closing. A transfer, revocation or removal starts closing them all, so a key in a buyer's
	/// or thief's hands signs on its former owner's deposits for one challenge period at most.
	#[pallet::storage]
	pub type DeviceChannels<T: Config> = StorageMap<
		_,
		Twox64Concat,
		DeviceId,
		BoundedVec<ChannelId, <T as Config>::MaxChannelsPerDevice>,
	>;

	/// The id the next agreement gets.
	#[pallet::storage]
	pub type NextAgreementId<T> = StorageValue<_, AgreementId, ValueQuery>;

	/// Agreements not yet settled.
	#[pallet::storage]
	pub type Agreements<T: Config> = StorageMap<_, Twox64Concat, AgreementId, AgreementOf<T>>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxSettlement::get() > 0);
			assert!(T::MaxChannelsPerDevice::get() > 0);
			assert!(T::MaxWindowAnchors::get() > 0);
			assert!(T::ChallengePeriod::get() > 0u32.into());
			assert!(T::MaxDuration::get() > 0u32.into());
			assert!(T::DisputeTimeout::get() > 0u32.into());
			// Below the existential deposit a forfeited bond could not open the other party's
			// account, and the permissionless settlement of an expired dispute would fail.
			assert!(
				T::DisputeBond::get() >= <T::Currency as fungible::Inspect<_>>::minimum_balance()
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Lets `device` pay up to `limit` of the caller's funds every `period` blocks. A new
		/// limit holds [`Config::SpendingLimitDeposit`]; a limit left by a previous owner is
		/// replaced (and its deposit returned).
		///
		/// Origin: the device's owner. Emits `SpendingLimitSet`.
		/// Errors: `UnknownDevice`, `NotAuthorized`, `ZeroPeriod`, or the hold failing.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_spending_limit())]
		pub fn set_spending_limit(
			origin: OriginFor<T>,
			device: DeviceId,
			limit: BalanceOf<T>,
			period: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_spending_limit(who, device, limit, period)
		}

		/// Removes a device's spending limit and returns its deposit.
		///
		/// Origin: the device's owner or whoever paid the deposit; anyone once the device left
		/// the registry. Emits `SpendingLimitRemoved`.
		/// Errors: `NoSpendingLimit`, `NotAuthorized`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_spending_limit())]
		pub fn remove_spending_limit(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_spending_limit(who, device)
		}

		/// Pays `amount` from the device owner's account to `to`, within the device's limit.
		///
		/// Origin: the device itself, its owner, or an operator with the spend right. Emits
		/// `DevicePaid`.
		/// Errors: `UnknownDevice`, `DeviceInactive`, `NotAuthorized`, `NoSpendingLimit`,
		/// `SpendingLimitExceeded`, or the transfer failing.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::device_pay())]
		pub fn device_pay(
			origin: OriginFor<T>,
			device: DeviceId,
			to: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_device_pay(who, device, to, amount)
		}

		/// Opens a channel to `payee` holding `deposit` for `duration` blocks. Without `device`
		/// the caller pays and signs the vouchers with its account key. With `device` the device
		/// signs them and its owner pays: the deposit counts against the device's spending
		/// limit unless the owner opens it.
		///
		/// Origin: any account; for a device channel, one that may spend for the device. Emits
		/// `ChannelOpened`.
		/// Errors: `AmountTooLow`, `ZeroPeriod`, `DurationTooLong`, `UnknownDevice`,
		/// `DeviceInactive`, `NotAuthorized`, `NoSpendingLimit`, `SpendingLimitExceeded`,
		/// `TooManyChannels`, `Overflow`, or the hold failing.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::open_channel())]
		pub fn open_channel(
			origin: OriginFor<T>,
			payee: T::AccountId,
			device: Option<DeviceId>,
			deposit: BalanceOf<T>,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_channel(who, payee, device, deposit, duration)
		}

		/// Adds `amount` to a channel's deposit and optionally moves its expiry to `duration`
		/// blocks from now (never earlier than it is).
		///
		/// Origin: the payer, or for a device channel one that may spend for the device (within
		/// its limit). Emits `ChannelToppedUp`.
		/// Errors: `UnknownChannel`, `NotAuthorized`, `ChannelClosing`, `ClaimWindowOver`,
		/// `DurationTooLong`, `NoSpendingLimit`, `SpendingLimitExceeded`, `Overflow`, or the hold
		/// failing.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::top_up())]
		pub fn top_up(
			origin: OriginFor<T>,
			channel: ChannelId,
			amount: BalanceOf<T>,
			duration: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_top_up(who, channel, amount, duration)
		}

		/// Claims a voucher: pays the payee what it adds to the channel's claimed total. The
		/// channel stays open.
		///
		/// Origin: any account (the payee, or a gateway for it); the money goes to the payee.
		/// Emits `VoucherClaimed`.
		/// Errors: `UnknownChannel`, `ClaimWindowOver`, `BadSignature`, `VoucherReplayed`,
		/// `BelowClaimed`, `NothingToClaim`, `ExceedsDeposit`.
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::claim_weight(signature))]
		pub fn claim(
			origin: OriginFor<T>,
			voucher: Voucher<BalanceOf<T>>,
			signature: DeviceSignature,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim(voucher, &signature).map(|_| ())
		}

		/// Claims many channels' vouchers in one call. A refused voucher is reported with
		/// `VoucherRefused` and does not stop the others.
		///
		/// Origin: any account. Emits `VoucherClaimed` or `VoucherRefused` per voucher.
		/// Errors: `BadSettlementSize`.
		#[pallet::call_index(6)]
		#[pallet::weight(Pallet::<T>::settle_weight(vouchers))]
		pub fn settle(
			origin: OriginFor<T>,
			vouchers: BoundedVec<SignedVoucherOf<T>, T::MaxSettlement>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(vouchers.into_inner())
		}

		/// Closes a channel at once, with the payer's last voucher if it was not claimed yet:
		/// the payee takes what the voucher adds, the rest returns to the payer.
		///
		/// Origin: the payee (the payer consented by signing the voucher). Emits
		/// `VoucherClaimed` (with a voucher) and `ChannelClosed`.
		/// Errors: `UnknownChannel`, `NotAuthorized`, and those of [`Pallet::claim`].
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::close_weight(last.as_ref()))]
		pub fn cooperative_close(
			origin: OriginFor<T>,
			channel: ChannelId,
			last: Option<SignedVoucherOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cooperative_close(who, channel, last)
		}

		/// Starts closing a channel without the payee: the payee can still claim for
		/// [`Config::ChallengePeriod`] blocks (or until expiry, if earlier).
		///
		/// Origin: the payer. Emits `ChannelClosing`.
		/// Errors: `UnknownChannel`, `NotAuthorized`, `ChannelClosing`, `ClaimWindowOver`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::start_close())]
		pub fn start_close(origin: OriginFor<T>, channel: ChannelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_start_close(who, channel)
		}

		/// Closes a channel whose claim window is over and returns the rest to the payer.
		///
		/// Origin: any account. Emits `ChannelClosed`.
		/// Errors: `UnknownChannel`, `ClaimWindowOpen`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::finalize_close())]
		pub fn finalize_close(origin: OriginFor<T>, channel: ChannelId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_finalize_close(channel)
		}

		/// Escrows `amount` for `provider`, released by the consumer, by telemetry proving
		/// `condition`, or by an arbiter; refunded after `duration` blocks.
		///
		/// Origin: the consumer. Emits `AgreementCreated`.
		/// Errors: `AmountTooLow`, `ZeroPeriod`, `DurationTooLong`, `InvalidCondition`,
		/// `UnknownDevice`, `Overflow`, or the hold failing.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::create_agreement())]
		pub fn create_agreement(
			origin: OriginFor<T>,
			provider: T::AccountId,
			amount: BalanceOf<T>,
			condition: Condition,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_agreement(who, provider, amount, condition, duration)
		}

		/// Releases an agreement to its provider on the consumer's word.
		///
		/// Origin: the consumer. Emits `AgreementReleased`.
		/// Errors: `UnknownAgreement`, `NotAuthorized`, `Disputed`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::confirm())]
		pub fn confirm(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_confirm(who, agreement)
		}

		/// Releases an agreement to its provider with the telemetry that proves its condition,
		/// before the deadline. On a disputed agreement it records the proof instead: the
		/// provider is then paid when the dispute times out, unless the arbiter rules otherwise.
		///
		/// Origin: any account. Emits `AgreementReleased`, or `DisputedConditionProven`.
		/// Errors: `UnknownAgreement`, `AlreadyProven`, `DeadlinePassed`, `WrongEvidence`,
		/// `TooManyAnchors`, `NotAnchored`, `UnsignedSummary`, `SequenceGap`, `WindowNotCovered`,
		/// `ValueOutOfBounds`, `ReadingNotAttested`, `ReadingTooEarly`.
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::release_weight(evidence))]
		pub fn release(
			origin: OriginFor<T>,
			agreement: AgreementId,
			evidence: Evidence<T>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_release(agreement, evidence)
		}

		/// Returns an undisputed agreement's payment to its consumer after the deadline.
		///
		/// Origin: any account. Emits `AgreementRefunded`.
		/// Errors: `UnknownAgreement`, `Disputed`, `DeadlineNotReached`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::refund())]
		pub fn refund(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_refund(agreement)
		}

		/// Disputes an agreement before its deadline, holding [`Config::DisputeBond`] from the
		/// caller: from now on the arbiter settles it, or anyone by the default rule once
		/// [`Config::DisputeTimeout`] has passed (see [`Pallet::settle_expired_dispute`]).
		///
		/// Origin: the consumer or the provider. Emits `AgreementDisputed`.
		/// Errors: `UnknownAgreement`, `NotAuthorized`, `Disputed`, `DeadlinePassed`, or the hold
		/// failing.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(who, agreement)
		}

		/// Settles a disputed agreement: `provider_share` of the payment to the provider, the
		/// rest to the consumer. The disputer keeps the share of its bond that the ruling awards
		/// it; the rest goes to the other party (a full loss forfeits the whole bond).
		///
		/// Origin: [`Config::ArbiterOrigin`]. Emits `DisputeResolved`.
		/// Errors: `UnknownAgreement`, `NotDisputed`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::resolve_dispute())]
		pub fn resolve_dispute(
			origin: OriginFor<T>,
			agreement: AgreementId,
			provider_share: Perbill,
		) -> DispatchResult {
			T::ArbiterOrigin::ensure_origin(origin)?;
			Self::do_resolve_dispute(agreement, provider_share)
		}

		/// Settles a dispute that the arbiter left for [`Config::DisputeTimeout`] blocks, and
		/// whose agreement's deadline has passed, by the default rule: the provider is paid if
		/// device-signed telemetry proved the condition before the deadline (see
		/// [`Pallet::release`]), otherwise the consumer is refunded. The disputer's bond goes
		/// back to it if the rule goes its way, else to the other party.
		///
		/// Origin: any account. Emits `DisputeExpired`.
		/// Errors: `UnknownAgreement`, `NotDisputed`, `DisputeNotExpired`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::settle_expired_dispute())]
		pub fn settle_expired_dispute(
			origin: OriginFor<T>,
			agreement: AgreementId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_expired_dispute(agreement)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// An open channel.
		pub fn channel(id: ChannelId) -> Option<ChannelOf<T>> {
			Channels::<T>::get(id)
		}

		/// What claiming `voucher` would pay now, `None` if the claim would be refused.
		pub fn claimable(
			voucher: Voucher<BalanceOf<T>>,
			signature: DeviceSignature,
		) -> Option<BalanceOf<T>> {
			Self::check_voucher(&voucher, &signature).ok().map(|(_, amount)| amount)
		}

		/// An unsettled agreement.
		pub fn agreement(id: AgreementId) -> Option<AgreementOf<T>> {
			Agreements::<T>::get(id)
		}

		/// A device's spending limit.
		pub fn spending_limit(device: DeviceId) -> Option<SpendingLimit<T>> {
			SpendingLimits::<T>::get(device)
		}
	}
}
