//! The SCALE types the pallet stores and takes.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, traits::fungible::Inspect, BoundedVec, CloneNoBound, DebugNoBound,
	EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	provenance::{HandlingBand, ItemId, LegId, LegVerdict, TraceEventId},
	telemetry::{Moment, StreamId},
	DeviceId,
};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::Config;

pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// An external identifier as a GS1 element string: `01` GTIN-14 `21` serial for a unit, `01`
/// GTIN-14 `10` lot for a lot, `00` SSCC-18 for a logistic unit (what a scanner reads).
pub type ExternalKey<T> = BoundedVec<u8, <T as Config>::MaxKeyLength>;

/// A CBV short name (`shipping`, `in_transit`, …): a business step or a disposition.
pub type Code = BoundedVec<u8, ConstU32<MAX_CODE_LENGTH>>;

/// The longest CBV short name accepted (the longest in CBV 2.0 is 34 bytes).
pub const MAX_CODE_LENGTH: u32 = 48;

/// What an item is.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ItemKind {
	/// One serialised product (an SGTIN).
	Unit,
	/// A quantity of a product class (an LGTIN): `quantity` thousandths of `uom`, a UN/CEFACT
	/// Recommendation 20 unit code such as `KGM`, `LTR` or `H87` (piece).
	Lot { quantity: u64, uom: [u8; 3] },
	/// A case, pallet or shipping container (an SSCC) that others are packed into.
	Container,
}

/// Where an item stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ItemStatus {
	/// In circulation.
	Active,
	/// Used up as an input of a transformation.
	Consumed,
	/// Decommissioned: destroyed, sold to the end consumer or otherwise out of the chain.
	Destroyed,
}

/// A product, lot or container.
///
/// While an item is packed (`parent` is set) its custodian is its outermost container's, and
/// so is its owner unless it had another owner when it was packed: `custodian` is then `None`
/// and `owner` may be, and the pallet resolves them through the parent chain. A container
/// hands over everything in it without touching its contents.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Item<T: Config> {
	/// What it is.
	pub kind: ItemKind,
	/// Its product class (e.g. the blake2-256 of its GTIN).
	pub class: H256,
	/// Its external identifier, if it has one.
	pub key: Option<ExternalKey<T>>,
	/// Who commissioned or produced it; it may recall it.
	pub producer: T::AccountId,
	/// Its owner, `None` while packed in a container of the same owner.
	pub owner: Option<T::AccountId>,
	/// Who holds it, `None` while packed.
	pub custodian: Option<T::AccountId>,
	/// The container it is packed in.
	pub parent: Option<ItemId>,
	/// For a container: how many items are packed directly in it.
	pub children: u32,
	/// For a container: the deepest nesting it has held below it (1: it held units).
	pub height: u8,
	/// Where it stands.
	pub status: ItemStatus,
	/// The recall event, if its producer or the recall authority recalled it.
	pub recall: Option<TraceEventId>,
	/// The device (an NFC or secure-element tag) attached to it, whose key proves it genuine.
	pub tag: Option<DeviceId>,
	/// The items it was made from.
	pub inputs: BoundedVec<ItemId, T::MaxInputs>,
	/// How many events its history holds.
	pub events: u32,
	/// The deposit held from its producer for its storage.
	pub deposit: BalanceOf<T>,
}

/// Where an event happened.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Place {
	/// An H3 cell (any resolution).
	Cell(u64),
	/// A location identifier (the blake2-256 of a GLN or SGLN, a read point's URI, …).
	Location(H256),
}

/// What changes hands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Transfer {
	/// Physical possession.
	Custody,
	/// Title.
	Ownership,
	/// Both.
	Both,
}

impl Transfer {
	pub fn custody(self) -> bool {
		matches!(self, Self::Custody | Self::Both)
	}

	pub fn ownership(self) -> bool {
		matches!(self, Self::Ownership | Self::Both)
	}
}

