// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    dataAccess: {
      /**
       * The reader already has access to this stream.
       **/
      AlreadyGranted: AugmentedError<ApiType>;
      /**
       * No periods, or more than the offer (or the chain) allows.
       **/
      BadPeriods: AugmentedError<ApiType>;
      /**
       * The range ends before it starts.
       **/
      BadRange: AugmentedError<ApiType>;
      /**
       * The expiry is not after the current block.
       **/
      ExpiryInPast: AugmentedError<ApiType>;
      /**
       * The encryption key is not a usable X25519 public key.
       **/
      InvalidKey: AugmentedError<ApiType>;
      /**
       * The reader has no access to this stream.
       **/
      NoGrant: AugmentedError<ApiType>;
      /**
       * The caller has published no encryption key.
       **/
      NoKey: AugmentedError<ApiType>;
      /**
       * The stream is not for sale.
       **/
      NoOffer: AugmentedError<ApiType>;
      /**
       * The caller may not decide who reads this device's data.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * Nothing is due yet.
       **/
      NothingToSettle: AugmentedError<ApiType>;
      /**
       * An amount or block number overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The owner reads its own data without a grant.
       **/
      OwnData: AugmentedError<ApiType>;
      /**
       * The offer's price is above what the subscriber accepted.
       **/
      PriceAboveLimit: AugmentedError<ApiType>;
      /**
       * The device has as many grants as it may.
       **/
      TooManyGrants: AugmentedError<ApiType>;
      /**
       * The device has as many offers as it may.
       **/
      TooManyOffers: AugmentedError<ApiType>;
      /**
       * The device is not in the registry.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * A period of zero blocks.
       **/
      ZeroPeriod: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    depinRewards: {
      /**
       * The device is already a node.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The cell is not an H3 cell index at the configured resolution.
       **/
      BadCell: AugmentedError<ApiType>;
      /**
       * The committee is empty, too large, has duplicates, or the quorum is not a majority of
       * it (more than half, at most all).
       **/
      BadCommittee: AugmentedError<ApiType>;
      /**
       * The node's slashable stake (bonded and unbonding) is below `MinNodeStake`.
       **/
      BelowMinimumStake: AugmentedError<ApiType>;
      /**
       * The challenge's deadline has not passed.
       **/
      ChallengeNotExpired: AugmentedError<ApiType>;
      /**
       * The root's challenge window has closed.
       **/
      ChallengeWindowClosed: AugmentedError<ApiType>;
      /**
       * The root is still in its challenge window.
       **/
      ChallengeWindowOpen: AugmentedError<ApiType>;
      /**
       * The claim would pay out more than the roots attested.
       **/
      ClaimAboveAttested: AugmentedError<ApiType>;
      /**
       * The device is suspended or revoked.
       **/
      DeviceInactive: AugmentedError<ApiType>;
      /**
       * A reward entry comes with node challenges only.
       **/
      EntryForRoot: AugmentedError<ApiType>;
      /**
       * The epoch has not ended.
       **/
      EpochNotEnded: AugmentedError<ApiType>;
      /**
       * More than the node's bonded stake.
       **/
      InsufficientStake: AugmentedError<ApiType>;
      /**
       * The proof does not show the node's cumulative reward under the root.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * The node is live in the running epoch: its credit is settled after the epoch ends.
       **/
      LiveThisEpoch: AugmentedError<ApiType>;
      /**
       * A challenge against the node is open: it claims, leaves and withdraws nothing.
       **/
      NodeChallenged: AugmentedError<ApiType>;
      /**
       * The chain requires nodes' devices to be certified by a manufacturer; this one is not.
       **/
      NotCertified: AugmentedError<ApiType>;
      /**
       * Nothing beyond what was already claimed.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * Nothing is unbonding, or it is not unlocked yet.
       **/
      NothingToWithdraw: AugmentedError<ApiType>;
      /**
       * The caller is not in the oracle committee.
       **/
      NotOracle: AugmentedError<ApiType>;
      /**
       * The caller is not the device's or node's owner.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * An identifier counter or amount overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The proof is deeper than any reward tree can be. No longer returned by `claim`, whose
       * proof is bounded (M-5); kept so that the errors after it keep their indices.
       **/
      ProofTooDeep: AugmentedError<ApiType>;
      /**
       * The epoch's root is already accepted.
       **/
      RootAlreadyAccepted: AugmentedError<ApiType>;
      /**
       * A challenge against the root is open.
       **/
      RootChallenged: AugmentedError<ApiType>;
      /**
       * The node still has stake, bonded or unbonding.
       **/
      StakeRemaining: AugmentedError<ApiType>;
      /**
       * The attested total exceeds everything the oracle pools received up to the epoch.
       **/
      TotalAbovePools: AugmentedError<ApiType>;
      /**
       * No such open challenge.
       **/
      UnknownChallenge: AugmentedError<ApiType>;
      /**
       * The device is not in the registry.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * No such node.
       **/
      UnknownNode: AugmentedError<ApiType>;
      /**
       * No accepted root for the epoch.
       **/
      UnknownRoot: AugmentedError<ApiType>;
      /**
       * The node's rewards for the epoch are withheld after a proven challenge.
       **/
      Withheld: AugmentedError<ApiType>;
      /**
       * An amount of zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    deviceRegistry: {
      /**
       * The account is already a manufacturer.
       **/
      AlreadyManufacturer: AugmentedError<ApiType>;
      /**
       * The manufacturer certificate does not verify.
       **/
      BadCertificate: AugmentedError<ApiType>;
      /**
       * The location is not a valid H3 cell or is finer than allowed.
       **/
      BadLocation: AugmentedError<ApiType>;
      /**
       * The proof of possession is not the key's signature over the expected payload.
       **/
      BadPossessionProof: AugmentedError<ApiType>;
      /**
       * The rights are empty or contain undefined flags.
       **/
      BadRights: AugmentedError<ApiType>;
      /**
       * The root's key count is zero or more than the proof depth allows.
       **/
      BadRootCount: AugmentedError<ApiType>;
      /**
       * The old key's or the new key's rotation approval does not verify.
       **/
      BadRotationSignature: AugmentedError<ApiType>;
      /**
       * One entry of a batch was refused.
       **/
      BatchEntryFailed: AugmentedError<ApiType>;
      /**
       * The device is not active.
       **/
      DeviceNotActive: AugmentedError<ApiType>;
      /**
       * The device is not suspended.
       **/
      DeviceNotSuspended: AugmentedError<ApiType>;
      /**
       * The device is revoked.
       **/
      DeviceRevoked: AugmentedError<ApiType>;
      /**
       * The key is already registered to a device.
       **/
      DuplicateKey: AugmentedError<ApiType>;
      /**
       * The root is already published.
       **/
      DuplicateRoot: AugmentedError<ApiType>;
      /**
       * The batch is empty.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The expiry is not in the future.
       **/
      ExpiryInPast: AugmentedError<ApiType>;
      /**
       * The owner cannot pay the deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The key identified a device before (rotated away or deregistered).
       **/
      KeyRetired: AugmentedError<ApiType>;
      /**
       * The manufacturer still has provisioning roots.
       **/
      ManufacturerHasRoots: AugmentedError<ApiType>;
      /**
       * There is no pending transfer of the device to the caller.
       **/
      NoPendingTransfer: AugmentedError<ApiType>;
      /**
       * The caller is neither the owner nor an operator with the needed right.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The device is not certified by the caller.
       **/
      NotCertifiedByCaller: AugmentedError<ApiType>;
      /**
       * A nothing-to-do update.
       **/
      NothingToUpdate: AugmentedError<ApiType>;
      /**
       * The account is not a manufacturer.
       **/
      NotManufacturer: AugmentedError<ApiType>;
      /**
       * The caller is not the device's owner.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * A counter or amount would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The device has as many operators as `MaxOperatorsPerDevice` allows.
       **/
      TooManyOperators: AugmentedError<ApiType>;
      /**
       * A device cannot be transferred to its owner.
       **/
      TransferToSelf: AugmentedError<ApiType>;
      /**
       * No device has this id.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * There is no such operator grant.
       **/
      UnknownGrant: AugmentedError<ApiType>;
      /**
       * The manufacturer has no such provisioning root.
       **/
      UnknownRoot: AugmentedError<ApiType>;
      /**
       * The key is of small order, the identity, or no valid point.
       **/
      WeakKey: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    feeSponsorship: {
      /**
       * A new budget must be funded with at least `MinBudget`.
       **/
      BelowMinBudget: AugmentedError<ApiType>;
      /**
       * The device is suspended or revoked.
       **/
      DeviceInactive: AugmentedError<ApiType>;
      /**
       * The budget holds less than the amount.
       **/
      InsufficientBudget: AugmentedError<ApiType>;
      /**
       * A quota must allow some fees, some transactions and at least one known scope.
       **/
      InvalidQuota: AugmentedError<ApiType>;
      /**
       * The account has no budget.
       **/
      NoBudget: AugmentedError<ApiType>;
      /**
       * Only the device's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The device is not sponsored.
       **/
      NotSponsored: AugmentedError<ApiType>;
      /**
       * An arithmetic overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The device's signer account is sponsored for another device; remove that
       * sponsorship first.
       **/
      SignerTaken: AugmentedError<ApiType>;
      /**
       * Only the owner may end a sponsorship that still applies.
       **/
      StillValid: AugmentedError<ApiType>;
      /**
       * The device does not exist, or its key has no signing account (P-256).
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    m2mPayments: {
      /**
       * The disputed agreement's condition is already proven.
       **/
      AlreadyProven: AugmentedError<ApiType>;
      /**
       * The amount is below the minimum channel deposit or escrow.
       **/
      AmountTooLow: AugmentedError<ApiType>;
      /**
       * No vouchers, or more than a settlement may hold.
       **/
      BadSettlementSize: AugmentedError<ApiType>;
      /**
       * The voucher's signature is not the channel signer's over this voucher on this chain.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The voucher's cumulative amount is below what was already claimed.
       **/
      BelowClaimed: AugmentedError<ApiType>;
      /**
       * The channel is closing: no top-up, no second close.
       **/
      ChannelClosing: AugmentedError<ApiType>;
      /**
       * The claim window is still open.
       **/
      ClaimWindowOpen: AugmentedError<ApiType>;
      /**
       * The channel's claim window is over (expired, or its challenge period ended).
       **/
      ClaimWindowOver: AugmentedError<ApiType>;
      /**
       * The deadline has not passed yet.
       **/
      DeadlineNotReached: AugmentedError<ApiType>;
      /**
       * The deadline has passed.
       **/
      DeadlinePassed: AugmentedError<ApiType>;
      /**
       * The device is suspended or revoked.
       **/
      DeviceInactive: AugmentedError<ApiType>;
      /**
       * The agreement is disputed; only the arbiter can settle it.
       **/
      Disputed: AugmentedError<ApiType>;
      /**
       * The arbiter's time to settle the dispute has not run out.
       **/
      DisputeNotExpired: AugmentedError<ApiType>;
      /**
       * The duration is longer than allowed.
       **/
      DurationTooLong: AugmentedError<ApiType>;
      /**
       * The voucher's cumulative amount is above the channel's deposit.
       **/
      ExceedsDeposit: AugmentedError<ApiType>;
      /**
       * The condition's window or bounds are inverted.
       **/
      InvalidCondition: AugmentedError<ApiType>;
      /**
       * The provenance leg was not judged `Met`.
       **/
      LegNotMet: AugmentedError<ApiType>;
      /**
       * The device has no spending limit set by its current owner.
       **/
      NoSpendingLimit: AugmentedError<ApiType>;
      /**
       * An anchor is unknown, pruned, or does not cover the condition's stream.
       **/
      NotAnchored: AugmentedError<ApiType>;
      /**
       * The caller may not do this for the device or channel.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The agreement is not disputed.
       **/
      NotDisputed: AugmentedError<ApiType>;
      /**
       * The voucher pays nothing beyond what was already claimed.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * An identifier counter or amount overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No such attested reading (never attested, or expired).
       **/
      ReadingNotAttested: AugmentedError<ApiType>;
      /**
       * The reading was measured before the condition's start.
       **/
      ReadingTooEarly: AugmentedError<ApiType>;
      /**
       * Readings are missing in the window.
       **/
      SequenceGap: AugmentedError<ApiType>;
      /**
       * The payment would take the device over its limit for the period.
       **/
      SpendingLimitExceeded: AugmentedError<ApiType>;
      /**
       * More anchors than a window proof may hold.
       **/
      TooManyAnchors: AugmentedError<ApiType>;
      /**
       * The device already signs for `MaxChannelsPerDevice` open channels.
       **/
      TooManyChannels: AugmentedError<ApiType>;
      /**
       * No such unsettled agreement.
       **/
      UnknownAgreement: AugmentedError<ApiType>;
      /**
       * No such open channel.
       **/
      UnknownChannel: AugmentedError<ApiType>;
      /**
       * The device is not in the registry.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * No provenance leg has this id.
       **/
      UnknownLeg: AugmentedError<ApiType>;
      /**
       * An anchored range carries no device-signed summary.
       **/
      UnsignedSummary: AugmentedError<ApiType>;
      /**
       * A value lies outside the condition's bounds.
       **/
      ValueOutOfBounds: AugmentedError<ApiType>;
      /**
       * The closing voucher is for another channel.
       **/
      VoucherForAnotherChannel: AugmentedError<ApiType>;
      /**
       * The voucher's nonce is not above the last claimed one.
       **/
      VoucherReplayed: AugmentedError<ApiType>;
      /**
       * The anchors do not cover the whole window.
       **/
      WindowNotCovered: AugmentedError<ApiType>;
      /**
       * The voucher's increment is not the amount due.
       **/
      WrongAmount: AugmentedError<ApiType>;
      /**
       * The evidence is not of the kind the condition needs.
       **/
      WrongEvidence: AugmentedError<ApiType>;
      /**
       * The voucher's channel pays someone else than the one this payment is for.
       **/
      WrongPayee: AugmentedError<ApiType>;
      /**
       * A period or duration of zero blocks.
       **/
      ZeroPeriod: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    provenance: {
      /**
       * The item was already recalled.
       **/
      AlreadyRecalled: AugmentedError<ApiType>;
      /**
       * The item already has a tag.
       **/
      AlreadyTagged: AugmentedError<ApiType>;
      /**
       * The other party's signature does not sign this handoff (or the item's history moved
       * on since it was signed).
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The container holds as many items as allowed.
       **/
      ContainerFull: AugmentedError<ApiType>;
      /**
       * A container cannot be packed into itself or into what it holds.
       **/
      Cycle: AugmentedError<ApiType>;
      /**
       * The leg's time for evidence is not over.
       **/
      DeadlineNotReached: AugmentedError<ApiType>;
      /**
       * The leg's time for evidence is over.
       **/
      DeadlinePassed: AugmentedError<ApiType>;
      /**
       * The device is suspended or revoked.
       **/
      DeviceInactive: AugmentedError<ApiType>;
      /**
       * An item is named twice.
       **/
      DuplicateItem: AugmentedError<ApiType>;
      /**
       * The item already has a pending handoff.
       **/
      HandoffPending: AugmentedError<ApiType>;
      /**
       * The item's history holds as many events as allowed.
       **/
      HistoryFull: AugmentedError<ApiType>;
      /**
       * The band's minimum is above its maximum.
       **/
      InvalidBand: AugmentedError<ApiType>;
      /**
       * A lot must have a quantity.
       **/
      InvalidQuantity: AugmentedError<ApiType>;
      /**
       * Another item has this external key.
       **/
      KeyTaken: AugmentedError<ApiType>;
      /**
       * The leg has its verdict.
       **/
      LegDecided: AugmentedError<ApiType>;
      /**
       * The leg has ended.
       **/
      LegEnded: AugmentedError<ApiType>;
      /**
       * The leg has not ended.
       **/
      LegNotEnded: AugmentedError<ApiType>;
      /**
       * The item has a leg under way.
       **/
      LegUnderWay: AugmentedError<ApiType>;
      /**
       * The item has no pending handoff.
       **/
      NoHandoff: AugmentedError<ApiType>;
      /**
       * The call names no item.
       **/
      NoItems: AugmentedError<ApiType>;
      /**
       * The item was consumed or decommissioned.
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * An anchor does not hold the tracker's stream.
       **/
      NotAnchored: AugmentedError<ApiType>;
      /**
       * The item is not a container.
       **/
      NotContainer: AugmentedError<ApiType>;
      /**
       * The caller does not hold the item.
       **/
      NotCustodian: AugmentedError<ApiType>;
      /**
       * Only the author of an event may correct it.
       **/
      NotEventAuthor: AugmentedError<ApiType>;
      /**
       * The item is not packed in this container.
       **/
      NotInContainer: AugmentedError<ApiType>;
      /**
       * Only the leg's custodian or the item's owner may end it.
       **/
      NotLegParty: AugmentedError<ApiType>;
      /**
       * The caller does not own the item.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * Only the sender or the receiver submits a signed handoff.
       **/
      NotParty: AugmentedError<ApiType>;
      /**
       * Only the item's producer or the recall authority may recall it.
       **/
      NotProducer: AugmentedError<ApiType>;
      /**
       * Only the handoff's proposer may cancel it.
       **/
      NotProposer: AugmentedError<ApiType>;
      /**
       * Only the handoff's receiver may answer it.
       **/
      NotReceiver: AugmentedError<ApiType>;
      /**
       * The caller does not own the tag device.
       **/
      NotTagOwner: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The item is packed in a container: act on the container, or unpack it first.
       **/
      Packed: AugmentedError<ApiType>;
      /**
       * The item is recalled.
       **/
      Recalled: AugmentedError<ApiType>;
      /**
       * A party cannot hand over to itself.
       **/
      SelfHandoff: AugmentedError<ApiType>;
      /**
       * Readings are missing inside or between the anchors.
       **/
      SequenceGap: AugmentedError<ApiType>;
      /**
       * The signed handoff's deadline passed.
       **/
      SignatureExpired: AugmentedError<ApiType>;
      /**
       * The tag device is bound to another item.
       **/
      TagTaken: AugmentedError<ApiType>;
      /**
       * Packing would nest containers deeper than allowed.
       **/
      TooDeep: AugmentedError<ApiType>;
      /**
       * No device has this id.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * No event has this id.
       **/
      UnknownEvent: AugmentedError<ApiType>;
      /**
       * No item has this id.
       **/
      UnknownItem: AugmentedError<ApiType>;
      /**
       * No leg has this id.
       **/
      UnknownLeg: AugmentedError<ApiType>;
      /**
       * An anchor's range has no device-signed summary.
       **/
      UnsignedSummary: AugmentedError<ApiType>;
      /**
       * The anchors do not reach from the leg's start to its end.
       **/
      WindowNotCovered: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    telemetryAnchor: {
      /**
       * The reading is already attested.
       **/
      AlreadyAttested: AugmentedError<ApiType>;
      /**
       * A signed summary is inconsistent (min above max) or its signature is not the device's.
       **/
      BadBatchSignature: AugmentedError<ApiType>;
      /**
       * The payer cannot pay the fee.
       **/
      CannotPayFee: AugmentedError<ApiType>;
      /**
       * The ranges' counts do not add up to the leaf count.
       **/
      CountMismatch: AugmentedError<ApiType>;
      /**
       * The device is suspended or revoked.
       **/
      DeviceInactive: AugmentedError<ApiType>;
      /**
       * The device is still registered, so its streams stay.
       **/
      DeviceStillRegistered: AugmentedError<ApiType>;
      /**
       * The batch has no readings or no ranges.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The proof does not show the reading under the anchor's root.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * A range is inverted in sequence or time, or counts no readings or more than it spans.
       **/
      InvalidRange: AugmentedError<ApiType>;
      /**
       * The locator is longer than allowed. No longer returned: the call's locator is bounded
       * (M-5); kept so that the errors after it keep their indices.
       **/
      LocatorTooLong: AugmentedError<ApiType>;
      /**
       * The caller is neither the device, its owner, nor an operator with the telemetry right.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The reading's device, stream, sequence or time is outside every range of the anchor.
       **/
      NotInAnchor: AugmentedError<ApiType>;
      /**
       * Only the device's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * An identifier counter is exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The proof is deeper than any batch can be.
       **/
      ProofTooDeep: AugmentedError<ApiType>;
      /**
       * The ranges are not in strictly increasing (device, stream) order.
       **/
      RangesNotSorted: AugmentedError<ApiType>;
      /**
       * A range starts at or before the stream's last anchored sequence number.
       **/
      SequenceOverlap: AugmentedError<ApiType>;
      /**
       * The range moves the stream further than `MaxAnchorSpan` sequence numbers.
       **/
      SpanTooLong: AugmentedError<ApiType>;
      /**
       * The stream name is longer than allowed. No longer returned: the call's name is bounded
       * (M-5); kept so that the errors after it keep their indices.
       **/
      StreamNameTooLong: AugmentedError<ApiType>;
      /**
       * A reading's timestamp is further in the future than `MaxFutureSkew`.
       **/
      TimestampInFuture: AugmentedError<ApiType>;
      /**
       * A range starts before the stream's latest anchored timestamp.
       **/
      TimeWentBackwards: AugmentedError<ApiType>;
      /**
       * More ranges than an anchor may hold.
       **/
      TooManyRanges: AugmentedError<ApiType>;
      /**
       * The device has as many streams as allowed.
       **/
      TooManyStreams: AugmentedError<ApiType>;
      /**
       * No such anchor, or it was pruned.
       **/
      UnknownAnchor: AugmentedError<ApiType>;
      /**
       * The device is not in the registry.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * The stream is not declared.
       **/
      UnknownStream: AugmentedError<ApiType>;
      /**
       * The stream takes device-signed ranges only, or the reading to attest is in an
       * unsigned range: evidence that pays money must be signed by the device.
       **/
      UnsignedRange: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
