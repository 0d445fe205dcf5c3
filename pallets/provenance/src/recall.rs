//! Recalls, read lazily through lineage and containers, and the genuine-product check of
//! tagged items.

use alloc::{
	collections::{BTreeSet, VecDeque},
	vec::Vec,
};
use codec::Encode;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	device::DeviceSignature, provenance::ItemId, traits::DeviceInspect, DeviceId,
};
use sp_core::H256;
use sp_runtime::traits::Zero;

use crate::{
	history::ENTRY_OVERHEAD, Config, Error, Event, Items, Pallet, TaggedItem, TraceEventKind,
};

/// The domain of the message a tag signs.
pub const TAG_CHALLENGE_DOMAIN: &[u8] = b"iot/prov/tag1";

impl<T: Config> Pallet<T> {
	pub(crate) fn do_recall(
		who: T::AccountId,
		authority: bool,
		id: ItemId,
		document: Option<H256>,
	) -> DispatchResult {
		let item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(authority || item.producer == who, Error::<T>::NotProducer);
		ensure!(item.recall.is_none(), Error::<T>::AlreadyRecalled);
		Self::ensure_room(&item)?;
		let mut event = Self::chain_event(&who, TraceEventKind::Recall);
		event.document = document;
		let event = Self::record(event, alloc::vec![(id, item)])?;
		Items::<T>::mutate(id, |item| {
			if let Some(item) = item {
				item.recall = Some(event);
			}
		});
		Self::deposit_event(Event::Recalled { event, item: id, by: who });
		Ok(())
	}

	pub(crate) fn do_bind_tag(who: T::AccountId, id: ItemId, tag: DeviceId) -> DispatchResult {
		let mut item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(Self::owner_of(id)? == who, Error::<T>::NotOwner);
		ensure!(item.tag.is_none(), Error::<T>::AlreadyTagged);
		Self::check_tag_device(&who, tag)?;
		Self::ensure_room(&item)?;
		item.tag = Some(tag);
		// The binding is in the item's story; its event pays for the tag index too.
		let event = Self::chain_event(&who, TraceEventKind::Tag { device: tag });
		Self::record_with(event, alloc::vec![(id, item)], ENTRY_OVERHEAD.saturating_add(8))?;
		TaggedItem::<T>::insert(tag, id);
		Self::deposit_event(Event::TagBound { item: id, tag });
		Ok(())
	}

	/// The recalled item that makes `id` recalled: itself, a container it is packed in, or an
	/// item it was made from, searched breadth first over at most [`Config::MaxLineage`]
	/// items.
	pub(crate) fn find_recall(id: ItemId) -> Option<ItemId> {
		let mut queue = VecDeque::from([id]);
		let mut seen = BTreeSet::from([id]);
		let mut reads = 0u32;
		while let Some(current) = queue.pop_front() {
			if reads >= T::MaxLineage::get() {
				break;
			}
			reads = reads.saturating_add(1);
			let Some(item) = Items::<T>::get(current) else { continue };
			if item.recall.is_some() {
				return Some(current);
			}
			for next in item.parent.into_iter().chain(item.inputs.iter().copied()) {
				if seen.insert(next) {
					queue.push_back(next);
				}
			}
		}
		None
	}

	/// The message `item`'s tag signs to answer `challenge`: the domain, the chain's genesis
	/// hash (no replay on another chain), the item and the challenge, SCALE-encoded.
	pub fn tag_challenge_payload(item: ItemId, challenge: H256) -> Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		(TAG_CHALLENGE_DOMAIN, genesis, item, challenge).encode()
	}

	/// Whether `signature` answers `challenge` with the key of `item`'s active tag.
	pub(crate) fn check_tag(item: ItemId, challenge: H256, signature: &DeviceSignature) -> bool {
		let Some(tag) = Items::<T>::get(item).and_then(|item| item.tag) else { return false };
		T::Devices::is_active(&tag)
			&& T::Devices::verify(&tag, &Self::tag_challenge_payload(item, challenge), signature)
	}
}
