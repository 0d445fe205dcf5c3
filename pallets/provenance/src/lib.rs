//! # Provenance
//!
//! ## Overview
//!
//! Farm-to-table and cold-chain traceability, modelled on GS1 EPCIS 2.0 and CBV 2.0. Producers
//! commission *items* (serialised units, lots, containers); the parties that handle them record
//! EPCIS-style *events* (observe, aggregate and disaggregate, transform, decommission); custody
//! and ownership pass in two-party *handoffs*; and a *leg* binds an item in a custodian's hands
//! to a tracker device's stream with a handling condition that device-signed, anchored telemetry
//! proves met or violated. An escrow can pay the carrier once a leg is met
//! ([`iot_primitives::traits::LegVerdicts`]).
//!
//! ## Terminology
//!
//! - *Owner* and *custodian*: who holds title and who holds the goods, separately. A packed item
//!   takes its container's custodian, and its container's owner unless it had its own when
//!   packed: handing over a pallet of 10,000 cases writes the pallet alone.
//! - *History*: every event that concerned an item, in order, append-only; a correction is a
//!   new event that names the one it corrects. Each event keeps only indexed fields (kind, time,
//!   place, CBV step and disposition, author, item count) and the hash of its full document
//!   (for EPCIS documents, the digest of the EPCIS Event Hash ID).
//! - *Lineage*: the inputs a transformation consumed to make an item. A recall marks one item;
//!   whatever was made from it or packed in it reads as recalled through lineage and parents,
//!   walked lazily and bounded ([`Pallet::recalled_by`]), so a recall writes one record.
//! - *Tag*: a registered device (an NFC or secure-element tag) bound to one item; a signature of
//!   a fresh challenge by its key shows that the physical item is genuine
//!   ([`Pallet::verify_tag`]).
//!
//! ## Usage
//!
//! A farm calls [`Pallet::commission`]; a packer [`Pallet::transform`]s the lot into cases and
//! [`Pallet::aggregate`]s them onto a pallet; [`Pallet::propose_handoff`] and
//! [`Pallet::accept_handoff`] move it to a carrier, who [`Pallet::start_leg`]s with the reefer's
//! thermometer; delivery to the retailer ends the leg, and anyone proves it with
//! [`Pallet::prove_leg`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use story::{ItemStory, StoryEvent, MAX_STORY_EVENTS, STORY_LINEAGE};
pub use types::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod custody;
mod events;
mod history;
mod invariants;
mod items;
mod legs;
#[cfg(test)]
mod mock;
mod packing;
mod recall;
mod story;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;

use frame_support::pallet_macros::import_section;