/// The kind of a provenance event and what only it carries.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub enum TraceEventKind<T: Config> {
	/// Items were created (EPCIS ObjectEvent ADD).
	Commission,
	/// Items were seen or inspected (ObjectEvent OBSERVE).
	Observe,
	/// Items were packed into `parent` (AggregationEvent ADD).
	Aggregate { parent: ItemId },
	/// Items were unpacked from `parent` (AggregationEvent DELETE).
	Disaggregate { parent: ItemId },
	/// The inputs were consumed and the outputs created (TransformationEvent); the event is in
	/// the history of both.
	Transform,
	/// Items left the supply chain (ObjectEvent DELETE).
	Decommission,
	/// Custody, ownership or both passed from `from` to `to`, the event's author (a
	/// TransactionEvent's source and destination).
	Handoff { from: T::AccountId, to: T::AccountId, transfer: Transfer },
	/// A transport leg started, ended or was judged.
	Leg { leg: LegId },
	/// The item was recalled.
	Recall,
	/// The tag device `device` was bound to the item.
	Tag { device: DeviceId },
}

/// One event of the provenance record: only the indexed fields, the full document off chain.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct TraceEvent<T: Config> {
	/// What happened.
	pub kind: TraceEventKind<T>,
	/// Who recorded it.
	pub by: T::AccountId,
	/// The block that recorded it.
	pub block: BlockNumberFor<T>,
	/// When it happened, as its author states (Unix milliseconds).
	pub time: Moment,
	/// Where it happened.
	pub place: Option<Place>,
	/// The CBV business step.
	pub step: Option<Code>,
	/// The CBV disposition the items were left in.
	pub disposition: Option<Code>,
	/// The hash of the full event document (for EPCIS input, the digest of its Event Hash ID).
	pub document: Option<H256>,
	/// The earlier event this one corrects.
	pub corrects: Option<TraceEventId>,
	/// How many items it concerns.
	pub items: u32,
	/// The deposit held from its author for it, its history entries and any index it added.
	pub deposit: BalanceOf<T>,
}

/// What the author of an event states beside the items: the indexed fields of its document.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct EventContext {
	/// When it happened (Unix milliseconds).
	pub time: Moment,
	/// Where.
	pub place: Option<Place>,
	/// The CBV business step.
	pub step: Option<Code>,
	/// The CBV disposition.
	pub disposition: Option<Code>,
	/// The hash of the full event document.
	pub document: Option<H256>,
	/// The earlier event, by the same author, that this one corrects.
	pub corrects: Option<TraceEventId>,
}

/// An item to create.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct NewItem<T: Config> {
	/// What it is.
	pub kind: ItemKind,
	/// Its product class.
	pub class: H256,
	/// Its external identifier.
	pub key: Option<ExternalKey<T>>,
	/// The tag device attached to it, owned by the producer.
	pub tag: Option<DeviceId>,
}

/// A proposed handoff, waiting for the receiver.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Handoff<T: Config> {
	/// Who proposed it (and holds its deposit).
	pub from: T::AccountId,
	/// Who may accept it.
	pub to: T::AccountId,
	/// What passes.
	pub transfer: Transfer,
	/// The deposit held from the proposer.
	pub deposit: BalanceOf<T>,
}

/// A handoff both parties agree on off chain; its SCALE encoding is part of what the other party
/// signs ([`crate::Pallet::handoff_payload`]).
#[derive(Encode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct SignedHandoff<T: Config> {
	/// The item.
	pub item: ItemId,
	/// Who hands it over.
	pub from: T::AccountId,
	/// Who takes it.
	pub to: T::AccountId,
	/// What passes.
	pub transfer: Transfer,
	/// The last block in which it may be submitted.
	pub deadline: BlockNumberFor<T>,
}

/// A stretch of an item's journey in one custodian's hands, bound to a tracker's stream.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Leg<T: Config> {
	/// The item (usually a container) it covers.
	pub item: ItemId,
	/// Who held the item.
	pub custodian: T::AccountId,
	/// Who bound the tracker (the owner or the custodian): whoever relies on the verdict
	/// trusts that party's word that the tracker travelled with the item.
	pub opened_by: T::AccountId,
	/// The tracker device.
	pub tracker: DeviceId,
	/// Whether a manufacturer had certified the tracker when the leg started.
	pub certified: bool,
	/// The tracker's stream.
	pub stream: StreamId,
	/// The handling condition.
	pub band: HandlingBand,
	/// When the leg started (chain time, Unix milliseconds).
	pub from: Moment,
	/// When it ended, once it has.
	pub to: Option<Moment>,
	/// The last block in which evidence is accepted, once it has ended.
	pub deadline: Option<BlockNumberFor<T>>,
	/// What the evidence showed.
	pub verdict: LegVerdict,
	/// The deposit held from `opened_by`.
	pub deposit: BalanceOf<T>,
}
