// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, IotPrimitivesDataAccess, IotPrimitivesDataOffer, IotPrimitivesDataStreamAccess, IotPrimitivesDeviceDevicePublicKey, IotPrimitivesPaymentAgreement, IotPrimitivesPaymentChannel, IotPrimitivesRewardsNode, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletDataAccessCounts, PalletDataAccessKeyRecord, PalletDepinRewardsAcceptedRoot, PalletDepinRewardsChallenge, PalletDepinRewardsEpochRecord, PalletDepinRewardsLivenessTally, PalletDepinRewardsRetiredNode, PalletDepinRewardsRewardRoot, PalletDeviceRegistryDevice, PalletDeviceRegistryGrant, PalletDeviceRegistryManufacturer, PalletDeviceRegistryProvisioningRoot, PalletFeeSponsorshipBudget, PalletFeeSponsorshipSponsorship, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletM2mPaymentsSpendingLimit, PalletProvenanceHandoff, PalletProvenanceItem, PalletProvenanceLeg, PalletProvenanceTraceEvent, PalletTelemetryAnchorAnchor, PalletTelemetryAnchorAttestation, PalletTelemetryAnchorStream, PalletTransactionPaymentReleases, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    dataAccess: {
      /**
       * How many grants and offers each device has.
       **/
      deviceCounts: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<PalletDataAccessCounts>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The X25519 key each account receives data keys under.
       **/
      encryptionKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletDataAccessKeyRecord>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * Read access by (device, stream, reader).
       **/
      grants: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u16 | AnyNumber | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<IotPrimitivesDataAccess>>, [u64, u16, AccountId32]> & QueryableStorageEntry<ApiType, [u64, u16, AccountId32]>;
      /**
       * Offers to sell access to a stream.
       **/
      offers: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u16 | AnyNumber | Uint8Array) => Observable<Option<IotPrimitivesDataOffer>>, [u64, u16]> & QueryableStorageEntry<ApiType, [u64, u16]>;
      /**
       * The grants of each reader, for `access_of`.
       **/
      readerGrants: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array, arg3: u16 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, u64, u16]> & QueryableStorageEntry<ApiType, [AccountId32, u64, u16]>;
      /**
       * The readers and key epoch of each stream that has grants.
       **/
      streams: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u16 | AnyNumber | Uint8Array) => Observable<Option<IotPrimitivesDataStreamAccess>>, [u64, u16]> & QueryableStorageEntry<ApiType, [u64, u16]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    depinRewards: {
      /**
       * Open challenges against each node: while there are any, the node claims nothing, and
       * neither leaves nor withdraws stake.
       **/
      challengedNodes: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Open challenges.
       **/
      challenges: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletDepinRewardsChallenge>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The stake a node counted with in its last live epoch (its bonded stake when it first went
       * live in it), kept until its credit for that epoch is settled.
       **/
      countedStake: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The running epoch.
       **/
      currentEpoch: AugmentedQuery<ApiType, () => Observable<u32>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The stake and count of an epoch's live nodes, kept until every live node's credit is
       * settled.
       **/
      epochLiveness: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletDepinRewardsLivenessTally>>, [u32]> & QueryableStorageEntry<ApiType, [u32]>;
      /**
       * What each ended epoch minted and paid into its pools.
       **/
      epochs: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletDepinRewardsEpochRecord>>, [u32]> & QueryableStorageEntry<ApiType, [u32]>;
      /**
       * The block the running epoch started at.
       **/
      epochStart: AugmentedQuery<ApiType, () => Observable<u32>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The id the next challenge gets.
       **/
      nextChallengeId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Registered nodes, by the id of their device.
       **/
      nodes: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<IotPrimitivesRewardsNode>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Everything claimed against reward roots.
       **/
      oracleClaimed: AugmentedQuery<ApiType, () => Observable<u128>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The oracle committee.
       **/
      oracles: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Fees collected for the running epoch's pool.
       **/
      pendingFees: AugmentedQuery<ApiType, () => Observable<u128>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * How many oracles must attest the same root.
       **/
      quorum: AugmentedQuery<ApiType, () => Observable<u32>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Whether a node's device must be certified by a registered manufacturer to register and
       * to go live (an owner holds an uncertified device's key, so its signed telemetry proves
       * no real device). Set at genesis (on in every preset but `development`) and by governance.
       **/
      requireCertified: AugmentedQuery<ApiType, () => Observable<bool>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Nodes whose device was sold or removed, by node and former owner, until the former owner
       * withdraws what they left (M-2).
       **/
      retiredNodes: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletDepinRewardsRetiredNode>>, [u64, AccountId32]> & QueryableStorageEntry<ApiType, [u64, AccountId32]>;
      /**
       * Open challenges against each epoch's root.
       **/
      rootChallenges: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u32>, [u32]> & QueryableStorageEntry<ApiType, [u32]>;
      /**
       * Accepted reward roots.
       **/
      roots: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletDepinRewardsAcceptedRoot>>, [u32]> & QueryableStorageEntry<ApiType, [u32]>;
      /**
       * Everything the pallet minted.
       **/
      totalMinted: AugmentedQuery<ApiType, () => Observable<u128>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Each oracle's attestation of an epoch's root, until the root is accepted.
       **/
      votes: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletDepinRewardsRewardRoot>>, [u32, AccountId32]> & QueryableStorageEntry<ApiType, [u32, AccountId32]>;
      /**
       * What each owner has claimed of each node's rewards against reward roots; kept when a
       * node leaves, so that a node registered again cannot claim the same rewards twice.
       **/
      watermarks: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u128>, [u64, AccountId32]> & QueryableStorageEntry<ApiType, [u64, AccountId32]>;
      /**
       * Rewards of roots up to this epoch are withheld from a node after a proven challenge.
       **/
      withheldThrough: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    deviceRegistry: {
      /**
       * Index: the devices each manufacturer certified.
       **/
      certifiedDevices: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, u64]> & QueryableStorageEntry<ApiType, [AccountId32, u64]>;
      /**
       * The device a key belongs to; keeps keys unique.
       **/
      deviceByKey: AugmentedQuery<ApiType, (arg: IotPrimitivesDeviceDevicePublicKey | { Sr25519: any } | { Ed25519: any } | { Secp256k1: any } | { P256: any } | string | Uint8Array) => Observable<Option<u64>>, [IotPrimitivesDeviceDevicePublicKey]> & QueryableStorageEntry<ApiType, [IotPrimitivesDeviceDevicePublicKey]>;
      /**
       * Operator grants over one device.
       **/
      deviceOperators: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletDeviceRegistryGrant>>, [u64, AccountId32]> & QueryableStorageEntry<ApiType, [u64, AccountId32]>;
      /**
       * Device passports by id.
       **/
      devices: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletDeviceRegistryDevice>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Index: the devices of each owner.
       **/
      devicesByOwner: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [AccountId32, u64]> & QueryableStorageEntry<ApiType, [AccountId32, u64]>;
      /**
       * Past firmware hashes of each device with the block they were replaced at, oldest first.
       **/
      firmwareHistory: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, H256]>>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Operator grants over every device of an owner: (owner, operator).
       **/
      fleetOperators: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletDeviceRegistryGrant>>, [AccountId32, AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32, AccountId32]>;
      /**
       * Registered manufacturers.
       **/
      manufacturers: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletDeviceRegistryManufacturer>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * The id the next registered device gets.
       **/
      nextDeviceId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * How many per-device operator grants each device has (at most `MaxOperatorsPerDevice`).
       **/
      operatorCount: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Ownership transfers offered and not yet accepted: device → proposed new owner.
       **/
      pendingTransfers: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<AccountId32>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Provisioning roots of each manufacturer.
       **/
      provisioningRoots: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<Option<PalletDeviceRegistryProvisioningRoot>>, [AccountId32, H256]> & QueryableStorageEntry<ApiType, [AccountId32, H256]>;
      /**
       * Keys that identified a device once (rotated away or deregistered): presumed compromised
       * or at least spent, they never identify a device again, so no possession proof of theirs
       * can be replayed.
       **/
      retiredKeys: AugmentedQuery<ApiType, (arg: IotPrimitivesDeviceDevicePublicKey | { Sr25519: any } | { Ed25519: any } | { Secp256k1: any } | { P256: any } | string | Uint8Array) => Observable<Option<Null>>, [IotPrimitivesDeviceDevicePublicKey]> & QueryableStorageEntry<ApiType, [IotPrimitivesDeviceDevicePublicKey]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    feeSponsorship: {
      /**
       * Each owner's budget.
       **/
      budgets: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletFeeSponsorshipBudget>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * Device accounts that sent transactions while sponsored and are no longer: the pallet
       * keeps its reference on each, so the account (and its nonce) outlives the sponsorship and
       * transactions it signed can never be replayed at a nonce that started again from zero.
       * A new sponsorship of the same account takes the reference over.
       **/
      retainedAccounts: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * The signer account each sponsored device is stored under.
       **/
      sponsoredDevices: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<AccountId32>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Sponsored devices, by the account they sign transactions as.
       **/
      sponsorships: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletFeeSponsorshipSponsorship>>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    m2mPayments: {
      /**
       * Agreements not yet settled.
       **/
      agreements: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<IotPrimitivesPaymentAgreement>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The key a device channel's vouchers are checked against: the device's key when the
       * channel opened. Whatever then happens to the device (rotation, revocation, transfer,
       * deregistration), a voucher it signed stays claimable until the claim window ends.
       **/
      channelKeys: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<IotPrimitivesDeviceDevicePublicKey>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Open channels.
       **/
      channels: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<IotPrimitivesPaymentChannel>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The open device channels of each device that no change of the device has yet started
       * closing. A transfer, revocation or removal starts closing them all, so a key in a buyer's
       * or thief's hands signs on its former owner's deposits for one challenge period at most.
       **/
      deviceChannels: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<Vec<u64>>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The id the next agreement gets.
       **/
      nextAgreementId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The id the next channel gets.
       **/
      nextChannelId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * What each device may spend from its owner's account.
       **/
      spendingLimits: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletM2mPaymentsSpendingLimit>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    provenance: {
      /**
       * Handoffs waiting for their receiver, at most one per item.
       **/
      handoffs: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletProvenanceHandoff>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Each item's history: its `n`th event.
       **/
      history: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64, u32]> & QueryableStorageEntry<ApiType, [u64, u32]>;
      /**
       * Items by the blake2-256 of their external key, so a scanned code finds its item.
       **/
      itemByKey: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u64>>, [H256]> & QueryableStorageEntry<ApiType, [H256]>;
      /**
       * Every item ever commissioned.
       **/
      items: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletProvenanceItem>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Every leg ever started.
       **/
      legs: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletProvenanceLeg>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The id the next event gets.
       **/
      nextEventId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The id the next item gets.
       **/
      nextItemId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The id the next leg gets.
       **/
      nextLegId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The leg under way for an item, at most one.
       **/
      openLeg: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * The item each tag device is bound to.
       **/
      taggedItem: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Every event ever recorded.
       **/
      traceEvents: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletProvenanceTraceEvent>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]> & QueryableStorageEntry<ApiType, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]> & QueryableStorageEntry<ApiType, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]> & QueryableStorageEntry<ApiType, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]> & QueryableStorageEntry<ApiType, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    telemetryAnchor: {
      /**
       * Anchored batches.
       **/
      anchors: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletTelemetryAnchorAnchor>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Attested readings.
       **/
      attestations: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletTelemetryAnchorAttestation>>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Index: the attestation of (device, stream, sequence).
       **/
      attestedReadings: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u16 | AnyNumber | Uint8Array, arg3: u64 | AnyNumber | Uint8Array) => Observable<Option<u64>>, [u64, u16, u64]> & QueryableStorageEntry<ApiType, [u64, u16, u64]>;
      /**
       * The id the next anchor gets.
       **/
      nextAnchorId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The id the next attestation gets.
       **/
      nextAttestationId: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The oldest anchor not yet pruned; anchors are kept for ids in `OldestAnchor..NextAnchorId`.
       **/
      oldestAnchor: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The oldest attestation not yet expired and removed.
       **/
      oldestAttestation: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * How many streams each device has.
       **/
      streamCount: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]> & QueryableStorageEntry<ApiType, [u64]>;
      /**
       * Declared streams.
       **/
      streams: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u16 | AnyNumber | Uint8Array) => Observable<Option<PalletTelemetryAnchorStream>>, [u64, u16]> & QueryableStorageEntry<ApiType, [u64, u16]>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []> & QueryableStorageEntry<ApiType, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []> & QueryableStorageEntry<ApiType, []>;
      /**
       * Generic query
       **/
      [key: string]: QueryableStorageEntry<ApiType>;
    };
  } // AugmentedQueries
} // declare module
