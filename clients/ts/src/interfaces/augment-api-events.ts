// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, IotPrimitivesDeviceDevicePublicKey, IotPrimitivesPaymentCondition, IotPrimitivesPaymentVoucherSigner, IotPrimitivesProvenanceHandlingBand, IotPrimitivesProvenanceLegVerdict, IotPrimitivesRewardsNodeKind, IotPrimitivesTelemetryAnchoredRange, IotPrimitivesTelemetryReading, IotRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletDataAccessEnding, PalletDepinRewardsChallengeTarget, PalletDeviceRegistryScope, PalletFeeSponsorshipQuota, PalletM2mPaymentsRelease, PalletProvenanceTransfer, PalletTelemetryAnchorCursor, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: IotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: IotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: IotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: IotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: IotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: IotRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: IotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: IotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: IotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: IotRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    dataAccess: {
      /**
       * `reader`'s access ended; a subscription paid `paid` to the owner and refunded
       * `refunded`; the stream's key epoch is now `epoch`.
       **/
      AccessEnded: AugmentedEvent<ApiType, [device: u64, stream: u16, reader: AccountId32, ending: PalletDataAccessEnding, paid: u128, refunded: u128, epoch: u32], { device: u64, stream: u16, reader: AccountId32, ending: PalletDataAccessEnding, paid: u128, refunded: u128, epoch: u32 }>;
      /**
       * `reader` may read `device`'s `stream` from `from` to `to` until `expires_at`.
       **/
      AccessGranted: AugmentedEvent<ApiType, [device: u64, stream: u16, reader: AccountId32, from: u64, to: Option<u64>, expiresAt: Option<u32>], { device: u64, stream: u16, reader: AccountId32, from: u64, to: Option<u64>, expiresAt: Option<u32> }>;
      /**
       * `who` withdrew its encryption key.
       **/
      EncryptionKeyRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * `who` published an encryption key.
       **/
      EncryptionKeySet: AugmentedEvent<ApiType, [who: AccountId32, key: U8aFixed], { who: AccountId32, key: U8aFixed }>;
      /**
       * Access to `device`'s `stream` is for sale.
       **/
      Offered: AugmentedEvent<ApiType, [device: u64, stream: u16, price: u128, period: u32, maxPeriods: u32, from: u64], { device: u64, stream: u16, price: u128, period: u32, maxPeriods: u32, from: u64 }>;
      /**
       * The offer on `device`'s `stream` was withdrawn.
       **/
      OfferWithdrawn: AugmentedEvent<ApiType, [device: u64, stream: u16], { device: u64, stream: u16 }>;
      /**
       * `reader` bought access: `periods` periods at `price` each, paid by `payer`.
       **/
      Subscribed: AugmentedEvent<ApiType, [device: u64, stream: u16, reader: AccountId32, payer: AccountId32, price: u128, periods: u32, expiresAt: u32], { device: u64, stream: u16, reader: AccountId32, payer: AccountId32, price: u128, periods: u32, expiresAt: u32 }>;
      /**
       * Served periods of a subscription were paid to the owner.
       **/
      SubscriptionPaid: AugmentedEvent<ApiType, [device: u64, stream: u16, reader: AccountId32, amount: u128], { device: u64, stream: u16, reader: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    depinRewards: {
      /**
       * Stake was bonded to a node.
       **/
      Bonded: AugmentedEvent<ApiType, [node: u64, amount: u128], { node: u64, amount: u128 }>;
      /**
       * Whether nodes' devices must be certified changed.
       **/
      CertificationRequired: AugmentedEvent<ApiType, [required: bool], { required: bool }>;
      /**
       * Governance did not decide a challenge in time: it lapsed and its bond was forfeited.
       **/
      ChallengeExpired: AugmentedEvent<ApiType, [challenge: u64], { challenge: u64 }>;
      /**
       * A challenge was posted.
       **/
      ChallengeOpened: AugmentedEvent<ApiType, [challenge: u64, challenger: AccountId32, epoch: u32, target: PalletDepinRewardsChallengeTarget, evidence: H256], { challenge: u64, challenger: AccountId32, epoch: u32, target: PalletDepinRewardsChallengeTarget, evidence: H256 }>;
      /**
       * Governance decided a challenge; `slashed` was taken from the node's stake.
       **/
      ChallengeResolved: AugmentedEvent<ApiType, [challenge: u64, upheld: bool, slashed: u128], { challenge: u64, upheld: bool, slashed: u128 }>;
      /**
       * The schedule asked for more than the circuit breaker allows.
       **/
      CircuitBreakerTripped: AugmentedEvent<ApiType, [epoch: u32, scheduled: u128, minted: u128], { epoch: u32, scheduled: u128, minted: u128 }>;
      /**
       * An epoch ended and its pool was minted.
       **/
      EpochEnded: AugmentedEvent<ApiType, [epoch: u32, minted: u128, fees: u128, livenessPool: u128, oraclePool: u128, liveStake: u128], { epoch: u32, minted: u128, fees: u128, livenessPool: u128, oraclePool: u128, liveStake: u128 }>;
      /**
       * Liveness credit was paid.
       **/
      LivenessClaimed: AugmentedEvent<ApiType, [node: u64, toOwner: u128, toHost: u128], { node: u64, toOwner: u128, toHost: u128 }>;
      /**
       * A node was removed and its deposit returned.
       **/
      NodeDeregistered: AugmentedEvent<ApiType, [node: u64], { node: u64 }>;
      /**
       * A node was live in the running epoch for the first time.
       **/
      NodeLive: AugmentedEvent<ApiType, [node: u64, epoch: u32], { node: u64, epoch: u32 }>;
      /**
       * A node was registered.
       **/
      NodeRegistered: AugmentedEvent<ApiType, [node: u64, owner: AccountId32, kind: IotPrimitivesRewardsNodeKind, cell: u64], { node: u64, owner: AccountId32, kind: IotPrimitivesRewardsNodeKind, cell: u64 }>;
      /**
       * The node's device changed hands or left the registry: the node left its owner, whose
       * stake, deposit and liveness credit wait until `unlock_at`.
       **/
      NodeRetired: AugmentedEvent<ApiType, [node: u64, owner: AccountId32, unlockAt: u32], { node: u64, owner: AccountId32, unlockAt: u32 }>;
      /**
       * The oracle committee changed.
       **/
      OraclesSet: AugmentedEvent<ApiType, [oracles: Vec<AccountId32>, quorum: u32], { oracles: Vec<AccountId32>, quorum: u32 }>;
      /**
       * A former owner withdrew what a retired node left them.
       **/
      RetiredWithdrawn: AugmentedEvent<ApiType, [node: u64, owner: AccountId32, stake: u128], { node: u64, owner: AccountId32, stake: u128 }>;
      /**
       * An oracle reward was paid.
       **/
      RewardClaimed: AugmentedEvent<ApiType, [node: u64, epoch: u32, toOwner: u128, toHost: u128], { node: u64, epoch: u32, toOwner: u128, toHost: u128 }>;
      /**
       * A proven challenge made the node forfeit its rewards up to `cumulative`.
       **/
      RewardForfeited: AugmentedEvent<ApiType, [node: u64, epoch: u32, cumulative: u128], { node: u64, epoch: u32, cumulative: u128 }>;
      /**
       * An epoch's root reached the quorum.
       **/
      RootAccepted: AugmentedEvent<ApiType, [epoch: u32, root: H256, total: u128], { epoch: u32, root: H256, total: u128 }>;
      /**
       * An oracle attested an epoch's root; `votes` attested the same.
       **/
      RootAttested: AugmentedEvent<ApiType, [epoch: u32, oracle: AccountId32, root: H256, votes: u32], { epoch: u32, oracle: AccountId32, root: H256, votes: u32 }>;
      /**
       * A proven challenge discarded an epoch's root.
       **/
      RootDiscarded: AugmentedEvent<ApiType, [epoch: u32], { epoch: u32 }>;
      /**
       * Stake started unbonding; it can be withdrawn from `unlock_at`.
       **/
      Unbonded: AugmentedEvent<ApiType, [node: u64, amount: u128, unlockAt: u32], { node: u64, amount: u128, unlockAt: u32 }>;
      /**
       * Unbonded stake was returned.
       **/
      Withdrawn: AugmentedEvent<ApiType, [node: u64, amount: u128], { node: u64, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    deviceRegistry: {
      /**
       * A manufacturer withdrew its certification of a device.
       **/
      CertificationRevoked: AugmentedEvent<ApiType, [device: u64, maker: AccountId32], { device: u64, maker: AccountId32 }>;
      /**
       * A manufacturer's certificate for a device was accepted.
       **/
      DeviceCertified: AugmentedEvent<ApiType, [device: u64, maker: AccountId32], { device: u64, maker: AccountId32 }>;
      /**
       * A device was deregistered and its deposit returned.
       **/
      DeviceDeregistered: AugmentedEvent<ApiType, [device: u64, owner: AccountId32], { device: u64, owner: AccountId32 }>;
      /**
       * A device was registered.
       **/
      DeviceRegistered: AugmentedEvent<ApiType, [device: u64, owner: AccountId32, key: IotPrimitivesDeviceDevicePublicKey], { device: u64, owner: AccountId32, key: IotPrimitivesDeviceDevicePublicKey }>;
      /**
       * A suspended device was resumed.
       **/
      DeviceResumed: AugmentedEvent<ApiType, [device: u64], { device: u64 }>;
      /**
       * A device was revoked for good.
       **/
      DeviceRevoked: AugmentedEvent<ApiType, [device: u64, by: AccountId32], { device: u64, by: AccountId32 }>;
      /**
       * A device was suspended by its owner or an operator.
       **/
      DeviceSuspended: AugmentedEvent<ApiType, [device: u64], { device: u64 }>;
      /**
       * A device changed owner.
       **/
      DeviceTransferred: AugmentedEvent<ApiType, [device: u64, from: AccountId32, to: AccountId32], { device: u64, from: AccountId32, to: AccountId32 }>;
      /**
       * A device's metadata or firmware changed.
       **/
      DeviceUpdated: AugmentedEvent<ApiType, [device: u64, firmware: H256], { device: u64, firmware: H256 }>;
      /**
       * A device's key was rotated.
       **/
      KeyRotated: AugmentedEvent<ApiType, [device: u64, oldKey: IotPrimitivesDeviceDevicePublicKey, newKey: IotPrimitivesDeviceDevicePublicKey], { device: u64, oldKey: IotPrimitivesDeviceDevicePublicKey, newKey: IotPrimitivesDeviceDevicePublicKey }>;
      /**
       * A manufacturer was registered.
       **/
      ManufacturerRegistered: AugmentedEvent<ApiType, [maker: AccountId32], { maker: AccountId32 }>;
      /**
       * A manufacturer was removed.
       **/
      ManufacturerRemoved: AugmentedEvent<ApiType, [maker: AccountId32], { maker: AccountId32 }>;
      /**
       * An operator was granted rights.
       **/
      OperatorGranted: AugmentedEvent<ApiType, [scope: PalletDeviceRegistryScope, operator: AccountId32, rights: u8, expiresAt: Option<u32>], { scope: PalletDeviceRegistryScope, operator: AccountId32, rights: u8, expiresAt: Option<u32> }>;
      /**
       * An operator grant was removed.
       **/
      OperatorRevoked: AugmentedEvent<ApiType, [scope: PalletDeviceRegistryScope, operator: AccountId32], { scope: PalletDeviceRegistryScope, operator: AccountId32 }>;
      /**
       * A manufacturer published a provisioning root.
       **/
      ProvisioningRootPublished: AugmentedEvent<ApiType, [maker: AccountId32, root: H256, count: u32], { maker: AccountId32, root: H256, count: u32 }>;
      /**
       * A provisioning root was withdrawn (by its maker or by the manufacturer origin);
       * devices certified under it stay certified.
       **/
      ProvisioningRootRemoved: AugmentedEvent<ApiType, [maker: AccountId32, root: H256], { maker: AccountId32, root: H256 }>;
      /**
       * An offered transfer was withdrawn.
       **/
      TransferCancelled: AugmentedEvent<ApiType, [device: u64], { device: u64 }>;
      /**
       * An ownership transfer was offered.
       **/
      TransferOffered: AugmentedEvent<ApiType, [device: u64, from: AccountId32, to: AccountId32], { device: u64, from: AccountId32, to: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    feeSponsorship: {
      /**
       * An owner set the level below which `BudgetLow` is emitted.
       **/
      AlertSet: AugmentedEvent<ApiType, [owner: AccountId32, below: u128], { owner: AccountId32, below: u128 }>;
      /**
       * An owner added to its budget.
       **/
      BudgetFunded: AugmentedEvent<ApiType, [owner: AccountId32, amount: u128, budget: u128], { owner: AccountId32, amount: u128, budget: u128 }>;
      /**
       * A budget fell below its alert level.
       **/
      BudgetLow: AugmentedEvent<ApiType, [owner: AccountId32, budget: u128], { owner: AccountId32, budget: u128 }>;
      /**
       * An owner took funds back from its budget.
       **/
      BudgetWithdrawn: AugmentedEvent<ApiType, [owner: AccountId32, amount: u128, budget: u128], { owner: AccountId32, amount: u128, budget: u128 }>;
      /**
       * An owner sponsors a device, or changed its quota.
       **/
      DeviceSponsored: AugmentedEvent<ApiType, [device: u64, owner: AccountId32, signer: AccountId32, quota: PalletFeeSponsorshipQuota], { device: u64, owner: AccountId32, signer: AccountId32, quota: PalletFeeSponsorshipQuota }>;
      /**
       * A device's transaction fee was paid from its owner's budget.
       **/
      FeeSponsored: AugmentedEvent<ApiType, [device: u64, owner: AccountId32, fee: u128], { device: u64, owner: AccountId32, fee: u128 }>;
      /**
       * A device used its quota for this period: its next transaction is not sponsored.
       **/
      QuotaReached: AugmentedEvent<ApiType, [device: u64, owner: AccountId32], { device: u64, owner: AccountId32 }>;
      /**
       * A sponsorship was removed; its deposit returned to `owner`.
       **/
      SponsorshipEnded: AugmentedEvent<ApiType, [device: u64, owner: AccountId32], { device: u64, owner: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    m2mPayments: {
      /**
       * A payment was escrowed.
       **/
      AgreementCreated: AugmentedEvent<ApiType, [agreement: u64, consumer: AccountId32, provider: AccountId32, amount: u128, condition: IotPrimitivesPaymentCondition, deadline: u32], { agreement: u64, consumer: AccountId32, provider: AccountId32, amount: u128, condition: IotPrimitivesPaymentCondition, deadline: u32 }>;
      /**
       * A party disputed an agreement and `bond` is held from it; the arbiter settles it, or
       * the default rule after the dispute timeout.
       **/
      AgreementDisputed: AugmentedEvent<ApiType, [agreement: u64, by: AccountId32, bond: u128], { agreement: u64, by: AccountId32, bond: u128 }>;
      /**
       * An escrowed payment went back to the consumer after its deadline.
       **/
      AgreementRefunded: AugmentedEvent<ApiType, [agreement: u64, consumer: AccountId32, amount: u128], { agreement: u64, consumer: AccountId32, amount: u128 }>;
      /**
       * An escrowed payment went to the provider.
       **/
      AgreementReleased: AugmentedEvent<ApiType, [agreement: u64, provider: AccountId32, amount: u128, reason: PalletM2mPaymentsRelease], { agreement: u64, provider: AccountId32, amount: u128, reason: PalletM2mPaymentsRelease }>;
      /**
       * A channel was closed: the payee got `paid` over its life, `refunded` went back.
       **/
      ChannelClosed: AugmentedEvent<ApiType, [channel: u64, paid: u128, refunded: u128], { channel: u64, paid: u128, refunded: u128 }>;
      /**
       * The payer started to close a channel; the payee can claim until `closes_at`.
       **/
      ChannelClosing: AugmentedEvent<ApiType, [channel: u64, closesAt: u32], { channel: u64, closesAt: u32 }>;
      /**
       * A channel was opened.
       **/
      ChannelOpened: AugmentedEvent<ApiType, [channel: u64, payer: AccountId32, payee: AccountId32, signer: IotPrimitivesPaymentVoucherSigner, deposit: u128, expiresAt: u32], { channel: u64, payer: AccountId32, payee: AccountId32, signer: IotPrimitivesPaymentVoucherSigner, deposit: u128, expiresAt: u32 }>;
      /**
       * More was put in a channel, or its expiry moved.
       **/
      ChannelToppedUp: AugmentedEvent<ApiType, [channel: u64, deposit: u128, expiresAt: u32], { channel: u64, deposit: u128, expiresAt: u32 }>;
      /**
       * A device paid from its owner's funds; `spent` is its total in the current period.
       **/
      DevicePaid: AugmentedEvent<ApiType, [device: u64, to: AccountId32, amount: u128, spent: u128], { device: u64, to: AccountId32, amount: u128, spent: u128 }>;
      /**
       * Device-signed telemetry proved a disputed agreement's condition before its deadline:
       * unless the arbiter rules otherwise, the provider is paid when the dispute times out.
       **/
      DisputedConditionProven: AugmentedEvent<ApiType, [agreement: u64], { agreement: u64 }>;
      /**
       * The arbiter did not settle a dispute in time and the default rule did: the provider
       * is paid if the condition was proven, else the consumer is refunded.
       **/
      DisputeExpired: AugmentedEvent<ApiType, [agreement: u64, toProvider: u128, toConsumer: u128, bondReturned: u128, bondForfeited: u128], { agreement: u64, toProvider: u128, toConsumer: u128, bondReturned: u128, bondForfeited: u128 }>;
      /**
       * The arbiter split a disputed payment; of the disputer's bond, `bond_returned` went
       * back to it and `bond_forfeited` to the other party.
       **/
      DisputeResolved: AugmentedEvent<ApiType, [agreement: u64, toProvider: u128, toConsumer: u128, bondReturned: u128, bondForfeited: u128], { agreement: u64, toProvider: u128, toConsumer: u128, bondReturned: u128, bondForfeited: u128 }>;
      /**
       * A device's spending limit was removed and its deposit returned.
       **/
      SpendingLimitRemoved: AugmentedEvent<ApiType, [device: u64], { device: u64 }>;
      /**
       * A device may spend `limit` of its owner's funds per `period` blocks.
       **/
      SpendingLimitSet: AugmentedEvent<ApiType, [device: u64, owner: AccountId32, limit: u128, period: u32], { device: u64, owner: AccountId32, limit: u128, period: u32 }>;
      /**
       * A voucher was claimed: `amount` moved to the payee, `cumulative` in total.
       **/
      VoucherClaimed: AugmentedEvent<ApiType, [channel: u64, payee: AccountId32, amount: u128, cumulative: u128, nonce: u64], { channel: u64, payee: AccountId32, amount: u128, cumulative: u128, nonce: u64 }>;
      /**
       * A voucher paid for something of its payee's on chain (a data subscription):
       * `amount` left the channel's deposit to be held there.
       **/
      VoucherRedeemed: AugmentedEvent<ApiType, [channel: u64, amount: u128, cumulative: u128, nonce: u64], { channel: u64, amount: u128, cumulative: u128, nonce: u64 }>;
      /**
       * A voucher of a settlement was refused; the others were claimed.
       **/
      VoucherRefused: AugmentedEvent<ApiType, [channel: u64, error: SpRuntimeDispatchError], { channel: u64, error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    provenance: {
      /**
       * `count` items were packed into `container`.
       **/
      Aggregated: AugmentedEvent<ApiType, [event: u64, container: u64, count: u32], { event: u64, container: u64, count: u32 }>;
      /**
       * `count` items with ids from `first` were commissioned by `producer`.
       **/
      Commissioned: AugmentedEvent<ApiType, [event: u64, producer: AccountId32, first: u64, count: u32], { event: u64, producer: AccountId32, first: u64, count: u32 }>;
      /**
       * `count` items left the supply chain.
       **/
      Decommissioned: AugmentedEvent<ApiType, [event: u64, count: u32], { event: u64, count: u32 }>;
      /**
       * `count` items were unpacked from `container`.
       **/
      Disaggregated: AugmentedEvent<ApiType, [event: u64, container: u64, count: u32], { event: u64, container: u64, count: u32 }>;
      /**
       * `to` took what `from` offered of `item`.
       **/
      HandoffAccepted: AugmentedEvent<ApiType, [event: u64, item: u64, from: AccountId32, to: AccountId32, transfer: PalletProvenanceTransfer], { event: u64, item: u64, from: AccountId32, to: AccountId32, transfer: PalletProvenanceTransfer }>;
      /**
       * The proposer withdrew the handoff of `item`.
       **/
      HandoffCancelled: AugmentedEvent<ApiType, [item: u64], { item: u64 }>;
      /**
       * `from` offered `to` the custody, ownership or both of `item`.
       **/
      HandoffProposed: AugmentedEvent<ApiType, [item: u64, from: AccountId32, to: AccountId32, transfer: PalletProvenanceTransfer], { item: u64, from: AccountId32, to: AccountId32, transfer: PalletProvenanceTransfer }>;
      /**
       * The receiver refused the handoff of `item`.
       **/
      HandoffRejected: AugmentedEvent<ApiType, [item: u64], { item: u64 }>;
      /**
       * A leg ended at `at` (Unix milliseconds); evidence is accepted until `deadline`.
       **/
      LegEnded: AugmentedEvent<ApiType, [leg: u64, at: u64, deadline: u32], { leg: u64, at: u64, deadline: u32 }>;
      /**
       * A leg got its verdict.
       **/
      LegJudged: AugmentedEvent<ApiType, [leg: u64, verdict: IotPrimitivesProvenanceLegVerdict], { leg: u64, verdict: IotPrimitivesProvenanceLegVerdict }>;
      /**
       * A leg of `item` in `custodian`'s hands started, bound to `tracker`'s `stream`.
       **/
      LegStarted: AugmentedEvent<ApiType, [leg: u64, item: u64, custodian: AccountId32, tracker: u64, stream: u16, band: IotPrimitivesProvenanceHandlingBand], { leg: u64, item: u64, custodian: AccountId32, tracker: u64, stream: u16, band: IotPrimitivesProvenanceHandlingBand }>;
      /**
       * `count` items were observed.
       **/
      Observed: AugmentedEvent<ApiType, [event: u64, by: AccountId32, count: u32], { event: u64, by: AccountId32, count: u32 }>;
      /**
       * `item` was recalled by `by`.
       **/
      Recalled: AugmentedEvent<ApiType, [event: u64, item: u64, by: AccountId32], { event: u64, item: u64, by: AccountId32 }>;
      /**
       * The device `tag` was bound to `item`.
       **/
      TagBound: AugmentedEvent<ApiType, [item: u64, tag: u64], { item: u64, tag: u64 }>;
      /**
       * `inputs` items were consumed into `outputs` new items with ids from `first`.
       **/
      Transformed: AugmentedEvent<ApiType, [event: u64, inputs: u32, first: u64, outputs: u32], { event: u64, inputs: u32, first: u64, outputs: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    telemetryAnchor: {
      /**
       * Anchors `from..=to` passed retention and were removed.
       **/
      AnchorsPruned: AugmentedEvent<ApiType, [from: u64, to: u64], { from: u64, to: u64 }>;
      /**
       * Attestations `from..=to` expired and were removed.
       **/
      AttestationsExpired: AugmentedEvent<ApiType, [from: u64, to: u64], { from: u64, to: u64 }>;
      /**
       * A batch was anchored.
       **/
      BatchAnchored: AugmentedEvent<ApiType, [anchor: u64, submitter: AccountId32, root: H256, leafCount: u32, ranges: Vec<IotPrimitivesTelemetryAnchoredRange>, locator: Option<Bytes>, fee: u128], { anchor: u64, submitter: AccountId32, root: H256, leafCount: u32, ranges: Vec<IotPrimitivesTelemetryAnchoredRange>, locator: Option<Bytes>, fee: u128 }>;
      /**
       * A reading was proven against an anchor and is kept until `expires_at`.
       **/
      ReadingAttested: AugmentedEvent<ApiType, [attestation: u64, anchor: u64, reading: IotPrimitivesTelemetryReading, attester: AccountId32, expiresAt: u32], { attestation: u64, anchor: u64, reading: IotPrimitivesTelemetryReading, attester: AccountId32, expiresAt: u32 }>;
      /**
       * A stream's readings are missing: `missing_before` sequence numbers between its previous
       * anchor and this one, `missing_within` inside this anchor's range.
       **/
      SequenceGap: AugmentedEvent<ApiType, [anchor: u64, device: u64, stream: u16, missingBefore: u64, missingWithin: u64], { anchor: u64, device: u64, stream: u16, missingBefore: u64, missingWithin: u64 }>;
      /**
       * A stream was declared, or its description changed.
       **/
      StreamDeclared: AugmentedEvent<ApiType, [device: u64, stream: u16, name: Bytes, unit: u32, intervalMs: u64], { device: u64, stream: u16, name: Bytes, unit: u32, intervalMs: u64 }>;
      /**
       * A device changed owner: its new owner now pays the stream's deposit, and the
       * previous depositor has it back.
       **/
      StreamDepositMoved: AugmentedEvent<ApiType, [device: u64, stream: u16, from: AccountId32, to: AccountId32], { device: u64, stream: u16, from: AccountId32, to: AccountId32 }>;
      /**
       * A stream of a device that left the registry was removed and its deposit returned.
       **/
      StreamReaped: AugmentedEvent<ApiType, [device: u64, stream: u16], { device: u64, stream: u16 }>;
      /**
       * The owner set the stream's cursor back to its last device-signed range.
       **/
      StreamReset: AugmentedEvent<ApiType, [device: u64, stream: u16, cursor: Option<PalletTelemetryAnchorCursor>], { device: u64, stream: u16, cursor: Option<PalletTelemetryAnchorCursor> }>;
      /**
       * The stream takes device-signed ranges only from now on.
       **/
      StreamSignedOnly: AugmentedEvent<ApiType, [device: u64, stream: u16], { device: u64, stream: u16 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
