// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'IotRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'IotRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup42: iot_runtime::OriginCaller
   **/
  IotRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin'
    }
  },
  /**
   * Lookup43: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup44: pallet_device_registry::pallet::Call<T>
   **/
  PalletDeviceRegistryCall: {
    _enum: {
      register_device: {
        registration: 'PalletDeviceRegistryRegistration',
      },
      register_devices: {
        registrations: 'Vec<PalletDeviceRegistryRegistration>',
      },
      suspend: {
        device: 'u64',
      },
      resume: {
        device: 'u64',
      },
      revoke: {
        device: 'u64',
      },
      deregister: {
        device: 'u64',
      },
      rotate_key: {
        device: 'u64',
        newKey: 'IotPrimitivesDeviceDevicePublicKey',
        oldKeySignature: 'IotPrimitivesDeviceDeviceSignature',
        newKeySignature: 'IotPrimitivesDeviceDeviceSignature',
      },
      update_device: {
        device: 'u64',
        metadata: 'Option<Bytes>',
        firmware: 'Option<H256>',
        location: 'Option<Option<u64>>',
      },
      offer_transfer: {
        device: 'u64',
        to: 'AccountId32',
      },
      accept_transfer: {
        device: 'u64',
      },
      cancel_transfer: {
        device: 'u64',
      },
      grant_operator: {
        scope: 'PalletDeviceRegistryScope',
        operator: 'AccountId32',
        rights: 'u8',
        expiresAt: 'Option<u32>',
      },
      revoke_operator: {
        scope: 'PalletDeviceRegistryScope',
        operator: 'AccountId32',
      },
      register_manufacturer: {
        maker: 'AccountId32',
        name: 'Bytes',
      },
      remove_manufacturer: {
        maker: 'AccountId32',
      },
      publish_roots: {
        roots: 'Vec<(H256,u32)>',
      },
      revoke_certification: {
        device: 'u64',
      },
      withdraw_root: {
        root: 'H256',
      },
      force_remove_root: {
        maker: 'AccountId32',
        root: 'H256'
      }
    }
  },
  /**
   * Lookup45: pallet_device_registry::types::Registration<T>
   **/
  PalletDeviceRegistryRegistration: {
    key: 'IotPrimitivesDeviceDevicePublicKey',
    proof: 'IotPrimitivesDeviceDeviceSignature',
    nonce: 'u64',
    class: 'Bytes',
    firmware: 'H256',
    metadata: 'Bytes',
    location: 'Option<u64>',
    certificate: 'Option<PalletDeviceRegistryCertificate>'
  },
  /**
   * Lookup46: iot_primitives::device::DevicePublicKey
   **/
  IotPrimitivesDeviceDevicePublicKey: {
    _enum: {
      Sr25519: '[u8;32]',
      Ed25519: '[u8;32]',
      Secp256k1: '[u8;33]',
      P256: '[u8;33]'
    }
  },
  /**
   * Lookup48: iot_primitives::device::DeviceSignature
   **/
  IotPrimitivesDeviceDeviceSignature: {
    _enum: {
      Sr25519: '[u8;64]',
      Ed25519: '[u8;64]',
      Secp256k1: '[u8;65]',
      P256: '[u8;64]'
    }
  },
  /**
   * Lookup54: pallet_device_registry::types::Certificate<T>
   **/
  PalletDeviceRegistryCertificate: {
    maker: 'AccountId32',
    root: 'H256',
    leafIndex: 'u32',
    proof: 'Vec<H256>'
  },
  /**
   * Lookup62: pallet_device_registry::types::Scope<sp_core::crypto::AccountId32>
   **/
  PalletDeviceRegistryScope: {
    _enum: {
      Device: 'u64',
      Fleet: 'AccountId32'
    }
  },
  /**
   * Lookup68: pallet_telemetry_anchor::pallet::Call<T>
   **/
  PalletTelemetryAnchorCall: {
    _enum: {
      declare_stream: {
        device: 'u64',
        stream: 'u16',
        name: 'Bytes',
        unit: 'u32',
        intervalMs: 'u64',
      },
      reap_stream: {
        device: 'u64',
        stream: 'u16',
      },
      anchor_batch: {
        root: 'H256',
        leafCount: 'u32',
        ranges: 'Vec<PalletTelemetryAnchorRangeInput>',
        locator: 'Option<Bytes>',
      },
      attest_reading: {
        anchor: 'u64',
        reading: 'IotPrimitivesTelemetryReading',
        leafIndex: 'u32',
        siblings: 'Vec<H256>',
      },
      require_signed: {
        device: 'u64',
        stream: 'u16',
      },
      reset_stream: {
        device: 'u64',
        stream: 'u16'
      }
    }
  },
  /**
   * Lookup71: pallet_telemetry_anchor::types::RangeInput
   **/
  PalletTelemetryAnchorRangeInput: {
    range: 'IotPrimitivesTelemetryStreamRange',
    signedSummary: 'Option<(IotPrimitivesTelemetryValueSummary,IotPrimitivesDeviceDeviceSignature)>'
  },
  /**
   * Lookup72: iot_primitives::telemetry::StreamRange
   **/
  IotPrimitivesTelemetryStreamRange: {
    device: 'u64',
    stream: 'u16',
    firstSequence: 'u64',
    lastSequence: 'u64',
    firstTimestamp: 'u64',
    lastTimestamp: 'u64',
    count: 'u32'
  },
  /**
   * Lookup75: iot_primitives::telemetry::ValueSummary
   **/
  IotPrimitivesTelemetryValueSummary: {
    min: 'i64',
    max: 'i64',
    sum: 'i128'
  },
  /**
   * Lookup79: iot_primitives::telemetry::Reading
   **/
  IotPrimitivesTelemetryReading: {
    device: 'u64',
    stream: 'u16',
    sequence: 'u64',
    timestamp: 'u64',
    value: 'IotPrimitivesTelemetryReadingValue',
    salt: 'Option<[u8;16]>'
  },
  /**
   * Lookup80: iot_primitives::telemetry::ReadingValue
   **/
  IotPrimitivesTelemetryReadingValue: {
    _enum: {
      Scalar: 'i64',
      PayloadHash: 'H256'
    }
  },
  /**
   * Lookup84: pallet_m2m_payments::pallet::Call<T>
   **/
  PalletM2mPaymentsCall: {
    _enum: {
      set_spending_limit: {
        device: 'u64',
        limit: 'u128',
        period: 'u32',
      },
      remove_spending_limit: {
        device: 'u64',
      },
      device_pay: {
        device: 'u64',
        to: 'AccountId32',
        amount: 'u128',
      },
      open_channel: {
        payee: 'AccountId32',
        device: 'Option<u64>',
        deposit: 'u128',
        duration: 'u32',
      },
      top_up: {
        channel: 'u64',
        amount: 'u128',
        duration: 'Option<u32>',
      },
      claim: {
        voucher: 'IotPrimitivesPaymentVoucher',
        signature: 'IotPrimitivesDeviceDeviceSignature',
      },
      settle: {
        vouchers: 'Vec<PalletM2mPaymentsSignedVoucher>',
      },
      cooperative_close: {
        channel: 'u64',
        last: 'Option<PalletM2mPaymentsSignedVoucher>',
      },
      start_close: {
        channel: 'u64',
      },
      finalize_close: {
        channel: 'u64',
      },
      create_agreement: {
        provider: 'AccountId32',
        amount: 'u128',
        condition: 'IotPrimitivesPaymentCondition',
        duration: 'u32',
      },
      confirm: {
        agreement: 'u64',
      },
      release: {
        agreement: 'u64',
        evidence: 'PalletM2mPaymentsEvidence',
      },
      refund: {
        agreement: 'u64',
      },
      dispute: {
        agreement: 'u64',
      },
      resolve_dispute: {
        agreement: 'u64',
        providerShare: 'Perbill',
      },
      settle_expired_dispute: {
        agreement: 'u64'
      }
    }
  },
  /**
   * Lookup85: iot_primitives::payment::Voucher<Balance>
   **/
  IotPrimitivesPaymentVoucher: {
    channel: 'u64',
    cumulative: 'u128',
    nonce: 'u64'
  },
  /**
   * Lookup87: pallet_m2m_payments::types::SignedVoucher<Balance>
   **/
  PalletM2mPaymentsSignedVoucher: {
    voucher: 'IotPrimitivesPaymentVoucher',
    signature: 'IotPrimitivesDeviceDeviceSignature'
  },
  /**
   * Lookup90: iot_primitives::payment::Condition
   **/
  IotPrimitivesPaymentCondition: {
    _enum: {
      ConsumerConfirms: 'Null',
      AllReadingsWithin: {
        device: 'u64',
        stream: 'u16',
        from: 'u64',
        to: 'u64',
        min: 'i64',
        max: 'i64',
      },
      ReadingWithin: {
        device: 'u64',
        stream: 'u16',
        after: 'u64',
        min: 'i64',
        max: 'i64',
      },
      LegMet: {
        leg: 'u64'
      }
    }
  },
  /**
   * Lookup91: pallet_m2m_payments::types::Evidence<T>
   **/
  PalletM2mPaymentsEvidence: {
    _enum: {
      Window: 'Vec<u64>',
      Reading: 'u64',
      Leg: 'Null'
    }
  },
  /**
   * Lookup95: pallet_depin_rewards::pallet::Call<T>
   **/
  PalletDepinRewardsCall: {
    _enum: {
      register_node: {
        device: 'u64',
        kind: 'IotPrimitivesRewardsNodeKind',
        cell: 'u64',
        host: 'Option<AccountId32>',
        hostShare: 'Percent',
      },
      deregister_node: {
        node: 'u64',
      },
      bond: {
        node: 'u64',
        amount: 'u128',
      },
      unbond: {
        node: 'u64',
        amount: 'u128',
      },
      withdraw_unbonded: {
        node: 'u64',
      },
      set_oracles: {
        oracles: 'Vec<AccountId32>',
        quorum: 'u32',
      },
      attest_root: {
        epoch: 'u32',
        root: 'H256',
        count: 'u32',
        total: 'u128',
      },
      claim: {
        node: 'u64',
        owner: 'AccountId32',
        epoch: 'u32',
        cumulative: 'u128',
        index: 'u32',
        proof: 'Vec<H256>',
      },
      claim_liveness: {
        node: 'u64',
      },
      challenge: {
        epoch: 'u32',
        target: 'PalletDepinRewardsChallengeTarget',
        evidence: 'H256',
        entry: 'Option<PalletDepinRewardsRewardEntry>',
      },
      resolve_challenge: {
        challenge: 'u64',
        upheld: 'bool',
      },
      expire_challenge: {
        challenge: 'u64',
      },
      set_require_certified: {
        required: 'bool',
      },
      withdraw_retired: {
        node: 'u64'
      }
    }
  },
  /**
   * Lookup96: iot_primitives::rewards::NodeKind
   **/
  IotPrimitivesRewardsNodeKind: {
    _enum: ['Hotspot', 'Sensor', 'Gateway']
  },
  /**
   * Lookup100: pallet_depin_rewards::types::ChallengeTarget
   **/
  PalletDepinRewardsChallengeTarget: {
    _enum: {
      Node: 'u64',
      Root: 'Null'
    }
  },
  /**
   * Lookup102: pallet_depin_rewards::types::RewardEntry<T>
   **/
  PalletDepinRewardsRewardEntry: {
    owner: 'AccountId32',
    cumulative: 'u128',
    index: 'u32',
    proof: 'Vec<H256>'
  },
  /**
   * Lookup103: pallet_fee_sponsorship::pallet::Call<T>
   **/
  PalletFeeSponsorshipCall: {
    _enum: {
      fund: {
        amount: 'u128',
      },
      withdraw: {
        amount: 'u128',
      },
      set_alert: {
        below: 'u128',
      },
      sponsor_device: {
        device: 'u64',
        quota: 'PalletFeeSponsorshipQuota',
      },
      unsponsor_device: {
        device: 'u64'
      }
    }
  },
  /**
   * Lookup104: pallet_fee_sponsorship::types::Quota<Balance>
   **/
  PalletFeeSponsorshipQuota: {
    fees: 'u128',
    transactions: 'u32',
    scopes: 'u8'
  },
  /**
   * Lookup106: pallet_provenance::pallet::Call<T>
   **/
  PalletProvenanceCall: {
    _enum: {
      commission: {
        items: 'Vec<PalletProvenanceNewItem>',
        context: 'PalletProvenanceEventContext',
      },
      observe: {
        items: 'Vec<u64>',
        context: 'PalletProvenanceEventContext',
      },
      aggregate: {
        container: 'u64',
        children: 'Vec<u64>',
        context: 'PalletProvenanceEventContext',
      },
      disaggregate: {
        container: 'u64',
        children: 'Vec<u64>',
        context: 'PalletProvenanceEventContext',
      },
      transform: {
        inputs: 'Vec<u64>',
        outputs: 'Vec<PalletProvenanceNewItem>',
        context: 'PalletProvenanceEventContext',
      },
      decommission: {
        items: 'Vec<u64>',
        context: 'PalletProvenanceEventContext',
      },
      propose_handoff: {
        item: 'u64',
        to: 'AccountId32',
        transfer: 'PalletProvenanceTransfer',
      },
      accept_handoff: {
        item: 'u64',
      },
      reject_handoff: {
        item: 'u64',
      },
      cancel_handoff: {
        item: 'u64',
      },
      start_leg: {
        item: 'u64',
        tracker: 'u64',
        stream: 'u16',
        band: 'IotPrimitivesProvenanceHandlingBand',
      },
      end_leg: {
        leg: 'u64',
      },
      prove_leg: {
        leg: 'u64',
        anchors: 'Vec<u64>',
      },
      expire_leg: {
        leg: 'u64',
      },
      recall: {
        item: 'u64',
        document: 'Option<H256>',
      },
      bind_tag: {
        item: 'u64',
        tag: 'u64',
      },
      handoff_signed: {
        item: 'u64',
        from: 'AccountId32',
        to: 'AccountId32',
        transfer: 'PalletProvenanceTransfer',
        deadline: 'u32',
        signature: 'SpRuntimeMultiSignature'
      }
    }
  },
  /**
   * Lookup108: pallet_provenance::types::NewItem<T>
   **/
  PalletProvenanceNewItem: {
    kind: 'PalletProvenanceItemKind',
    class: 'H256',
    key: 'Option<Bytes>',
    tag: 'Option<u64>'
  },
  /**
   * Lookup109: pallet_provenance::types::ItemKind
   **/
  PalletProvenanceItemKind: {
    _enum: {
      Unit: 'Null',
      Lot: {
        quantity: 'u64',
        uom: '[u8;3]',
      },
      Container: 'Null'
    }
  },
  /**
   * Lookup113: pallet_provenance::types::EventContext
   **/
  PalletProvenanceEventContext: {
    time: 'u64',
    place: 'Option<PalletProvenancePlace>',
    step: 'Option<Bytes>',
    disposition: 'Option<Bytes>',
    document: 'Option<H256>',
    corrects: 'Option<u64>'
  },
  /**
   * Lookup115: pallet_provenance::types::Place
   **/
  PalletProvenancePlace: {
    _enum: {
      Cell: 'u64',
      Location: 'H256'
    }
  },
  /**
   * Lookup120: pallet_provenance::types::Transfer
   **/
  PalletProvenanceTransfer: {
    _enum: ['Custody', 'Ownership', 'Both']
  },
  /**
   * Lookup121: iot_primitives::provenance::HandlingBand
   **/
  IotPrimitivesProvenanceHandlingBand: {
    min: 'i64',
    max: 'i64',
    maxExcursion: 'u64'
  },
  /**
   * Lookup122: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup123: pallet_data_access::pallet::Call<T>
   **/
  PalletDataAccessCall: {
    _enum: {
      set_encryption_key: {
        key: '[u8;32]',
      },
      remove_encryption_key: 'Null',
      grant: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32',
        from: 'u64',
        to: 'Option<u64>',
        expiresAt: 'Option<u32>',
      },
      revoke: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32',
      },
      renounce: {
        device: 'u64',
        stream: 'u16',
      },
      offer: {
        device: 'u64',
        stream: 'u16',
        price: 'u128',
        period: 'u32',
        maxPeriods: 'u32',
        from: 'u64',
      },
      withdraw_offer: {
        device: 'u64',
        stream: 'u16',
      },
      subscribe: {
        device: 'u64',
        stream: 'u16',
        periods: 'u32',
        maxPrice: 'u128',
        payment: 'IotPrimitivesDataPaymentSource',
      },
      settle: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32'
      }
    }
  },
  /**
   * Lookup124: iot_primitives::data::PaymentSource<Balance>
   **/
  IotPrimitivesDataPaymentSource: {
    _enum: {
      Own: 'Null',
      Device: 'u64',
      Channel: {
        voucher: 'IotPrimitivesPaymentVoucher',
        signature: 'IotPrimitivesDeviceDeviceSignature'
      }
    }
  },
  /**
   * Lookup125: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup126: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup127: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup128: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup132: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup134: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup135: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup136: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup137: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup139: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup140: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup142: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup145: frame_system::EventRecord<iot_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup147: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup148: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup149: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup150: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup151: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup152: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup153: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup154: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup155: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup156: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup157: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup160: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'IotRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'IotRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'IotRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'IotRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'IotRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup161: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup162: iot_runtime::RuntimeHoldReason
   **/
  IotRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      DeviceRegistry: 'PalletDeviceRegistryHoldReason',
      TelemetryAnchor: 'PalletTelemetryAnchorHoldReason',
      M2mPayments: 'PalletM2mPaymentsHoldReason',
      DepinRewards: 'PalletDepinRewardsHoldReason',
      FeeSponsorship: 'PalletFeeSponsorshipHoldReason',
      Provenance: 'PalletProvenanceHoldReason',
      DataAccess: 'PalletDataAccessHoldReason'
    }
  },
  /**
   * Lookup163: pallet_device_registry::pallet::HoldReason
   **/
  PalletDeviceRegistryHoldReason: {
    _enum: ['StorageDeposit']
  },
  /**
   * Lookup164: pallet_telemetry_anchor::pallet::HoldReason
   **/
  PalletTelemetryAnchorHoldReason: {
    _enum: ['StreamDeposit']
  },
  /**
   * Lookup165: pallet_m2m_payments::pallet::HoldReason
   **/
  PalletM2mPaymentsHoldReason: {
    _enum: ['ChannelDeposit', 'Escrow', 'SpendingLimit', 'DisputeBond']
  },
  /**
   * Lookup166: pallet_depin_rewards::pallet::HoldReason
   **/
  PalletDepinRewardsHoldReason: {
    _enum: ['NodeDeposit', 'Stake', 'ChallengeBond']
  },
  /**
   * Lookup167: pallet_fee_sponsorship::pallet::HoldReason
   **/
  PalletFeeSponsorshipHoldReason: {
    _enum: ['Budget', 'SponsorshipDeposit']
  },
  /**
   * Lookup168: pallet_provenance::pallet::HoldReason
   **/
  PalletProvenanceHoldReason: {
    _enum: ['Records', 'Handoff']
  },
  /**
   * Lookup169: pallet_data_access::pallet::HoldReason
   **/
  PalletDataAccessHoldReason: {
    _enum: ['Key', 'Record', 'Subscription']
  },
  /**
   * Lookup170: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup171: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup172: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup174: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup175: pallet_device_registry::pallet::Event<T>
   **/
  PalletDeviceRegistryEvent: {
    _enum: {
      DeviceRegistered: {
        device: 'u64',
        owner: 'AccountId32',
        key: 'IotPrimitivesDeviceDevicePublicKey',
      },
      DeviceCertified: {
        device: 'u64',
        maker: 'AccountId32',
      },
      DeviceSuspended: {
        device: 'u64',
      },
      DeviceResumed: {
        device: 'u64',
      },
      DeviceRevoked: {
        device: 'u64',
        by: 'AccountId32',
      },
      DeviceDeregistered: {
        device: 'u64',
        owner: 'AccountId32',
      },
      KeyRotated: {
        device: 'u64',
        oldKey: 'IotPrimitivesDeviceDevicePublicKey',
        newKey: 'IotPrimitivesDeviceDevicePublicKey',
      },
      DeviceUpdated: {
        device: 'u64',
        firmware: 'H256',
      },
      TransferOffered: {
        device: 'u64',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      TransferCancelled: {
        device: 'u64',
      },
      DeviceTransferred: {
        device: 'u64',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      OperatorGranted: {
        scope: 'PalletDeviceRegistryScope',
        operator: 'AccountId32',
        rights: 'u8',
        expiresAt: 'Option<u32>',
      },
      OperatorRevoked: {
        scope: 'PalletDeviceRegistryScope',
        operator: 'AccountId32',
      },
      ManufacturerRegistered: {
        maker: 'AccountId32',
      },
      ManufacturerRemoved: {
        maker: 'AccountId32',
      },
      ProvisioningRootPublished: {
        maker: 'AccountId32',
        root: 'H256',
        count: 'u32',
      },
      CertificationRevoked: {
        device: 'u64',
        maker: 'AccountId32',
      },
      ProvisioningRootRemoved: {
        maker: 'AccountId32',
        root: 'H256'
      }
    }
  },
  /**
   * Lookup176: pallet_telemetry_anchor::pallet::Event<T>
   **/
  PalletTelemetryAnchorEvent: {
    _enum: {
      StreamDeclared: {
        device: 'u64',
        stream: 'u16',
        name: 'Bytes',
        unit: 'u32',
        intervalMs: 'u64',
      },
      StreamReaped: {
        device: 'u64',
        stream: 'u16',
      },
      StreamDepositMoved: {
        device: 'u64',
        stream: 'u16',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      BatchAnchored: {
        anchor: 'u64',
        submitter: 'AccountId32',
        root: 'H256',
        leafCount: 'u32',
        ranges: 'Vec<IotPrimitivesTelemetryAnchoredRange>',
        locator: 'Option<Bytes>',
        fee: 'u128',
      },
      SequenceGap: {
        anchor: 'u64',
        device: 'u64',
        stream: 'u16',
        missingBefore: 'u64',
        missingWithin: 'u64',
      },
      ReadingAttested: {
        attestation: 'u64',
        anchor: 'u64',
        reading: 'IotPrimitivesTelemetryReading',
        attester: 'AccountId32',
        expiresAt: 'u32',
      },
      AnchorsPruned: {
        from: 'u64',
        to: 'u64',
      },
      AttestationsExpired: {
        from: 'u64',
        to: 'u64',
      },
      StreamSignedOnly: {
        device: 'u64',
        stream: 'u16',
      },
      StreamReset: {
        device: 'u64',
        stream: 'u16',
        cursor: 'Option<PalletTelemetryAnchorCursor>'
      }
    }
  },
  /**
   * Lookup178: iot_primitives::telemetry::AnchoredRange
   **/
  IotPrimitivesTelemetryAnchoredRange: {
    range: 'IotPrimitivesTelemetryStreamRange',
    summary: 'Option<IotPrimitivesTelemetryValueSummary>',
    missingBefore: 'u64'
  },
  /**
   * Lookup182: pallet_telemetry_anchor::types::Cursor
   **/
  PalletTelemetryAnchorCursor: {
    lastSequence: 'u64',
    lastTimestamp: 'u64',
    lastAnchor: 'u64'
  },
  /**
   * Lookup183: pallet_m2m_payments::pallet::Event<T>
   **/
  PalletM2mPaymentsEvent: {
    _enum: {
      SpendingLimitSet: {
        device: 'u64',
        owner: 'AccountId32',
        limit: 'u128',
        period: 'u32',
      },
      SpendingLimitRemoved: {
        device: 'u64',
      },
      DevicePaid: {
        device: 'u64',
        to: 'AccountId32',
        amount: 'u128',
        spent: 'u128',
      },
      ChannelOpened: {
        channel: 'u64',
        payer: 'AccountId32',
        payee: 'AccountId32',
        signer: 'IotPrimitivesPaymentVoucherSigner',
        deposit: 'u128',
        expiresAt: 'u32',
      },
      ChannelToppedUp: {
        channel: 'u64',
        deposit: 'u128',
        expiresAt: 'u32',
      },
      VoucherClaimed: {
        channel: 'u64',
        payee: 'AccountId32',
        amount: 'u128',
        cumulative: 'u128',
        nonce: 'u64',
      },
      VoucherRedeemed: {
        channel: 'u64',
        amount: 'u128',
        cumulative: 'u128',
        nonce: 'u64',
      },
      VoucherRefused: {
        channel: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      ChannelClosing: {
        channel: 'u64',
        closesAt: 'u32',
      },
      ChannelClosed: {
        channel: 'u64',
        paid: 'u128',
        refunded: 'u128',
      },
      AgreementCreated: {
        agreement: 'u64',
        consumer: 'AccountId32',
        provider: 'AccountId32',
        amount: 'u128',
        condition: 'IotPrimitivesPaymentCondition',
        deadline: 'u32',
      },
      AgreementReleased: {
        agreement: 'u64',
        provider: 'AccountId32',
        amount: 'u128',
        reason: 'PalletM2mPaymentsRelease',
      },
      AgreementRefunded: {
        agreement: 'u64',
        consumer: 'AccountId32',
        amount: 'u128',
      },
      AgreementDisputed: {
        agreement: 'u64',
        by: 'AccountId32',
        bond: 'u128',
      },
      DisputedConditionProven: {
        agreement: 'u64',
      },
      DisputeResolved: {
        agreement: 'u64',
        toProvider: 'u128',
        toConsumer: 'u128',
        bondReturned: 'u128',
        bondForfeited: 'u128',
      },
      DisputeExpired: {
        agreement: 'u64',
        toProvider: 'u128',
        toConsumer: 'u128',
        bondReturned: 'u128',
        bondForfeited: 'u128'
      }
    }
  },
  /**
   * Lookup184: iot_primitives::payment::VoucherSigner<sp_core::crypto::AccountId32>
   **/
  IotPrimitivesPaymentVoucherSigner: {
    _enum: {
      Account: 'AccountId32',
      Device: 'u64'
    }
  },
  /**
   * Lookup185: pallet_m2m_payments::types::Release
   **/
  PalletM2mPaymentsRelease: {
    _enum: ['Confirmed', 'Proven']
  },
  /**
   * Lookup186: pallet_depin_rewards::pallet::Event<T>
   **/
  PalletDepinRewardsEvent: {
    _enum: {
      NodeRegistered: {
        node: 'u64',
        owner: 'AccountId32',
        kind: 'IotPrimitivesRewardsNodeKind',
        cell: 'u64',
      },
      NodeDeregistered: {
        node: 'u64',
      },
      Bonded: {
        node: 'u64',
        amount: 'u128',
      },
      Unbonded: {
        node: 'u64',
        amount: 'u128',
        unlockAt: 'u32',
      },
      Withdrawn: {
        node: 'u64',
        amount: 'u128',
      },
      NodeLive: {
        node: 'u64',
        epoch: 'u32',
      },
      EpochEnded: {
        epoch: 'u32',
        minted: 'u128',
        fees: 'u128',
        livenessPool: 'u128',
        oraclePool: 'u128',
        liveStake: 'u128',
      },
      CircuitBreakerTripped: {
        epoch: 'u32',
        scheduled: 'u128',
        minted: 'u128',
      },
      OraclesSet: {
        oracles: 'Vec<AccountId32>',
        quorum: 'u32',
      },
      RootAttested: {
        epoch: 'u32',
        oracle: 'AccountId32',
        root: 'H256',
        votes: 'u32',
      },
      RootAccepted: {
        epoch: 'u32',
        root: 'H256',
        total: 'u128',
      },
      RewardClaimed: {
        node: 'u64',
        epoch: 'u32',
        toOwner: 'u128',
        toHost: 'u128',
      },
      LivenessClaimed: {
        node: 'u64',
        toOwner: 'u128',
        toHost: 'u128',
      },
      ChallengeOpened: {
        challenge: 'u64',
        challenger: 'AccountId32',
        epoch: 'u32',
        target: 'PalletDepinRewardsChallengeTarget',
        evidence: 'H256',
      },
      ChallengeResolved: {
        challenge: 'u64',
        upheld: 'bool',
        slashed: 'u128',
      },
      RootDiscarded: {
        epoch: 'u32',
      },
      RewardForfeited: {
        node: 'u64',
        epoch: 'u32',
        cumulative: 'u128',
      },
      ChallengeExpired: {
        challenge: 'u64',
      },
      CertificationRequired: {
        required: 'bool',
      },
      NodeRetired: {
        node: 'u64',
        owner: 'AccountId32',
        unlockAt: 'u32',
      },
      RetiredWithdrawn: {
        node: 'u64',
        owner: 'AccountId32',
        stake: 'u128'
      }
    }
  },
  /**
   * Lookup187: pallet_fee_sponsorship::pallet::Event<T>
   **/
  PalletFeeSponsorshipEvent: {
    _enum: {
      BudgetFunded: {
        owner: 'AccountId32',
        amount: 'u128',
        budget: 'u128',
      },
      BudgetWithdrawn: {
        owner: 'AccountId32',
        amount: 'u128',
        budget: 'u128',
      },
      AlertSet: {
        owner: 'AccountId32',
        below: 'u128',
      },
      BudgetLow: {
        owner: 'AccountId32',
        budget: 'u128',
      },
      DeviceSponsored: {
        device: 'u64',
        owner: 'AccountId32',
        signer: 'AccountId32',
        quota: 'PalletFeeSponsorshipQuota',
      },
      SponsorshipEnded: {
        device: 'u64',
        owner: 'AccountId32',
      },
      FeeSponsored: {
        device: 'u64',
        owner: 'AccountId32',
        fee: 'u128',
      },
      QuotaReached: {
        device: 'u64',
        owner: 'AccountId32'
      }
    }
  },
  /**
   * Lookup188: pallet_provenance::pallet::Event<T>
   **/
  PalletProvenanceEvent: {
    _enum: {
      Commissioned: {
        event: 'u64',
        producer: 'AccountId32',
        first: 'u64',
        count: 'u32',
      },
      Observed: {
        event: 'u64',
        by: 'AccountId32',
        count: 'u32',
      },
      Aggregated: {
        event: 'u64',
        container: 'u64',
        count: 'u32',
      },
      Disaggregated: {
        event: 'u64',
        container: 'u64',
        count: 'u32',
      },
      Transformed: {
        event: 'u64',
        inputs: 'u32',
        first: 'u64',
        outputs: 'u32',
      },
      Decommissioned: {
        event: 'u64',
        count: 'u32',
      },
      HandoffProposed: {
        item: 'u64',
        from: 'AccountId32',
        to: 'AccountId32',
        transfer: 'PalletProvenanceTransfer',
      },
      HandoffAccepted: {
        event: 'u64',
        item: 'u64',
        from: 'AccountId32',
        to: 'AccountId32',
        transfer: 'PalletProvenanceTransfer',
      },
      HandoffRejected: {
        item: 'u64',
      },
      HandoffCancelled: {
        item: 'u64',
      },
      LegStarted: {
        leg: 'u64',
        item: 'u64',
        custodian: 'AccountId32',
        tracker: 'u64',
        stream: 'u16',
        band: 'IotPrimitivesProvenanceHandlingBand',
      },
      LegEnded: {
        leg: 'u64',
        at: 'u64',
        deadline: 'u32',
      },
      LegJudged: {
        leg: 'u64',
        verdict: 'IotPrimitivesProvenanceLegVerdict',
      },
      Recalled: {
        event: 'u64',
        item: 'u64',
        by: 'AccountId32',
      },
      TagBound: {
        item: 'u64',
        tag: 'u64'
      }
    }
  },
  /**
   * Lookup189: iot_primitives::provenance::LegVerdict
   **/
  IotPrimitivesProvenanceLegVerdict: {
    _enum: {
      Pending: 'Null',
      Met: 'Null',
      Violated: {
        from: 'u64',
        to: 'u64',
        excursion: 'u64',
      },
      Unproven: 'Null'
    }
  },
  /**
   * Lookup190: pallet_data_access::pallet::Event<T>
   **/
  PalletDataAccessEvent: {
    _enum: {
      EncryptionKeySet: {
        who: 'AccountId32',
        key: '[u8;32]',
      },
      EncryptionKeyRemoved: {
        who: 'AccountId32',
      },
      AccessGranted: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32',
        from: 'u64',
        to: 'Option<u64>',
        expiresAt: 'Option<u32>',
      },
      Subscribed: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32',
        payer: 'AccountId32',
        price: 'u128',
        periods: 'u32',
        expiresAt: 'u32',
      },
      SubscriptionPaid: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32',
        amount: 'u128',
      },
      AccessEnded: {
        device: 'u64',
        stream: 'u16',
        reader: 'AccountId32',
        ending: 'PalletDataAccessEnding',
        paid: 'u128',
        refunded: 'u128',
        epoch: 'u32',
      },
      Offered: {
        device: 'u64',
        stream: 'u16',
        price: 'u128',
        period: 'u32',
        maxPeriods: 'u32',
        from: 'u64',
      },
      OfferWithdrawn: {
        device: 'u64',
        stream: 'u16'
      }
    }
  },
  /**
   * Lookup191: pallet_data_access::types::Ending
   **/
  PalletDataAccessEnding: {
    _enum: ['Revoked', 'Renounced', 'Expired', 'DeviceLeft']
  },
  /**
   * Lookup192: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup195: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup198: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup199: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup200: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup201: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup203: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup204: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup205: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup206: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup211: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup212: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup213: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, iot_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup214: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup219: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup222: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup223: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup225: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup227: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup228: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup231: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup234: frame_support::traits::tokens::misc::IdAmount<iot_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'IotRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup237: frame_support::traits::tokens::misc::IdAmount<iot_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'IotRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup238: iot_runtime::RuntimeFreezeReason
   **/
  IotRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup240: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup242: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup243: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup244: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup245: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup246: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup247: pallet_device_registry::types::Device<T>
   **/
  PalletDeviceRegistryDevice: {
    owner: 'AccountId32',
    key: 'IotPrimitivesDeviceDevicePublicKey',
    status: 'PalletDeviceRegistryDeviceStatus',
    class: 'Bytes',
    firmware: 'H256',
    metadata: 'Bytes',
    location: 'Option<u64>',
    deposit: 'u128',
    certifiedBy: 'Option<AccountId32>',
    rotations: 'u32',
    registeredAt: 'u32'
  },
  /**
   * Lookup248: pallet_device_registry::types::DeviceStatus
   **/
  PalletDeviceRegistryDeviceStatus: {
    _enum: ['Active', 'Suspended', 'Revoked']
  },
  /**
   * Lookup254: pallet_device_registry::types::Grant<T>
   **/
  PalletDeviceRegistryGrant: {
    rights: 'u8',
    expiresAt: 'Option<u32>',
    grantedBy: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup256: pallet_device_registry::types::Manufacturer<T>
   **/
  PalletDeviceRegistryManufacturer: {
    name: 'Bytes',
    roots: 'u32'
  },
  /**
   * Lookup258: pallet_device_registry::types::ProvisioningRoot<T>
   **/
  PalletDeviceRegistryProvisioningRoot: {
    count: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup259: pallet_device_registry::pallet::Error<T>
   **/
  PalletDeviceRegistryError: {
    _enum: {
      BadPossessionProof: 'Null',
      DuplicateKey: 'Null',
      UnknownDevice: 'Null',
      NotOwner: 'Null',
      NotAuthorized: 'Null',
      DeviceRevoked: 'Null',
      DeviceNotActive: 'Null',
      DeviceNotSuspended: 'Null',
      BadLocation: 'Null',
      InsufficientBalance: 'Null',
      BatchEntryFailed: {
        index: 'u16',
        reason: 'PalletDeviceRegistryRegistrationError',
      },
      EmptyBatch: 'Null',
      BadRotationSignature: 'Null',
      NoPendingTransfer: 'Null',
      TransferToSelf: 'Null',
      BadRights: 'Null',
      ExpiryInPast: 'Null',
      UnknownGrant: 'Null',
      AlreadyManufacturer: 'Null',
      NotManufacturer: 'Null',
      ManufacturerHasRoots: 'Null',
      DuplicateRoot: 'Null',
      BadRootCount: 'Null',
      BadCertificate: 'Null',
      NotCertifiedByCaller: 'Null',
      NothingToUpdate: 'Null',
      Overflow: 'Null',
      KeyRetired: 'Null',
      WeakKey: 'Null',
      TooManyOperators: 'Null',
      UnknownRoot: 'Null'
    }
  },
  /**
   * Lookup260: pallet_device_registry::types::RegistrationError
   **/
  PalletDeviceRegistryRegistrationError: {
    _enum: ['BadPossessionProof', 'DuplicateKey', 'BadLocation', 'BadCertificate', 'InsufficientBalance', 'Other', 'KeyRetired', 'WeakKey']
  },
  /**
   * Lookup265: pallet_device_registry::types::OperatorInfo<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletDeviceRegistryOperatorInfo: {
    operator: 'AccountId32',
    fleetWide: 'bool',
    rights: 'u8',
    expiresAt: 'Option<u32>'
  },
  /**
   * Lookup267: pallet_telemetry_anchor::types::Stream<T>
   **/
  PalletTelemetryAnchorStream: {
    name: 'Bytes',
    unit: 'u32',
    intervalMs: 'u64',
    depositor: 'AccountId32',
    deposit: 'u128',
    cursor: 'Option<PalletTelemetryAnchorCursor>',
    signedCursor: 'Option<PalletTelemetryAnchorCursor>',
    signedOnly: 'bool',
    anchored: 'u64',
    missing: 'u64'
  },
  /**
   * Lookup268: pallet_telemetry_anchor::types::Anchor<T>
   **/
  PalletTelemetryAnchorAnchor: {
    root: 'H256',
    leafCount: 'u32',
    ranges: 'Vec<IotPrimitivesTelemetryAnchoredRange>',
    locator: 'Option<Bytes>',
    submitter: 'AccountId32',
    block: 'u32'
  },
  /**
   * Lookup269: pallet_telemetry_anchor::types::Attestation<T>
   **/
  PalletTelemetryAnchorAttestation: {
    reading: 'IotPrimitivesTelemetryReading',
    anchor: 'u64',
    attester: 'AccountId32',
    expiresAt: 'u32'
  },
  /**
   * Lookup271: pallet_telemetry_anchor::pallet::Error<T>
   **/
  PalletTelemetryAnchorError: {
    _enum: ['UnknownDevice', 'DeviceInactive', 'NotAuthorized', 'UnknownStream', 'TooManyStreams', 'StreamNameTooLong', 'DeviceStillRegistered', 'EmptyBatch', 'TooManyRanges', 'RangesNotSorted', 'InvalidRange', 'CountMismatch', 'SequenceOverlap', 'TimeWentBackwards', 'BadBatchSignature', 'LocatorTooLong', 'CannotPayFee', 'UnknownAnchor', 'NotInAnchor', 'InvalidProof', 'ProofTooDeep', 'AlreadyAttested', 'Overflow', 'UnsignedRange', 'TimestampInFuture', 'SpanTooLong', 'NotOwner']
  },
  /**
   * Lookup272: iot_primitives::telemetry::ReadingProof
   **/
  IotPrimitivesTelemetryReadingProof: {
    leafIndex: 'u32',
    siblings: 'Vec<H256>'
  },
  /**
   * Lookup273: iot_primitives::data::SealedReading
   **/
  IotPrimitivesDataSealedReading: {
    device: 'u64',
    stream: 'u16',
    sequence: 'u64',
    timestamp: 'u64',
    ciphertext: 'H256'
  },
  /**
   * Lookup277: pallet_m2m_payments::types::SpendingLimit<T>
   **/
  PalletM2mPaymentsSpendingLimit: {
    owner: 'AccountId32',
    deposit: 'u128',
    limit: 'u128',
    period: 'u32',
    periodStart: 'u32',
    spent: 'u128'
  },
  /**
   * Lookup278: iot_primitives::payment::Channel<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesPaymentChannel: {
    payer: 'AccountId32',
    payee: 'AccountId32',
    signer: 'IotPrimitivesPaymentVoucherSigner',
    deposit: 'u128',
    claimed: 'u128',
    nonce: 'u64',
    expiresAt: 'u32',
    closesAt: 'Option<u32>'
  },
  /**
   * Lookup279: iot_primitives::payment::Agreement<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesPaymentAgreement: {
    consumer: 'AccountId32',
    provider: 'AccountId32',
    amount: 'u128',
    condition: 'IotPrimitivesPaymentCondition',
    deadline: 'u32',
    status: 'IotPrimitivesPaymentAgreementStatus'
  },
  /**
   * Lookup280: iot_primitives::payment::AgreementStatus<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesPaymentAgreementStatus: {
    _enum: {
      Active: 'Null',
      Disputed: 'IotPrimitivesPaymentDispute'
    }
  },
  /**
   * Lookup281: iot_primitives::payment::Dispute<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesPaymentDispute: {
    by: 'AccountId32',
    raisedAt: 'u32',
    bond: 'u128',
    proven: 'bool'
  },
  /**
   * Lookup282: pallet_m2m_payments::pallet::Error<T>
   **/
  PalletM2mPaymentsError: {
    _enum: ['UnknownDevice', 'DeviceInactive', 'NotAuthorized', 'ZeroPeriod', 'NoSpendingLimit', 'SpendingLimitExceeded', 'AmountTooLow', 'DurationTooLong', 'UnknownChannel', 'ClaimWindowOver', 'ChannelClosing', 'ClaimWindowOpen', 'BadSignature', 'VoucherReplayed', 'BelowClaimed', 'NothingToClaim', 'ExceedsDeposit', 'VoucherForAnotherChannel', 'BadSettlementSize', 'UnknownAgreement', 'InvalidCondition', 'DeadlinePassed', 'DeadlineNotReached', 'Disputed', 'NotDisputed', 'DisputeNotExpired', 'AlreadyProven', 'WrongEvidence', 'TooManyAnchors', 'NotAnchored', 'UnsignedSummary', 'SequenceGap', 'WindowNotCovered', 'ValueOutOfBounds', 'ReadingNotAttested', 'ReadingTooEarly', 'TooManyChannels', 'Overflow', 'UnknownLeg', 'LegNotMet', 'WrongPayee', 'WrongAmount']
  },
  /**
   * Lookup287: iot_primitives::rewards::Node<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesRewardsNode: {
    owner: 'AccountId32',
    kind: 'IotPrimitivesRewardsNodeKind',
    cell: 'u64',
    host: 'Option<AccountId32>',
    hostShare: 'Percent',
    deposit: 'u128',
    stake: 'u128',
    unbonding: 'Option<(u128,u32)>',
    liveEpoch: 'Option<u32>',
    livenessUnclaimed: 'u128'
  },
  /**
   * Lookup290: pallet_depin_rewards::types::EpochRecord<T>
   **/
  PalletDepinRewardsEpochRecord: {
    minted: 'u128',
    fees: 'u128',
    livenessPool: 'u128',
    oraclePool: 'u128',
    oracleCumulative: 'u128'
  },
  /**
   * Lookup291: pallet_depin_rewards::types::LivenessTally<T>
   **/
  PalletDepinRewardsLivenessTally: {
    liveStake: 'u128',
    unsettled: 'u32',
    pool: 'u128'
  },
  /**
   * Lookup293: pallet_depin_rewards::types::RewardRoot<Balance>
   **/
  PalletDepinRewardsRewardRoot: {
    root: 'H256',
    count: 'u32',
    total: 'u128'
  },
  /**
   * Lookup294: pallet_depin_rewards::types::AcceptedRoot<T>
   **/
  PalletDepinRewardsAcceptedRoot: {
    root: 'PalletDepinRewardsRewardRoot',
    acceptedAt: 'u32'
  },
  /**
   * Lookup295: pallet_depin_rewards::types::RetiredNode<T>
   **/
  PalletDepinRewardsRetiredNode: {
    stake: 'u128',
    deposit: 'u128',
    livenessUnclaimed: 'u128',
    unlockAt: 'u32',
    host: 'Option<AccountId32>',
    hostShare: 'Percent'
  },
  /**
   * Lookup296: pallet_depin_rewards::types::Challenge<T>
   **/
  PalletDepinRewardsChallenge: {
    challenger: 'AccountId32',
    bond: 'u128',
    epoch: 'u32',
    target: 'PalletDepinRewardsChallengeTarget',
    evidence: 'H256',
    openedAt: 'u32',
    accused: 'Option<AccountId32>',
    withheld: 'Option<u128>'
  },
  /**
   * Lookup297: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup298: pallet_depin_rewards::pallet::Error<T>
   **/
  PalletDepinRewardsError: {
    _enum: ['UnknownDevice', 'DeviceInactive', 'NotOwner', 'AlreadyRegistered', 'BadCell', 'NotCertified', 'BelowMinimumStake', 'UnknownNode', 'LiveThisEpoch', 'StakeRemaining', 'InsufficientStake', 'NothingToWithdraw', 'ZeroAmount', 'BadCommittee', 'NotOracle', 'EpochNotEnded', 'RootAlreadyAccepted', 'TotalAbovePools', 'UnknownRoot', 'ChallengeWindowOpen', 'ChallengeWindowClosed', 'RootChallenged', 'Withheld', 'ProofTooDeep', 'InvalidProof', 'NothingToClaim', 'ClaimAboveAttested', 'UnknownChallenge', 'NodeChallenged', 'EntryForRoot', 'ChallengeNotExpired', 'Overflow']
  },
  /**
   * Lookup302: pallet_fee_sponsorship::types::Budget<Balance>
   **/
  PalletFeeSponsorshipBudget: {
    amount: 'u128',
    alertBelow: 'u128',
    alerted: 'bool'
  },
  /**
   * Lookup303: pallet_fee_sponsorship::types::Sponsorship<T>
   **/
  PalletFeeSponsorshipSponsorship: {
    device: 'u64',
    owner: 'AccountId32',
    quota: 'PalletFeeSponsorshipQuota',
    periodStart: 'u32',
    feesUsed: 'u128',
    transactionsUsed: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup304: pallet_fee_sponsorship::pallet::Error<T>
   **/
  PalletFeeSponsorshipError: {
    _enum: ['ZeroAmount', 'BelowMinBudget', 'NoBudget', 'InsufficientBudget', 'UnknownDevice', 'NotOwner', 'DeviceInactive', 'InvalidQuota', 'SignerTaken', 'NotSponsored', 'StillValid', 'Overflow']
  },
  /**
   * Lookup305: pallet_provenance::types::Item<T>
   **/
  PalletProvenanceItem: {
    kind: 'PalletProvenanceItemKind',
    class: 'H256',
    key: 'Option<Bytes>',
    producer: 'AccountId32',
    owner: 'Option<AccountId32>',
    custodian: 'Option<AccountId32>',
    parent: 'Option<u64>',
    children: 'u32',
    height: 'u8',
    status: 'PalletProvenanceItemStatus',
    recall: 'Option<u64>',
    tag: 'Option<u64>',
    inputs: 'Vec<u64>',
    events: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup306: pallet_provenance::types::ItemStatus
   **/
  PalletProvenanceItemStatus: {
    _enum: ['Active', 'Consumed', 'Destroyed']
  },
  /**
   * Lookup307: pallet_provenance::types::TraceEvent<T>
   **/
  PalletProvenanceTraceEvent: {
    kind: 'PalletProvenanceTraceEventKind',
    by: 'AccountId32',
    block: 'u32',
    time: 'u64',
    place: 'Option<PalletProvenancePlace>',
    step: 'Option<Bytes>',
    disposition: 'Option<Bytes>',
    document: 'Option<H256>',
    corrects: 'Option<u64>',
    items: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup308: pallet_provenance::types::TraceEventKind<T>
   **/
  PalletProvenanceTraceEventKind: {
    _enum: {
      Commission: 'Null',
      Observe: 'Null',
      Aggregate: {
        parent: 'u64',
      },
      Disaggregate: {
        parent: 'u64',
      },
      Transform: 'Null',
      Decommission: 'Null',
      Handoff: {
        from: 'AccountId32',
        to: 'AccountId32',
        transfer: 'PalletProvenanceTransfer',
      },
      Leg: {
        leg: 'u64',
      },
      Recall: 'Null',
      Tag: {
        device: 'u64'
      }
    }
  },
  /**
   * Lookup310: pallet_provenance::types::Handoff<T>
   **/
  PalletProvenanceHandoff: {
    from: 'AccountId32',
    to: 'AccountId32',
    transfer: 'PalletProvenanceTransfer',
    deposit: 'u128'
  },
  /**
   * Lookup311: pallet_provenance::types::Leg<T>
   **/
  PalletProvenanceLeg: {
    item: 'u64',
    custodian: 'AccountId32',
    openedBy: 'AccountId32',
    tracker: 'u64',
    certified: 'bool',
    stream: 'u16',
    band: 'IotPrimitivesProvenanceHandlingBand',
    from: 'u64',
    to: 'Option<u64>',
    deadline: 'Option<u32>',
    verdict: 'IotPrimitivesProvenanceLegVerdict',
    deposit: 'u128'
  },
  /**
   * Lookup312: pallet_provenance::pallet::Error<T>
   **/
  PalletProvenanceError: {
    _enum: ['UnknownItem', 'NotCustodian', 'NotOwner', 'NotProducer', 'NotActive', 'Packed', 'NotContainer', 'NotInContainer', 'Cycle', 'TooDeep', 'ContainerFull', 'KeyTaken', 'TagTaken', 'AlreadyTagged', 'NotTagOwner', 'UnknownDevice', 'DeviceInactive', 'InvalidQuantity', 'InvalidBand', 'UnknownEvent', 'NotEventAuthor', 'HistoryFull', 'NoItems', 'DuplicateItem', 'HandoffPending', 'NoHandoff', 'NotReceiver', 'NotProposer', 'SelfHandoff', 'LegUnderWay', 'UnknownLeg', 'LegNotEnded', 'LegEnded', 'LegDecided', 'NotLegParty', 'DeadlinePassed', 'DeadlineNotReached', 'NotAnchored', 'UnsignedSummary', 'SequenceGap', 'WindowNotCovered', 'Recalled', 'AlreadyRecalled', 'Overflow', 'NotParty', 'BadSignature', 'SignatureExpired']
  },
  /**
   * Lookup317: pallet_data_access::types::KeyRecord<T>
   **/
  PalletDataAccessKeyRecord: {
    key: '[u8;32]',
    deposit: 'u128'
  },
  /**
   * Lookup319: iot_primitives::data::Access<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesDataAccess: {
    from: 'u64',
    to: 'Option<u64>',
    expiresAt: 'Option<u32>',
    grantedBy: 'AccountId32',
    depositor: 'AccountId32',
    deposit: 'u128',
    subscription: 'Option<IotPrimitivesDataSubscription>'
  },
  /**
   * Lookup321: iot_primitives::data::Subscription<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesDataSubscription: {
    payer: 'AccountId32',
    payee: 'AccountId32',
    price: 'u128',
    period: 'u32',
    start: 'u32',
    periods: 'u32',
    released: 'u32'
  },
  /**
   * Lookup323: iot_primitives::data::StreamAccess<BlockNumber>
   **/
  IotPrimitivesDataStreamAccess: {
    readers: 'u32',
    epoch: 'u32'
  },
  /**
   * Lookup324: iot_primitives::data::Offer<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesDataOffer: {
    owner: 'AccountId32',
    price: 'u128',
    period: 'u32',
    maxPeriods: 'u32',
    from: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup325: pallet_data_access::types::Counts
   **/
  PalletDataAccessCounts: {
    grants: 'u32',
    offers: 'u32'
  },
  /**
   * Lookup326: pallet_data_access::pallet::Error<T>
   **/
  PalletDataAccessError: {
    _enum: ['UnknownDevice', 'NotAuthorized', 'InvalidKey', 'NoKey', 'OwnData', 'BadRange', 'ExpiryInPast', 'AlreadyGranted', 'NoGrant', 'TooManyGrants', 'TooManyOffers', 'NoOffer', 'ZeroPeriod', 'BadPeriods', 'PriceAboveLimit', 'NothingToSettle', 'Overflow']
  },
  /**
   * Lookup331: pallet_provenance::story::ItemStory<T>
   **/
  PalletProvenanceStoryItemStory: {
    id: 'u64',
    item: 'PalletProvenanceItem',
    owner: 'AccountId32',
    custodian: 'AccountId32',
    containers: 'Vec<u64>',
    events: 'Vec<PalletProvenanceStoryStoryEvent>',
    truncated: 'bool',
    legs: 'Vec<(u64,PalletProvenanceLeg)>',
    recalledBy: 'Option<u64>',
    inputs: 'Vec<PalletProvenanceStoryItemStory>'
  },
  /**
   * Lookup333: pallet_provenance::story::StoryEvent<T>
   **/
  PalletProvenanceStoryStoryEvent: {
    id: 'u64',
    via: 'Option<u64>',
    event: 'PalletProvenanceTraceEvent'
  },
  /**
   * Lookup339: iot_primitives::data::Reader<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  IotPrimitivesDataReader: {
    account: 'AccountId32',
    access: 'IotPrimitivesDataAccess',
    key: 'Option<[u8;32]>'
  },
  /**
   * Lookup345: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, iot_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup348: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup352: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup354: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup356: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup357: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup358: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup359: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup363: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup364: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup366: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup369: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup373: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup377: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup378: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup380: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup384: iot_runtime::RuntimeError
   **/
  IotRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      Utility: 'PalletUtilityError',
      __Unused8: 'Null',
      __Unused9: 'Null',
      DeviceRegistry: 'PalletDeviceRegistryError',
      TelemetryAnchor: 'PalletTelemetryAnchorError',
      M2mPayments: 'PalletM2mPaymentsError',
      DepinRewards: 'PalletDepinRewardsError',
      FeeSponsorship: 'PalletFeeSponsorshipError',
      Provenance: 'PalletProvenanceError',
      DataAccess: 'PalletDataAccessError'
    }
  }
};
