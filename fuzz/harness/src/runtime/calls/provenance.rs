//! Provenance calls: items commissioned, observed, packed, transformed and destroyed, handed over
//! by two parties, legs bound to the devices' streams and judged on their anchors, recalls and
//! tags. Items lean toward those that exist and signers toward their holders.

use arbitrary::Result;
use frame_support::BoundedVec;
use iot_primitives::provenance::{HandlingBand, ItemId, LegId};
use iot_runtime::{AccountId, Runtime};
use pallet_provenance::{
	Call, EventContext, Handoffs, ItemKind, Legs, NewItem, NextEventId, NextItemId, NextLegId,
	Place, SignedHandoff, Transfer,
};
use sp_core::H256;
use sp_runtime::MultiSignature;

use super::{super::actors::Signer as _, registry::CELL, sudo, Gen, Key, Signed};

type Provenance = pallet_provenance::Pallet<Runtime>;

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=16)? {
		0 | 1 => {
			let items =
				(0..g.u.int_in_range(1..=3)?).map(|_| new_item(g)).collect::<Result<_>>()?;
			let context = context(g)?;
			let items = BoundedVec::truncate_from(items);
			Ok((g.signer()?, Call::commission { items, context }.into()))
		}
		2 => {
			let (signer, items) = held_items(g)?;
			Ok((signer, Call::observe { items, context: context(g)? }.into()))
		}
		3 | 4 => {
			let (signer, container) = held(g)?;
			let children = items(g)?;
			let context = context(g)?;
			Ok((signer, Call::aggregate { container, children, context }.into()))
		}
		5 => {
			let (signer, container) = held(g)?;
			let children = items(g)?;
			let context = context(g)?;
			Ok((signer, Call::disaggregate { container, children, context }.into()))
		}
		6 => {
			let (signer, inputs) =
				held_items::<<Runtime as pallet_provenance::Config>::MaxInputs>(g)?;
			let outputs =
				(0..g.u.int_in_range(1..=3)?).map(|_| new_item(g)).collect::<Result<_>>()?;
			let call = Call::transform {
				inputs,
				outputs: BoundedVec::truncate_from(outputs),
				context: context(g)?,
			};
			Ok((signer, call.into()))
		}
		7 => {
			let (signer, items) = held_items(g)?;
			Ok((signer, Call::decommission { items, context: context(g)? }.into()))
		}
		8 | 9 => {
			let (signer, item) = held(g)?;
			let to = g.account()?;
			let transfer =
				*g.u.choose(&[Transfer::Custody, Transfer::Ownership, Transfer::Both])?;
			Ok((signer, Call::propose_handoff { item, to, transfer }.into()))
		}
		10 => {
			let item = item(g)?;
			let handoff = Handoffs::<Runtime>::get(item);
			let receiver = g.signer_for(handoff.as_ref().map(|h| &h.to))?;
			let proposer = g.signer_for(handoff.as_ref().map(|h| &h.from))?;
			Ok(match g.u.int_in_range(0u8..=3)? {
				0 | 1 => (receiver, Call::accept_handoff { item }.into()),
				2 => (receiver, Call::reject_handoff { item }.into()),
				_ => (proposer, Call::cancel_handoff { item }.into()),
			})
		}
		11 => {
			let (signer, item) = held(g)?;
			let tracker = g.device()?;
			let stream = g.u.int_in_range(0..=2)?;
			let min: i64 = g.u.int_in_range(-3_000..=3_000)?;
			let band = HandlingBand {
				min,
				max: min.saturating_add(g.u.int_in_range(-10..=12_000)?),
				max_excursion: *g.u.choose(&[0, 60_000, u64::MAX])?,
			};
			Ok((signer, Call::start_leg { item, tracker, stream, band }.into()))
		}
		12 => {
			let leg = leg(g)?;
			let owner =
				Legs::<Runtime>::get(leg).and_then(|l| Provenance::holders(l.item)).map(|h| h.0);
			Ok((g.signer_for(owner.as_ref())?, Call::end_leg { leg }.into()))
		}
		13 => {
			let leg = leg(g)?;
			let next = pallet_telemetry_anchor::NextAnchorId::<Runtime>::get();
			let mut anchors = Vec::new();
			for _ in 0..g.u.int_in_range(0..=3)? {
				anchors.push(g.id_below(next)?);
			}
			let anchors = BoundedVec::truncate_from(anchors);
			Ok((g.signer()?, Call::prove_leg { leg, anchors }.into()))
		}
		14 => {
			let item = item(g)?;
			let document = if g.u.arbitrary()? { Some(g.hash()?) } else { None };
			let call = Call::recall { item, document };
			if g.u.ratio(1, 4)? {
				return sudo(g, call.into());
			}
			let producer = pallet_provenance::Items::<Runtime>::get(item).map(|i| i.producer);
			Ok((g.signer_for(producer.as_ref())?, call.into()))
		}
		16 => signed_handoff(g),
		_ => {
			if g.u.arbitrary()? {
				let leg = leg(g)?;
				return Ok((g.signer()?, Call::expire_leg { leg }.into()));
			}
			let (signer, item) = held(g)?;
			let tag = g.device()?;
			Ok((signer, Call::bind_tag { item, tag }.into()))
		}
	}
}