#[import_section(events::events)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, MutateHold},
			UnixTime,
		},
	};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{
		device::DeviceSignature,
		provenance::{HandlingBand, ItemId, LegId, LegVerdict, TraceEventId},
		telemetry::{AnchorId, StreamId},
		traits::{DeviceInspect, TelemetryProof},
		DeviceId,
	};
	use sp_core::H256;
	use sp_runtime::traits::{IdentifyAccount, Verify};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>, Hash = H256> {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The device registry (trackers and tags are devices).
		type Devices: DeviceInspect<Self::AccountId, DeviceId = DeviceId>;

		/// The telemetry anchors that prove legs.
		type Telemetry: TelemetryProof<AnchorId = AnchorId>;

		/// The chain's clock: legs start and end in chain time, which the trackers' signed
		/// timestamps are compared with.
		type Time: UnixTime;

		/// An account's signature made off chain: a handoff both parties signed, submitted by
		/// either.
		type OffchainSignature: Verify<Signer = Self::OffchainPublic> + Parameter;

		/// The public key behind an account.
		type OffchainPublic: IdentifyAccount<AccountId = Self::AccountId>;

		/// Who may recall any item besides its producer (a food-safety or medicines authority);
		/// the account it yields is recorded as the recall's author.
		type RecallOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// The part of a record's deposit that does not depend on its size.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// The deposit per byte of a record (item, event, history entry, key index, leg).
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// What a pending handoff holds from its proposer until it is answered.
		#[pallet::constant]
		type HandoffDeposit: Get<BalanceOf<Self>>;

		/// Most items one event concerns (or a transformation creates).
		#[pallet::constant]
		type MaxItemsPerEvent: Get<u32>;

		/// Most inputs of a transformation (and of an item's lineage record).
		#[pallet::constant]
		type MaxInputs: Get<u32>;

		/// The longest external key, in bytes.
		#[pallet::constant]
		type MaxKeyLength: Get<u32>;

		/// Most events in one item's history.
		#[pallet::constant]
		type MaxEventsPerItem: Get<u32>;

		/// Most items packed directly in one container.
		#[pallet::constant]
		type MaxChildren: Get<u32>;

		/// The deepest nesting of containers (a unit in a case on a pallet in a container: 3),
		/// which bounds every walk up a parent chain.
		#[pallet::constant]
		type MaxDepth: Get<u32>;

		/// How many lineage records a recall check reads at most (an item made from more is
		/// judged on the first ones, breadth first).
		#[pallet::constant]
		type MaxLineage: Get<u32>;

		/// Most anchors that prove one leg.
		#[pallet::constant]
		type MaxWindowAnchors: Get<u32>;

		/// How long after a leg ends its evidence is accepted, in blocks.
		#[pallet::constant]
		type ProofPeriod: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up devices and telemetry for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::OffchainSignature>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage of items, events, history entries and legs, which stay for good.
		Records,
		/// A handoff waiting for its receiver.
		Handoff,
	}

	/// The id the next item gets.
	#[pallet::storage]
	pub type NextItemId<T> = StorageValue<_, ItemId, ValueQuery>;

	/// The id the next event gets.
	#[pallet::storage]
	pub type NextEventId<T> = StorageValue<_, TraceEventId, ValueQuery>;

	/// The id the next leg gets.
	#[pallet::storage]
	pub type NextLegId<T> = StorageValue<_, LegId, ValueQuery>;

	/// Every item ever commissioned.
	#[pallet::storage]
	pub type Items<T: Config> = StorageMap<_, Twox64Concat, ItemId, Item<T>>;

	/// Items by the blake2-256 of their external key, so a scanned code finds its item.
	#[pallet::storage]
	pub type ItemByKey<T: Config> = StorageMap<_, Blake2_128Concat, H256, ItemId>;

	/// The item each tag device is bound to.
	#[pallet::storage]
	pub type TaggedItem<T: Config> = StorageMap<_, Twox64Concat, DeviceId, ItemId>;

	/// Every event ever recorded.
	#[pallet::storage]
	pub type TraceEvents<T: Config> = StorageMap<_, Twox64Concat, TraceEventId, TraceEvent<T>>;

	/// Each item's history: its `n`th event.
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, u32, TraceEventId>;

	/// Handoffs waiting for their receiver, at most one per item.
	#[pallet::storage]
	pub type Handoffs<T: Config> = StorageMap<_, Twox64Concat, ItemId, Handoff<T>>;

	/// Every leg ever started.
	#[pallet::storage]
	pub type Legs<T: Config> = StorageMap<_, Twox64Concat, LegId, Leg<T>>;

	/// The leg under way for an item, at most one.
	#[pallet::storage]
	pub type OpenLeg<T: Config> = StorageMap<_, Twox64Concat, ItemId, LegId>;

	#[pallet::error]
	pub enum Error<T> {
		/// No item has this id.
		UnknownItem,
		/// The caller does not hold the item.
		NotCustodian,
		/// The caller does not own the item.
		NotOwner,
		/// Only the item's producer or the recall authority may recall it.
		NotProducer,
		/// The item was consumed or decommissioned.
		NotActive,
		/// The item is packed in a container: act on the container, or unpack it first.
		Packed,
		/// The item is not a container.
		NotContainer,
		/// The item is not packed in this container.
		NotInContainer,
		/// A container cannot be packed into itself or into what it holds.
		Cycle,
		/// Packing would nest containers deeper than allowed.
		TooDeep,
		/// The container holds as many items as allowed.
		ContainerFull,
		/// Another item has this external key.
		KeyTaken,
		/// The tag device is bound to another item.
		TagTaken,
		/// The item already has a tag.
		AlreadyTagged,
		/// The caller does not own the tag device.
		NotTagOwner,
		/// No device has this id.
		UnknownDevice,
		/// The device is suspended or revoked.
		DeviceInactive,
		/// A lot must have a quantity.
		InvalidQuantity,
		/// The band's minimum is above its maximum.
		InvalidBand,
		/// No event has this id.
		UnknownEvent,
		/// Only the author of an event may correct it.
		NotEventAuthor,
		/// The item's history holds as many events as allowed.
		HistoryFull,
		/// The call names no item.
		NoItems,
		/// An item is named twice.
		DuplicateItem,
		/// The item already has a pending handoff.
		HandoffPending,
		/// The item has no pending handoff.
		NoHandoff,
		/// Only the handoff's receiver may answer it.
		NotReceiver,
		/// Only the handoff's proposer may cancel it.
		NotProposer,
		/// A party cannot hand over to itself.
		SelfHandoff,
		/// The item has a leg under way.
		LegUnderWay,
		/// No leg has this id.
		UnknownLeg,
		/// The leg has not ended.
		LegNotEnded,
		/// The leg has ended.
		LegEnded,
		/// The leg has its verdict.
		LegDecided,
		/// Only the leg's custodian or the item's owner may end it.
		NotLegParty,
		/// The leg's time for evidence is over.
		DeadlinePassed,
		/// The leg's time for evidence is not over.
		DeadlineNotReached,
		/// An anchor does not hold the tracker's stream.
		NotAnchored,
		/// An anchor's range has no device-signed summary.
		UnsignedSummary,
		/// Readings are missing inside or between the anchors.
		SequenceGap,
		/// The anchors do not reach from the leg's start to its end.
		WindowNotCovered,
		/// The item is recalled.
		Recalled,
		/// The item was already recalled.
		AlreadyRecalled,
		/// A counter would overflow.
		Overflow,
		/// Only the sender or the receiver submits a signed handoff.
		NotParty,
		/// The other party's signature does not sign this handoff (or the item's history moved
		/// on since it was signed).
		BadSignature,
		/// The signed handoff's deadline passed.
		SignatureExpired,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxItemsPerEvent::get() > 0);
			assert!(T::MaxInputs::get() > 0);
			assert!(T::MaxEventsPerItem::get() > 0);
			assert!(T::MaxChildren::get() > 0);
			// Heights are stored in a byte.
			assert!((1..=u32::from(u8::MAX)).contains(&T::MaxDepth::get()));
			assert!(T::MaxLineage::get() > 0);
			assert!(T::MaxWindowAnchors::get() > 0);
			assert!(T::ProofPeriod::get() > 0u32.into());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates `items`, owned and held by the caller, who becomes their producer, and
		/// records one commissioning event for them. Holds each item's and the event's deposit.
		///
		/// Emits `Commissioned`. Errors: `NoItems`, `InvalidQuantity`, `KeyTaken`,
		/// `DuplicateItem` (a key or tag twice), `UnknownDevice`, `NotTagOwner`, `TagTaken`,
		/// `UnknownEvent`/`NotEventAuthor` (a bad correction), `Overflow`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::commission(items.len() as u32))]
		pub fn commission(
			origin: OriginFor<T>,
			items: BoundedVec<NewItem<T>, T::MaxItemsPerEvent>,
			context: EventContext,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commission(who, items, context)
		}

		/// Records an observation (an inspection, a business step at a place) of `items`, each
		/// held or owned by the caller.
		///
		/// Emits `Observed`. Errors: `NoItems`, `DuplicateItem`, `UnknownItem`, `NotCustodian`,
		/// `HistoryFull`, correction errors.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::observe(items.len() as u32))]
		pub fn observe(
			origin: OriginFor<T>,
			items: BoundedVec<ItemId, T::MaxItemsPerEvent>,
			context: EventContext,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_observe(who, items, context)
		}

		/// Packs `children` (unpacked, active, held by the caller) into `container` (held by the
		/// caller). A child owned by the container's owner takes its ownership from the
		/// container from now on; one owned by another party keeps its owner.
		///
		/// Emits `Aggregated`. Errors: `NotContainer`, `NotCustodian`, `Packed`, `NotActive`,
		/// `Cycle`, `TooDeep`, `ContainerFull`, `HandoffPending`, `LegUnderWay` (a child with a
		/// leg of its own), `DuplicateItem`, `HistoryFull`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::aggregate(children.len() as u32))]
		pub fn aggregate(
			origin: OriginFor<T>,
			container: ItemId,
			children: BoundedVec<ItemId, T::MaxItemsPerEvent>,
			context: EventContext,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_aggregate(who, container, children, context)
		}

		/// Unpacks `children` from `container` (held by the caller); they take the container's
		/// custodian (and owner, where they had none of their own).
		///
		/// Emits `Disaggregated`. Errors: `NotCustodian`, `NotInContainer`, `DuplicateItem`,
		/// `HistoryFull`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::disaggregate(children.len() as u32))]
		pub fn disaggregate(
			origin: OriginFor<T>,
			container: ItemId,
			children: BoundedVec<ItemId, T::MaxItemsPerEvent>,
			context: EventContext,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_disaggregate(who, container, children, context)
		}

		/// Consumes `inputs` (unpacked, active, not recalled, owned and held by the caller) and
		/// creates `outputs` made from them, owned and held by the caller.
		///
		/// Emits `Transformed`. Errors: those of `commission` and `observe`, `Packed`,
		/// `NotOwner`, `NotActive`, `Recalled`, `ContainerFull` (a container not empty),
		/// `HandoffPending`, `LegUnderWay`.
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::transform_weight(inputs.len() as u32, outputs.len() as u32))]
		pub fn transform(
			origin: OriginFor<T>,
			inputs: BoundedVec<ItemId, T::MaxInputs>,
			outputs: BoundedVec<NewItem<T>, T::MaxItemsPerEvent>,
			context: EventContext,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transform(who, inputs, outputs, context)
		}

		/// Takes `items` (unpacked, owned and held by the caller; containers empty) out of the
		/// supply chain: destroyed, or sold to their end consumer.
		///
		/// Emits `Decommissioned`. Errors: `NoItems`, `DuplicateItem`, `UnknownItem`, `Packed`,
		/// `NotOwner`, `NotCustodian`, `NotActive`, `ContainerFull` (a container not empty),
		/// `HandoffPending`, `LegUnderWay`, `HistoryFull`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::decommission(items.len() as u32))]
		pub fn decommission(
			origin: OriginFor<T>,
			items: BoundedVec<ItemId, T::MaxItemsPerEvent>,
			context: EventContext,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decommission(who, items, context)
		}

		/// Offers `to` the custody, ownership or both of an unpacked, active `item`; the caller
		/// must hold what it offers. Holds [`Config::HandoffDeposit`] until it is answered.
		///
		/// Emits `HandoffProposed`. Errors: `UnknownItem`, `Packed`, `NotActive`,
		/// `NotCustodian`, `NotOwner`, `SelfHandoff`, `HandoffPending`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::propose_handoff())]
		pub fn propose_handoff(
			origin: OriginFor<T>,
			item: ItemId,
			to: T::AccountId,
			transfer: Transfer,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_handoff(who, item, to, transfer)
		}

		/// Accepts the handoff of `item`: the caller takes what was offered (with everything
		/// packed in the item), the item's leg under way ends, and the proposer's deposit is
		/// returned.
		///
		/// Emits `HandoffAccepted` (and `LegEnded`). Errors: `NoHandoff`, `NotReceiver`,
		/// `Packed`, `NotActive`, `HistoryFull`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::accept_handoff())]
		pub fn accept_handoff(origin: OriginFor<T>, item: ItemId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_handoff(who, item)
		}

		/// Refuses the handoff of `item`; the proposer's deposit is returned.
		///
		/// Emits `HandoffRejected`. Errors: `NoHandoff`, `NotReceiver`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::reject_handoff())]
		pub fn reject_handoff(origin: OriginFor<T>, item: ItemId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_handoff(who, item, false)
		}

		/// Withdraws the caller's handoff of `item`; its deposit is returned.
		///
		/// Emits `HandoffCancelled`. Errors: `NoHandoff`, `NotProposer`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::reject_handoff())]
		pub fn cancel_handoff(origin: OriginFor<T>, item: ItemId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_handoff(who, item, true)
		}

		/// Starts a leg of an unpacked, active `item` held by `custodian`, bound to `tracker`'s
		/// `stream` with the handling condition `band`, from now (chain time). The caller is the
		/// item's custodian or owner. Holds the leg's deposit.
		///
		/// Emits `LegStarted`. Errors: `UnknownItem`, `Packed`, `NotActive`, `NotLegParty`,
		/// `InvalidBand`, `UnknownDevice`, `DeviceInactive`, `LegUnderWay`, `HistoryFull`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::start_leg())]
		pub fn start_leg(
			origin: OriginFor<T>,
			item: ItemId,
			tracker: DeviceId,
			stream: StreamId,
			band: HandlingBand,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_start_leg(who, item, tracker, stream, band)
		}

		/// Ends a leg now (chain time); its evidence is accepted for
		/// [`Config::ProofPeriod`] blocks. The caller is the leg's custodian or the item's owner;
		/// accepting a custody handoff of the item ends it too.
		///
		/// Emits `LegEnded`. Errors: `UnknownLeg`, `NotLegParty`, `LegEnded`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::end_leg())]
		pub fn end_leg(origin: OriginFor<T>, leg: LegId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_end_leg(Some(who), leg)
		}

		/// Judges an ended leg on the anchors of its tracker's stream that cover its window, in
		/// stream order: `Met` or `Violated`, for good. Anyone may call.
		///
		/// Emits `LegJudged`. Errors: `UnknownLeg`, `LegNotEnded`, `LegDecided`,
		/// `DeadlinePassed`, `NotAnchored`, `UnsignedSummary`, `SequenceGap`,
		/// `WindowNotCovered`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::prove_leg(anchors.len() as u32))]
		pub fn prove_leg(
			origin: OriginFor<T>,
			leg: LegId,
			anchors: BoundedVec<AnchorId, T::MaxWindowAnchors>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prove_leg(leg, anchors)
		}

		/// Marks an ended leg without evidence after its deadline `Unproven`. Anyone may call.
		///
		/// Emits `LegJudged`. Errors: `UnknownLeg`, `LegNotEnded`, `LegDecided`,
		/// `DeadlineNotReached`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::expire_leg())]
		pub fn expire_leg(origin: OriginFor<T>, leg: LegId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_leg(leg)
		}

		/// Recalls `item`: it, what was made from it and what is packed in it read as recalled.
		/// The caller is the item's producer, or the origin is [`Config::RecallOrigin`];
		/// `document` is the hash of the recall notice.
		///
		/// Emits `Recalled`. Errors: `UnknownItem`, `NotProducer`, `AlreadyRecalled`,
		/// `HistoryFull`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::recall())]
		pub fn recall(
			origin: OriginFor<T>,
			item: ItemId,
			document: Option<H256>,
		) -> DispatchResult {
			let (who, authority) = match T::RecallOrigin::try_origin(origin) {
				Ok(authority) => (authority, true),
				Err(origin) => (ensure_signed(origin)?, false),
			};
			Self::do_recall(who, authority, item, document)
		}

		/// Binds the caller's device `tag` to the caller's untagged `item`, for good.
		///
		/// Emits `TagBound`. Errors: `UnknownItem`, `NotOwner`, `AlreadyTagged`,
		/// `UnknownDevice`, `NotTagOwner`, `TagTaken`, `HistoryFull`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::bind_tag())]
		pub fn bind_tag(origin: OriginFor<T>, item: ItemId, tag: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bind_tag(who, item, tag)
		}

		/// Hands `item` over from `from` to `to` in one call, both having agreed off chain: the
		/// caller is one of them and `signature` the other's over [`Pallet::handoff_payload`],
		/// good until block `deadline` and only while the item's history has not moved on (its
		/// length is signed, so a signature serves once). The caller pays the history entry; a
		/// leg under way ends when custody passes.
		///
		/// Emits `HandoffAccepted`. Errors: `NotParty`, `SignatureExpired`, `BadSignature`,
		/// `UnknownItem`, `Packed`, `NotActive`, `SelfHandoff`, `NotCustodian`, `NotOwner`,
		/// `HandoffPending`, `HistoryFull`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::handoff_signed())]
		pub fn handoff_signed(
			origin: OriginFor<T>,
			item: ItemId,
			from: T::AccountId,
			to: T::AccountId,
			transfer: Transfer,
			deadline: BlockNumberFor<T>,
			signature: T::OffchainSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let handoff = SignedHandoff { item, from, to, transfer, deadline };
			Self::do_handoff_signed(who, handoff, signature)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// An item.
		pub fn item(id: ItemId) -> Option<Item<T>> {
			Items::<T>::get(id)
		}

		/// The item with external key `key` (a GS1 element string).
		pub fn item_by_key(key: alloc::vec::Vec<u8>) -> Option<ItemId> {
			ItemByKey::<T>::get(Self::key_hash(&key))
		}

		/// An item's owner and custodian, resolved through the containers it is packed in.
		pub fn holders(id: ItemId) -> Option<(T::AccountId, T::AccountId)> {
			let owner = Self::owner_of(id).ok()?;
			let custodian = Self::custodian_of(id).ok()?;
			Some((owner, custodian))
		}

		/// The recalled item that makes `id` recalled (itself, an input it was made from or a
		/// container it is packed in), if any.
		pub fn recalled_by(id: ItemId) -> Option<ItemId> {
			Self::find_recall(id)
		}

		/// Whether `signature` is the signature of `item`'s tag over
		/// [`Pallet::tag_challenge_payload`] of `challenge`: the physical item is genuine.
		pub fn verify_tag(item: ItemId, challenge: H256, signature: DeviceSignature) -> bool {
			Self::check_tag(item, challenge, &signature)
		}

		/// A leg.
		pub fn leg(id: LegId) -> Option<Leg<T>> {
			Legs::<T>::get(id)
		}

		/// The verdict of a leg.
		pub fn leg_verdict(id: LegId) -> Option<LegVerdict> {
			Legs::<T>::get(id).map(|leg| leg.verdict)
		}
	}
}
