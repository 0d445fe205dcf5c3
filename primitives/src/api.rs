//! Runtime APIs of the IoT pallets: reads for the node's RPC, gateways and other clients.

// `decl_runtime_apis!` repeats a generic's bound where a method takes it as a parameter.
#![allow(clippy::multiple_bound_locations)]

use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

use crate::{
	data::{Access, EncryptionKey, Offer, Reader, SealedReading, StreamAccess},
	device::DeviceSignature,
	payment::{Agreement, AgreementId, Channel, ChannelId, Voucher},
	provenance::ItemId,
	rewards::{Node, NodeId},
	telemetry::{AnchorId, AnchoredRange, Reading, ReadingProof, StreamId},
	DeviceId,
};

sp_api::decl_runtime_apis! {
	/// Reads of the device registry. Free: a runtime call, not a transaction.
	pub trait DevicesApi<AccountId: Codec, Device: Codec> {
		/// A device's passport.
		fn device(id: DeviceId) -> Option<Device>;

		/// A page of `owner`'s device ids after `after` (or from the first), at most `limit`
		/// (capped at 100), in the registry's storage order: stable from page to page, but not
		/// id order. Each page reads only its own entries.
		fn devices_of(owner: AccountId, after: Option<DeviceId>, limit: u32) -> Vec<DeviceId>;
	}

	/// Reads of the telemetry anchors. Free: a runtime call, not a transaction.
	///
	/// Version 2: `verify_sealed`, for private streams.
	#[api_version(2)]
	pub trait TelemetryApi {
		/// Whether `proof` shows `reading` under the root of the retained anchor `anchor`, inside
		/// one of its ranges.
		fn verify_reading(anchor: AnchorId, reading: Reading, proof: ReadingProof) -> bool;

		/// Whether `proof` shows a private stream's sealed reading (its ciphertext's hash) under
		/// the root of the retained anchor `anchor`, inside one of its ranges.
		#[api_version(2)]
		fn verify_sealed(anchor: AnchorId, reading: SealedReading, proof: ReadingProof) -> bool;

		/// What `anchor` committed for `device`'s `stream`, if it is retained and covers it.
		fn anchored_range(anchor: AnchorId, device: DeviceId, stream: StreamId) -> Option<AnchoredRange>;
	}

	/// Reads of the machine-to-machine payments. Free: a runtime call, not a transaction.
	///
	/// Version 2: an agreement's `status` carries its dispute (`Disputed(Dispute)`).
	#[api_version(2)]
	pub trait PaymentsApi<AccountId: Codec, Balance: Codec, BlockNumber: Codec> {
		/// An open payment channel.
		fn channel(id: ChannelId) -> Option<Channel<AccountId, Balance, BlockNumber>>;

		/// What claiming `voucher` with `signature` would pay the payee now, `None` if the claim
		/// would be refused.
		fn claimable(voucher: Voucher<Balance>, signature: DeviceSignature) -> Option<Balance>;

		/// An escrowed agreement that has not been settled.
		fn agreement(id: AgreementId) -> Option<Agreement<AccountId, Balance, BlockNumber>>;
	}

	/// Reads of the DePIN rewards. Free: a runtime call, not a transaction.
	pub trait RewardsApi<AccountId: Codec, Balance: Codec, BlockNumber: Codec> {
		/// A registered infrastructure node.
		fn node(id: NodeId) -> Option<Node<AccountId, Balance, BlockNumber>>;

		/// The liveness rewards `node` can claim now (those of its last live epoch included,
		/// once that epoch ended), `None` for an unknown node.
		fn pending_reward(node: NodeId) -> Option<Balance>;
	}

	/// Reads of product provenance. Free: a runtime call, not a transaction.
	pub trait ProvenanceApi<Story: Codec> {
		/// An item's whole story: its events and its containers' while it was in them, its
		/// legs with their verdicts, its recall status and its inputs' stories.
		fn item_story(item: ItemId) -> Option<Story>;

		/// The item with external key `key` (a GS1 element string such as `01…21…`).
		fn item_by_key(key: Vec<u8>) -> Option<ItemId>;

		/// Whether `signature` is `item`'s active tag's answer to `challenge`: the physical
		/// item is genuine.
		fn verify_tag(item: ItemId, challenge: H256, signature: DeviceSignature) -> bool;
	}

	/// Reads of data access. Free: a runtime call, not a transaction. Gateways ask them before
	/// serving data and when they seal keys.
	pub trait DataAccessApi<AccountId: Codec, Balance: Codec, BlockNumber: Codec> {
		/// Whether `account` may read reading `sequence` of `device`'s `stream` now (its owner
		/// and operators with the data right always may).
		fn can_read(account: AccountId, device: DeviceId, stream: StreamId, sequence: u64) -> bool;

		/// The stream's readers, expired ones included until they are settled, with the keys
		/// they published, and its key epoch.
		fn readers(device: DeviceId, stream: StreamId) -> (Vec<Reader<AccountId, Balance, BlockNumber>>, Option<StreamAccess<BlockNumber>>);

		/// What `account` may read: up to `limit` grants after `after` (a (device, stream)).
		fn access_of(account: AccountId, after: Option<(DeviceId, StreamId)>, limit: u32) -> Vec<(DeviceId, StreamId, Access<AccountId, Balance, BlockNumber>)>;

		/// The offer to sell access to a stream, if any.
		fn offer(device: DeviceId, stream: StreamId) -> Option<Offer<AccountId, Balance, BlockNumber>>;

		/// The encryption key `account` published.
		fn encryption_key(account: AccountId) -> Option<EncryptionKey>;
	}
}