/// A handoff mostly from the item's holder, signed by the receiver's key (when it is ours) over
/// the current payload, submitted by the sender; now and then late, stale or someone else's.
fn signed_handoff(g: &mut Gen) -> Result<Signed> {
	let item = item(g)?;
	let from = match holder(g, item)? {
		Some(holder) => holder,
		None => g.account()?,
	};
	let to = g.account()?;
	let transfer = *g.u.choose(&[Transfer::Custody, Transfer::Ownership, Transfer::Both])?;
	let now = frame_system::Pallet::<Runtime>::block_number();
	let deadline =
		now.saturating_add(g.u.int_in_range(0..=20)?).saturating_sub(g.u.int_in_range(0..=1)?);
	let handoff =
		SignedHandoff::<Runtime> { item, from: from.clone(), to: to.clone(), transfer, deadline };
	let history = pallet_provenance::Items::<Runtime>::get(item).map_or(0, |i| i.events);
	let stale = g.u.ratio(1, 16)?;
	let payload = Provenance::handoff_payload(&handoff, history.saturating_add(u32::from(stale)));
	let signature = g
		.signer_for(Some(&to))?
		.sign_transaction(&payload)
		.unwrap_or_else(|| MultiSignature::Sr25519(sp_core::sr25519::Signature::from_raw([0; 64])));
	let submitter = g.signer_for(Some(&from))?;
	let call = Call::handoff_signed { item, from, to, transfer, deadline, signature };
	Ok((submitter, call.into()))
}

/// An item id: mostly one that exists.
fn item(g: &mut Gen) -> Result<ItemId> {
	g.id_below(NextItemId::<Runtime>::get())
}

fn leg(g: &mut Gen) -> Result<LegId> {
	g.id_below(NextLegId::<Runtime>::get())
}

/// Up to three items.
fn items<S: frame_support::traits::Get<u32>>(g: &mut Gen) -> Result<BoundedVec<ItemId, S>> {
	let ids = (0..g.u.int_in_range(0..=3)?).map(|_| item(g)).collect::<Result<Vec<_>>>()?;
	Ok(BoundedVec::truncate_from(ids))
}

/// The custodian (or now and then the owner) of `item`, when it exists.
fn holder(g: &mut Gen, item: ItemId) -> Result<Option<AccountId>> {
	let custodian = g.u.ratio(3, 4)?;
	Ok(Provenance::holders(item).map(|(owner, held_by)| if custodian { held_by } else { owner }))
}

/// An item and mostly its holder as the signer.
fn held(g: &mut Gen) -> Result<(&'static Key, ItemId)> {
	let item = item(g)?;
	let holder = holder(g, item)?;
	Ok((g.signer_for(holder.as_ref())?, item))
}

/// Items and mostly the first one's holder as the signer.
fn held_items<S: frame_support::traits::Get<u32>>(
	g: &mut Gen,
) -> Result<(&'static Key, BoundedVec<ItemId, S>)> {
	let items = items::<S>(g)?;
	let holder = match items.first() {
		Some(first) => holder(g, *first)?,
		None => None,
	};
	Ok((g.signer_for(holder.as_ref())?, items))
}

/// A new item with a key from a small set (so that keys collide now and then) and now and then
/// a tag.
fn new_item(g: &mut Gen) -> Result<NewItem<Runtime>> {
	let kind = match g.u.int_in_range(0u8..=3)? {
		0 => ItemKind::Unit,
		1 => ItemKind::Lot { quantity: g.u.int_in_range(0..=1_000_000)?, uom: *b"KGM" },
		_ => ItemKind::Container,
	};
	let key = if g.u.ratio(3, 4)? {
		let n: u16 = g.u.int_in_range(0..=64)?;
		Some(BoundedVec::truncate_from(format!("0109506000134352{n}").into_bytes()))
	} else {
		None
	};
	let tag = if g.u.ratio(1, 8)? { Some(g.device()?) } else { None };
	Ok(NewItem { kind, class: H256::repeat_byte(0x1e), key, tag })
}

/// An event's context at the chain's time, now and then correcting an earlier event.
fn context(g: &mut Gen) -> Result<EventContext> {
	let corrects =
		if g.u.ratio(1, 8)? { Some(g.id_below(NextEventId::<Runtime>::get())?) } else { None };
	Ok(EventContext {
		time: pallet_timestamp::Now::<Runtime>::get(),
		place: if g.u.arbitrary()? { Some(Place::Cell(CELL)) } else { None },
		step: Some(g.bytes(48)?),
		disposition: if g.u.arbitrary()? { Some(g.bytes(48)?) } else { None },
		document: Some(g.hash()?),
		corrects,
	})
}
