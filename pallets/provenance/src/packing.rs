//! Packing items into containers and unpacking them (EPCIS aggregation events).

use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use iot_primitives::provenance::ItemId;

use crate::{
	Config, Error, Event, EventContext, Handoffs, Item, ItemKind, ItemStatus, Items, OpenLeg,
	Pallet, TraceEventKind,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_aggregate(
		who: T::AccountId,
		container_id: ItemId,
		ids: BoundedVec<ItemId, T::MaxItemsPerEvent>,
		context: EventContext,
	) -> DispatchResult {
		Self::check_context(&who, &context)?;
		let mut container = Self::held_container(&who, container_id)?;
		ensure!(container.status == ItemStatus::Active, Error::<T>::NotActive);
		let ancestors = Self::ancestors(&container)?;
		let mut children = Self::load_distinct(&ids)?;
		let mut height = 0u8;
		for (id, child) in &children {
			ensure!(*id != container_id && !ancestors.contains(id), Error::<T>::Cycle);
			ensure!(child.parent.is_none(), Error::<T>::Packed);
			ensure!(child.status == ItemStatus::Active, Error::<T>::NotActive);
			ensure!(child.custodian.as_ref() == Some(&who), Error::<T>::NotCustodian);
			ensure!(!Handoffs::<T>::contains_key(id), Error::<T>::HandoffPending);
			ensure!(!OpenLeg::<T>::contains_key(id), Error::<T>::LegUnderWay);
			height = height.max(child.height.saturating_add(1));
		}
		let depth = (ancestors.len() as u32).saturating_add(u32::from(height));
		ensure!(depth <= T::MaxDepth::get(), Error::<T>::TooDeep);
		let count = children.len() as u32;
		let held = container.children.checked_add(count).ok_or(Error::<T>::Overflow)?;
		ensure!(held <= T::MaxChildren::get(), Error::<T>::ContainerFull);
		let owner = Self::owner_of(container_id)?;

		for (_, child) in children.iter_mut() {
			child.parent = Some(container_id);
			child.custodian = None;
			if child.owner.as_ref() == Some(&owner) {
				child.owner = None;
			}
		}
		container.children = held;
		container.height = container.height.max(height);
		let container_height = container.height;
		children.push((container_id, container));
		let kind = TraceEventKind::Aggregate { parent: container_id };
		let event =
			Self::record(Self::new_event(&who, kind, context, count.saturating_add(1)), children)?;
		Self::raise_ancestors(&ancestors, container_height)?;
		Self::deposit_event(Event::Aggregated { event, container: container_id, count });
		Ok(())
	}

	pub(crate) fn do_disaggregate(
		who: T::AccountId,
		container_id: ItemId,
		ids: BoundedVec<ItemId, T::MaxItemsPerEvent>,
		context: EventContext,
	) -> DispatchResult {
		Self::check_context(&who, &context)?;
		let mut container = Self::held_container(&who, container_id)?;
		let mut children = Self::load_distinct(&ids)?;
		let owner = Self::owner_of(container_id)?;
		for (_, child) in children.iter_mut() {
			ensure!(child.parent == Some(container_id), Error::<T>::NotInContainer);
			child.parent = None;
			child.custodian = Some(who.clone());
			child.owner.get_or_insert_with(|| owner.clone());
		}
		let count = children.len() as u32;
		container.children = container.children.saturating_sub(count);
		children.push((container_id, container));
		let kind = TraceEventKind::Disaggregate { parent: container_id };
		let event =
			Self::record(Self::new_event(&who, kind, context, count.saturating_add(1)), children)?;
		Self::deposit_event(Event::Disaggregated { event, container: container_id, count });
		Ok(())
	}

	/// The container `id`, held by `who`, with room in its history.
	fn held_container(who: &T::AccountId, id: ItemId) -> Result<Item<T>, DispatchError> {
		let container = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(container.kind == ItemKind::Container, Error::<T>::NotContainer);
		ensure!(Self::custodian_of(id)? == *who, Error::<T>::NotCustodian);
		Self::ensure_room(&container)?;
		Ok(container)
	}

	/// The containers `item` is packed in, innermost first (at most the nesting depth).
	pub(crate) fn ancestors(item: &Item<T>) -> Result<Vec<ItemId>, DispatchError> {
		let mut ancestors = Vec::new();
		let mut parent = item.parent;
		while let Some(id) = parent {
			ensure!((ancestors.len() as u32) < T::MaxDepth::get(), Error::<T>::TooDeep);
			ancestors.push(id);
			parent = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?.parent;
		}
		Ok(ancestors)
	}

	/// Makes each of `ancestors` (innermost first) at least as high as what it now holds.
	fn raise_ancestors(ancestors: &[ItemId], mut height: u8) -> DispatchResult {
		for id in ancestors {
			height = height.saturating_add(1);
			Items::<T>::try_mutate(id, |item| {
				let item = item.as_mut().ok_or(Error::<T>::UnknownItem)?;
				item.height = item.height.max(height);
				Ok::<_, DispatchError>(())
			})?;
		}
		Ok(())
	}
}
