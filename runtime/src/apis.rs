//! The runtime APIs the node and clients call.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use iot_primitives::{
	device::DeviceSignature,
	payment::{Agreement, AgreementId, Channel, ChannelId, Voucher},
	provenance::ItemId,
	rewards::{Node, NodeId},
	telemetry::{AnchorId, AnchoredRange, Reading, ReadingProof, StreamId},
	traits::TelemetryProof,
	DeviceId,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata, H256};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

// Named by `list_benchmarks!`/`add_benchmarks!` (see `benchmarks.rs`), which expand here.
#[cfg(feature = "runtime-benchmarks")]
use crate::{
	Balances, DataAccess, DepinRewards, DeviceRegistry, FeeSponsorship, M2mPayments, Provenance,
	Sudo, TelemetryAnchor, Timestamp, Utility,
};
#[cfg(feature = "runtime-benchmarks")]
use frame_system_benchmarking::Pallet as SystemBench;

// The system pallet's benchmarks need nothing of the runtime beyond the defaults.
#[cfg(feature = "runtime-benchmarks")]
impl frame_system_benchmarking::Config for Runtime {}

use crate::{
	genesis_config_presets, opaque::SessionKeys, AccountId, Aura, Balance, Block, BlockNumber,
	Executive, Grandpa, InherentDataExt, Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, System,
	TransactionPayment, VERSION,
};

impl_runtime_apis! {
	impl iot_primitives::api::DevicesApi<Block, AccountId, pallet_device_registry::Device<Runtime>> for Runtime {
		fn device(id: DeviceId) -> Option<pallet_device_registry::Device<Runtime>> {
			pallet_device_registry::Pallet::<Runtime>::device(id)
		}

		fn devices_of(owner: AccountId, after: Option<DeviceId>, limit: u32) -> Vec<DeviceId> {
			pallet_device_registry::Pallet::<Runtime>::devices_of(owner, after, limit)
		}
	}

	#[api_version(2)]
	impl iot_primitives::api::TelemetryApi<Block> for Runtime {
		fn verify_reading(anchor: AnchorId, reading: Reading, proof: ReadingProof) -> bool {
			pallet_telemetry_anchor::Pallet::<Runtime>::check_reading(anchor, &reading, &proof).is_ok()
		}

		fn verify_sealed(
			anchor: AnchorId,
			reading: iot_primitives::data::SealedReading,
			proof: ReadingProof,
		) -> bool {
			let at = (reading.device, reading.stream, reading.sequence, reading.timestamp);
			pallet_telemetry_anchor::Pallet::<Runtime>::check_leaf(anchor, at, reading.leaf_hash(), &proof)
				.is_ok()
		}

		fn anchored_range(anchor: AnchorId, device: DeviceId, stream: StreamId) -> Option<AnchoredRange> {
			<pallet_telemetry_anchor::Pallet<Runtime> as TelemetryProof>::anchored_range(&anchor, device, stream)
		}
	}

	#[api_version(2)]
	impl iot_primitives::api::PaymentsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn channel(id: ChannelId) -> Option<Channel<AccountId, Balance, BlockNumber>> {
			pallet_m2m_payments::Channels::<Runtime>::get(id)
		}

		fn claimable(voucher: Voucher<Balance>, signature: DeviceSignature) -> Option<Balance> {
			pallet_m2m_payments::Pallet::<Runtime>::claimable(voucher, signature)
		}

		fn agreement(id: AgreementId) -> Option<Agreement<AccountId, Balance, BlockNumber>> {
			pallet_m2m_payments::Agreements::<Runtime>::get(id)
		}
	}

	impl iot_primitives::api::ProvenanceApi<Block, pallet_provenance::ItemStory<Runtime>> for Runtime {
		fn item_story(item: ItemId) -> Option<pallet_provenance::ItemStory<Runtime>> {
			pallet_provenance::Pallet::<Runtime>::story(item, pallet_provenance::STORY_LINEAGE)
		}

		fn item_by_key(key: Vec<u8>) -> Option<ItemId> {
			pallet_provenance::Pallet::<Runtime>::item_by_key(key)
		}

		fn verify_tag(item: ItemId, challenge: H256, signature: DeviceSignature) -> bool {
			pallet_provenance::Pallet::<Runtime>::verify_tag(item, challenge, signature)
		}
	}

	impl iot_primitives::api::DataAccessApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn can_read(account: AccountId, device: DeviceId, stream: StreamId, sequence: u64) -> bool {
			pallet_data_access::Pallet::<Runtime>::may_read(&account, device, stream, sequence)
		}

		fn readers(
			device: DeviceId,
			stream: StreamId,
		) -> (
			Vec<iot_primitives::data::Reader<AccountId, Balance, BlockNumber>>,
			Option<iot_primitives::data::StreamAccess<BlockNumber>>,
		) {
			pallet_data_access::Pallet::<Runtime>::readers(device, stream)
		}

		fn access_of(
			account: AccountId,
			after: Option<(DeviceId, StreamId)>,
			limit: u32,
		) -> Vec<(DeviceId, StreamId, iot_primitives::data::Access<AccountId, Balance, BlockNumber>)> {
			pallet_data_access::Pallet::<Runtime>::access_of(&account, after, limit)
		}

		fn offer(device: DeviceId, stream: StreamId) -> Option<iot_primitives::data::Offer<AccountId, Balance, BlockNumber>> {
			pallet_data_access::Offers::<Runtime>::get(device, stream)
		}

		fn encryption_key(account: AccountId) -> Option<iot_primitives::data::EncryptionKey> {
			pallet_data_access::EncryptionKeys::<Runtime>::get(account).map(|record| record.key)
		}
	}

	impl iot_primitives::api::RewardsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn node(id: NodeId) -> Option<Node<AccountId, Balance, BlockNumber>> {
			pallet_depin_rewards::Nodes::<Runtime>::get(id)
		}

		fn pending_reward(node: NodeId) -> Option<Balance> {
			pallet_depin_rewards::Pallet::<Runtime>::pending_reward(node)
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// Without a session pallet there is no key-ownership proof to check a report against.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_support::traits::StorageInfoTrait;
			let mut list = Vec::<frame_benchmarking::BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use sp_storage::TrackedStorageKey;
			let whitelist: Vec<TrackedStorageKey> =
				crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}
}
