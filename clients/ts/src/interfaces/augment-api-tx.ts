// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill, Percent } from '@polkadot/types/interfaces/runtime';
import type { IotPrimitivesDataPaymentSource, IotPrimitivesDeviceDevicePublicKey, IotPrimitivesDeviceDeviceSignature, IotPrimitivesPaymentCondition, IotPrimitivesPaymentVoucher, IotPrimitivesProvenanceHandlingBand, IotPrimitivesRewardsNodeKind, IotPrimitivesTelemetryReading, IotRuntimeOriginCaller, PalletBalancesAdjustmentDirection, PalletDepinRewardsChallengeTarget, PalletDepinRewardsRewardEntry, PalletDeviceRegistryRegistration, PalletDeviceRegistryScope, PalletFeeSponsorshipQuota, PalletM2mPaymentsEvidence, PalletM2mPaymentsSignedVoucher, PalletProvenanceEventContext, PalletProvenanceNewItem, PalletProvenanceTransfer, PalletTelemetryAnchorRangeInput, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpRuntimeMultiSignature, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    dataAccess: {
      /**
       * Grants `reader` access to `device`'s `stream`, sequence numbers `from..=to` (`to`
       * `None`: every later one too), until block `expires_at` (`None`: until revoked);
       * holds [`Config::GrantDeposit`] from the caller.
       * 
       * Origin: the owner, or an operator with the data right. Emits `AccessGranted`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `OwnData`, `BadRange`, `ExpiryInPast`,
       * `AlreadyGranted`, `TooManyGrants`.
       **/
      grant: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array, from: u64 | AnyNumber | Uint8Array, to: Option<u64> | null | Uint8Array | u64 | AnyNumber, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u64, u16, AccountId32, u64, Option<u64>, Option<u32>]>;
      /**
       * Offers access to `device`'s `stream` from sequence `from` at `price` per `period`
       * blocks, at most `max_periods` at once; replaces an earlier offer (subscriptions keep
       * the terms they were bought on). Holds [`Config::OfferDeposit`] the first time.
       * 
       * Origin: the owner, or an operator with the data right. Emits `Offered`. Errors:
       * `UnknownDevice`, `NotAuthorized`, `ZeroPeriod`, `BadPeriods`, `TooManyOffers`.
       **/
      offer: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, price: u128 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array, maxPeriods: u32 | AnyNumber | Uint8Array, from: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16, u128, u32, u32, u64]>;
      /**
       * Withdraws the caller's key and releases its deposit. Gateways seal nothing more to it.
       * 
       * Origin: signed. Emits `EncryptionKeyRemoved`. Errors: `NoKey`.
       **/
      removeEncryptionKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * The caller gives up its access to `device`'s `stream`. A subscription pays the
       * period it is in and refunds the later ones.
       * 
       * Origin: the reader. Emits `AccessEnded`. Errors: `NoGrant`.
       **/
      renounce: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16]>;
      /**
       * Ends `reader`'s access to `device`'s `stream` at once and starts a new key epoch. A
       * subscription is refunded what was not served, the current period pro rata.
       * 
       * Origin: the owner, or an operator with the data right. Emits `AccessEnded`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `NoGrant`.
       **/
      revoke: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16, AccountId32]>;
      /**
       * Publishes (or replaces) the caller's X25519 key for receiving data keys, holding
       * [`Config::KeyDeposit`] the first time.
       * 
       * Origin: signed. Emits `EncryptionKeySet`. Errors: `InvalidKey`.
       **/
      setEncryptionKey: AugmentedSubmittable<(key: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Pays a subscription's served periods to the owner, and removes a grant that has
       * expired (releasing its deposit and paying what is left). Anyone may call it.
       * 
       * Origin: signed. Emits `SubscriptionPaid` or `AccessEnded`. Errors: `NoGrant`,
       * `NothingToSettle`.
       **/
      settle: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, reader: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16, AccountId32]>;
      /**
       * Buys `periods` periods of access to `device`'s `stream` on its offer, if the price
       * is at most `max_price` (an owner cannot raise it under a pending subscription), paid
       * from `payment`; the caller becomes the reader. An expired subscription of the caller
       * is settled first; a live one must end before another is bought.
       * 
       * Origin: signed. Emits `Subscribed`. Errors: `NoOffer`, `OwnData`, `BadPeriods`,
       * `PriceAboveLimit`, `AlreadyGranted`, `TooManyGrants`, `Overflow`, and the payment
       * source's (a spending limit exceeded, a voucher refused).
       **/
      subscribe: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, periods: u32 | AnyNumber | Uint8Array, maxPrice: u128 | AnyNumber | Uint8Array, payment: IotPrimitivesDataPaymentSource | { Own: any } | { Device: any } | { Channel: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16, u32, u128, IotPrimitivesDataPaymentSource]>;
      /**
       * Withdraws the offer on `device`'s `stream`; running subscriptions go on.
       * 
       * Origin: the owner, or an operator with the data right. Emits `OfferWithdrawn`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `NoOffer`.
       **/
      withdrawOffer: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    depinRewards: {
      /**
       * Attests the reward root of an ended epoch: the Merkle root over `count` entries of
       * (node, cumulative lifetime reward), whose cumulative rewards add up to `total`. The
       * root is accepted when [`Quorum`] oracles attested the same.
       * 
       * Origin: an oracle. Emits `RootAttested`, and `RootAccepted` at the quorum.
       * Errors: `NotOracle`, `EpochNotEnded`, `RootAlreadyAccepted`, `TotalAbovePools`.
       **/
      attestRoot: AugmentedSubmittable<(epoch: u32 | AnyNumber | Uint8Array, root: H256 | string | Uint8Array, count: u32 | AnyNumber | Uint8Array, total: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256, u32, u128]>;
      /**
       * Bonds `amount` of the owner's funds to the node as slashable stake.
       * 
       * Origin: the node's owner. Emits `Bonded`.
       * Errors: `UnknownNode`, `NotOwner`, `ZeroAmount`, `Overflow`, or the hold failing.
       **/
      bond: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128]>;
      /**
       * Challenges `target` in `epoch`'s root, with the hash of off-chain evidence; holds
       * [`Config::ChallengeBond`]. A node challenge freezes the node's claims until it is
       * decided; with the node's `entry` in the root it also makes an upheld challenge
       * withhold that reward for good (a node that left can be challenged only so).
       * 
       * Origin: any account. Emits `ChallengeOpened`.
       * Errors: `EntryForRoot`, `UnknownRoot`, `ChallengeWindowClosed`, `UnknownNode`,
       * `InvalidProof`, `Overflow`, or the hold failing.
       **/
      challenge: AugmentedSubmittable<(epoch: u32 | AnyNumber | Uint8Array, target: PalletDepinRewardsChallengeTarget | { Node: any } | { Root: any } | string | Uint8Array, evidence: H256 | string | Uint8Array, entry: Option<PalletDepinRewardsRewardEntry> | null | Uint8Array | PalletDepinRewardsRewardEntry | { owner?: any; cumulative?: any; index?: any; proof?: any } | string) => SubmittableExtrinsic<ApiType>, [u32, PalletDepinRewardsChallengeTarget, H256, Option<PalletDepinRewardsRewardEntry>]>;
      /**
       * Pays `owner` what the node's cumulative reward for `owner` in `epoch`'s root adds to
       * what `owner` already claimed of it, split with the host; `owner` is the node's owner
       * or, after a sale, its former owner while their retired stake is held.
       * 
       * Origin: any account (the money goes to the owner and host). Emits `RewardClaimed`.
       * A proof deeper than [`Config::MaxProofDepth`] does not decode.
       * Errors: `UnknownNode`, `NodeChallenged`, `UnknownRoot`,
       * `ChallengeWindowOpen`, `BelowMinimumStake`,
       * `RootChallenged`, `Withheld`, `InvalidProof`, `NothingToClaim`, `ClaimAboveAttested`.
       **/
      claim: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array, owner: AccountId32 | string | Uint8Array, epoch: u32 | AnyNumber | Uint8Array, cumulative: u128 | AnyNumber | Uint8Array, index: u32 | AnyNumber | Uint8Array, proof: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, u32, u128, u32, Vec<H256>]>;
      /**
       * Pays a node's liveness credit (including its last live epoch's, once ended).
       * 
       * Origin: any account. Emits `LivenessClaimed`.
       * Errors: `UnknownNode`, `NodeChallenged`, `NothingToClaim`.
       **/
      claimLiveness: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Removes a node with no stake, paying its settled liveness credit first.
       * 
       * Origin: the node's owner. Emits `NodeDeregistered`.
       * Errors: `UnknownNode`, `NotOwner`, `NodeChallenged`, `LiveThisEpoch`, `StakeRemaining`.
       **/
      deregisterNode: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Lets a challenge that governance did not decide within [`Config::ChallengeDeadline`]
       * lapse: the root or node stands, claims resume, and the bond joins the reward pool.
       * 
       * Origin: any account. Emits `ChallengeExpired`.
       * Errors: `UnknownChallenge`, `ChallengeNotExpired`.
       **/
      expireChallenge: AugmentedSubmittable<(challenge: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Registers `device` as an infrastructure node in `cell`, with `host` receiving
       * `host_share` of its rewards; holds [`Config::NodeDeposit`].
       * 
       * Origin: the device's owner; the device must be active, and certified where
       * [`RequireCertified`]. Emits `NodeRegistered`.
       * Errors: `BadCell`, `UnknownDevice`, `NotOwner`, `DeviceInactive`, `NotCertified`,
       * `AlreadyRegistered`, or the hold failing.
       **/
      registerNode: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, kind: IotPrimitivesRewardsNodeKind | 'Hotspot' | 'Sensor' | 'Gateway' | number | Uint8Array, cell: u64 | AnyNumber | Uint8Array, host: Option<AccountId32> | null | Uint8Array | AccountId32 | string, hostShare: Percent | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, IotPrimitivesRewardsNodeKind, u64, Option<AccountId32>, Percent]>;
      /**
       * Decides a challenge: upheld, it slashes the node (paying the challenger its share)
       * and withholds its rewards through the epoch (for good, up to the proven entry), or
       * discards the root; the bond returns. Rejected, the bond is forfeited.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Emits `ChallengeResolved` (and `RootDiscarded`).
       * Errors: `UnknownChallenge`.
       **/
      resolveChallenge: AugmentedSubmittable<(challenge: u64 | AnyNumber | Uint8Array, upheld: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, bool]>;
      /**
       * Sets the oracle committee and its quorum; attestations in progress are kept but only
       * current members count.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Emits `OraclesSet`.
       * Errors: `BadCommittee`.
       **/
      setOracles: AugmentedSubmittable<(oracles: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], quorum: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, u32]>;
      /**
       * Sets whether nodes' devices must be certified by a manufacturer. Nodes already
       * registered stay, but an uncertified one no longer goes live.
       * 
       * Origin: [`Config::GovernanceOrigin`]. Emits `CertificationRequired`.
       **/
      setRequireCertified: AugmentedSubmittable<(required: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [bool]>;
      /**
       * Starts unbonding `amount` of the node's stake; it stays slashable for
       * [`Config::UnbondingPeriod`] blocks (the period restarts for everything unbonding).
       * 
       * Origin: the node's owner. Emits `Unbonded`.
       * Errors: `UnknownNode`, `NotOwner`, `ZeroAmount`, `InsufficientStake`.
       **/
      unbond: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128]>;
      /**
       * Returns what the caller's node left when its device was sold or removed: the stake,
       * the deposit, and the liveness credit (split with the host), once unlocked.
       * 
       * Origin: the former owner. Emits `RetiredWithdrawn`.
       * Errors: `UnknownNode`, `NodeChallenged`, `NothingToWithdraw`.
       **/
      withdrawRetired: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Returns unbonded stake whose period is over.
       * 
       * Origin: the node's owner. Emits `Withdrawn`.
       * Errors: `UnknownNode`, `NotOwner`, `NodeChallenged`, `NothingToWithdraw`.
       **/
      withdrawUnbonded: AugmentedSubmittable<(node: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    deviceRegistry: {
      /**
       * Accepts an offered device. The new owner's deposit is held and the old owner's
       * released; per-device operator grants end (the new owner grants anew), and other
       * pallets hear of the new owner through `Lifecycle::on_transferred`.
       * 
       * Origin: the account the device was offered to. Emits `DeviceTransferred`.
       * Errors: `UnknownDevice`, `NoPendingTransfer`, `DeviceRevoked`, `InsufficientBalance`.
       * Charged for `MaxOperatorsPerDevice` grants, refunded to the grants removed.
       **/
      acceptTransfer: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Withdraws an offered transfer.
       * 
       * Origin: the owner. Emits `TransferCancelled`. Errors: `UnknownDevice`, `NotOwner`,
       * `NoPendingTransfer`.
       **/
      cancelTransfer: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Removes a device and returns its deposits (device and its operator grants). Its key
       * is retired for good. Other pallets hear of it through `Lifecycle::on_removed`.
       * 
       * Origin: the owner. Emits `DeviceDeregistered`. Errors: `UnknownDevice`, `NotOwner`.
       * Charged for `MaxOperatorsPerDevice` grants, refunded to the grants removed.
       **/
      deregister: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Removes a manufacturer's provisioning root (a leaked batch, a maker that vanished),
       * returning the deposit to the maker; once it has none, the maker can be removed.
       * 
       * Origin: `ManufacturerOrigin`. Emits `ProvisioningRootRemoved`.
       * Errors: `UnknownRoot`.
       **/
      forceRemoveRoot: AugmentedSubmittable<(maker: AccountId32 | string | Uint8Array, root: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, H256]>;
      /**
       * Grants `operator` `rights` over one device or over the caller's whole fleet, until
       * `expires_at` (inclusive) if given. Replaces an earlier grant to the same operator.
       * 
       * Origin: the owner (of the device, or the fleet's owner). Holds a deposit.
       * Emits `OperatorGranted`. Errors: `UnknownDevice`, `NotOwner`, `BadRights`,
       * `ExpiryInPast`, `TooManyOperators`, `InsufficientBalance`.
       **/
      grantOperator: AugmentedSubmittable<(scope: PalletDeviceRegistryScope | { Device: any } | { Fleet: any } | string | Uint8Array, operator: AccountId32 | string | Uint8Array, rights: u8 | AnyNumber | Uint8Array, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [PalletDeviceRegistryScope, AccountId32, u8, Option<u32>]>;
      /**
       * Offers the device to another account; it becomes theirs when they accept.
       * 
       * Origin: the owner. Emits `TransferOffered`. Errors: `UnknownDevice`, `NotOwner`,
       * `TransferToSelf`, `DeviceRevoked`.
       **/
      offerTransfer: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, to: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * Publishes Merkle roots of device keys the caller provisioned, with each root's key
       * count. Holds a deposit per root.
       * 
       * Origin: a manufacturer. Emits `ProvisioningRootPublished` per root.
       * Errors: `NotManufacturer`, `DuplicateRoot`, `BadRootCount`, `InsufficientBalance`.
       **/
      publishRoots: AugmentedSubmittable<(roots: Vec<ITuple<[H256, u32]>> | ([H256 | string | Uint8Array, u32 | AnyNumber | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[H256, u32]>>]>;
      /**
       * Registers a device owned by the caller.
       * 
       * Origin: signed (the owner). The device's `proof` must verify under `key` over the
       * proof-of-possession payload for the caller and `nonce`. Holds a deposit sized by the
       * record. Emits `DeviceRegistered` (and `DeviceCertified` with a valid certificate).
       * Errors: `BadPossessionProof`, `DuplicateKey`, `BadLocation`, `BadCertificate`,
       * `InsufficientBalance`.
       **/
      registerDevice: AugmentedSubmittable<(registration: PalletDeviceRegistryRegistration | { key?: any; proof?: any; nonce?: any; class?: any; firmware?: any; metadata?: any; location?: any; certificate?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletDeviceRegistryRegistration]>;
      /**
       * Registers many devices of the caller at once, each with its own proof of possession.
       * 
       * Origin: signed. All or nothing: the first refused entry fails the call with
       * `BatchEntryFailed { index, reason }`. Emits one `DeviceRegistered` per device.
       **/
      registerDevices: AugmentedSubmittable<(registrations: Vec<PalletDeviceRegistryRegistration> | (PalletDeviceRegistryRegistration | { key?: any; proof?: any; nonce?: any; class?: any; firmware?: any; metadata?: any; location?: any; certificate?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<PalletDeviceRegistryRegistration>]>;
      /**
       * Registers a manufacturer.
       * 
       * Origin: `ManufacturerOrigin`. Emits `ManufacturerRegistered`.
       * Errors: `AlreadyManufacturer`.
       **/
      registerManufacturer: AugmentedSubmittable<(maker: AccountId32 | string | Uint8Array, name: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Bytes]>;
      /**
       * Removes a manufacturer that has withdrawn all its provisioning roots. Devices it
       * certified stay certified.
       * 
       * Origin: `ManufacturerOrigin`. Emits `ManufacturerRemoved`.
       * Errors: `NotManufacturer`, `ManufacturerHasRoots`.
       **/
      removeManufacturer: AugmentedSubmittable<(maker: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Resumes a suspended device.
       * 
       * Origin: the owner or an operator with `MANAGE`. Emits `DeviceResumed`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `DeviceNotSuspended`.
       **/
      resume: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Revokes a device for good (a stolen or compromised device).
       * 
       * Other pallets hear of it through `Lifecycle::on_revoked` (device channels start
       * closing).
       * 
       * Origin: the owner or the manufacturer that certified the device. Emits
       * `DeviceRevoked`. Errors: `UnknownDevice`, `NotAuthorized`, `DeviceRevoked`.
       **/
      revoke: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Withdraws the caller's certification of a device (the device stays registered).
       * 
       * Origin: the manufacturer that certified it. Emits `CertificationRevoked`.
       * Errors: `UnknownDevice`, `NotCertifiedByCaller`.
       **/
      revokeCertification: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Removes an operator grant and returns its deposit to whoever paid it.
       * 
       * Origin: the owner, or the operator itself. Emits `OperatorRevoked`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `UnknownGrant`.
       **/
      revokeOperator: AugmentedSubmittable<(scope: PalletDeviceRegistryScope | { Device: any } | { Fleet: any } | string | Uint8Array, operator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletDeviceRegistryScope, AccountId32]>;
      /**
       * Replaces a device's key. Both the old and the new key sign the key-rotation payload
       * `(device, new_key, rotations)`, so neither a thief of the old key alone nor anyone
       * replaying an earlier rotation can move the identity.
       * 
       * The old key is retired: it never identifies a device again.
       * 
       * Origin: the owner. Emits `KeyRotated`. Errors: `UnknownDevice`, `NotOwner`,
       * `DeviceRevoked`, `DuplicateKey`, `KeyRetired`, `WeakKey`, `BadRotationSignature`.
       **/
      rotateKey: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, newKey: IotPrimitivesDeviceDevicePublicKey | { Sr25519: any } | { Ed25519: any } | { Secp256k1: any } | { P256: any } | string | Uint8Array, oldKeySignature: IotPrimitivesDeviceDeviceSignature | { Sr25519: any } | { Ed25519: any } | { Secp256k1: any } | { P256: any } | string | Uint8Array, newKeySignature: IotPrimitivesDeviceDeviceSignature | { Sr25519: any } | { Ed25519: any } | { Secp256k1: any } | { P256: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, IotPrimitivesDeviceDevicePublicKey, IotPrimitivesDeviceDeviceSignature, IotPrimitivesDeviceDeviceSignature]>;
      /**
       * Suspends an active device.
       * 
       * Origin: the owner or an operator with `MANAGE`. Emits `DeviceSuspended`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `DeviceNotActive`.
       **/
      suspend: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Updates a device's metadata, firmware hash (the old one joins the bounded history)
       * or location. The deposit follows the record's new size.
       * 
       * Origin: the owner or an operator with `MANAGE`. Emits `DeviceUpdated`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `DeviceRevoked`, `BadLocation`,
       * `NothingToUpdate`, `InsufficientBalance`.
       **/
      updateDevice: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, metadata: Option<Bytes> | null | Uint8Array | Bytes | string, firmware: Option<H256> | null | Uint8Array | H256 | string, location: Option<Option<u64>> | null | Uint8Array | Option<u64> | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u64, Option<Bytes>, Option<H256>, Option<Option<u64>>]>;
      /**
       * Withdraws one of the caller's provisioning roots and returns its deposit: no device
       * can be certified under it any more (devices already certified stay certified).
       * 
       * Origin: the manufacturer that published it. Emits `ProvisioningRootRemoved`.
       * Errors: `UnknownRoot`.
       **/
      withdrawRoot: AugmentedSubmittable<(root: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    feeSponsorship: {
      /**
       * Adds `amount` to the caller's budget (held). A new budget needs at least `MinBudget`.
       * 
       * Origin: any signed account. Emits `BudgetFunded`. Errors: `ZeroAmount`,
       * `BelowMinBudget`, `Overflow`, or the hold failing.
       **/
      fund: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Emits `BudgetLow` when the caller's budget falls below `below` (zero: never).
       * 
       * Origin: the budget's owner. Emits `AlertSet`. Errors: `NoBudget`.
       **/
      setAlert: AugmentedSubmittable<(below: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Sponsors `device`'s transactions within `quota`, or changes its quota. Sponsoring a
       * device again after its key rotated or it changed owner replaces the stale record.
       * 
       * Origin: the device's owner. Emits `DeviceSponsored`. Errors: `UnknownDevice`,
       * `NotOwner`, `DeviceInactive`, `InvalidQuota`, `SignerTaken`, or the deposit's hold
       * failing.
       **/
      sponsorDevice: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, quota: PalletFeeSponsorshipQuota | { fees?: any; transactions?: any; scopes?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletFeeSponsorshipQuota]>;
      /**
       * Ends `device`'s sponsorship and returns the deposit to the owner who set it.
       * 
       * Origin: that owner, or anyone once the sponsorship is stale. Emits `SponsorshipEnded`.
       * Errors: `NotSponsored`, `StillValid`.
       **/
      unsponsorDevice: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Takes `amount` back from the caller's budget; a budget left empty is removed.
       * 
       * Origin: the budget's owner. Emits `BudgetWithdrawn`. Errors: `ZeroAmount`, `NoBudget`,
       * `InsufficientBudget`.
       **/
      withdraw: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    m2mPayments: {
      /**
       * Claims a voucher: pays the payee what it adds to the channel's claimed total. The
       * channel stays open.
       * 
       * Origin: any account (the payee, or a gateway for it); the money goes to the payee.
       * Emits `VoucherClaimed`.
       * Errors: `UnknownChannel`, `ClaimWindowOver`, `BadSignature`, `VoucherReplayed`,
       * `BelowClaimed`, `NothingToClaim`, `ExceedsDeposit`.
       **/
      claim: AugmentedSubmittable<(voucher: IotPrimitivesPaymentVoucher | { channel?: any; cumulative?: any; nonce?: any } | string | Uint8Array, signature: IotPrimitivesDeviceDeviceSignature | { Sr25519: any } | { Ed25519: any } | { Secp256k1: any } | { P256: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [IotPrimitivesPaymentVoucher, IotPrimitivesDeviceDeviceSignature]>;
      /**
       * Releases an agreement to its provider on the consumer's word.
       * 
       * Origin: the consumer. Emits `AgreementReleased`.
       * Errors: `UnknownAgreement`, `NotAuthorized`, `Disputed`.
       **/
      confirm: AugmentedSubmittable<(agreement: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Closes a channel at once, with the payer's last voucher if it was not claimed yet:
       * the payee takes what the voucher adds, the rest returns to the payer.
       * 
       * Origin: the payee (the payer consented by signing the voucher). Emits
       * `VoucherClaimed` (with a voucher) and `ChannelClosed`.
       * Errors: `UnknownChannel`, `NotAuthorized`, and those of [`Pallet::claim`].
       **/
      cooperativeClose: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array, last: Option<PalletM2mPaymentsSignedVoucher> | null | Uint8Array | PalletM2mPaymentsSignedVoucher | { voucher?: any; signature?: any } | string) => SubmittableExtrinsic<ApiType>, [u64, Option<PalletM2mPaymentsSignedVoucher>]>;
      /**
       * Escrows `amount` for `provider`, released by the consumer, by telemetry proving
       * `condition`, or by an arbiter; refunded after `duration` blocks.
       * 
       * Origin: the consumer. Emits `AgreementCreated`.
       * Errors: `AmountTooLow`, `ZeroPeriod`, `DurationTooLong`, `InvalidCondition`,
       * `UnknownDevice`, `Overflow`, or the hold failing.
       **/
      createAgreement: AugmentedSubmittable<(provider: AccountId32 | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array, condition: IotPrimitivesPaymentCondition | { ConsumerConfirms: any } | { AllReadingsWithin: any } | { ReadingWithin: any } | { LegMet: any } | string | Uint8Array, duration: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u128, IotPrimitivesPaymentCondition, u32]>;
      /**
       * Pays `amount` from the device owner's account to `to`, within the device's limit.
       * 
       * Origin: the device itself, its owner, or an operator with the spend right. Emits
       * `DevicePaid`.
       * Errors: `UnknownDevice`, `DeviceInactive`, `NotAuthorized`, `NoSpendingLimit`,
       * `SpendingLimitExceeded`, or the transfer failing.
       **/
      devicePay: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, to: AccountId32 | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, u128]>;
      /**
       * Disputes an agreement before its deadline, holding [`Config::DisputeBond`] from the
       * caller: from now on the arbiter settles it, or anyone by the default rule once
       * [`Config::DisputeTimeout`] has passed (see [`Pallet::settle_expired_dispute`]).
       * 
       * Origin: the consumer or the provider. Emits `AgreementDisputed`.
       * Errors: `UnknownAgreement`, `NotAuthorized`, `Disputed`, `DeadlinePassed`, or the hold
       * failing.
       **/
      dispute: AugmentedSubmittable<(agreement: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Closes a channel whose claim window is over and returns the rest to the payer.
       * 
       * Origin: any account. Emits `ChannelClosed`.
       * Errors: `UnknownChannel`, `ClaimWindowOpen`.
       **/
      finalizeClose: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Opens a channel to `payee` holding `deposit` for `duration` blocks. Without `device`
       * the caller pays and signs the vouchers with its account key. With `device` the device
       * signs them and its owner pays: the deposit counts against the device's spending
       * limit unless the owner opens it.
       * 
       * Origin: any account; for a device channel, one that may spend for the device. Emits
       * `ChannelOpened`.
       * Errors: `AmountTooLow`, `ZeroPeriod`, `DurationTooLong`, `UnknownDevice`,
       * `DeviceInactive`, `NotAuthorized`, `NoSpendingLimit`, `SpendingLimitExceeded`,
       * `TooManyChannels`, `Overflow`, or the hold failing.
       **/
      openChannel: AugmentedSubmittable<(payee: AccountId32 | string | Uint8Array, device: Option<u64> | null | Uint8Array | u64 | AnyNumber, deposit: u128 | AnyNumber | Uint8Array, duration: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, Option<u64>, u128, u32]>;
      /**
       * Returns an undisputed agreement's payment to its consumer after the deadline.
       * 
       * Origin: any account. Emits `AgreementRefunded`.
       * Errors: `UnknownAgreement`, `Disputed`, `DeadlineNotReached`.
       **/
      refund: AugmentedSubmittable<(agreement: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Releases an agreement to its provider with the telemetry that proves its condition,
       * before the deadline. On a disputed agreement it records the proof instead: the
       * provider is then paid when the dispute times out, unless the arbiter rules otherwise.
       * 
       * Origin: any account. Emits `AgreementReleased`, or `DisputedConditionProven`.
       * Errors: `UnknownAgreement`, `AlreadyProven`, `DeadlinePassed`, `WrongEvidence`,
       * `TooManyAnchors`, `NotAnchored`, `UnsignedSummary`, `SequenceGap`, `WindowNotCovered`,
       * `ValueOutOfBounds`, `ReadingNotAttested`, `ReadingTooEarly`.
       **/
      release: AugmentedSubmittable<(agreement: u64 | AnyNumber | Uint8Array, evidence: PalletM2mPaymentsEvidence | { Window: any } | { Reading: any } | { Leg: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletM2mPaymentsEvidence]>;
      /**
       * Removes a device's spending limit and returns its deposit.
       * 
       * Origin: the device's owner or whoever paid the deposit; anyone once the device left
       * the registry. Emits `SpendingLimitRemoved`.
       * Errors: `NoSpendingLimit`, `NotAuthorized`.
       **/
      removeSpendingLimit: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Settles a disputed agreement: `provider_share` of the payment to the provider, the
       * rest to the consumer. The disputer keeps the share of its bond that the ruling awards
       * it; the rest goes to the other party (a full loss forfeits the whole bond).
       * 
       * Origin: [`Config::ArbiterOrigin`]. Emits `DisputeResolved`.
       * Errors: `UnknownAgreement`, `NotDisputed`.
       **/
      resolveDispute: AugmentedSubmittable<(agreement: u64 | AnyNumber | Uint8Array, providerShare: Perbill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Perbill]>;
      /**
       * Lets `device` pay up to `limit` of the caller's funds every `period` blocks. A new
       * limit holds [`Config::SpendingLimitDeposit`]; a limit left by a previous owner is
       * replaced (and its deposit returned).
       * 
       * Origin: the device's owner. Emits `SpendingLimitSet`.
       * Errors: `UnknownDevice`, `NotAuthorized`, `ZeroPeriod`, or the hold failing.
       **/
      setSpendingLimit: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, limit: u128 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128, u32]>;
      /**
       * Claims many channels' vouchers in one call. A refused voucher is reported with
       * `VoucherRefused` and does not stop the others.
       * 
       * Origin: any account. Emits `VoucherClaimed` or `VoucherRefused` per voucher.
       * Errors: `BadSettlementSize`.
       **/
      settle: AugmentedSubmittable<(vouchers: Vec<PalletM2mPaymentsSignedVoucher> | (PalletM2mPaymentsSignedVoucher | { voucher?: any; signature?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<PalletM2mPaymentsSignedVoucher>]>;
      /**
       * Settles a dispute that the arbiter left for [`Config::DisputeTimeout`] blocks, and
       * whose agreement's deadline has passed, by the default rule: the provider is paid if
       * device-signed telemetry proved the condition before the deadline (see
       * [`Pallet::release`]), otherwise the consumer is refunded. The disputer's bond goes
       * back to it if the rule goes its way, else to the other party.
       * 
       * Origin: any account. Emits `DisputeExpired`.
       * Errors: `UnknownAgreement`, `NotDisputed`, `DisputeNotExpired`.
       **/
      settleExpiredDispute: AugmentedSubmittable<(agreement: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Starts closing a channel without the payee: the payee can still claim for
       * [`Config::ChallengePeriod`] blocks (or until expiry, if earlier).
       * 
       * Origin: the payer. Emits `ChannelClosing`.
       * Errors: `UnknownChannel`, `NotAuthorized`, `ChannelClosing`, `ClaimWindowOver`.
       **/
      startClose: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Adds `amount` to a channel's deposit and optionally moves its expiry to `duration`
       * blocks from now (never earlier than it is).
       * 
       * Origin: the payer, or for a device channel one that may spend for the device (within
       * its limit). Emits `ChannelToppedUp`.
       * Errors: `UnknownChannel`, `NotAuthorized`, `ChannelClosing`, `ClaimWindowOver`,
       * `DurationTooLong`, `NoSpendingLimit`, `SpendingLimitExceeded`, `Overflow`, or the hold
       * failing.
       **/
      topUp: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array, duration: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u64, u128, Option<u32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    provenance: {
      /**
       * Accepts the handoff of `item`: the caller takes what was offered (with everything
       * packed in the item), the item's leg under way ends, and the proposer's deposit is
       * returned.
       * 
       * Emits `HandoffAccepted` (and `LegEnded`). Errors: `NoHandoff`, `NotReceiver`,
       * `Packed`, `NotActive`, `HistoryFull`.
       **/
      acceptHandoff: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Packs `children` (unpacked, active, held by the caller) into `container` (held by the
       * caller). A child owned by the container's owner takes its ownership from the
       * container from now on; one owned by another party keeps its owner.
       * 
       * Emits `Aggregated`. Errors: `NotContainer`, `NotCustodian`, `Packed`, `NotActive`,
       * `Cycle`, `TooDeep`, `ContainerFull`, `HandoffPending`, `LegUnderWay` (a child with a
       * leg of its own), `DuplicateItem`, `HistoryFull`.
       **/
      aggregate: AugmentedSubmittable<(container: u64 | AnyNumber | Uint8Array, children: Vec<u64> | (u64 | AnyNumber | Uint8Array)[], context: PalletProvenanceEventContext | { time?: any; place?: any; step?: any; disposition?: any; document?: any; corrects?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<u64>, PalletProvenanceEventContext]>;
      /**
       * Binds the caller's device `tag` to the caller's untagged `item`, for good.
       * 
       * Emits `TagBound`. Errors: `UnknownItem`, `NotOwner`, `AlreadyTagged`,
       * `UnknownDevice`, `NotTagOwner`, `TagTaken`, `HistoryFull`.
       **/
      bindTag: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array, tag: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64]>;
      /**
       * Withdraws the caller's handoff of `item`; its deposit is returned.
       * 
       * Emits `HandoffCancelled`. Errors: `NoHandoff`, `NotProposer`.
       **/
      cancelHandoff: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Creates `items`, owned and held by the caller, who becomes their producer, and
       * records one commissioning event for them. Holds each item's and the event's deposit.
       * 
       * Emits `Commissioned`. Errors: `NoItems`, `InvalidQuantity`, `KeyTaken`,
       * `DuplicateItem` (a key or tag twice), `UnknownDevice`, `NotTagOwner`, `TagTaken`,
       * `UnknownEvent`/`NotEventAuthor` (a bad correction), `Overflow`.
       **/
      commission: AugmentedSubmittable<(items: Vec<PalletProvenanceNewItem> | (PalletProvenanceNewItem | { kind?: any; class?: any; key?: any; tag?: any } | string | Uint8Array)[], context: PalletProvenanceEventContext | { time?: any; place?: any; step?: any; disposition?: any; document?: any; corrects?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<PalletProvenanceNewItem>, PalletProvenanceEventContext]>;
      /**
       * Takes `items` (unpacked, owned and held by the caller; containers empty) out of the
       * supply chain: destroyed, or sold to their end consumer.
       * 
       * Emits `Decommissioned`. Errors: `NoItems`, `DuplicateItem`, `UnknownItem`, `Packed`,
       * `NotOwner`, `NotCustodian`, `NotActive`, `ContainerFull` (a container not empty),
       * `HandoffPending`, `LegUnderWay`, `HistoryFull`.
       **/
      decommission: AugmentedSubmittable<(items: Vec<u64> | (u64 | AnyNumber | Uint8Array)[], context: PalletProvenanceEventContext | { time?: any; place?: any; step?: any; disposition?: any; document?: any; corrects?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<u64>, PalletProvenanceEventContext]>;
      /**
       * Unpacks `children` from `container` (held by the caller); they take the container's
       * custodian (and owner, where they had none of their own).
       * 
       * Emits `Disaggregated`. Errors: `NotCustodian`, `NotInContainer`, `DuplicateItem`,
       * `HistoryFull`.
       **/
      disaggregate: AugmentedSubmittable<(container: u64 | AnyNumber | Uint8Array, children: Vec<u64> | (u64 | AnyNumber | Uint8Array)[], context: PalletProvenanceEventContext | { time?: any; place?: any; step?: any; disposition?: any; document?: any; corrects?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<u64>, PalletProvenanceEventContext]>;
      /**
       * Ends a leg now (chain time); its evidence is accepted for
       * [`Config::ProofPeriod`] blocks. The caller is the leg's custodian or the item's owner;
       * accepting a custody handoff of the item ends it too.
       * 
       * Emits `LegEnded`. Errors: `UnknownLeg`, `NotLegParty`, `LegEnded`.
       **/
      endLeg: AugmentedSubmittable<(leg: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Marks an ended leg without evidence after its deadline `Unproven`. Anyone may call.
       * 
       * Emits `LegJudged`. Errors: `UnknownLeg`, `LegNotEnded`, `LegDecided`,
       * `DeadlineNotReached`.
       **/
      expireLeg: AugmentedSubmittable<(leg: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Hands `item` over from `from` to `to` in one call, both having agreed off chain: the
       * caller is one of them and `signature` the other's over [`Pallet::handoff_payload`],
       * good until block `deadline` and only while the item's history has not moved on (its
       * length is signed, so a signature serves once). The caller pays the history entry; a
       * leg under way ends when custody passes.
       * 
       * Emits `HandoffAccepted`. Errors: `NotParty`, `SignatureExpired`, `BadSignature`,
       * `UnknownItem`, `Packed`, `NotActive`, `SelfHandoff`, `NotCustodian`, `NotOwner`,
       * `HandoffPending`, `HistoryFull`.
       **/
      handoffSigned: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array, from: AccountId32 | string | Uint8Array, to: AccountId32 | string | Uint8Array, transfer: PalletProvenanceTransfer | 'Custody' | 'Ownership' | 'Both' | number | Uint8Array, deadline: u32 | AnyNumber | Uint8Array, signature: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, AccountId32, PalletProvenanceTransfer, u32, SpRuntimeMultiSignature]>;
      /**
       * Records an observation (an inspection, a business step at a place) of `items`, each
       * held or owned by the caller.
       * 
       * Emits `Observed`. Errors: `NoItems`, `DuplicateItem`, `UnknownItem`, `NotCustodian`,
       * `HistoryFull`, correction errors.
       **/
      observe: AugmentedSubmittable<(items: Vec<u64> | (u64 | AnyNumber | Uint8Array)[], context: PalletProvenanceEventContext | { time?: any; place?: any; step?: any; disposition?: any; document?: any; corrects?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<u64>, PalletProvenanceEventContext]>;
      /**
       * Offers `to` the custody, ownership or both of an unpacked, active `item`; the caller
       * must hold what it offers. Holds [`Config::HandoffDeposit`] until it is answered.
       * 
       * Emits `HandoffProposed`. Errors: `UnknownItem`, `Packed`, `NotActive`,
       * `NotCustodian`, `NotOwner`, `SelfHandoff`, `HandoffPending`.
       **/
      proposeHandoff: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array, to: AccountId32 | string | Uint8Array, transfer: PalletProvenanceTransfer | 'Custody' | 'Ownership' | 'Both' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, PalletProvenanceTransfer]>;
      /**
       * Judges an ended leg on the anchors of its tracker's stream that cover its window, in
       * stream order: `Met` or `Violated`, for good. Anyone may call.
       * 
       * Emits `LegJudged`. Errors: `UnknownLeg`, `LegNotEnded`, `LegDecided`,
       * `DeadlinePassed`, `NotAnchored`, `UnsignedSummary`, `SequenceGap`,
       * `WindowNotCovered`.
       **/
      proveLeg: AugmentedSubmittable<(leg: u64 | AnyNumber | Uint8Array, anchors: Vec<u64> | (u64 | AnyNumber | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u64, Vec<u64>]>;
      /**
       * Recalls `item`: it, what was made from it and what is packed in it read as recalled.
       * The caller is the item's producer, or the origin is [`Config::RecallOrigin`];
       * `document` is the hash of the recall notice.
       * 
       * Emits `Recalled`. Errors: `UnknownItem`, `NotProducer`, `AlreadyRecalled`,
       * `HistoryFull`.
       **/
      recall: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array, document: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [u64, Option<H256>]>;
      /**
       * Refuses the handoff of `item`; the proposer's deposit is returned.
       * 
       * Emits `HandoffRejected`. Errors: `NoHandoff`, `NotReceiver`.
       **/
      rejectHandoff: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Starts a leg of an unpacked, active `item` held by `custodian`, bound to `tracker`'s
       * `stream` with the handling condition `band`, from now (chain time). The caller is the
       * item's custodian or owner. Holds the leg's deposit.
       * 
       * Emits `LegStarted`. Errors: `UnknownItem`, `Packed`, `NotActive`, `NotLegParty`,
       * `InvalidBand`, `UnknownDevice`, `DeviceInactive`, `LegUnderWay`, `HistoryFull`.
       **/
      startLeg: AugmentedSubmittable<(item: u64 | AnyNumber | Uint8Array, tracker: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, band: IotPrimitivesProvenanceHandlingBand | { min?: any; max?: any; maxExcursion?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64, u16, IotPrimitivesProvenanceHandlingBand]>;
      /**
       * Consumes `inputs` (unpacked, active, not recalled, owned and held by the caller) and
       * creates `outputs` made from them, owned and held by the caller.
       * 
       * Emits `Transformed`. Errors: those of `commission` and `observe`, `Packed`,
       * `NotOwner`, `NotActive`, `Recalled`, `ContainerFull` (a container not empty),
       * `HandoffPending`, `LegUnderWay`.
       **/
      transform: AugmentedSubmittable<(inputs: Vec<u64> | (u64 | AnyNumber | Uint8Array)[], outputs: Vec<PalletProvenanceNewItem> | (PalletProvenanceNewItem | { kind?: any; class?: any; key?: any; tag?: any } | string | Uint8Array)[], context: PalletProvenanceEventContext | { time?: any; place?: any; step?: any; disposition?: any; document?: any; corrects?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<u64>, Vec<PalletProvenanceNewItem>, PalletProvenanceEventContext]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    telemetryAnchor: {
      /**
       * Anchors a batch: its Merkle root, leaf count and one range per (device, stream) it
       * covers, ordered by (device, stream), each optionally with the device's signed summary.
       * Pays [`Config::AnchorFeeBase`] plus [`Config::AnchorFeePerByte`] per stored byte. The
       * cost does not depend on how many readings the batch holds. The weight
       * [`Config::OnAnchored`] did not use is refunded.
       * 
       * Origin: for every device in the batch, the device itself, its owner or an operator with
       * the telemetry right. Emits `BatchAnchored`, and `SequenceGap` per range with missing
       * readings.
       * More than [`Config::MaxRangesPerAnchor`] ranges, or a locator longer than
       * [`Config::MaxLocatorLen`], do not decode.
       * Errors: `EmptyBatch`, `RangesNotSorted`,
       * `InvalidRange`, `CountMismatch`, `UnknownDevice`, `DeviceInactive`, `NotAuthorized`,
       * `UnknownStream`, `UnsignedRange`, `SpanTooLong`, `TimestampInFuture`,
       * `SequenceOverlap`, `TimeWentBackwards`, `BadBatchSignature`, `CannotPayFee`.
       **/
      anchorBatch: AugmentedSubmittable<(root: H256 | string | Uint8Array, leafCount: u32 | AnyNumber | Uint8Array, ranges: Vec<PalletTelemetryAnchorRangeInput> | (PalletTelemetryAnchorRangeInput | { range?: any; signedSummary?: any } | string | Uint8Array)[], locator: Option<Bytes> | null | Uint8Array | Bytes | string) => SubmittableExtrinsic<ApiType>, [H256, u32, Vec<PalletTelemetryAnchorRangeInput>, Option<Bytes>]>;
      /**
       * Proves `reading` is leaf `leaf_index` of `anchor` with `siblings`, and keeps it on
       * chain for [`Config::AttestationPeriod`] blocks. Pays [`Config::AttestationFee`]. Only
       * readings of device-signed ranges are attested: an attested reading releases escrows.
       * 
       * Origin: any signed account. Emits `ReadingAttested`.
       * More than [`Config::MaxProofDepth`] siblings do not decode.
       * Errors: `UnknownAnchor`, `NotInAnchor`, `UnsignedRange`,
       * `InvalidProof`, `AlreadyAttested`, `CannotPayFee`.
       **/
      attestReading: AugmentedSubmittable<(anchor: u64 | AnyNumber | Uint8Array, reading: IotPrimitivesTelemetryReading | { device?: any; stream?: any; sequence?: any; timestamp?: any; value?: any; salt?: any } | string | Uint8Array, leafIndex: u32 | AnyNumber | Uint8Array, siblings: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u64, IotPrimitivesTelemetryReading, u32, Vec<H256>]>;
      /**
       * Declares `stream` of `device`, or updates its description (its anchored readings are
       * kept). A new stream holds [`Config::StreamDeposit`] from the caller.
       * 
       * Origin: the device's owner, the device itself, or an operator with the telemetry
       * right; the device must be active. Emits `StreamDeclared`.
       * Errors: `UnknownDevice`, `DeviceInactive`, `NotAuthorized`, `TooManyStreams`, or the
       * hold failing. A name longer than [`Config::MaxStreamNameLen`] does not decode.
       **/
      declareStream: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array, name: Bytes | string | Uint8Array, unit: u32 | AnyNumber | Uint8Array, intervalMs: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16, Bytes, u32, u64]>;
      /**
       * Removes a stream of a device that is no longer in the registry and returns the
       * deposit to whoever paid it.
       * 
       * Origin: any signed account. Emits `StreamReaped`.
       * Errors: `UnknownStream`, `DeviceStillRegistered`.
       **/
      reapStream: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16]>;
      /**
       * Makes the stream take device-signed ranges only (its first signed range does so too);
       * for a stream whose device signs, before its first anchor.
       * 
       * Origin: the device's owner. Emits `StreamSignedOnly`.
       * Errors: `UnknownStream`, `NotOwner`.
       **/
      requireSigned: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16]>;
      /**
       * Recovers a stream poisoned by unsigned ranges: sets its cursor back to the end of its
       * last device-signed range (or to none), so that the device's next signed batch is
       * taken, and makes it take signed ranges only.
       * 
       * Origin: the device's owner. Emits `StreamReset`.
       * Errors: `UnknownStream`, `NotOwner`.
       **/
      resetStream: AugmentedSubmittable<(device: u64 | AnyNumber | Uint8Array, stream: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u16]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: IotRuntimeOriginCaller | { system: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [IotRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: IotRuntimeOriginCaller | { system: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [IotRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
  } // AugmentedSubmittables
} // declare module
