//! Creating items (commissioning, transformation), observing them and taking them out of the
//! supply chain.

use alloc::{collections::BTreeSet, vec::Vec};
use codec::Encode;
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use iot_primitives::{provenance::ItemId, traits::DeviceInspect};
use sp_core::H256;
use sp_runtime::traits::Saturating;

use crate::{
	history::{Loaded, ENTRY_OVERHEAD},
	BalanceOf, Config, Error, Event, EventContext, Handoffs, Item, ItemByKey, ItemKind, ItemStatus,
	Items, NewItem, NextItemId, OpenLeg, Pallet, TaggedItem, TraceEventKind, WeightInfo,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_commission(
		who: T::AccountId,
		items: BoundedVec<NewItem<T>, T::MaxItemsPerEvent>,
		context: EventContext,
	) -> DispatchResult {
		Self::check_context(&who, &context)?;
		let (first, created) = Self::prepare_items(&who, items, BoundedVec::new())?;
		let count = created.len() as u32;
		let event = Self::new_event(&who, TraceEventKind::Commission, context, count);
		let event = Self::create_items(event, created)?;
		Self::deposit_event(Event::Commissioned { event, producer: who, first, count });
		Ok(())
	}

	pub(crate) fn do_observe(
		who: T::AccountId,
		ids: BoundedVec<ItemId, T::MaxItemsPerEvent>,
		context: EventContext,
	) -> DispatchResult {
		Self::check_context(&who, &context)?;
		let items = Self::load_distinct(&ids)?;
		for (id, _) in &items {
			let holds = Self::custodian_of(*id)? == who || Self::owner_of(*id)? == who;
			ensure!(holds, Error::<T>::NotCustodian);
		}
		let count = items.len() as u32;
		let event =
			Self::record(Self::new_event(&who, TraceEventKind::Observe, context, count), items)?;
		Self::deposit_event(Event::Observed { event, by: who, count });
		Ok(())
	}

	pub(crate) fn do_transform(
		who: T::AccountId,
		inputs: BoundedVec<ItemId, T::MaxInputs>,
		outputs: BoundedVec<NewItem<T>, T::MaxItemsPerEvent>,
		context: EventContext,
	) -> DispatchResult {
		Self::check_context(&who, &context)?;
		let mut consumed = Self::load_distinct(&inputs)?;
		for (id, item) in &consumed {
			Self::ensure_free_in_hand(&who, *id, item)?;
			ensure!(Self::find_recall(*id).is_none(), Error::<T>::Recalled);
		}
		let (first, created) = Self::prepare_items(&who, outputs, inputs.clone())?;
		let count = (consumed.len() as u32).saturating_add(created.len() as u32);
		let event = Self::new_event(&who, TraceEventKind::Transform, context, count);
		for (_, item) in consumed.iter_mut() {
			item.status = ItemStatus::Consumed;
		}
		let outputs = created.len() as u32;
		let event = Self::record(event, consumed)?;
		Self::write_items(event, created)?;
		Self::deposit_event(Event::Transformed {
			event,
			inputs: inputs.len() as u32,
			first,
			outputs,
		});
		Ok(())
	}

	pub(crate) fn do_decommission(
		who: T::AccountId,
		ids: BoundedVec<ItemId, T::MaxItemsPerEvent>,
		context: EventContext,
	) -> DispatchResult {
		Self::check_context(&who, &context)?;
		let mut items = Self::load_distinct(&ids)?;
		for (id, item) in items.iter_mut() {
			Self::ensure_free_in_hand(&who, *id, item)?;
			item.status = ItemStatus::Destroyed;
		}
		let count = items.len() as u32;
		let event = Self::new_event(&who, TraceEventKind::Decommission, context, count);
		let event = Self::record(event, items)?;
		Self::deposit_event(Event::Decommissioned { event, count });
		Ok(())
	}

	/// The weight of `transform`: the benchmarked part, and the recall check of each input,
	/// which reads up to [`Config::MaxLineage`] items.
	pub(crate) fn transform_weight(inputs: u32, outputs: u32) -> Weight {
		let lineage = u64::from(inputs).saturating_mul(u64::from(T::MaxLineage::get()));
		T::WeightInfo::transform(inputs, outputs).saturating_add(T::DbWeight::get().reads(lineage))
	}

	/// Refuses an item that is not unpacked, active, owned and held by `who`, empty (a
	/// container), and free of any pending handoff or leg under way: what consuming or
	/// destroying it requires.
	fn ensure_free_in_hand(who: &T::AccountId, id: ItemId, item: &Item<T>) -> DispatchResult {
		ensure!(item.parent.is_none(), Error::<T>::Packed);
		ensure!(item.children == 0, Error::<T>::ContainerFull);
		ensure!(item.status == ItemStatus::Active, Error::<T>::NotActive);
		ensure!(item.owner.as_ref() == Some(who), Error::<T>::NotOwner);
		ensure!(item.custodian.as_ref() == Some(who), Error::<T>::NotCustodian);
		ensure!(!Handoffs::<T>::contains_key(id), Error::<T>::HandoffPending);
		ensure!(!OpenLeg::<T>::contains_key(id), Error::<T>::LegUnderWay);
		Ok(())
	}

	/// The blake2-256 of an external key, which indexes it.
	pub(crate) fn key_hash(key: &[u8]) -> H256 {
		H256(sp_io::hashing::blake2_256(key))
	}

	/// Checks new items and gives them their ids (from the first returned) and deposits; writes
	/// nothing.
	fn prepare_items(
		who: &T::AccountId,
		items: BoundedVec<NewItem<T>, T::MaxItemsPerEvent>,
		inputs: BoundedVec<ItemId, T::MaxInputs>,
	) -> Result<(ItemId, Loaded<T>), DispatchError> {
		ensure!(!items.is_empty(), Error::<T>::NoItems);
		let first = NextItemId::<T>::get();
		first.checked_add(items.len() as u64).ok_or(Error::<T>::Overflow)?;
		let (mut keys, mut tags) = (BTreeSet::new(), BTreeSet::new());
		let mut created = Vec::with_capacity(items.len());
		for (id, new) in (first..).zip(items) {
			if let ItemKind::Lot { quantity, .. } = new.kind {
				ensure!(quantity > 0, Error::<T>::InvalidQuantity);
			}
			if let Some(key) = &new.key {
				let hash = Self::key_hash(key);
				ensure!(keys.insert(hash), Error::<T>::DuplicateItem);
				ensure!(!ItemByKey::<T>::contains_key(hash), Error::<T>::KeyTaken);
			}
			if let Some(tag) = new.tag {
				ensure!(tags.insert(tag), Error::<T>::DuplicateItem);
				Self::check_tag_device(who, tag)?;
			}
			let mut item = Item {
				kind: new.kind,
				class: new.class,
				key: new.key,
				producer: who.clone(),
				owner: Some(who.clone()),
				custodian: Some(who.clone()),
				parent: None,
				children: 0,
				height: 0,
				status: ItemStatus::Active,
				recall: None,
				tag: new.tag,
				inputs: inputs.clone(),
				events: 0,
				deposit: BalanceOf::<T>::default(),
			};
			item.deposit = Self::item_deposit(&item);
			created.push((id, item));
		}
		Ok((first, created))
	}

	/// Refuses a tag device that `who` does not own or that is bound to an item.
	pub(crate) fn check_tag_device(who: &T::AccountId, tag: u64) -> DispatchResult {
		let owner = T::Devices::owner(&tag).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(owner == *who, Error::<T>::NotTagOwner);
		ensure!(!TaggedItem::<T>::contains_key(tag), Error::<T>::TagTaken);
		Ok(())
	}

	/// What an item's storage costs: the item, and its key and tag indexes.
	fn item_deposit(item: &Item<T>) -> BalanceOf<T> {
		let indexes =
			usize::from(item.key.is_some()).saturating_add(usize::from(item.tag.is_some()));
		let bytes = item
			.encoded_size()
			.saturating_add(ENTRY_OVERHEAD)
			.saturating_add(indexes.saturating_mul(ENTRY_OVERHEAD.saturating_add(8)));
		Self::deposit_for(bytes)
	}

	/// Records `event` for new items and stores them.
	fn create_items(event: crate::TraceEvent<T>, created: Loaded<T>) -> Result<u64, DispatchError> {
		let event = Self::record(event, Vec::new())?;
		Self::write_items(event, created)?;
		Ok(event)
	}

	/// Holds the deposits of new items from their producer and stores them with `event` first
	/// in their histories.
	fn write_items(event: u64, created: Vec<(ItemId, Item<T>)>) -> DispatchResult {
		let Some(producer) = created.first().map(|(_, item)| item.producer.clone()) else {
			return Ok(());
		};
		let total = created
			.iter()
			.fold(BalanceOf::<T>::default(), |sum, (_, item)| sum.saturating_add(item.deposit));
		Self::hold_records(&producer, total)?;
		let next = created.last().map(|(id, _)| id.saturating_add(1));
		for (id, mut item) in created {
			if let Some(key) = &item.key {
				ItemByKey::<T>::insert(Self::key_hash(key), id);
			}
			if let Some(tag) = item.tag {
				TaggedItem::<T>::insert(tag, id);
			}
			Self::append(id, &mut item, event);
			Items::<T>::insert(id, item);
		}
		if let Some(next) = next {
			NextItemId::<T>::put(next);
		}
		Ok(())
	}
}
