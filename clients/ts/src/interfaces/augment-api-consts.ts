// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types-codec/types';
import type { Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    dataAccess: {
      /**
       * What a grant holds from whoever made it (or paid for it).
       **/
      grantDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * What a published encryption key holds.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most grants of one device, over all its streams (ending them all is part of every
       * device transfer's weight).
       **/
      maxGrantsPerDevice: u32 & AugmentedConst<ApiType>;
      /**
       * Most offers of one device.
       **/
      maxOffersPerDevice: u32 & AugmentedConst<ApiType>;
      /**
       * Most periods one subscription buys.
       **/
      maxPeriods: u32 & AugmentedConst<ApiType>;
      /**
       * What an offer holds from the owner.
       **/
      offerDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    depinRewards: {
      /**
       * The H3 resolution of nodes' cells.
       **/
      cellResolution: u8 & AugmentedConst<ApiType>;
      /**
       * The bond a challenge holds from the challenger.
       **/
      challengeBond: u128 & AugmentedConst<ApiType>;
      /**
       * How long governance has to decide a challenge; after it anyone may let the challenge
       * lapse (the root or node stands and the bond is forfeited), so that no challenge
       * freezes payouts for good.
       **/
      challengeDeadline: u32 & AugmentedConst<ApiType>;
      /**
       * The part of a slash paid to the challenger (the rest is burnt).
       **/
      challengerShare: Perbill & AugmentedConst<ApiType>;
      /**
       * How long after a root is accepted it can be challenged (and pays nothing).
       **/
      challengeWindow: u32 & AugmentedConst<ApiType>;
      /**
       * How much less each epoch mints than the one before.
       **/
      emissionDecay: Perbill & AugmentedConst<ApiType>;
      /**
       * The length of an epoch in blocks.
       **/
      epochLength: u32 & AugmentedConst<ApiType>;
      /**
       * The share of the fees handed to [`FeeCollector`] that goes to the reward pool (the
       * rest is burnt).
       **/
      feeShare: Perbill & AugmentedConst<ApiType>;
      /**
       * What the first epoch mints.
       **/
      initialEmission: u128 & AugmentedConst<ApiType>;
      /**
       * The share of each epoch's pool paid for on-chain liveness; the rest is the oracles'.
       **/
      livenessShare: Perbill & AugmentedConst<ApiType>;
      /**
       * The circuit breaker: the most one epoch mints, whatever the schedule says.
       **/
      maxMintPerEpoch: u128 & AugmentedConst<ApiType>;
      /**
       * The largest oracle committee.
       **/
      maxOracles: u32 & AugmentedConst<ApiType>;
      /**
       * The deepest reward proof (2^depth nodes).
       **/
      maxProofDepth: u32 & AugmentedConst<ApiType>;
      /**
       * The most the pallet ever mints.
       **/
      maxSupply: u128 & AugmentedConst<ApiType>;
      /**
       * The least bonded stake with which a node earns liveness credit; the credit is shared
       * by stake, so this is what makes a node (a sybil) cost something.
       **/
      minNodeStake: u128 & AugmentedConst<ApiType>;
      /**
       * The deposit a node holds from its owner.
       **/
      nodeDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The pallet's id, from which its pot account is derived.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * The part of a node's stake a proven challenge slashes.
       **/
      slashFraction: Perbill & AugmentedConst<ApiType>;
      /**
       * How long unbonded stake stays slashable.
       **/
      unbondingPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    deviceRegistry: {
      /**
       * Deposit part that every record pays.
       **/
      depositBase: u128 & AugmentedConst<ApiType>;
      /**
       * Deposit part per byte of a record.
       **/
      depositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * Most devices in one batch registration.
       **/
      maxBatch: u32 & AugmentedConst<ApiType>;
      /**
       * Longest device class or manufacturer name.
       **/
      maxClassLen: u32 & AugmentedConst<ApiType>;
      /**
       * How many past firmware hashes are kept per device.
       **/
      maxFirmwareHistory: u32 & AugmentedConst<ApiType>;
      /**
       * Finest H3 resolution accepted for a location (coarse positions only).
       **/
      maxH3Resolution: u8 & AugmentedConst<ApiType>;
      /**
       * Longest metadata URI or CID.
       **/
      maxMetadataLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most operators one device can have on its own (fleet grants do not count): bounds
       * the grants that `deregister` and `accept_transfer` remove in one call.
       **/
      maxOperatorsPerDevice: u32 & AugmentedConst<ApiType>;
      /**
       * Deepest manufacturer Merkle proof (2^depth keys per root).
       **/
      maxProofDepth: u32 & AugmentedConst<ApiType>;
      /**
       * Most provisioning roots published in one call.
       **/
      maxRootsPerCall: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    feeSponsorship: {
      /**
       * The smallest amount that opens a budget.
       **/
      minBudget: u128 & AugmentedConst<ApiType>;
      /**
       * How many blocks a quota period lasts.
       **/
      period: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit a sponsorship record holds from the owner. It also pays for the device
       * account's nonce, which the sponsorship keeps alive.
       **/
      sponsorshipDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    m2mPayments: {
      /**
       * How long a payee can still claim after the payer starts a unilateral close.
       **/
      challengePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * What a party holds to dispute an agreement; the settlement gives the other party the
       * share of it that it awards the other party. At least the existential deposit, so that
       * a forfeited bond can always be paid.
       **/
      disputeBond: u128 & AugmentedConst<ApiType>;
      /**
       * The arbiter's time to settle a dispute, in blocks from the dispute (and never ending
       * before the agreement's deadline); after it anyone settles it by the default rule.
       **/
      disputeTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * Most channels a device signs for at once: what a transfer, revocation or removal of
       * the device walks to start closing them.
       **/
      maxChannelsPerDevice: u32 & AugmentedConst<ApiType>;
      /**
       * The longest a channel may stay open, and an agreement wait for its deadline.
       **/
      maxDuration: u32 & AugmentedConst<ApiType>;
      /**
       * Most vouchers settled in one call.
       **/
      maxSettlement: u32 & AugmentedConst<ApiType>;
      /**
       * Most anchors that prove one window.
       **/
      maxWindowAnchors: u32 & AugmentedConst<ApiType>;
      /**
       * The smallest channel deposit: what pays for the channel's storage while it is open.
       **/
      minChannelDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The smallest escrowed amount.
       **/
      minEscrow: u128 & AugmentedConst<ApiType>;
      /**
       * The deposit a spending limit holds from the owner.
       **/
      spendingLimitDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    provenance: {
      /**
       * The part of a record's deposit that does not depend on its size.
       **/
      depositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The deposit per byte of a record (item, event, history entry, key index, leg).
       **/
      depositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * What a pending handoff holds from its proposer until it is answered.
       **/
      handoffDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most items packed directly in one container.
       **/
      maxChildren: u32 & AugmentedConst<ApiType>;
      /**
       * The deepest nesting of containers (a unit in a case on a pallet in a container: 3),
       * which bounds every walk up a parent chain.
       **/
      maxDepth: u32 & AugmentedConst<ApiType>;
      /**
       * Most events in one item's history.
       **/
      maxEventsPerItem: u32 & AugmentedConst<ApiType>;
      /**
       * Most inputs of a transformation (and of an item's lineage record).
       **/
      maxInputs: u32 & AugmentedConst<ApiType>;
      /**
       * Most items one event concerns (or a transformation creates).
       **/
      maxItemsPerEvent: u32 & AugmentedConst<ApiType>;
      /**
       * The longest external key, in bytes.
       **/
      maxKeyLength: u32 & AugmentedConst<ApiType>;
      /**
       * How many lineage records a recall check reads at most (an item made from more is
       * judged on the first ones, breadth first).
       **/
      maxLineage: u32 & AugmentedConst<ApiType>;
      /**
       * Most anchors that prove one leg.
       **/
      maxWindowAnchors: u32 & AugmentedConst<ApiType>;
      /**
       * How long after a leg ends its evidence is accepted, in blocks.
       **/
      proofPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    telemetryAnchor: {
      /**
       * The fee every anchor pays.
       **/
      anchorFeeBase: u128 & AugmentedConst<ApiType>;
      /**
       * The fee per byte of a stored anchor.
       **/
      anchorFeePerByte: u128 & AugmentedConst<ApiType>;
      /**
       * The fee of an attestation.
       **/
      attestationFee: u128 & AugmentedConst<ApiType>;
      /**
       * How many blocks an attestation is kept.
       **/
      attestationPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * How many sequence numbers one anchor may move a stream forward, counted from the
       * stream's last anchored sequence number (or the range's first, for a new stream).
       **/
      maxAnchorSpan: u64 & AugmentedConst<ApiType>;
      /**
       * How far past the chain's clock a reading's timestamp may be, in milliseconds
       * (devices' clocks drift).
       **/
      maxFutureSkew: u64 & AugmentedConst<ApiType>;
      /**
       * Longest off-chain locator (CID or URI).
       **/
      maxLocatorLen: u32 & AugmentedConst<ApiType>;
      /**
       * Deepest reading proof (2^depth readings per batch).
       **/
      maxProofDepth: u32 & AugmentedConst<ApiType>;
      /**
       * Most (device, stream) ranges in one anchor.
       **/
      maxRangesPerAnchor: u32 & AugmentedConst<ApiType>;
      /**
       * Longest stream name.
       **/
      maxStreamNameLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most streams per device.
       **/
      maxStreamsPerDevice: u32 & AugmentedConst<ApiType>;
      /**
       * How many blocks an anchor is kept.
       **/
      retention: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit a stream declaration holds.
       **/
      streamDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
