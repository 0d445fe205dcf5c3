//! Events and histories: recording an event once and indexing it in each item's history, the
//! deposits that pay for them, and resolving who holds a packed item.

use alloc::collections::BTreeSet;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get, UnixTime},
};
use iot_primitives::provenance::{ItemId, TraceEventId};
use sp_runtime::{traits::Saturating, SaturatedConversion};

use crate::{
	BalanceOf, Config, Error, EventContext, History, HoldReason, Item, Items, NextEventId, Pallet,
	TraceEvent, TraceEventKind, TraceEvents,
};

/// Items with their ids, as loaded to be changed and written back.
pub(crate) type Loaded<T> = alloc::vec::Vec<(ItemId, Item<T>)>;

/// The bytes a map entry costs beyond its value: the map's prefix and the hashed key.
pub(crate) const ENTRY_OVERHEAD: usize = 32 + 16 + 32;

/// The bytes of one history entry (prefix, two hashed keys, the event id).
pub(crate) const HISTORY_ENTRY: usize = 32 + 16 + 12 + 8;

impl<T: Config> Pallet<T> {
	/// The chain's time in Unix milliseconds.
	pub(crate) fn now_ms() -> u64 {
		T::Time::now().as_millis().saturated_into()
	}

	/// The deposit of `bytes` of records.
	pub(crate) fn deposit_for(bytes: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = bytes.saturated_into();
		T::DepositBase::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes))
	}

	/// Holds `amount` from `who` for records that stay.
	pub(crate) fn hold_records(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::Records.into(), who, amount)
	}

	/// Refuses a correction of an event that does not exist or that someone else wrote.
	pub(crate) fn check_context(who: &T::AccountId, context: &EventContext) -> DispatchResult {
		if let Some(corrected) = context.corrects {
			let event = TraceEvents::<T>::get(corrected).ok_or(Error::<T>::UnknownEvent)?;
			ensure!(event.by == *who, Error::<T>::NotEventAuthor);
		}
		Ok(())
	}

	/// An event by `who` concerning `items` items, with the context's indexed fields.
	pub(crate) fn new_event(
		who: &T::AccountId,
		kind: TraceEventKind<T>,
		context: EventContext,
		items: u32,
	) -> TraceEvent<T> {
		TraceEvent {
			kind,
			by: who.clone(),
			block: frame_system::Pallet::<T>::block_number(),
			time: context.time,
			place: context.place,
			step: context.step,
			disposition: context.disposition,
			document: context.document,
			corrects: context.corrects,
			items,
			deposit: BalanceOf::<T>::default(),
		}
	}

	/// An event of the chain's own making (a handoff, a leg, a recall), stamped now.
	pub(crate) fn chain_event(who: &T::AccountId, kind: TraceEventKind<T>) -> TraceEvent<T> {
		let context = EventContext {
			time: Self::now_ms(),
			place: None,
			step: None,
			disposition: None,
			document: None,
			corrects: None,
		};
		Self::new_event(who, kind, context, 1)
	}

	/// The deposit of `event` and its entries in the histories of its items.
	pub(crate) fn event_deposit(event: &TraceEvent<T>) -> BalanceOf<T> {
		let entries = (event.items as usize).saturating_mul(HISTORY_ENTRY);
		Self::deposit_for(
			event.encoded_size().saturating_add(ENTRY_OVERHEAD).saturating_add(entries),
		)
	}

	/// Stores `event` under the next id.
	pub(crate) fn store_event(event: TraceEvent<T>) -> Result<TraceEventId, DispatchError> {
		let id = NextEventId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		NextEventId::<T>::put(next);
		TraceEvents::<T>::insert(id, event);
		Ok(id)
	}

	/// Refuses an item whose history is full.
	pub(crate) fn ensure_room(item: &Item<T>) -> DispatchResult {
		ensure!(item.events < T::MaxEventsPerItem::get(), Error::<T>::HistoryFull);
		Ok(())
	}

	/// Appends `event` to the history of `item` (checked by [`Self::ensure_room`]).
	pub(crate) fn append(id: ItemId, item: &mut Item<T>, event: TraceEventId) {
		History::<T>::insert(id, item.events, event);
		item.events = item.events.saturating_add(1);
	}

	/// Records `event` (its deposit held from its author) in the histories of `items` and
	/// stores them.
	pub(crate) fn record(
		event: TraceEvent<T>,
		items: Loaded<T>,
	) -> Result<TraceEventId, DispatchError> {
		Self::record_with(event, items, 0)
	}

	/// [`Self::record`], the event's deposit also paying for `extra` bytes of index.
	pub(crate) fn record_with(
		mut event: TraceEvent<T>,
		items: Loaded<T>,
		extra: usize,
	) -> Result<TraceEventId, DispatchError> {
		let extra = Self::deposit_for(extra).saturating_sub(T::DepositBase::get());
		event.deposit = Self::event_deposit(&event).saturating_add(extra);
		Self::hold_records(&event.by, event.deposit)?;
		let id = Self::store_event(event)?;
		for (item_id, mut item) in items {
			Self::append(item_id, &mut item, id);
			Items::<T>::insert(item_id, item);
		}
		Ok(id)
	}

	/// `ids`' items, each existing, named once and with room in its history.
	pub(crate) fn load_distinct(ids: &[ItemId]) -> Result<Loaded<T>, DispatchError> {
		ensure!(!ids.is_empty(), Error::<T>::NoItems);
		let mut seen = BTreeSet::new();
		ids.iter()
			.map(|&id| {
				ensure!(seen.insert(id), Error::<T>::DuplicateItem);
				let item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
				Self::ensure_room(&item)?;
				Ok((id, item))
			})
			.collect()
	}

	/// Who holds `id`: its own custodian, or that of the container it is packed in.
	pub(crate) fn custodian_of(id: ItemId) -> Result<T::AccountId, DispatchError> {
		Self::resolve(id, |item| item.custodian.clone())
	}

	/// Who owns `id`: its own owner, or that of the container it is packed in.
	pub(crate) fn owner_of(id: ItemId) -> Result<T::AccountId, DispatchError> {
		Self::resolve(id, |item| item.owner.clone())
	}

	/// The first party `field` names on the way up from `id` through its containers; the walk
	/// is bounded by the nesting depth.
	fn resolve(
		id: ItemId,
		field: impl Fn(&Item<T>) -> Option<T::AccountId>,
	) -> Result<T::AccountId, DispatchError> {
		let mut current = id;
		for _ in 0..=T::MaxDepth::get() {
			let item = Items::<T>::get(current).ok_or(Error::<T>::UnknownItem)?;
			if let Some(party) = field(&item) {
				return Ok(party);
			}
			current = item.parent.ok_or(Error::<T>::UnknownItem)?;
		}
		Err(Error::<T>::TooDeep.into())
	}
}
