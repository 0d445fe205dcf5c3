// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, i128, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill, Percent } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (30) */
  type SpCoreVoid = Null;

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletUtilityCall (39) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: IotRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: IotRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name IotRuntimeOriginCaller (42) */
  interface IotRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly type: 'System';
  }

  /** @name FrameSupportDispatchRawOrigin (43) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletDeviceRegistryCall (44) */
  interface PalletDeviceRegistryCall extends Enum {
    readonly isRegisterDevice: boolean;
    readonly asRegisterDevice: {
      readonly registration: PalletDeviceRegistryRegistration;
    } & Struct;
    readonly isRegisterDevices: boolean;
    readonly asRegisterDevices: {
      readonly registrations: Vec<PalletDeviceRegistryRegistration>;
    } & Struct;
    readonly isSuspend: boolean;
    readonly asSuspend: {
      readonly device: u64;
    } & Struct;
    readonly isResume: boolean;
    readonly asResume: {
      readonly device: u64;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly device: u64;
    } & Struct;
    readonly isDeregister: boolean;
    readonly asDeregister: {
      readonly device: u64;
    } & Struct;
    readonly isRotateKey: boolean;
    readonly asRotateKey: {
      readonly device: u64;
      readonly newKey: IotPrimitivesDeviceDevicePublicKey;
      readonly oldKeySignature: IotPrimitivesDeviceDeviceSignature;
      readonly newKeySignature: IotPrimitivesDeviceDeviceSignature;
    } & Struct;
    readonly isUpdateDevice: boolean;
    readonly asUpdateDevice: {
      readonly device: u64;
      readonly metadata: Option<Bytes>;
      readonly firmware: Option<H256>;
      readonly location: Option<Option<u64>>;
    } & Struct;
    readonly isOfferTransfer: boolean;
    readonly asOfferTransfer: {
      readonly device: u64;
      readonly to: AccountId32;
    } & Struct;
    readonly isAcceptTransfer: boolean;
    readonly asAcceptTransfer: {
      readonly device: u64;
    } & Struct;
    readonly isCancelTransfer: boolean;
    readonly asCancelTransfer: {
      readonly device: u64;
    } & Struct;
    readonly isGrantOperator: boolean;
    readonly asGrantOperator: {
      readonly scope: PalletDeviceRegistryScope;
      readonly operator: AccountId32;
      readonly rights: u8;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isRevokeOperator: boolean;
    readonly asRevokeOperator: {
      readonly scope: PalletDeviceRegistryScope;
      readonly operator: AccountId32;
    } & Struct;
    readonly isRegisterManufacturer: boolean;
    readonly asRegisterManufacturer: {
      readonly maker: AccountId32;
      readonly name: Bytes;
    } & Struct;
    readonly isRemoveManufacturer: boolean;
    readonly asRemoveManufacturer: {
      readonly maker: AccountId32;
    } & Struct;
    readonly isPublishRoots: boolean;
    readonly asPublishRoots: {
      readonly roots: Vec<ITuple<[H256, u32]>>;
    } & Struct;
    readonly isRevokeCertification: boolean;
    readonly asRevokeCertification: {
      readonly device: u64;
    } & Struct;
    readonly isWithdrawRoot: boolean;
    readonly asWithdrawRoot: {
      readonly root: H256;
    } & Struct;
    readonly isForceRemoveRoot: boolean;
    readonly asForceRemoveRoot: {
      readonly maker: AccountId32;
      readonly root: H256;
    } & Struct;
    readonly type: 'RegisterDevice' | 'RegisterDevices' | 'Suspend' | 'Resume' | 'Revoke' | 'Deregister' | 'RotateKey' | 'UpdateDevice' | 'OfferTransfer' | 'AcceptTransfer' | 'CancelTransfer' | 'GrantOperator' | 'RevokeOperator' | 'RegisterManufacturer' | 'RemoveManufacturer' | 'PublishRoots' | 'RevokeCertification' | 'WithdrawRoot' | 'ForceRemoveRoot';
  }

  /** @name PalletDeviceRegistryRegistration (45) */
  interface PalletDeviceRegistryRegistration extends Struct {
    readonly key: IotPrimitivesDeviceDevicePublicKey;
    readonly proof: IotPrimitivesDeviceDeviceSignature;
    readonly nonce: u64;
    readonly class: Bytes;
    readonly firmware: H256;
    readonly metadata: Bytes;
    readonly location: Option<u64>;
    readonly certificate: Option<PalletDeviceRegistryCertificate>;
  }

  /** @name IotPrimitivesDeviceDevicePublicKey (46) */
  interface IotPrimitivesDeviceDevicePublicKey extends Enum {
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSecp256k1: boolean;
    readonly asSecp256k1: U8aFixed;
    readonly isP256: boolean;
    readonly asP256: U8aFixed;
    readonly type: 'Sr25519' | 'Ed25519' | 'Secp256k1' | 'P256';
  }

  /** @name IotPrimitivesDeviceDeviceSignature (48) */
  interface IotPrimitivesDeviceDeviceSignature extends Enum {
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSecp256k1: boolean;
    readonly asSecp256k1: U8aFixed;
    readonly isP256: boolean;
    readonly asP256: U8aFixed;
    readonly type: 'Sr25519' | 'Ed25519' | 'Secp256k1' | 'P256';
  }

  /** @name PalletDeviceRegistryCertificate (54) */
  interface PalletDeviceRegistryCertificate extends Struct {
    readonly maker: AccountId32;
    readonly root: H256;
    readonly leafIndex: u32;
    readonly proof: Vec<H256>;
  }

  /** @name PalletDeviceRegistryScope (62) */
  interface PalletDeviceRegistryScope extends Enum {
    readonly isDevice: boolean;
    readonly asDevice: u64;
    readonly isFleet: boolean;
    readonly asFleet: AccountId32;
    readonly type: 'Device' | 'Fleet';
  }

  /** @name PalletTelemetryAnchorCall (68) */
  interface PalletTelemetryAnchorCall extends Enum {
    readonly isDeclareStream: boolean;
    readonly asDeclareStream: {
      readonly device: u64;
      readonly stream: u16;
      readonly name: Bytes;
      readonly unit: u32;
      readonly intervalMs: u64;
    } & Struct;
    readonly isReapStream: boolean;
    readonly asReapStream: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly isAnchorBatch: boolean;
    readonly asAnchorBatch: {
      readonly root: H256;
      readonly leafCount: u32;
      readonly ranges: Vec<PalletTelemetryAnchorRangeInput>;
      readonly locator: Option<Bytes>;
    } & Struct;
    readonly isAttestReading: boolean;
    readonly asAttestReading: {
      readonly anchor: u64;
      readonly reading: IotPrimitivesTelemetryReading;
      readonly leafIndex: u32;
      readonly siblings: Vec<H256>;
    } & Struct;
    readonly isRequireSigned: boolean;
    readonly asRequireSigned: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly isResetStream: boolean;
    readonly asResetStream: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly type: 'DeclareStream' | 'ReapStream' | 'AnchorBatch' | 'AttestReading' | 'RequireSigned' | 'ResetStream';
  }

  /** @name PalletTelemetryAnchorRangeInput (71) */
  interface PalletTelemetryAnchorRangeInput extends Struct {
    readonly range: IotPrimitivesTelemetryStreamRange;
    readonly signedSummary: Option<ITuple<[IotPrimitivesTelemetryValueSummary, IotPrimitivesDeviceDeviceSignature]>>;
  }

  /** @name IotPrimitivesTelemetryStreamRange (72) */
  interface IotPrimitivesTelemetryStreamRange extends Struct {
    readonly device: u64;
    readonly stream: u16;
    readonly firstSequence: u64;
    readonly lastSequence: u64;
    readonly firstTimestamp: u64;
    readonly lastTimestamp: u64;
    readonly count: u32;
  }

  /** @name IotPrimitivesTelemetryValueSummary (75) */
  interface IotPrimitivesTelemetryValueSummary extends Struct {
    readonly min: i64;
    readonly max: i64;
    readonly sum: i128;
  }

  /** @name IotPrimitivesTelemetryReading (79) */
  interface IotPrimitivesTelemetryReading extends Struct {
    readonly device: u64;
    readonly stream: u16;
    readonly sequence: u64;
    readonly timestamp: u64;
    readonly value: IotPrimitivesTelemetryReadingValue;
    readonly salt: Option<U8aFixed>;
  }

  /** @name IotPrimitivesTelemetryReadingValue (80) */
  interface IotPrimitivesTelemetryReadingValue extends Enum {
    readonly isScalar: boolean;
    readonly asScalar: i64;
    readonly isPayloadHash: boolean;
    readonly asPayloadHash: H256;
    readonly type: 'Scalar' | 'PayloadHash';
  }

  /** @name PalletM2mPaymentsCall (84) */
  interface PalletM2mPaymentsCall extends Enum {
    readonly isSetSpendingLimit: boolean;
    readonly asSetSpendingLimit: {
      readonly device: u64;
      readonly limit: u128;
      readonly period: u32;
    } & Struct;
    readonly isRemoveSpendingLimit: boolean;
    readonly asRemoveSpendingLimit: {
      readonly device: u64;
    } & Struct;
    readonly isDevicePay: boolean;
    readonly asDevicePay: {
      readonly device: u64;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isOpenChannel: boolean;
    readonly asOpenChannel: {
      readonly payee: AccountId32;
      readonly device: Option<u64>;
      readonly deposit: u128;
      readonly duration: u32;
    } & Struct;
    readonly isTopUp: boolean;
    readonly asTopUp: {
      readonly channel: u64;
      readonly amount: u128;
      readonly duration: Option<u32>;
    } & Struct;
    readonly isClaim: boolean;
    readonly asClaim: {
      readonly voucher: IotPrimitivesPaymentVoucher;
      readonly signature: IotPrimitivesDeviceDeviceSignature;
    } & Struct;
    readonly isSettle: boolean;
    readonly asSettle: {
      readonly vouchers: Vec<PalletM2mPaymentsSignedVoucher>;
    } & Struct;
    readonly isCooperativeClose: boolean;
    readonly asCooperativeClose: {
      readonly channel: u64;
      readonly last: Option<PalletM2mPaymentsSignedVoucher>;
    } & Struct;
    readonly isStartClose: boolean;
    readonly asStartClose: {
      readonly channel: u64;
    } & Struct;
    readonly isFinalizeClose: boolean;
    readonly asFinalizeClose: {
      readonly channel: u64;
    } & Struct;
    readonly isCreateAgreement: boolean;
    readonly asCreateAgreement: {
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly condition: IotPrimitivesPaymentCondition;
      readonly duration: u32;
    } & Struct;
    readonly isConfirm: boolean;
    readonly asConfirm: {
      readonly agreement: u64;
    } & Struct;
    readonly isRelease: boolean;
    readonly asRelease: {
      readonly agreement: u64;
      readonly evidence: PalletM2mPaymentsEvidence;
    } & Struct;
    readonly isRefund: boolean;
    readonly asRefund: {
      readonly agreement: u64;
    } & Struct;
    readonly isDispute: boolean;
    readonly asDispute: {
      readonly agreement: u64;
    } & Struct;
    readonly isResolveDispute: boolean;
    readonly asResolveDispute: {
      readonly agreement: u64;
      readonly providerShare: Perbill;
    } & Struct;
    readonly isSettleExpiredDispute: boolean;
    readonly asSettleExpiredDispute: {
      readonly agreement: u64;
    } & Struct;
    readonly type: 'SetSpendingLimit' | 'RemoveSpendingLimit' | 'DevicePay' | 'OpenChannel' | 'TopUp' | 'Claim' | 'Settle' | 'CooperativeClose' | 'StartClose' | 'FinalizeClose' | 'CreateAgreement' | 'Confirm' | 'Release' | 'Refund' | 'Dispute' | 'ResolveDispute' | 'SettleExpiredDispute';
  }

  /** @name IotPrimitivesPaymentVoucher (85) */
  interface IotPrimitivesPaymentVoucher extends Struct {
    readonly channel: u64;
    readonly cumulative: u128;
    readonly nonce: u64;
  }

  /** @name PalletM2mPaymentsSignedVoucher (87) */
  interface PalletM2mPaymentsSignedVoucher extends Struct {
    readonly voucher: IotPrimitivesPaymentVoucher;
    readonly signature: IotPrimitivesDeviceDeviceSignature;
  }

  /** @name IotPrimitivesPaymentCondition (90) */
  interface IotPrimitivesPaymentCondition extends Enum {
    readonly isConsumerConfirms: boolean;
    readonly isAllReadingsWithin: boolean;
    readonly asAllReadingsWithin: {
      readonly device: u64;
      readonly stream: u16;
      readonly from: u64;
      readonly to: u64;
      readonly min: i64;
      readonly max: i64;
    } & Struct;
    readonly isReadingWithin: boolean;
    readonly asReadingWithin: {
      readonly device: u64;
      readonly stream: u16;
      readonly after: u64;
      readonly min: i64;
      readonly max: i64;
    } & Struct;
    readonly isLegMet: boolean;
    readonly asLegMet: {
      readonly leg: u64;
    } & Struct;
    readonly type: 'ConsumerConfirms' | 'AllReadingsWithin' | 'ReadingWithin' | 'LegMet';
  }

  /** @name PalletM2mPaymentsEvidence (91) */
  interface PalletM2mPaymentsEvidence extends Enum {
    readonly isWindow: boolean;
    readonly asWindow: Vec<u64>;
    readonly isReading: boolean;
    readonly asReading: u64;
    readonly isLeg: boolean;
    readonly type: 'Window' | 'Reading' | 'Leg';
  }

  /** @name PalletDepinRewardsCall (95) */
  interface PalletDepinRewardsCall extends Enum {
    readonly isRegisterNode: boolean;
    readonly asRegisterNode: {
      readonly device: u64;
      readonly kind: IotPrimitivesRewardsNodeKind;
      readonly cell: u64;
      readonly host: Option<AccountId32>;
      readonly hostShare: Percent;
    } & Struct;
    readonly isDeregisterNode: boolean;
    readonly asDeregisterNode: {
      readonly node: u64;
    } & Struct;
    readonly isBond: boolean;
    readonly asBond: {
      readonly node: u64;
      readonly amount: u128;
    } & Struct;
    readonly isUnbond: boolean;
    readonly asUnbond: {
      readonly node: u64;
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawUnbonded: boolean;
    readonly asWithdrawUnbonded: {
      readonly node: u64;
    } & Struct;
    readonly isSetOracles: boolean;
    readonly asSetOracles: {
      readonly oracles: Vec<AccountId32>;
      readonly quorum: u32;
    } & Struct;
    readonly isAttestRoot: boolean;
    readonly asAttestRoot: {
      readonly epoch: u32;
      readonly root: H256;
      readonly count: u32;
      readonly total: u128;
    } & Struct;
    readonly isClaim: boolean;
    readonly asClaim: {
      readonly node: u64;
      readonly owner: AccountId32;
      readonly epoch: u32;
      readonly cumulative: u128;
      readonly index: u32;
      readonly proof: Vec<H256>;
    } & Struct;
    readonly isClaimLiveness: boolean;
    readonly asClaimLiveness: {
      readonly node: u64;
    } & Struct;
    readonly isChallenge: boolean;
    readonly asChallenge: {
      readonly epoch: u32;
      readonly target: PalletDepinRewardsChallengeTarget;
      readonly evidence: H256;
      readonly entry: Option<PalletDepinRewardsRewardEntry>;
    } & Struct;
    readonly isResolveChallenge: boolean;
    readonly asResolveChallenge: {
      readonly challenge: u64;
      readonly upheld: bool;
    } & Struct;
    readonly isExpireChallenge: boolean;
    readonly asExpireChallenge: {
      readonly challenge: u64;
    } & Struct;
    readonly isSetRequireCertified: boolean;
    readonly asSetRequireCertified: {
      readonly required: bool;
    } & Struct;
    readonly isWithdrawRetired: boolean;
    readonly asWithdrawRetired: {
      readonly node: u64;
    } & Struct;
    readonly type: 'RegisterNode' | 'DeregisterNode' | 'Bond' | 'Unbond' | 'WithdrawUnbonded' | 'SetOracles' | 'AttestRoot' | 'Claim' | 'ClaimLiveness' | 'Challenge' | 'ResolveChallenge' | 'ExpireChallenge' | 'SetRequireCertified' | 'WithdrawRetired';
  }

  /** @name IotPrimitivesRewardsNodeKind (96) */
  interface IotPrimitivesRewardsNodeKind extends Enum {
    readonly isHotspot: boolean;
    readonly isSensor: boolean;
    readonly isGateway: boolean;
    readonly type: 'Hotspot' | 'Sensor' | 'Gateway';
  }

  /** @name PalletDepinRewardsChallengeTarget (100) */
  interface PalletDepinRewardsChallengeTarget extends Enum {
    readonly isNode: boolean;
    readonly asNode: u64;
    readonly isRoot: boolean;
    readonly type: 'Node' | 'Root';
  }

  /** @name PalletDepinRewardsRewardEntry (102) */
  interface PalletDepinRewardsRewardEntry extends Struct {
    readonly owner: AccountId32;
    readonly cumulative: u128;
    readonly index: u32;
    readonly proof: Vec<H256>;
  }

  /** @name PalletFeeSponsorshipCall (103) */
  interface PalletFeeSponsorshipCall extends Enum {
    readonly isFund: boolean;
    readonly asFund: {
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly amount: u128;
    } & Struct;
    readonly isSetAlert: boolean;
    readonly asSetAlert: {
      readonly below: u128;
    } & Struct;
    readonly isSponsorDevice: boolean;
    readonly asSponsorDevice: {
      readonly device: u64;
      readonly quota: PalletFeeSponsorshipQuota;
    } & Struct;
    readonly isUnsponsorDevice: boolean;
    readonly asUnsponsorDevice: {
      readonly device: u64;
    } & Struct;
    readonly type: 'Fund' | 'Withdraw' | 'SetAlert' | 'SponsorDevice' | 'UnsponsorDevice';
  }

  /** @name PalletFeeSponsorshipQuota (104) */
  interface PalletFeeSponsorshipQuota extends Struct {
    readonly fees: u128;
    readonly transactions: u32;
    readonly scopes: u8;
  }

  /** @name PalletProvenanceCall (106) */
  interface PalletProvenanceCall extends Enum {
    readonly isCommission: boolean;
    readonly asCommission: {
      readonly items: Vec<PalletProvenanceNewItem>;
      readonly context: PalletProvenanceEventContext;
    } & Struct;
    readonly isObserve: boolean;
    readonly asObserve: {
      readonly items: Vec<u64>;
      readonly context: PalletProvenanceEventContext;
    } & Struct;
    readonly isAggregate: boolean;
    readonly asAggregate: {
      readonly container: u64;
      readonly children: Vec<u64>;
      readonly context: PalletProvenanceEventContext;
    } & Struct;
    readonly isDisaggregate: boolean;
    readonly asDisaggregate: {
      readonly container: u64;
      readonly children: Vec<u64>;
      readonly context: PalletProvenanceEventContext;
    } & Struct;
    readonly isTransform: boolean;
    readonly asTransform: {
      readonly inputs: Vec<u64>;
      readonly outputs: Vec<PalletProvenanceNewItem>;
      readonly context: PalletProvenanceEventContext;
    } & Struct;
    readonly isDecommission: boolean;
    readonly asDecommission: {
      readonly items: Vec<u64>;
      readonly context: PalletProvenanceEventContext;
    } & Struct;
    readonly isProposeHandoff: boolean;
    readonly asProposeHandoff: {
      readonly item: u64;
      readonly to: AccountId32;
      readonly transfer: PalletProvenanceTransfer;
    } & Struct;
    readonly isAcceptHandoff: boolean;
    readonly asAcceptHandoff: {
      readonly item: u64;
    } & Struct;
    readonly isRejectHandoff: boolean;
    readonly asRejectHandoff: {
      readonly item: u64;
    } & Struct;
    readonly isCancelHandoff: boolean;
    readonly asCancelHandoff: {
      readonly item: u64;
    } & Struct;
    readonly isStartLeg: boolean;
    readonly asStartLeg: {
      readonly item: u64;
      readonly tracker: u64;
      readonly stream: u16;
      readonly band: IotPrimitivesProvenanceHandlingBand;
    } & Struct;
    readonly isEndLeg: boolean;
    readonly asEndLeg: {
      readonly leg: u64;
    } & Struct;
    readonly isProveLeg: boolean;
    readonly asProveLeg: {
      readonly leg: u64;
      readonly anchors: Vec<u64>;
    } & Struct;
    readonly isExpireLeg: boolean;
    readonly asExpireLeg: {
      readonly leg: u64;
    } & Struct;
    readonly isRecall: boolean;
    readonly asRecall: {
      readonly item: u64;
      readonly document: Option<H256>;
    } & Struct;
    readonly isBindTag: boolean;
    readonly asBindTag: {
      readonly item: u64;
      readonly tag: u64;
    } & Struct;
    readonly isHandoffSigned: boolean;
    readonly asHandoffSigned: {
      readonly item: u64;
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly transfer: PalletProvenanceTransfer;
      readonly deadline: u32;
      readonly signature: SpRuntimeMultiSignature;
    } & Struct;
    readonly type: 'Commission' | 'Observe' | 'Aggregate' | 'Disaggregate' | 'Transform' | 'Decommission' | 'ProposeHandoff' | 'AcceptHandoff' | 'RejectHandoff' | 'CancelHandoff' | 'StartLeg' | 'EndLeg' | 'ProveLeg' | 'ExpireLeg' | 'Recall' | 'BindTag' | 'HandoffSigned';
  }

  /** @name PalletProvenanceNewItem (108) */
  interface PalletProvenanceNewItem extends Struct {
    readonly kind: PalletProvenanceItemKind;
    readonly class: H256;
    readonly key: Option<Bytes>;
    readonly tag: Option<u64>;
  }

  /** @name PalletProvenanceItemKind (109) */
  interface PalletProvenanceItemKind extends Enum {
    readonly isUnit: boolean;
    readonly isLot: boolean;
    readonly asLot: {
      readonly quantity: u64;
      readonly uom: U8aFixed;
    } & Struct;
    readonly isContainer: boolean;
    readonly type: 'Unit' | 'Lot' | 'Container';
  }

  /** @name PalletProvenanceEventContext (113) */
  interface PalletProvenanceEventContext extends Struct {
    readonly time: u64;
    readonly place: Option<PalletProvenancePlace>;
    readonly step: Option<Bytes>;
    readonly disposition: Option<Bytes>;
    readonly document: Option<H256>;
    readonly corrects: Option<u64>;
  }

  /** @name PalletProvenancePlace (115) */
  interface PalletProvenancePlace extends Enum {
    readonly isCell: boolean;
    readonly asCell: u64;
    readonly isLocation: boolean;
    readonly asLocation: H256;
    readonly type: 'Cell' | 'Location';
  }

  /** @name PalletProvenanceTransfer (120) */
  interface PalletProvenanceTransfer extends Enum {
    readonly isCustody: boolean;
    readonly isOwnership: boolean;
    readonly isBoth: boolean;
    readonly type: 'Custody' | 'Ownership' | 'Both';
  }

  /** @name IotPrimitivesProvenanceHandlingBand (121) */
  interface IotPrimitivesProvenanceHandlingBand extends Struct {
    readonly min: i64;
    readonly max: i64;
    readonly maxExcursion: u64;
  }

  /** @name SpRuntimeMultiSignature (122) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name PalletDataAccessCall (123) */
  interface PalletDataAccessCall extends Enum {
    readonly isSetEncryptionKey: boolean;
    readonly asSetEncryptionKey: {
      readonly key: U8aFixed;
    } & Struct;
    readonly isRemoveEncryptionKey: boolean;
    readonly isGrant: boolean;
    readonly asGrant: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
      readonly from: u64;
      readonly to: Option<u64>;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
    } & Struct;
    readonly isRenounce: boolean;
    readonly asRenounce: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly isOffer: boolean;
    readonly asOffer: {
      readonly device: u64;
      readonly stream: u16;
      readonly price: u128;
      readonly period: u32;
      readonly maxPeriods: u32;
      readonly from: u64;
    } & Struct;
    readonly isWithdrawOffer: boolean;
    readonly asWithdrawOffer: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly isSubscribe: boolean;
    readonly asSubscribe: {
      readonly device: u64;
      readonly stream: u16;
      readonly periods: u32;
      readonly maxPrice: u128;
      readonly payment: IotPrimitivesDataPaymentSource;
    } & Struct;
    readonly isSettle: boolean;
    readonly asSettle: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
    } & Struct;
    readonly type: 'SetEncryptionKey' | 'RemoveEncryptionKey' | 'Grant' | 'Revoke' | 'Renounce' | 'Offer' | 'WithdrawOffer' | 'Subscribe' | 'Settle';
  }

  /** @name IotPrimitivesDataPaymentSource (124) */
  interface IotPrimitivesDataPaymentSource extends Enum {
    readonly isOwn: boolean;
    readonly isDevice: boolean;
    readonly asDevice: u64;
    readonly isChannel: boolean;
    readonly asChannel: {
      readonly voucher: IotPrimitivesPaymentVoucher;
      readonly signature: IotPrimitivesDeviceDeviceSignature;
    } & Struct;
    readonly type: 'Own' | 'Device' | 'Channel';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (125) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (126) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (127) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (128) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (132) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (134) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (135) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameSystemAccountInfo (136) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (137) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (139) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (140) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (142) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (145) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (147) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (148) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (149) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (150) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (151) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (152) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (153) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (154) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (155) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (156) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (157) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (160) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: IotRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: IotRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: IotRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: IotRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: IotRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (161) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name IotRuntimeRuntimeHoldReason (162) */
  interface IotRuntimeRuntimeHoldReason extends Enum {
    readonly isDeviceRegistry: boolean;
    readonly asDeviceRegistry: PalletDeviceRegistryHoldReason;
    readonly isTelemetryAnchor: boolean;
    readonly asTelemetryAnchor: PalletTelemetryAnchorHoldReason;
    readonly isM2mPayments: boolean;
    readonly asM2mPayments: PalletM2mPaymentsHoldReason;
    readonly isDepinRewards: boolean;
    readonly asDepinRewards: PalletDepinRewardsHoldReason;
    readonly isFeeSponsorship: boolean;
    readonly asFeeSponsorship: PalletFeeSponsorshipHoldReason;
    readonly isProvenance: boolean;
    readonly asProvenance: PalletProvenanceHoldReason;
    readonly isDataAccess: boolean;
    readonly asDataAccess: PalletDataAccessHoldReason;
    readonly type: 'DeviceRegistry' | 'TelemetryAnchor' | 'M2mPayments' | 'DepinRewards' | 'FeeSponsorship' | 'Provenance' | 'DataAccess';
  }

  /** @name PalletDeviceRegistryHoldReason (163) */
  interface PalletDeviceRegistryHoldReason extends Enum {
    readonly isStorageDeposit: boolean;
    readonly type: 'StorageDeposit';
  }

  /** @name PalletTelemetryAnchorHoldReason (164) */
  interface PalletTelemetryAnchorHoldReason extends Enum {
    readonly isStreamDeposit: boolean;
    readonly type: 'StreamDeposit';
  }

  /** @name PalletM2mPaymentsHoldReason (165) */
  interface PalletM2mPaymentsHoldReason extends Enum {
    readonly isChannelDeposit: boolean;
    readonly isEscrow: boolean;
    readonly isSpendingLimit: boolean;
    readonly isDisputeBond: boolean;
    readonly type: 'ChannelDeposit' | 'Escrow' | 'SpendingLimit' | 'DisputeBond';
  }

  /** @name PalletDepinRewardsHoldReason (166) */
  interface PalletDepinRewardsHoldReason extends Enum {
    readonly isNodeDeposit: boolean;
    readonly isStake: boolean;
    readonly isChallengeBond: boolean;
    readonly type: 'NodeDeposit' | 'Stake' | 'ChallengeBond';
  }

  /** @name PalletFeeSponsorshipHoldReason (167) */
  interface PalletFeeSponsorshipHoldReason extends Enum {
    readonly isBudget: boolean;
    readonly isSponsorshipDeposit: boolean;
    readonly type: 'Budget' | 'SponsorshipDeposit';
  }

  /** @name PalletProvenanceHoldReason (168) */
  interface PalletProvenanceHoldReason extends Enum {
    readonly isRecords: boolean;
    readonly isHandoff: boolean;
    readonly type: 'Records' | 'Handoff';
  }

  /** @name PalletDataAccessHoldReason (169) */
  interface PalletDataAccessHoldReason extends Enum {
    readonly isKey: boolean;
    readonly isRecord: boolean;
    readonly isSubscription: boolean;
    readonly type: 'Key' | 'Record' | 'Subscription';
  }

  /** @name PalletBalancesUnexpectedKind (170) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (171) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (172) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletUtilityEvent (174) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletDeviceRegistryEvent (175) */
  interface PalletDeviceRegistryEvent extends Enum {
    readonly isDeviceRegistered: boolean;
    readonly asDeviceRegistered: {
      readonly device: u64;
      readonly owner: AccountId32;
      readonly key: IotPrimitivesDeviceDevicePublicKey;
    } & Struct;
    readonly isDeviceCertified: boolean;
    readonly asDeviceCertified: {
      readonly device: u64;
      readonly maker: AccountId32;
    } & Struct;
    readonly isDeviceSuspended: boolean;
    readonly asDeviceSuspended: {
      readonly device: u64;
    } & Struct;
    readonly isDeviceResumed: boolean;
    readonly asDeviceResumed: {
      readonly device: u64;
    } & Struct;
    readonly isDeviceRevoked: boolean;
    readonly asDeviceRevoked: {
      readonly device: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isDeviceDeregistered: boolean;
    readonly asDeviceDeregistered: {
      readonly device: u64;
      readonly owner: AccountId32;
    } & Struct;
    readonly isKeyRotated: boolean;
    readonly asKeyRotated: {
      readonly device: u64;
      readonly oldKey: IotPrimitivesDeviceDevicePublicKey;
      readonly newKey: IotPrimitivesDeviceDevicePublicKey;
    } & Struct;
    readonly isDeviceUpdated: boolean;
    readonly asDeviceUpdated: {
      readonly device: u64;
      readonly firmware: H256;
    } & Struct;
    readonly isTransferOffered: boolean;
    readonly asTransferOffered: {
      readonly device: u64;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isTransferCancelled: boolean;
    readonly asTransferCancelled: {
      readonly device: u64;
    } & Struct;
    readonly isDeviceTransferred: boolean;
    readonly asDeviceTransferred: {
      readonly device: u64;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isOperatorGranted: boolean;
    readonly asOperatorGranted: {
      readonly scope: PalletDeviceRegistryScope;
      readonly operator: AccountId32;
      readonly rights: u8;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isOperatorRevoked: boolean;
    readonly asOperatorRevoked: {
      readonly scope: PalletDeviceRegistryScope;
      readonly operator: AccountId32;
    } & Struct;
    readonly isManufacturerRegistered: boolean;
    readonly asManufacturerRegistered: {
      readonly maker: AccountId32;
    } & Struct;
    readonly isManufacturerRemoved: boolean;
    readonly asManufacturerRemoved: {
      readonly maker: AccountId32;
    } & Struct;
    readonly isProvisioningRootPublished: boolean;
    readonly asProvisioningRootPublished: {
      readonly maker: AccountId32;
      readonly root: H256;
      readonly count: u32;
    } & Struct;
    readonly isCertificationRevoked: boolean;
    readonly asCertificationRevoked: {
      readonly device: u64;
      readonly maker: AccountId32;
    } & Struct;
    readonly isProvisioningRootRemoved: boolean;
    readonly asProvisioningRootRemoved: {
      readonly maker: AccountId32;
      readonly root: H256;
    } & Struct;
    readonly type: 'DeviceRegistered' | 'DeviceCertified' | 'DeviceSuspended' | 'DeviceResumed' | 'DeviceRevoked' | 'DeviceDeregistered' | 'KeyRotated' | 'DeviceUpdated' | 'TransferOffered' | 'TransferCancelled' | 'DeviceTransferred' | 'OperatorGranted' | 'OperatorRevoked' | 'ManufacturerRegistered' | 'ManufacturerRemoved' | 'ProvisioningRootPublished' | 'CertificationRevoked' | 'ProvisioningRootRemoved';
  }

  /** @name PalletTelemetryAnchorEvent (176) */
  interface PalletTelemetryAnchorEvent extends Enum {
    readonly isStreamDeclared: boolean;
    readonly asStreamDeclared: {
      readonly device: u64;
      readonly stream: u16;
      readonly name: Bytes;
      readonly unit: u32;
      readonly intervalMs: u64;
    } & Struct;
    readonly isStreamReaped: boolean;
    readonly asStreamReaped: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly isStreamDepositMoved: boolean;
    readonly asStreamDepositMoved: {
      readonly device: u64;
      readonly stream: u16;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isBatchAnchored: boolean;
    readonly asBatchAnchored: {
      readonly anchor: u64;
      readonly submitter: AccountId32;
      readonly root: H256;
      readonly leafCount: u32;
      readonly ranges: Vec<IotPrimitivesTelemetryAnchoredRange>;
      readonly locator: Option<Bytes>;
      readonly fee: u128;
    } & Struct;
    readonly isSequenceGap: boolean;
    readonly asSequenceGap: {
      readonly anchor: u64;
      readonly device: u64;
      readonly stream: u16;
      readonly missingBefore: u64;
      readonly missingWithin: u64;
    } & Struct;
    readonly isReadingAttested: boolean;
    readonly asReadingAttested: {
      readonly attestation: u64;
      readonly anchor: u64;
      readonly reading: IotPrimitivesTelemetryReading;
      readonly attester: AccountId32;
      readonly expiresAt: u32;
    } & Struct;
    readonly isAnchorsPruned: boolean;
    readonly asAnchorsPruned: {
      readonly from: u64;
      readonly to: u64;
    } & Struct;
    readonly isAttestationsExpired: boolean;
    readonly asAttestationsExpired: {
      readonly from: u64;
      readonly to: u64;
    } & Struct;
    readonly isStreamSignedOnly: boolean;
    readonly asStreamSignedOnly: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly isStreamReset: boolean;
    readonly asStreamReset: {
      readonly device: u64;
      readonly stream: u16;
      readonly cursor: Option<PalletTelemetryAnchorCursor>;
    } & Struct;
    readonly type: 'StreamDeclared' | 'StreamReaped' | 'StreamDepositMoved' | 'BatchAnchored' | 'SequenceGap' | 'ReadingAttested' | 'AnchorsPruned' | 'AttestationsExpired' | 'StreamSignedOnly' | 'StreamReset';
  }

  /** @name IotPrimitivesTelemetryAnchoredRange (178) */
  interface IotPrimitivesTelemetryAnchoredRange extends Struct {
    readonly range: IotPrimitivesTelemetryStreamRange;
    readonly summary: Option<IotPrimitivesTelemetryValueSummary>;
    readonly missingBefore: u64;
  }

  /** @name PalletTelemetryAnchorCursor (182) */
  interface PalletTelemetryAnchorCursor extends Struct {
    readonly lastSequence: u64;
    readonly lastTimestamp: u64;
    readonly lastAnchor: u64;
  }

  /** @name PalletM2mPaymentsEvent (183) */
  interface PalletM2mPaymentsEvent extends Enum {
    readonly isSpendingLimitSet: boolean;
    readonly asSpendingLimitSet: {
      readonly device: u64;
      readonly owner: AccountId32;
      readonly limit: u128;
      readonly period: u32;
    } & Struct;
    readonly isSpendingLimitRemoved: boolean;
    readonly asSpendingLimitRemoved: {
      readonly device: u64;
    } & Struct;
    readonly isDevicePaid: boolean;
    readonly asDevicePaid: {
      readonly device: u64;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly spent: u128;
    } & Struct;
    readonly isChannelOpened: boolean;
    readonly asChannelOpened: {
      readonly channel: u64;
      readonly payer: AccountId32;
      readonly payee: AccountId32;
      readonly signer: IotPrimitivesPaymentVoucherSigner;
      readonly deposit: u128;
      readonly expiresAt: u32;
    } & Struct;
    readonly isChannelToppedUp: boolean;
    readonly asChannelToppedUp: {
      readonly channel: u64;
      readonly deposit: u128;
      readonly expiresAt: u32;
    } & Struct;
    readonly isVoucherClaimed: boolean;
    readonly asVoucherClaimed: {
      readonly channel: u64;
      readonly payee: AccountId32;
      readonly amount: u128;
      readonly cumulative: u128;
      readonly nonce: u64;
    } & Struct;
    readonly isVoucherRedeemed: boolean;
    readonly asVoucherRedeemed: {
      readonly channel: u64;
      readonly amount: u128;
      readonly cumulative: u128;
      readonly nonce: u64;
    } & Struct;
    readonly isVoucherRefused: boolean;
    readonly asVoucherRefused: {
      readonly channel: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isChannelClosing: boolean;
    readonly asChannelClosing: {
      readonly channel: u64;
      readonly closesAt: u32;
    } & Struct;
    readonly isChannelClosed: boolean;
    readonly asChannelClosed: {
      readonly channel: u64;
      readonly paid: u128;
      readonly refunded: u128;
    } & Struct;
    readonly isAgreementCreated: boolean;
    readonly asAgreementCreated: {
      readonly agreement: u64;
      readonly consumer: AccountId32;
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly condition: IotPrimitivesPaymentCondition;
      readonly deadline: u32;
    } & Struct;
    readonly isAgreementReleased: boolean;
    readonly asAgreementReleased: {
      readonly agreement: u64;
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly reason: PalletM2mPaymentsRelease;
    } & Struct;
    readonly isAgreementRefunded: boolean;
    readonly asAgreementRefunded: {
      readonly agreement: u64;
      readonly consumer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isAgreementDisputed: boolean;
    readonly asAgreementDisputed: {
      readonly agreement: u64;
      readonly by: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly isDisputedConditionProven: boolean;
    readonly asDisputedConditionProven: {
      readonly agreement: u64;
    } & Struct;
    readonly isDisputeResolved: boolean;
    readonly asDisputeResolved: {
      readonly agreement: u64;
      readonly toProvider: u128;
      readonly toConsumer: u128;
      readonly bondReturned: u128;
      readonly bondForfeited: u128;
    } & Struct;
    readonly isDisputeExpired: boolean;
    readonly asDisputeExpired: {
      readonly agreement: u64;
      readonly toProvider: u128;
      readonly toConsumer: u128;
      readonly bondReturned: u128;
      readonly bondForfeited: u128;
    } & Struct;
    readonly type: 'SpendingLimitSet' | 'SpendingLimitRemoved' | 'DevicePaid' | 'ChannelOpened' | 'ChannelToppedUp' | 'VoucherClaimed' | 'VoucherRedeemed' | 'VoucherRefused' | 'ChannelClosing' | 'ChannelClosed' | 'AgreementCreated' | 'AgreementReleased' | 'AgreementRefunded' | 'AgreementDisputed' | 'DisputedConditionProven' | 'DisputeResolved' | 'DisputeExpired';
  }

  /** @name IotPrimitivesPaymentVoucherSigner (184) */
  interface IotPrimitivesPaymentVoucherSigner extends Enum {
    readonly isAccount: boolean;
    readonly asAccount: AccountId32;
    readonly isDevice: boolean;
    readonly asDevice: u64;
    readonly type: 'Account' | 'Device';
  }

  /** @name PalletM2mPaymentsRelease (185) */
  interface PalletM2mPaymentsRelease extends Enum {
    readonly isConfirmed: boolean;
    readonly isProven: boolean;
    readonly type: 'Confirmed' | 'Proven';
  }

  /** @name PalletDepinRewardsEvent (186) */
  interface PalletDepinRewardsEvent extends Enum {
    readonly isNodeRegistered: boolean;
    readonly asNodeRegistered: {
      readonly node: u64;
      readonly owner: AccountId32;
      readonly kind: IotPrimitivesRewardsNodeKind;
      readonly cell: u64;
    } & Struct;
    readonly isNodeDeregistered: boolean;
    readonly asNodeDeregistered: {
      readonly node: u64;
    } & Struct;
    readonly isBonded: boolean;
    readonly asBonded: {
      readonly node: u64;
      readonly amount: u128;
    } & Struct;
    readonly isUnbonded: boolean;
    readonly asUnbonded: {
      readonly node: u64;
      readonly amount: u128;
      readonly unlockAt: u32;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly node: u64;
      readonly amount: u128;
    } & Struct;
    readonly isNodeLive: boolean;
    readonly asNodeLive: {
      readonly node: u64;
      readonly epoch: u32;
    } & Struct;
    readonly isEpochEnded: boolean;
    readonly asEpochEnded: {
      readonly epoch: u32;
      readonly minted: u128;
      readonly fees: u128;
      readonly livenessPool: u128;
      readonly oraclePool: u128;
      readonly liveStake: u128;
    } & Struct;
    readonly isCircuitBreakerTripped: boolean;
    readonly asCircuitBreakerTripped: {
      readonly epoch: u32;
      readonly scheduled: u128;
      readonly minted: u128;
    } & Struct;
    readonly isOraclesSet: boolean;
    readonly asOraclesSet: {
      readonly oracles: Vec<AccountId32>;
      readonly quorum: u32;
    } & Struct;
    readonly isRootAttested: boolean;
    readonly asRootAttested: {
      readonly epoch: u32;
      readonly oracle: AccountId32;
      readonly root: H256;
      readonly votes: u32;
    } & Struct;
    readonly isRootAccepted: boolean;
    readonly asRootAccepted: {
      readonly epoch: u32;
      readonly root: H256;
      readonly total: u128;
    } & Struct;
    readonly isRewardClaimed: boolean;
    readonly asRewardClaimed: {
      readonly node: u64;
      readonly epoch: u32;
      readonly toOwner: u128;
      readonly toHost: u128;
    } & Struct;
    readonly isLivenessClaimed: boolean;
    readonly asLivenessClaimed: {
      readonly node: u64;
      readonly toOwner: u128;
      readonly toHost: u128;
    } & Struct;
    readonly isChallengeOpened: boolean;
    readonly asChallengeOpened: {
      readonly challenge: u64;
      readonly challenger: AccountId32;
      readonly epoch: u32;
      readonly target: PalletDepinRewardsChallengeTarget;
      readonly evidence: H256;
    } & Struct;
    readonly isChallengeResolved: boolean;
    readonly asChallengeResolved: {
      readonly challenge: u64;
      readonly upheld: bool;
      readonly slashed: u128;
    } & Struct;
    readonly isRootDiscarded: boolean;
    readonly asRootDiscarded: {
      readonly epoch: u32;
    } & Struct;
    readonly isRewardForfeited: boolean;
    readonly asRewardForfeited: {
      readonly node: u64;
      readonly epoch: u32;
      readonly cumulative: u128;
    } & Struct;
    readonly isChallengeExpired: boolean;
    readonly asChallengeExpired: {
      readonly challenge: u64;
    } & Struct;
    readonly isCertificationRequired: boolean;
    readonly asCertificationRequired: {
      readonly required: bool;
    } & Struct;
    readonly isNodeRetired: boolean;
    readonly asNodeRetired: {
      readonly node: u64;
      readonly owner: AccountId32;
      readonly unlockAt: u32;
    } & Struct;
    readonly isRetiredWithdrawn: boolean;
    readonly asRetiredWithdrawn: {
      readonly node: u64;
      readonly owner: AccountId32;
      readonly stake: u128;
    } & Struct;
    readonly type: 'NodeRegistered' | 'NodeDeregistered' | 'Bonded' | 'Unbonded' | 'Withdrawn' | 'NodeLive' | 'EpochEnded' | 'CircuitBreakerTripped' | 'OraclesSet' | 'RootAttested' | 'RootAccepted' | 'RewardClaimed' | 'LivenessClaimed' | 'ChallengeOpened' | 'ChallengeResolved' | 'RootDiscarded' | 'RewardForfeited' | 'ChallengeExpired' | 'CertificationRequired' | 'NodeRetired' | 'RetiredWithdrawn';
  }

  /** @name PalletFeeSponsorshipEvent (187) */
  interface PalletFeeSponsorshipEvent extends Enum {
    readonly isBudgetFunded: boolean;
    readonly asBudgetFunded: {
      readonly owner: AccountId32;
      readonly amount: u128;
      readonly budget: u128;
    } & Struct;
    readonly isBudgetWithdrawn: boolean;
    readonly asBudgetWithdrawn: {
      readonly owner: AccountId32;
      readonly amount: u128;
      readonly budget: u128;
    } & Struct;
    readonly isAlertSet: boolean;
    readonly asAlertSet: {
      readonly owner: AccountId32;
      readonly below: u128;
    } & Struct;
    readonly isBudgetLow: boolean;
    readonly asBudgetLow: {
      readonly owner: AccountId32;
      readonly budget: u128;
    } & Struct;
    readonly isDeviceSponsored: boolean;
    readonly asDeviceSponsored: {
      readonly device: u64;
      readonly owner: AccountId32;
      readonly signer: AccountId32;
      readonly quota: PalletFeeSponsorshipQuota;
    } & Struct;
    readonly isSponsorshipEnded: boolean;
    readonly asSponsorshipEnded: {
      readonly device: u64;
      readonly owner: AccountId32;
    } & Struct;
    readonly isFeeSponsored: boolean;
    readonly asFeeSponsored: {
      readonly device: u64;
      readonly owner: AccountId32;
      readonly fee: u128;
    } & Struct;
    readonly isQuotaReached: boolean;
    readonly asQuotaReached: {
      readonly device: u64;
      readonly owner: AccountId32;
    } & Struct;
    readonly type: 'BudgetFunded' | 'BudgetWithdrawn' | 'AlertSet' | 'BudgetLow' | 'DeviceSponsored' | 'SponsorshipEnded' | 'FeeSponsored' | 'QuotaReached';
  }

  /** @name PalletProvenanceEvent (188) */
  interface PalletProvenanceEvent extends Enum {
    readonly isCommissioned: boolean;
    readonly asCommissioned: {
      readonly event: u64;
      readonly producer: AccountId32;
      readonly first: u64;
      readonly count: u32;
    } & Struct;
    readonly isObserved: boolean;
    readonly asObserved: {
      readonly event: u64;
      readonly by: AccountId32;
      readonly count: u32;
    } & Struct;
    readonly isAggregated: boolean;
    readonly asAggregated: {
      readonly event: u64;
      readonly container: u64;
      readonly count: u32;
    } & Struct;
    readonly isDisaggregated: boolean;
    readonly asDisaggregated: {
      readonly event: u64;
      readonly container: u64;
      readonly count: u32;
    } & Struct;
    readonly isTransformed: boolean;
    readonly asTransformed: {
      readonly event: u64;
      readonly inputs: u32;
      readonly first: u64;
      readonly outputs: u32;
    } & Struct;
    readonly isDecommissioned: boolean;
    readonly asDecommissioned: {
      readonly event: u64;
      readonly count: u32;
    } & Struct;
    readonly isHandoffProposed: boolean;
    readonly asHandoffProposed: {
      readonly item: u64;
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly transfer: PalletProvenanceTransfer;
    } & Struct;
    readonly isHandoffAccepted: boolean;
    readonly asHandoffAccepted: {
      readonly event: u64;
      readonly item: u64;
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly transfer: PalletProvenanceTransfer;
    } & Struct;
    readonly isHandoffRejected: boolean;
    readonly asHandoffRejected: {
      readonly item: u64;
    } & Struct;
    readonly isHandoffCancelled: boolean;
    readonly asHandoffCancelled: {
      readonly item: u64;
    } & Struct;
    readonly isLegStarted: boolean;
    readonly asLegStarted: {
      readonly leg: u64;
      readonly item: u64;
      readonly custodian: AccountId32;
      readonly tracker: u64;
      readonly stream: u16;
      readonly band: IotPrimitivesProvenanceHandlingBand;
    } & Struct;
    readonly isLegEnded: boolean;
    readonly asLegEnded: {
      readonly leg: u64;
      readonly at: u64;
      readonly deadline: u32;
    } & Struct;
    readonly isLegJudged: boolean;
    readonly asLegJudged: {
      readonly leg: u64;
      readonly verdict: IotPrimitivesProvenanceLegVerdict;
    } & Struct;
    readonly isRecalled: boolean;
    readonly asRecalled: {
      readonly event: u64;
      readonly item: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isTagBound: boolean;
    readonly asTagBound: {
      readonly item: u64;
      readonly tag: u64;
    } & Struct;
    readonly type: 'Commissioned' | 'Observed' | 'Aggregated' | 'Disaggregated' | 'Transformed' | 'Decommissioned' | 'HandoffProposed' | 'HandoffAccepted' | 'HandoffRejected' | 'HandoffCancelled' | 'LegStarted' | 'LegEnded' | 'LegJudged' | 'Recalled' | 'TagBound';
  }

  /** @name IotPrimitivesProvenanceLegVerdict (189) */
  interface IotPrimitivesProvenanceLegVerdict extends Enum {
    readonly isPending: boolean;
    readonly isMet: boolean;
    readonly isViolated: boolean;
    readonly asViolated: {
      readonly from: u64;
      readonly to: u64;
      readonly excursion: u64;
    } & Struct;
    readonly isUnproven: boolean;
    readonly type: 'Pending' | 'Met' | 'Violated' | 'Unproven';
  }

  /** @name PalletDataAccessEvent (190) */
  interface PalletDataAccessEvent extends Enum {
    readonly isEncryptionKeySet: boolean;
    readonly asEncryptionKeySet: {
      readonly who: AccountId32;
      readonly key: U8aFixed;
    } & Struct;
    readonly isEncryptionKeyRemoved: boolean;
    readonly asEncryptionKeyRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly isAccessGranted: boolean;
    readonly asAccessGranted: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
      readonly from: u64;
      readonly to: Option<u64>;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isSubscribed: boolean;
    readonly asSubscribed: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
      readonly payer: AccountId32;
      readonly price: u128;
      readonly periods: u32;
      readonly expiresAt: u32;
    } & Struct;
    readonly isSubscriptionPaid: boolean;
    readonly asSubscriptionPaid: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isAccessEnded: boolean;
    readonly asAccessEnded: {
      readonly device: u64;
      readonly stream: u16;
      readonly reader: AccountId32;
      readonly ending: PalletDataAccessEnding;
      readonly paid: u128;
      readonly refunded: u128;
      readonly epoch: u32;
    } & Struct;
    readonly isOffered: boolean;
    readonly asOffered: {
      readonly device: u64;
      readonly stream: u16;
      readonly price: u128;
      readonly period: u32;
      readonly maxPeriods: u32;
      readonly from: u64;
    } & Struct;
    readonly isOfferWithdrawn: boolean;
    readonly asOfferWithdrawn: {
      readonly device: u64;
      readonly stream: u16;
    } & Struct;
    readonly type: 'EncryptionKeySet' | 'EncryptionKeyRemoved' | 'AccessGranted' | 'Subscribed' | 'SubscriptionPaid' | 'AccessEnded' | 'Offered' | 'OfferWithdrawn';
  }

  /** @name PalletDataAccessEnding (191) */
  interface PalletDataAccessEnding extends Enum {
    readonly isRevoked: boolean;
    readonly isRenounced: boolean;
    readonly isExpired: boolean;
    readonly isDeviceLeft: boolean;
    readonly type: 'Revoked' | 'Renounced' | 'Expired' | 'DeviceLeft';
  }

  /** @name FrameSystemPhase (192) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (195) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (198) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (199) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (200) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (201) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (203) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (204) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (205) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (206) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (211) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpRuntimeBlakeTwo256 (212) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name SpRuntimeBlock (213) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (214) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (219) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletGrandpaStoredState (222) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (223) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (225) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (227) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (228) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (231) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (234) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: IotRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (237) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: IotRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name IotRuntimeRuntimeFreezeReason (238) */
  type IotRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (240) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (242) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (243) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (244) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (245) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletUtilityError (246) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletDeviceRegistryDevice (247) */
  interface PalletDeviceRegistryDevice extends Struct {
    readonly owner: AccountId32;
    readonly key: IotPrimitivesDeviceDevicePublicKey;
    readonly status: PalletDeviceRegistryDeviceStatus;
    readonly class: Bytes;
    readonly firmware: H256;
    readonly metadata: Bytes;
    readonly location: Option<u64>;
    readonly deposit: u128;
    readonly certifiedBy: Option<AccountId32>;
    readonly rotations: u32;
    readonly registeredAt: u32;
  }

  /** @name PalletDeviceRegistryDeviceStatus (248) */
  interface PalletDeviceRegistryDeviceStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly isRevoked: boolean;
    readonly type: 'Active' | 'Suspended' | 'Revoked';
  }

  /** @name PalletDeviceRegistryGrant (254) */
  interface PalletDeviceRegistryGrant extends Struct {
    readonly rights: u8;
    readonly expiresAt: Option<u32>;
    readonly grantedBy: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletDeviceRegistryManufacturer (256) */
  interface PalletDeviceRegistryManufacturer extends Struct {
    readonly name: Bytes;
    readonly roots: u32;
  }

  /** @name PalletDeviceRegistryProvisioningRoot (258) */
  interface PalletDeviceRegistryProvisioningRoot extends Struct {
    readonly count: u32;
    readonly deposit: u128;
  }

  /** @name PalletDeviceRegistryError (259) */
  interface PalletDeviceRegistryError extends Enum {
    readonly isBadPossessionProof: boolean;
    readonly isDuplicateKey: boolean;
    readonly isUnknownDevice: boolean;
    readonly isNotOwner: boolean;
    readonly isNotAuthorized: boolean;
    readonly isDeviceRevoked: boolean;
    readonly isDeviceNotActive: boolean;
    readonly isDeviceNotSuspended: boolean;
    readonly isBadLocation: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isBatchEntryFailed: boolean;
    readonly asBatchEntryFailed: {
      readonly index: u16;
      readonly reason: PalletDeviceRegistryRegistrationError;
    } & Struct;
    readonly isEmptyBatch: boolean;
    readonly isBadRotationSignature: boolean;
    readonly isNoPendingTransfer: boolean;
    readonly isTransferToSelf: boolean;
    readonly isBadRights: boolean;
    readonly isExpiryInPast: boolean;
    readonly isUnknownGrant: boolean;
    readonly isAlreadyManufacturer: boolean;
    readonly isNotManufacturer: boolean;
    readonly isManufacturerHasRoots: boolean;
    readonly isDuplicateRoot: boolean;
    readonly isBadRootCount: boolean;
    readonly isBadCertificate: boolean;
    readonly isNotCertifiedByCaller: boolean;
    readonly isNothingToUpdate: boolean;
    readonly isOverflow: boolean;
    readonly isKeyRetired: boolean;
    readonly isWeakKey: boolean;
    readonly isTooManyOperators: boolean;
    readonly isUnknownRoot: boolean;
    readonly type: 'BadPossessionProof' | 'DuplicateKey' | 'UnknownDevice' | 'NotOwner' | 'NotAuthorized' | 'DeviceRevoked' | 'DeviceNotActive' | 'DeviceNotSuspended' | 'BadLocation' | 'InsufficientBalance' | 'BatchEntryFailed' | 'EmptyBatch' | 'BadRotationSignature' | 'NoPendingTransfer' | 'TransferToSelf' | 'BadRights' | 'ExpiryInPast' | 'UnknownGrant' | 'AlreadyManufacturer' | 'NotManufacturer' | 'ManufacturerHasRoots' | 'DuplicateRoot' | 'BadRootCount' | 'BadCertificate' | 'NotCertifiedByCaller' | 'NothingToUpdate' | 'Overflow' | 'KeyRetired' | 'WeakKey' | 'TooManyOperators' | 'UnknownRoot';
  }

  /** @name PalletDeviceRegistryRegistrationError (260) */
  interface PalletDeviceRegistryRegistrationError extends Enum {
    readonly isBadPossessionProof: boolean;
    readonly isDuplicateKey: boolean;
    readonly isBadLocation: boolean;
    readonly isBadCertificate: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isOther: boolean;
    readonly isKeyRetired: boolean;
    readonly isWeakKey: boolean;
    readonly type: 'BadPossessionProof' | 'DuplicateKey' | 'BadLocation' | 'BadCertificate' | 'InsufficientBalance' | 'Other' | 'KeyRetired' | 'WeakKey';
  }

  /** @name PalletDeviceRegistryOperatorInfo (265) */
  interface PalletDeviceRegistryOperatorInfo extends Struct {
    readonly operator: AccountId32;
    readonly fleetWide: bool;
    readonly rights: u8;
    readonly expiresAt: Option<u32>;
  }

  /** @name PalletTelemetryAnchorStream (267) */
  interface PalletTelemetryAnchorStream extends Struct {
    readonly name: Bytes;
    readonly unit: u32;
    readonly intervalMs: u64;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly cursor: Option<PalletTelemetryAnchorCursor>;
    readonly signedCursor: Option<PalletTelemetryAnchorCursor>;
    readonly signedOnly: bool;
    readonly anchored: u64;
    readonly missing: u64;
  }

  /** @name PalletTelemetryAnchorAnchor (268) */
  interface PalletTelemetryAnchorAnchor extends Struct {
    readonly root: H256;
    readonly leafCount: u32;
    readonly ranges: Vec<IotPrimitivesTelemetryAnchoredRange>;
    readonly locator: Option<Bytes>;
    readonly submitter: AccountId32;
    readonly block: u32;
  }

  /** @name PalletTelemetryAnchorAttestation (269) */
  interface PalletTelemetryAnchorAttestation extends Struct {
    readonly reading: IotPrimitivesTelemetryReading;
    readonly anchor: u64;
    readonly attester: AccountId32;
    readonly expiresAt: u32;
  }

  /** @name PalletTelemetryAnchorError (271) */
  interface PalletTelemetryAnchorError extends Enum {
    readonly isUnknownDevice: boolean;
    readonly isDeviceInactive: boolean;
    readonly isNotAuthorized: boolean;
    readonly isUnknownStream: boolean;
    readonly isTooManyStreams: boolean;
    readonly isStreamNameTooLong: boolean;
    readonly isDeviceStillRegistered: boolean;
    readonly isEmptyBatch: boolean;
    readonly isTooManyRanges: boolean;
    readonly isRangesNotSorted: boolean;
    readonly isInvalidRange: boolean;
    readonly isCountMismatch: boolean;
    readonly isSequenceOverlap: boolean;
    readonly isTimeWentBackwards: boolean;
    readonly isBadBatchSignature: boolean;
    readonly isLocatorTooLong: boolean;
    readonly isCannotPayFee: boolean;
    readonly isUnknownAnchor: boolean;
    readonly isNotInAnchor: boolean;
    readonly isInvalidProof: boolean;
    readonly isProofTooDeep: boolean;
    readonly isAlreadyAttested: boolean;
    readonly isOverflow: boolean;
    readonly isUnsignedRange: boolean;
    readonly isTimestampInFuture: boolean;
    readonly isSpanTooLong: boolean;
    readonly isNotOwner: boolean;
    readonly type: 'UnknownDevice' | 'DeviceInactive' | 'NotAuthorized' | 'UnknownStream' | 'TooManyStreams' | 'StreamNameTooLong' | 'DeviceStillRegistered' | 'EmptyBatch' | 'TooManyRanges' | 'RangesNotSorted' | 'InvalidRange' | 'CountMismatch' | 'SequenceOverlap' | 'TimeWentBackwards' | 'BadBatchSignature' | 'LocatorTooLong' | 'CannotPayFee' | 'UnknownAnchor' | 'NotInAnchor' | 'InvalidProof' | 'ProofTooDeep' | 'AlreadyAttested' | 'Overflow' | 'UnsignedRange' | 'TimestampInFuture' | 'SpanTooLong' | 'NotOwner';
  }

  /** @name IotPrimitivesTelemetryReadingProof (272) */
  interface IotPrimitivesTelemetryReadingProof extends Struct {
    readonly leafIndex: u32;
    readonly siblings: Vec<H256>;
  }

  /** @name IotPrimitivesDataSealedReading (273) */
  interface IotPrimitivesDataSealedReading extends Struct {
    readonly device: u64;
    readonly stream: u16;
    readonly sequence: u64;
    readonly timestamp: u64;
    readonly ciphertext: H256;
  }

  /** @name PalletM2mPaymentsSpendingLimit (277) */
  interface PalletM2mPaymentsSpendingLimit extends Struct {
    readonly owner: AccountId32;
    readonly deposit: u128;
    readonly limit: u128;
    readonly period: u32;
    readonly periodStart: u32;
    readonly spent: u128;
  }

  /** @name IotPrimitivesPaymentChannel (278) */
  interface IotPrimitivesPaymentChannel extends Struct {
    readonly payer: AccountId32;
    readonly payee: AccountId32;
    readonly signer: IotPrimitivesPaymentVoucherSigner;
    readonly deposit: u128;
    readonly claimed: u128;
    readonly nonce: u64;
    readonly expiresAt: u32;
    readonly closesAt: Option<u32>;
  }

  /** @name IotPrimitivesPaymentAgreement (279) */
  interface IotPrimitivesPaymentAgreement extends Struct {
    readonly consumer: AccountId32;
    readonly provider: AccountId32;
    readonly amount: u128;
    readonly condition: IotPrimitivesPaymentCondition;
    readonly deadline: u32;
    readonly status: IotPrimitivesPaymentAgreementStatus;
  }

  /** @name IotPrimitivesPaymentAgreementStatus (280) */
  interface IotPrimitivesPaymentAgreementStatus extends Enum {
    readonly isActive: boolean;
    readonly isDisputed: boolean;
    readonly asDisputed: IotPrimitivesPaymentDispute;
    readonly type: 'Active' | 'Disputed';
  }

  /** @name IotPrimitivesPaymentDispute (281) */
  interface IotPrimitivesPaymentDispute extends Struct {
    readonly by: AccountId32;
    readonly raisedAt: u32;
    readonly bond: u128;
    readonly proven: bool;
  }

  /** @name PalletM2mPaymentsError (282) */
  interface PalletM2mPaymentsError extends Enum {
    readonly isUnknownDevice: boolean;
    readonly isDeviceInactive: boolean;
    readonly isNotAuthorized: boolean;
    readonly isZeroPeriod: boolean;
    readonly isNoSpendingLimit: boolean;
    readonly isSpendingLimitExceeded: boolean;
    readonly isAmountTooLow: boolean;
    readonly isDurationTooLong: boolean;
    readonly isUnknownChannel: boolean;
    readonly isClaimWindowOver: boolean;
    readonly isChannelClosing: boolean;
    readonly isClaimWindowOpen: boolean;
    readonly isBadSignature: boolean;
    readonly isVoucherReplayed: boolean;
    readonly isBelowClaimed: boolean;
    readonly isNothingToClaim: boolean;
    readonly isExceedsDeposit: boolean;
    readonly isVoucherForAnotherChannel: boolean;
    readonly isBadSettlementSize: boolean;
    readonly isUnknownAgreement: boolean;
    readonly isInvalidCondition: boolean;
    readonly isDeadlinePassed: boolean;
    readonly isDeadlineNotReached: boolean;
    readonly isDisputed: boolean;
    readonly isNotDisputed: boolean;
    readonly isDisputeNotExpired: boolean;
    readonly isAlreadyProven: boolean;
    readonly isWrongEvidence: boolean;
    readonly isTooManyAnchors: boolean;
    readonly isNotAnchored: boolean;
    readonly isUnsignedSummary: boolean;
    readonly isSequenceGap: boolean;
    readonly isWindowNotCovered: boolean;
    readonly isValueOutOfBounds: boolean;
    readonly isReadingNotAttested: boolean;
    readonly isReadingTooEarly: boolean;
    readonly isTooManyChannels: boolean;
    readonly isOverflow: boolean;
    readonly isUnknownLeg: boolean;
    readonly isLegNotMet: boolean;
    readonly isWrongPayee: boolean;
    readonly isWrongAmount: boolean;
    readonly type: 'UnknownDevice' | 'DeviceInactive' | 'NotAuthorized' | 'ZeroPeriod' | 'NoSpendingLimit' | 'SpendingLimitExceeded' | 'AmountTooLow' | 'DurationTooLong' | 'UnknownChannel' | 'ClaimWindowOver' | 'ChannelClosing' | 'ClaimWindowOpen' | 'BadSignature' | 'VoucherReplayed' | 'BelowClaimed' | 'NothingToClaim' | 'ExceedsDeposit' | 'VoucherForAnotherChannel' | 'BadSettlementSize' | 'UnknownAgreement' | 'InvalidCondition' | 'DeadlinePassed' | 'DeadlineNotReached' | 'Disputed' | 'NotDisputed' | 'DisputeNotExpired' | 'AlreadyProven' | 'WrongEvidence' | 'TooManyAnchors' | 'NotAnchored' | 'UnsignedSummary' | 'SequenceGap' | 'WindowNotCovered' | 'ValueOutOfBounds' | 'ReadingNotAttested' | 'ReadingTooEarly' | 'TooManyChannels' | 'Overflow' | 'UnknownLeg' | 'LegNotMet' | 'WrongPayee' | 'WrongAmount';
  }

  /** @name IotPrimitivesRewardsNode (287) */
  interface IotPrimitivesRewardsNode extends Struct {
    readonly owner: AccountId32;
    readonly kind: IotPrimitivesRewardsNodeKind;
    readonly cell: u64;
    readonly host: Option<AccountId32>;
    readonly hostShare: Percent;
    readonly deposit: u128;
    readonly stake: u128;
    readonly unbonding: Option<ITuple<[u128, u32]>>;
    readonly liveEpoch: Option<u32>;
    readonly livenessUnclaimed: u128;
  }

  /** @name PalletDepinRewardsEpochRecord (290) */
  interface PalletDepinRewardsEpochRecord extends Struct {
    readonly minted: u128;
    readonly fees: u128;
    readonly livenessPool: u128;
    readonly oraclePool: u128;
    readonly oracleCumulative: u128;
  }

  /** @name PalletDepinRewardsLivenessTally (291) */
  interface PalletDepinRewardsLivenessTally extends Struct {
    readonly liveStake: u128;
    readonly unsettled: u32;
    readonly pool: u128;
  }

  /** @name PalletDepinRewardsRewardRoot (293) */
  interface PalletDepinRewardsRewardRoot extends Struct {
    readonly root: H256;
    readonly count: u32;
    readonly total: u128;
  }

  /** @name PalletDepinRewardsAcceptedRoot (294) */
  interface PalletDepinRewardsAcceptedRoot extends Struct {
    readonly root: PalletDepinRewardsRewardRoot;
    readonly acceptedAt: u32;
  }

  /** @name PalletDepinRewardsRetiredNode (295) */
  interface PalletDepinRewardsRetiredNode extends Struct {
    readonly stake: u128;
    readonly deposit: u128;
    readonly livenessUnclaimed: u128;
    readonly unlockAt: u32;
    readonly host: Option<AccountId32>;
    readonly hostShare: Percent;
  }

  /** @name PalletDepinRewardsChallenge (296) */
  interface PalletDepinRewardsChallenge extends Struct {
    readonly challenger: AccountId32;
    readonly bond: u128;
    readonly epoch: u32;
    readonly target: PalletDepinRewardsChallengeTarget;
    readonly evidence: H256;
    readonly openedAt: u32;
    readonly accused: Option<AccountId32>;
    readonly withheld: Option<u128>;
  }

  /** @name FrameSupportPalletId (297) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletDepinRewardsError (298) */
  interface PalletDepinRewardsError extends Enum {
    readonly isUnknownDevice: boolean;
    readonly isDeviceInactive: boolean;
    readonly isNotOwner: boolean;
    readonly isAlreadyRegistered: boolean;
    readonly isBadCell: boolean;
    readonly isNotCertified: boolean;
    readonly isBelowMinimumStake: boolean;
    readonly isUnknownNode: boolean;
    readonly isLiveThisEpoch: boolean;
    readonly isStakeRemaining: boolean;
    readonly isInsufficientStake: boolean;
    readonly isNothingToWithdraw: boolean;
    readonly isZeroAmount: boolean;
    readonly isBadCommittee: boolean;
    readonly isNotOracle: boolean;
    readonly isEpochNotEnded: boolean;
    readonly isRootAlreadyAccepted: boolean;
    readonly isTotalAbovePools: boolean;
    readonly isUnknownRoot: boolean;
    readonly isChallengeWindowOpen: boolean;
    readonly isChallengeWindowClosed: boolean;
    readonly isRootChallenged: boolean;
    readonly isWithheld: boolean;
    readonly isProofTooDeep: boolean;
    readonly isInvalidProof: boolean;
    readonly isNothingToClaim: boolean;
    readonly isClaimAboveAttested: boolean;
    readonly isUnknownChallenge: boolean;
    readonly isNodeChallenged: boolean;
    readonly isEntryForRoot: boolean;
    readonly isChallengeNotExpired: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownDevice' | 'DeviceInactive' | 'NotOwner' | 'AlreadyRegistered' | 'BadCell' | 'NotCertified' | 'BelowMinimumStake' | 'UnknownNode' | 'LiveThisEpoch' | 'StakeRemaining' | 'InsufficientStake' | 'NothingToWithdraw' | 'ZeroAmount' | 'BadCommittee' | 'NotOracle' | 'EpochNotEnded' | 'RootAlreadyAccepted' | 'TotalAbovePools' | 'UnknownRoot' | 'ChallengeWindowOpen' | 'ChallengeWindowClosed' | 'RootChallenged' | 'Withheld' | 'ProofTooDeep' | 'InvalidProof' | 'NothingToClaim' | 'ClaimAboveAttested' | 'UnknownChallenge' | 'NodeChallenged' | 'EntryForRoot' | 'ChallengeNotExpired' | 'Overflow';
  }

  /** @name PalletFeeSponsorshipBudget (302) */
  interface PalletFeeSponsorshipBudget extends Struct {
    readonly amount: u128;
    readonly alertBelow: u128;
    readonly alerted: bool;
  }

  /** @name PalletFeeSponsorshipSponsorship (303) */
  interface PalletFeeSponsorshipSponsorship extends Struct {
    readonly device: u64;
    readonly owner: AccountId32;
    readonly quota: PalletFeeSponsorshipQuota;
    readonly periodStart: u32;
    readonly feesUsed: u128;
    readonly transactionsUsed: u32;
    readonly deposit: u128;
  }

  /** @name PalletFeeSponsorshipError (304) */
  interface PalletFeeSponsorshipError extends Enum {
    readonly isZeroAmount: boolean;
    readonly isBelowMinBudget: boolean;
    readonly isNoBudget: boolean;
    readonly isInsufficientBudget: boolean;
    readonly isUnknownDevice: boolean;
    readonly isNotOwner: boolean;
    readonly isDeviceInactive: boolean;
    readonly isInvalidQuota: boolean;
    readonly isSignerTaken: boolean;
    readonly isNotSponsored: boolean;
    readonly isStillValid: boolean;
    readonly isOverflow: boolean;
    readonly type: 'ZeroAmount' | 'BelowMinBudget' | 'NoBudget' | 'InsufficientBudget' | 'UnknownDevice' | 'NotOwner' | 'DeviceInactive' | 'InvalidQuota' | 'SignerTaken' | 'NotSponsored' | 'StillValid' | 'Overflow';
  }

  /** @name PalletProvenanceItem (305) */
  interface PalletProvenanceItem extends Struct {
    readonly kind: PalletProvenanceItemKind;
    readonly class: H256;
    readonly key: Option<Bytes>;
    readonly producer: AccountId32;
    readonly owner: Option<AccountId32>;
    readonly custodian: Option<AccountId32>;
    readonly parent: Option<u64>;
    readonly children: u32;
    readonly height: u8;
    readonly status: PalletProvenanceItemStatus;
    readonly recall: Option<u64>;
    readonly tag: Option<u64>;
    readonly inputs: Vec<u64>;
    readonly events: u32;
    readonly deposit: u128;
  }

  /** @name PalletProvenanceItemStatus (306) */
  interface PalletProvenanceItemStatus extends Enum {
    readonly isActive: boolean;
    readonly isConsumed: boolean;
    readonly isDestroyed: boolean;
    readonly type: 'Active' | 'Consumed' | 'Destroyed';
  }

  /** @name PalletProvenanceTraceEvent (307) */
  interface PalletProvenanceTraceEvent extends Struct {
    readonly kind: PalletProvenanceTraceEventKind;
    readonly by: AccountId32;
    readonly block: u32;
    readonly time: u64;
    readonly place: Option<PalletProvenancePlace>;
    readonly step: Option<Bytes>;
    readonly disposition: Option<Bytes>;
    readonly document: Option<H256>;
    readonly corrects: Option<u64>;
    readonly items: u32;
    readonly deposit: u128;
  }

  /** @name PalletProvenanceTraceEventKind (308) */
  interface PalletProvenanceTraceEventKind extends Enum {
    readonly isCommission: boolean;
    readonly isObserve: boolean;
    readonly isAggregate: boolean;
    readonly asAggregate: {
      readonly parent: u64;
    } & Struct;
    readonly isDisaggregate: boolean;
    readonly asDisaggregate: {
      readonly parent: u64;
    } & Struct;
    readonly isTransform: boolean;
    readonly isDecommission: boolean;
    readonly isHandoff: boolean;
    readonly asHandoff: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly transfer: PalletProvenanceTransfer;
    } & Struct;
    readonly isLeg: boolean;
    readonly asLeg: {
      readonly leg: u64;
    } & Struct;
    readonly isRecall: boolean;
    readonly isTag: boolean;
    readonly asTag: {
      readonly device: u64;
    } & Struct;
    readonly type: 'Commission' | 'Observe' | 'Aggregate' | 'Disaggregate' | 'Transform' | 'Decommission' | 'Handoff' | 'Leg' | 'Recall' | 'Tag';
  }

  /** @name PalletProvenanceHandoff (310) */
  interface PalletProvenanceHandoff extends Struct {
    readonly from: AccountId32;
    readonly to: AccountId32;
    readonly transfer: PalletProvenanceTransfer;
    readonly deposit: u128;
  }

  /** @name PalletProvenanceLeg (311) */
  interface PalletProvenanceLeg extends Struct {
    readonly item: u64;
    readonly custodian: AccountId32;
    readonly openedBy: AccountId32;
    readonly tracker: u64;
    readonly certified: bool;
    readonly stream: u16;
    readonly band: IotPrimitivesProvenanceHandlingBand;
    readonly from: u64;
    readonly to: Option<u64>;
    readonly deadline: Option<u32>;
    readonly verdict: IotPrimitivesProvenanceLegVerdict;
    readonly deposit: u128;
  }

  /** @name PalletProvenanceError (312) */
  interface PalletProvenanceError extends Enum {
    readonly isUnknownItem: boolean;
    readonly isNotCustodian: boolean;
    readonly isNotOwner: boolean;
    readonly isNotProducer: boolean;
    readonly isNotActive: boolean;
    readonly isPacked: boolean;
    readonly isNotContainer: boolean;
    readonly isNotInContainer: boolean;
    readonly isCycle: boolean;
    readonly isTooDeep: boolean;
    readonly isContainerFull: boolean;
    readonly isKeyTaken: boolean;
    readonly isTagTaken: boolean;
    readonly isAlreadyTagged: boolean;
    readonly isNotTagOwner: boolean;
    readonly isUnknownDevice: boolean;
    readonly isDeviceInactive: boolean;
    readonly isInvalidQuantity: boolean;
    readonly isInvalidBand: boolean;
    readonly isUnknownEvent: boolean;
    readonly isNotEventAuthor: boolean;
    readonly isHistoryFull: boolean;
    readonly isNoItems: boolean;
    readonly isDuplicateItem: boolean;
    readonly isHandoffPending: boolean;
    readonly isNoHandoff: boolean;
    readonly isNotReceiver: boolean;
    readonly isNotProposer: boolean;
    readonly isSelfHandoff: boolean;
    readonly isLegUnderWay: boolean;
    readonly isUnknownLeg: boolean;
    readonly isLegNotEnded: boolean;
    readonly isLegEnded: boolean;
    readonly isLegDecided: boolean;
    readonly isNotLegParty: boolean;
    readonly isDeadlinePassed: boolean;
    readonly isDeadlineNotReached: boolean;
    readonly isNotAnchored: boolean;
    readonly isUnsignedSummary: boolean;
    readonly isSequenceGap: boolean;
    readonly isWindowNotCovered: boolean;
    readonly isRecalled: boolean;
    readonly isAlreadyRecalled: boolean;
    readonly isOverflow: boolean;
    readonly isNotParty: boolean;
    readonly isBadSignature: boolean;
    readonly isSignatureExpired: boolean;
    readonly type: 'UnknownItem' | 'NotCustodian' | 'NotOwner' | 'NotProducer' | 'NotActive' | 'Packed' | 'NotContainer' | 'NotInContainer' | 'Cycle' | 'TooDeep' | 'ContainerFull' | 'KeyTaken' | 'TagTaken' | 'AlreadyTagged' | 'NotTagOwner' | 'UnknownDevice' | 'DeviceInactive' | 'InvalidQuantity' | 'InvalidBand' | 'UnknownEvent' | 'NotEventAuthor' | 'HistoryFull' | 'NoItems' | 'DuplicateItem' | 'HandoffPending' | 'NoHandoff' | 'NotReceiver' | 'NotProposer' | 'SelfHandoff' | 'LegUnderWay' | 'UnknownLeg' | 'LegNotEnded' | 'LegEnded' | 'LegDecided' | 'NotLegParty' | 'DeadlinePassed' | 'DeadlineNotReached' | 'NotAnchored' | 'UnsignedSummary' | 'SequenceGap' | 'WindowNotCovered' | 'Recalled' | 'AlreadyRecalled' | 'Overflow' | 'NotParty' | 'BadSignature' | 'SignatureExpired';
  }

  /** @name PalletDataAccessKeyRecord (317) */
  interface PalletDataAccessKeyRecord extends Struct {
    readonly key: U8aFixed;
    readonly deposit: u128;
  }

  /** @name IotPrimitivesDataAccess (319) */
  interface IotPrimitivesDataAccess extends Struct {
    readonly from: u64;
    readonly to: Option<u64>;
    readonly expiresAt: Option<u32>;
    readonly grantedBy: AccountId32;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly subscription: Option<IotPrimitivesDataSubscription>;
  }

  /** @name IotPrimitivesDataSubscription (321) */
  interface IotPrimitivesDataSubscription extends Struct {
    readonly payer: AccountId32;
    readonly payee: AccountId32;
    readonly price: u128;
    readonly period: u32;
    readonly start: u32;
    readonly periods: u32;
    readonly released: u32;
  }

  /** @name IotPrimitivesDataStreamAccess (323) */
  interface IotPrimitivesDataStreamAccess extends Struct {
    readonly readers: u32;
    readonly epoch: u32;
  }

  /** @name IotPrimitivesDataOffer (324) */
  interface IotPrimitivesDataOffer extends Struct {
    readonly owner: AccountId32;
    readonly price: u128;
    readonly period: u32;
    readonly maxPeriods: u32;
    readonly from: u64;
    readonly deposit: u128;
  }

  /** @name PalletDataAccessCounts (325) */
  interface PalletDataAccessCounts extends Struct {
    readonly grants: u32;
    readonly offers: u32;
  }

  /** @name PalletDataAccessError (326) */
  interface PalletDataAccessError extends Enum {
    readonly isUnknownDevice: boolean;
    readonly isNotAuthorized: boolean;
    readonly isInvalidKey: boolean;
    readonly isNoKey: boolean;
    readonly isOwnData: boolean;
    readonly isBadRange: boolean;
    readonly isExpiryInPast: boolean;
    readonly isAlreadyGranted: boolean;
    readonly isNoGrant: boolean;
    readonly isTooManyGrants: boolean;
    readonly isTooManyOffers: boolean;
    readonly isNoOffer: boolean;
    readonly isZeroPeriod: boolean;
    readonly isBadPeriods: boolean;
    readonly isPriceAboveLimit: boolean;
    readonly isNothingToSettle: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownDevice' | 'NotAuthorized' | 'InvalidKey' | 'NoKey' | 'OwnData' | 'BadRange' | 'ExpiryInPast' | 'AlreadyGranted' | 'NoGrant' | 'TooManyGrants' | 'TooManyOffers' | 'NoOffer' | 'ZeroPeriod' | 'BadPeriods' | 'PriceAboveLimit' | 'NothingToSettle' | 'Overflow';
  }

  /** @name PalletProvenanceStoryItemStory (331) */
  interface PalletProvenanceStoryItemStory extends Struct {
    readonly id: u64;
    readonly item: PalletProvenanceItem;
    readonly owner: AccountId32;
    readonly custodian: AccountId32;
    readonly containers: Vec<u64>;
    readonly events: Vec<PalletProvenanceStoryStoryEvent>;
    readonly truncated: bool;
    readonly legs: Vec<ITuple<[u64, PalletProvenanceLeg]>>;
    readonly recalledBy: Option<u64>;
    readonly inputs: Vec<PalletProvenanceStoryItemStory>;
  }

  /** @name PalletProvenanceStoryStoryEvent (333) */
  interface PalletProvenanceStoryStoryEvent extends Struct {
    readonly id: u64;
    readonly via: Option<u64>;
    readonly event: PalletProvenanceTraceEvent;
  }

  /** @name IotPrimitivesDataReader (339) */
  interface IotPrimitivesDataReader extends Struct {
    readonly account: AccountId32;
    readonly access: IotPrimitivesDataAccess;
    readonly key: Option<U8aFixed>;
  }

  /** @name SpRuntimeBlockLazyBlock (345) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (348) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (352) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (354) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (356) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (357) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (358) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (359) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (363) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (364) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (366) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (369) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name SpCoreCryptoKeyTypeId (373) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (377) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (378) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (380) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name IotRuntimeRuntimeError (384) */
  interface IotRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isDeviceRegistry: boolean;
    readonly asDeviceRegistry: PalletDeviceRegistryError;
    readonly isTelemetryAnchor: boolean;
    readonly asTelemetryAnchor: PalletTelemetryAnchorError;
    readonly isM2mPayments: boolean;
    readonly asM2mPayments: PalletM2mPaymentsError;
    readonly isDepinRewards: boolean;
    readonly asDepinRewards: PalletDepinRewardsError;
    readonly isFeeSponsorship: boolean;
    readonly asFeeSponsorship: PalletFeeSponsorshipError;
    readonly isProvenance: boolean;
    readonly asProvenance: PalletProvenanceError;
    readonly isDataAccess: boolean;
    readonly asDataAccess: PalletDataAccessError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'Utility' | 'DeviceRegistry' | 'TelemetryAnchor' | 'M2mPayments' | 'DepinRewards' | 'FeeSponsorship' | 'Provenance' | 'DataAccess';
  }

} // declare module
