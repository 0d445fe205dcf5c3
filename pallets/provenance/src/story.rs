//! An item's whole story for readers (the runtime API and `iot_itemHistory`): its own events,
//! the events of the containers it travelled in while it was in them (handoffs and legs of a
//! pallet are its cases' too), its legs with their verdicts, its recall status and the stories
//! of what it was made from.

use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{traits::Get, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use iot_primitives::provenance::{ItemId, LegId, TraceEventId};
use scale_info::TypeInfo;

use crate::{
	Config, History, Item, Items, Leg, Legs, Pallet, TraceEvent, TraceEventKind, TraceEvents,
};

/// The most events one story gathers (its inputs' stories each have their own).
pub const MAX_STORY_EVENTS: usize = 2_048;

/// How many generations of inputs a story tells.
pub const STORY_LINEAGE: u32 = 3;

/// An event in an item's story.
#[derive(Encode, Decode, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct StoryEvent<T: Config> {
	/// The event's id (ids grow with time: the story is in this order).
	pub id: TraceEventId,
	/// The container the item was in when the event concerned that container, `None` for the
	/// item's own events.
	pub via: Option<ItemId>,
	/// The event.
	pub event: TraceEvent<T>,
}

/// Everything the chain knows about an item.
#[derive(Encode, Decode, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(T))]
// The derived bounds would name the type itself (through `inputs`), which never resolves.
#[codec(encode_bound(T: Config))]
#[codec(decode_bound(T: Config))]
pub struct ItemStory<T: Config> {
	/// The item's id.
	pub id: ItemId,
	/// The item as stored.
	pub item: Item<T>,
	/// Its owner, resolved through its containers.
	pub owner: T::AccountId,
	/// Its custodian, resolved through its containers.
	pub custodian: T::AccountId,
	/// The containers it is packed in now, innermost first.
	pub containers: Vec<ItemId>,
	/// Its events and those of its containers while it was in them, in order.
	pub events: Vec<StoryEvent<T>>,
	/// Whether `events` was cut at [`MAX_STORY_EVENTS`].
	pub truncated: bool,
	/// The legs it travelled, itself or in a container, with their verdicts.
	pub legs: Vec<(LegId, Leg<T>)>,
	/// The recalled item that makes it recalled, if any.
	pub recalled_by: Option<ItemId>,
	/// The stories of the items it was made from (up to [`STORY_LINEAGE`] generations).
	pub inputs: Vec<ItemStory<T>>,
}

impl<T: Config> Pallet<T> {
	/// The story of `id`, with `generations` generations of inputs.
	pub fn story(id: ItemId, generations: u32) -> Option<ItemStory<T>> {
		let item = Items::<T>::get(id)?;
		let owner = Self::owner_of(id).ok()?;
		let custodian = Self::custodian_of(id).ok()?;
		let containers = Self::ancestors(&item).ok()?;
		let mut events = Vec::new();
		let truncated = !Self::gather(id, None, (0, TraceEventId::MAX), 0, &mut events);
		events.sort_by_key(|e| e.id);
		events.dedup_by_key(|e| e.id);
		let legs = events
			.iter()
			.filter_map(|e| match e.event.kind {
				TraceEventKind::Leg { leg } => Legs::<T>::get(leg).map(|record| (leg, record)),
				_ => None,
			})
			.collect();
		let inputs = match generations.checked_sub(1) {
			Some(next) => {
				item.inputs.iter().filter_map(|input| Self::story(*input, next)).collect()
			}
			None => Vec::new(),
		};
		let recalled_by = Self::find_recall(id);
		Some(ItemStory {
			id,
			item,
			owner,
			custodian,
			containers,
			events,
			truncated,
			legs,
			recalled_by,
			inputs,
		})
	}

	/// Adds to `out` the events of `id` with ids in `window` (inclusive), and those of each
	/// container `id` was packed in, for as long as it was in it. `false` once `out` is full.
	fn gather(
		id: ItemId,
		via: Option<ItemId>,
		window: (TraceEventId, TraceEventId),
		level: u32,
		out: &mut Vec<StoryEvent<T>>,
	) -> bool {
		let Some(item) = Items::<T>::get(id) else { return true };
		let mut packed: Option<(ItemId, TraceEventId)> = None;
		for n in 0..item.events {
			let Some(event_id) = History::<T>::get(id, n) else { continue };
			if event_id < window.0 || event_id > window.1 {
				continue;
			}
			let Some(event) = TraceEvents::<T>::get(event_id) else { continue };
			let kind = event.kind.clone();
			if out.len() >= MAX_STORY_EVENTS {
				return false;
			}
			out.push(StoryEvent { id: event_id, via, event });
			if level >= T::MaxDepth::get() {
				continue;
			}
			match kind {
				TraceEventKind::Aggregate { parent } if parent != id => {
					packed = Some((parent, event_id));
				}
				TraceEventKind::Disaggregate { parent } if parent != id => {
					if let Some((container, from)) = packed.take() {
						if !Self::gather(
							container,
							Some(container),
							(from, event_id),
							level.saturating_add(1),
							out,
						) {
							return false;
						}
					}
				}
				_ => {}
			}
		}
		match packed {
			Some((container, from)) => Self::gather(
				container,
				Some(container),
				(from, window.1),
				level.saturating_add(1),
				out,
			),
			None => true,
		}
	}
}
