//! The pallet's events and errors, imported into the pallet module as a section.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A device may spend `limit` of its owner's funds per `period` blocks.
		SpendingLimitSet {
			device: DeviceId,
			owner: T::AccountId,
			limit: BalanceOf<T>,
			period: BlockNumberFor<T>,
		},
		/// A device's spending limit was removed and its deposit returned.
		SpendingLimitRemoved { device: DeviceId },
		/// A device paid from its owner's funds; `spent` is its total in the current period.
		DevicePaid { device: DeviceId, to: T::AccountId, amount: BalanceOf<T>, spent: BalanceOf<T> },
		/// A channel was opened.
		ChannelOpened {
			channel: ChannelId,
			payer: T::AccountId,
			payee: T::AccountId,
			signer: SignerOf<T>,
			deposit: BalanceOf<T>,
			expires_at: BlockNumberFor<T>,
		},
		/// More was put in a channel, or its expiry moved.
		ChannelToppedUp { channel: ChannelId, deposit: BalanceOf<T>, expires_at: BlockNumberFor<T> },
		/// A voucher was claimed: `amount` moved to the payee, `cumulative` in total.
		VoucherClaimed {
			channel: ChannelId,
			payee: T::AccountId,
			amount: BalanceOf<T>,
			cumulative: BalanceOf<T>,
			nonce: u64,
		},
		/// A voucher paid for something of its payee's on chain (a data subscription):
		/// `amount` left the channel's deposit to be held there.
		VoucherRedeemed {
			channel: ChannelId,
			amount: BalanceOf<T>,
			cumulative: BalanceOf<T>,
			nonce: u64,
		},
		/// A voucher of a settlement was refused; the others were claimed.
		VoucherRefused { channel: ChannelId, error: DispatchError },
		/// The payer started to close a channel; the payee can claim until `closes_at`.
		ChannelClosing { channel: ChannelId, closes_at: BlockNumberFor<T> },
		/// A channel was closed: the payee got `paid` over its life, `refunded` went back.
		ChannelClosed { channel: ChannelId, paid: BalanceOf<T>, refunded: BalanceOf<T> },
		/// A payment was escrowed.
		AgreementCreated {
			agreement: AgreementId,
			consumer: T::AccountId,
			provider: T::AccountId,
			amount: BalanceOf<T>,
			condition: Condition,
			deadline: BlockNumberFor<T>,
		},
		/// An escrowed payment went to the provider.
		AgreementReleased {
			agreement: AgreementId,
			provider: T::AccountId,
			amount: BalanceOf<T>,
			reason: Release,
		},
		/// An escrowed payment went back to the consumer after its deadline.
		AgreementRefunded { agreement: AgreementId, consumer: T::AccountId, amount: BalanceOf<T> },
		/// A party disputed an agreement and `bond` is held from it; the arbiter settles it, or
		/// the default rule after the dispute timeout.
		AgreementDisputed { agreement: AgreementId, by: T::AccountId, bond: BalanceOf<T> },
		/// Device-signed telemetry proved a disputed agreement's condition before its deadline:
		/// unless the arbiter rules otherwise, the provider is paid when the dispute times out.
		DisputedConditionProven { agreement: AgreementId },
		/// The arbiter split a disputed payment; of the disputer's bond, `bond_returned` went
		/// back to it and `bond_forfeited` to the other party.
		DisputeResolved {
			agreement: AgreementId,
			to_provider: BalanceOf<T>,
			to_consumer: BalanceOf<T>,
			bond_returned: BalanceOf<T>,
			bond_forfeited: BalanceOf<T>,
		},
		/// The arbiter did not settle a dispute in time and the default rule did: the provider
		/// is paid if the condition was proven, else the consumer is refunded.
		DisputeExpired {
			agreement: AgreementId,
			to_provider: BalanceOf<T>,
			to_consumer: BalanceOf<T>,
			bond_returned: BalanceOf<T>,
			bond_forfeited: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The device is not in the registry.
		UnknownDevice,
		/// The device is suspended or revoked.
		DeviceInactive,
		/// The caller may not do this for the device or channel.
		NotAuthorized,
		/// A period or duration of zero blocks.
		ZeroPeriod,
		/// The device has no spending limit set by its current owner.
		NoSpendingLimit,
		/// The payment would take the device over its limit for the period.
		SpendingLimitExceeded,
		/// The amount is below the minimum channel deposit or escrow.
		AmountTooLow,
		/// The duration is longer than allowed.
		DurationTooLong,
		/// No such open channel.
		UnknownChannel,
		/// The channel's claim window is over (expired, or its challenge period ended).
		ClaimWindowOver,
		/// The channel is closing: no top-up, no second close.
		ChannelClosing,
		/// The claim window is still open.
		ClaimWindowOpen,
		/// The voucher's signature is not the channel signer's over this voucher on this chain.
		BadSignature,
		/// The voucher's nonce is not above the last claimed one.
		VoucherReplayed,
		/// The voucher's cumulative amount is below what was already claimed.
		BelowClaimed,
		/// The voucher pays nothing beyond what was already claimed.
		NothingToClaim,
		/// The voucher's cumulative amount is above the channel's deposit.
		ExceedsDeposit,
		/// The closing voucher is for another channel.
		VoucherForAnotherChannel,
		/// No vouchers, or more than a settlement may hold.
		BadSettlementSize,
		/// No such unsettled agreement.
		UnknownAgreement,
		/// The condition's window or bounds are inverted.
		InvalidCondition,
		/// The deadline has passed.
		DeadlinePassed,
		/// The deadline has not passed yet.
		DeadlineNotReached,
		/// The agreement is disputed; only the arbiter can settle it.
		Disputed,
		/// The agreement is not disputed.
		NotDisputed,
		/// The arbiter's time to settle the dispute has not run out.
		DisputeNotExpired,
		/// The disputed agreement's condition is already proven.
		AlreadyProven,
		/// The evidence is not of the kind the condition needs.
		WrongEvidence,
		/// More anchors than a window proof may hold.
		TooManyAnchors,
		/// An anchor is unknown, pruned, or does not cover the condition's stream.
		NotAnchored,
		/// An anchored range carries no device-signed summary.
		UnsignedSummary,
		/// Readings are missing in the window.
		SequenceGap,
		/// The anchors do not cover the whole window.
		WindowNotCovered,
		/// A value lies outside the condition's bounds.
		ValueOutOfBounds,
		/// No such attested reading (never attested, or expired).
		ReadingNotAttested,
		/// The reading was measured before the condition's start.
		ReadingTooEarly,
		/// The device already signs for `MaxChannelsPerDevice` open channels.
		TooManyChannels,
		/// An identifier counter or amount overflowed.
		Overflow,
		/// No provenance leg has this id.
		UnknownLeg,
		/// The provenance leg was not judged `Met`.
		LegNotMet,
		/// The voucher's channel pays someone else than the one this payment is for.
		WrongPayee,
		/// The voucher's increment is not the amount due.
		WrongAmount,
	}
}
