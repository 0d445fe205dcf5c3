//! `epcis import <file>`: an EPCIS 2.0 JSON/JSON-LD document onto the provenance pallet's calls.
//!
//! The whole document is read and mapped before anything is sent: a malformed or unsupported
//! event refuses the document with the event and field at fault. The calls then go in one
//! `utility.batch_all`, so the chain applies all of them or none. Each call carries its event's
//! indexed fields and, as its document hash, the digest of the event's EPCIS Event Hash ID, so
//! that anyone holding the document can check it against the chain.
//!
//! | EPCIS event | calls |
//! |---|---|
//! | ObjectEvent ADD | `commission` of its EPCs (units, containers) and quantities (lots) |
//! | ObjectEvent OBSERVE / DELETE | `observe` / `decommission` |
//! | AggregationEvent ADD | `commission` of the parent if it is new, `aggregate` |
//! | AggregationEvent DELETE / OBSERVE | `disaggregate` / `observe` of parent and children |
//! | TransformationEvent | `transform` of the inputs into the new outputs |
//! | TransactionEvent | `observe` (a change of custody or ownership takes both parties' calls) |
//!
//! Item ids of the items a document creates are counted from the chain's next id when the batch
//! is planned. Should another commission land first, the ids shift onto items the importer's
//! account does not hold, every call on them is refused, and the batch fails whole: run again.

use std::collections::HashMap;

use anyhow::{anyhow, bail, Context, Result};
use iot_epcis::{
	Action, Document, Event, EventKind, Identifier, IdentifierKind, ImportError, Quantity,
};
use iot_metadata::iot::{
	self,
	runtime_types::{
		bounded_collections::bounded_vec::BoundedVec,
		pallet_provenance::types::{EventContext, ItemKind, NewItem, Place},
	},
};
use serde_json::{json, Value};
use sp_crypto_hashing::blake2_256;

use crate::chain::Chain;

/// An item id, as the chain numbers items.
pub type ItemId = u64;

/// The calls a document maps onto, and what each event creates.
pub struct Plan {
	pub calls: Vec<iot::Call>,
	/// Per event: its index, its hash ID and the keys of the items it creates with their ids.
	pub events: Vec<(usize, String, Vec<(String, ItemId)>)>,
}

fn error(event: &Event, field: &str, reason: impl Into<String>) -> ImportError {
	ImportError {
		event: event.index,
		event_id: event.event_id.clone(),
		field: format!("eventList[{}].{field}", event.index),
		reason: reason.into(),
	}
}

/// The 32-byte digest an Event Hash ID names (`ni:///sha-256;<hex>?ver=CBV2.0`).
pub fn hash_digest(hash_id: &str) -> Option<[u8; 32]> {
	let hex = hash_id.strip_prefix("ni:///sha-256;")?.split('?').next()?;
	sp_core::bytes::from_hex(hex).ok()?.try_into().ok()
}

/// A CBV short name or a user-defined URI, within the pallet's 48 bytes.
fn code(
	event: &Event,
	field: &str,
	value: &Option<String>,
) -> Result<Option<BoundedVec<u8>>, ImportError> {
	match value {
		Some(text) if text.len() > 48 => Err(error(event, field, "longer than 48 bytes")),
		Some(text) => Ok(Some(BoundedVec(text.clone().into_bytes()))),
		None => Ok(None),
	}
}

fn context(event: &Event) -> Result<EventContext, ImportError> {
	if !event.corrective_of.is_empty() {
		return Err(error(
			event,
			"errorDeclaration",
			"corrections name the corrected event's chain id; import the correction with `observe`",
		));
	}
	let digest =
		hash_digest(&event.hash_id).ok_or_else(|| error(event, "", "no SHA-256 hash ID"))?;
	let place = event
		.biz_location
		.as_ref()
		.or(event.read_point.as_ref())
		.map(|uri| Place::Location(subxt::utils::H256(blake2_256(uri.as_bytes()))));
	Ok(EventContext {
		time: event.time_ms,
		place,
		step: code(event, "bizStep", &event.biz_step)?,
		disposition: code(event, "disposition", &event.disposition)?,
		document: Some(subxt::utils::H256(digest)),
		corrects: None,
	})
}

/// Thousandths of a canonical decimal with at most three decimals.
fn thousandths(text: &str) -> Option<u64> {
	let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
	if fraction.len() > 3 || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
		return None;
	}
	let padded = format!("{fraction:0<3}");
	whole.parse::<u64>().ok()?.checked_mul(1_000)?.checked_add(padded.parse().ok()?)
}

/// A document's mapping onto calls, given the ids of items on chain by key.
struct Planner<'a> {
	known: &'a HashMap<String, ItemId>,
	created: HashMap<String, ItemId>,
	next: ItemId,
	limit: usize,
	calls: Vec<iot::Call>,
}

impl Planner<'_> {
	fn id(&self, key: &str) -> Option<ItemId> {
		self.created.get(key).or_else(|| self.known.get(key)).copied()
	}

	fn resolve(
		&self,
		event: &Event,
		field: &str,
		ids: &[Identifier],
	) -> Result<Vec<ItemId>, ImportError> {
		ids.iter()
			.enumerate()
			.map(|(i, id)| {
				self.id(&id.key()).ok_or_else(|| {
					error(event, &format!("{field}[{i}]"), format!("{} is not on chain", id.uri))
				})
			})
			.collect()
	}

	fn classes(quantities: &[Quantity]) -> Vec<Identifier> {
		quantities.iter().map(|q| q.class.clone()).collect()
	}

	/// New items for EPCs and quantities, with their keys.
	fn new_items(
		&mut self,
		event: &Event,
		field: (&str, &str),
		epcs: &[Identifier],
		quantities: &[Quantity],
	) -> Result<Vec<(String, NewItem)>, ImportError> {
		let mut items = Vec::new();
		for (i, epc) in epcs.iter().enumerate() {
			let at = format!("{}[{i}]", field.0);
			let (kind, class) = match &epc.kind {
				IdentifierKind::Sgtin { gtin, .. } => (ItemKind::Unit, blake2_256(gtin.as_bytes())),
				IdentifierKind::Sscc { .. } => (ItemKind::Container, [0; 32]),
				IdentifierKind::Grai { grai, .. } => {
					(ItemKind::Container, blake2_256(grai.as_bytes()))
				}
				IdentifierKind::Giai { .. } => (ItemKind::Unit, [0; 32]),
				_ => {
					return Err(error(
						event,
						&at,
						"a class, not an instance: list it as a quantity",
					))
				}
			};
			items.push((epc.key(), kind, class, at));
		}
		for (i, quantity) in quantities.iter().enumerate() {
			let at = format!("{}[{i}]", field.1);
			let IdentifierKind::Lgtin { gtin, .. } = &quantity.class.kind else {
				return Err(error(
					event,
					&format!("{at}.epcClass"),
					"only lots (LGTIN) are tracked",
				));
			};
			let amount =
				quantity.quantity.as_deref().and_then(thousandths).filter(|q| *q > 0).ok_or_else(
					|| {
						error(
							event,
							&format!("{at}.quantity"),
							"a positive decimal of at most 3 places",
						)
					},
				)?;
			let uom: [u8; 3] =
				quantity.uom.as_deref().unwrap_or("H87").as_bytes().try_into().map_err(|_| {
					error(event, &format!("{at}.uom"), "not a 3-letter UN/ECE Rec 20 code")
				})?;
			let kind = ItemKind::Lot { quantity: amount, uom };
			items.push((quantity.class.key(), kind, blake2_256(gtin.as_bytes()), at));
		}
		if items.len() > self.limit {
			return Err(error(
				event,
				field.0,
				format!("more than {} items in one event", self.limit),
			));
		}
		items
			.into_iter()
			.map(|(key, kind, class, at)| {
				if self.id(&key).is_some() {
					return Err(error(event, &at, format!("{key} is on chain already")));
				}
				self.created.insert(key.clone(), self.next);
				self.next += 1;
				let item = NewItem {
					kind,
					class: subxt::utils::H256(class),
					key: Some(BoundedVec(key.clone().into_bytes())),
					tag: None,
				};
				Ok((key, item))
			})
			.collect()
	}

	fn event(&mut self, event: &Event) -> Result<Vec<(String, ItemId)>, ImportError> {
		use iot::provenance::Call;
		let context = context(event)?;
		let first = self.next;
		let bounded = |ids: Vec<ItemId>| BoundedVec(ids);
		let call = match (event.kind, event.action) {
			(EventKind::Object, Some(Action::Add)) => {
				let items = self.new_items(
					event,
					("epcList", "quantityList"),
					&event.epcs,
					&event.quantities,
				)?;
				if items.is_empty() {
					return Err(error(event, "epcList", "nothing to commission"));
				}
				let items = items.into_iter().map(|(_, item)| item).collect();
				Call::commission { items: BoundedVec(items), context }
			}
			(EventKind::Object | EventKind::Transaction, Some(action)) => {
				let mut ids = self.resolve(event, "epcList", &event.epcs)?;
				ids.extend(self.resolve(
					event,
					"quantityList",
					&Self::classes(&event.quantities),
				)?);
				if event.kind == EventKind::Transaction {
					ids.extend(self.resolve(event, "parentID", event.parent.as_slice())?);
				}
				if ids.is_empty() {
					return Err(error(event, "epcList", "names no item"));
				}
				match action {
					Action::Delete if event.kind == EventKind::Object => {
						Call::decommission { items: bounded(ids), context }
					}
					_ => Call::observe { items: bounded(ids), context },
				}
			}
			(EventKind::Aggregation, Some(action)) => {
				let parent =
					event.parent.as_ref().ok_or_else(|| error(event, "parentID", "missing"))?;
				let mut children = self.resolve(event, "childEPCs", &event.children)?;
				children.extend(self.resolve(
					event,
					"childQuantityList",
					&Self::classes(&event.child_quantities),
				)?);
				if children.is_empty() && action != Action::Observe {
					return Err(error(event, "childEPCs", "names no child"));
				}
				let container = match (self.id(&parent.key()), action) {
					(Some(id), _) => id,
					(None, Action::Add) => {
						let items = self.new_items(
							event,
							("parentID", ""),
							std::slice::from_ref(parent),
							&[],
						)?;
						let items = items.into_iter().map(|(_, item)| item).collect();
						self.calls.push(iot::Call::Provenance(Call::commission {
							items: BoundedVec(items),
							context: self::context(event)?,
						}));
						first
					}
					(None, _) => {
						return Err(error(
							event,
							"parentID",
							format!("{} is not on chain", parent.uri),
						))
					}
				};
				match action {
					Action::Add => {
						Call::aggregate { container, children: bounded(children), context }
					}
					Action::Delete => {
						Call::disaggregate { container, children: bounded(children), context }
					}
					Action::Observe => {
						children.insert(0, container);
						Call::observe { items: bounded(children), context }
					}
				}
			}
			(EventKind::Transformation, _) => {
				let mut inputs = self.resolve(event, "inputEPCList", &event.inputs)?;
				inputs.extend(self.resolve(
					event,
					"inputQuantityList",
					&Self::classes(&event.input_quantities),
				)?);
				if inputs.is_empty() {
					return Err(error(event, "inputEPCList", "names no input"));
				}
				let outputs = self.new_items(
					event,
					("outputEPCList", "outputQuantityList"),
					&event.outputs,
					&event.output_quantities,
				)?;
				if outputs.is_empty() {
					return Err(error(event, "outputEPCList", "names no output"));
				}
				let outputs = outputs.into_iter().map(|(_, item)| item).collect();
				Call::transform { inputs: bounded(inputs), outputs: BoundedVec(outputs), context }
			}
			(_, None) => return Err(error(event, "action", "missing")),
		};
		self.calls.push(iot::Call::Provenance(call));
		Ok(self
			.created
			.iter()
			.filter(|(_, id)| **id >= first)
			.map(|(k, id)| (k.clone(), *id))
			.collect())
	}
}

/// Maps `document` onto calls; `known` holds the chain's ids of the keys it names, `next` the
/// chain's next item id, `limit` the most items per event.
pub fn plan(
	document: &Document,
	known: &HashMap<String, ItemId>,
	next: ItemId,
	limit: usize,
) -> Result<Plan, ImportError> {
	let mut planner = Planner { known, created: HashMap::new(), next, limit, calls: Vec::new() };
	let mut events = Vec::new();
	for event in &document.events {
		let mut created = planner.event(event)?;
		created.sort_by_key(|(_, id)| *id);
		events.push((event.index, event.hash_id.clone(), created));
	}
	Ok(Plan { calls: planner.calls, events })
}

/// Every key a document names.
fn keys(document: &Document) -> Vec<String> {
	let mut keys = Vec::new();
	for e in &document.events {
		let quantities = e.quantities.iter().chain(&e.child_quantities).chain(&e.input_quantities);
		let ids =
			e.epcs.iter().chain(&e.children).chain(&e.inputs).chain(&e.outputs).chain(&e.parent);
		keys.extend(ids.map(Identifier::key));
		keys.extend(quantities.chain(&e.output_quantities).map(|q| q.class.key()));
	}
	keys.sort();
	keys.dedup();
	keys
}

/// Reads `path`, maps it and sends it in one batch; answers a JSON report of what each event
/// created.
pub async fn import(chain: &Chain, path: &std::path::Path) -> Result<Value> {
	let text =
		std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
	let document = iot_epcis::parse_document(&text).map_err(|e| anyhow!("{e}"))?;
	let at = chain.conn().await?.api.at_current_block().await?;
	let mut known = HashMap::new();
	for key in keys(&document) {
		let address = iot::storage().provenance().item_by_key();
		let hash = subxt::utils::H256(blake2_256(key.as_bytes()));
		if let Some(value) = at.storage().try_fetch(address, (hash,)).await? {
			known.insert(key, value.decode()?);
		}
	}
	let next =
		at.storage().fetch(iot::storage().provenance().next_item_id(), ()).await?.decode()?;
	let limit = at.constants().entry(iot::constants().provenance().max_items_per_event())?;
	let plan = plan(&document, &known, next, limit as usize).map_err(|e| anyhow!("{e}"))?;
	let events = chain.send(&iot::tx().utility().batch_all(plan.calls)).await?;
	let first = events
		.find_first::<iot::provenance::events::Commissioned>()
		.and_then(|e| e.ok())
		.map(|e| e.first);
	let expected =
		plan.events.iter().flat_map(|(_, _, created)| created.first()).map(|(_, id)| *id).min();
	if first != expected {
		bail!("items were numbered {first:?}, {expected:?} expected: check the chain's record");
	}
	Ok(json!({
		"events": plan.events.iter().map(|(index, hash_id, created)| json!({
			"index": index,
			"hashId": hash_id,
			"created": created.iter().map(|(key, id)| json!({ "key": key, "item": id })).collect::<Vec<_>>(),
		})).collect::<Vec<_>>(),
	}))
}

#[cfg(test)]
mod tests {
	use super::*;

	const FARM: &str = include_str!("../../epcis/examples/farm_to_table.jsonld");

	#[test]
	fn decimals_become_thousandths() {
		assert_eq!(thousandths("600"), Some(600_000));
		assert_eq!(thousandths("12.5"), Some(12_500));
		assert_eq!(thousandths("0.001"), Some(1));
		assert_eq!(thousandths("1.0001"), None);
		assert_eq!(thousandths("-1"), None);
		assert_eq!(thousandths("1e3"), None);
	}

	#[test]
	fn the_farm_document_maps_onto_calls_in_order() {
		let document = iot_epcis::parse_document(FARM).expect("the example parses");
		let plan = plan(&document, &HashMap::new(), 100, 128).expect("the example maps");
		assert_eq!(plan.events.len(), document.events.len());
		assert!(plan.calls.len() >= document.events.len());
		// Created items are numbered from the chain's next id, in order.
		let created: Vec<_> =
			plan.events.iter().flat_map(|(_, _, c)| c.iter().map(|(_, id)| *id)).collect();
		assert_eq!(created, (100..100 + created.len() as u64).collect::<Vec<_>>());
	}

	#[test]
	fn an_item_on_chain_already_refuses_the_document() {
		let document = iot_epcis::parse_document(FARM).expect("the example parses");
		// The first event commissions it; a container named as a parent may exist already (a
		// returnable pallet), an item to commission may not.
		let first = &document.events[0];
		let key = (first.epcs.first().map(Identifier::key))
			.or_else(|| first.quantities.first().map(|q| q.class.key()))
			.expect("the first event commissions");
		let known = HashMap::from([(key.clone(), 7)]);
		let Err(refusal) = plan(&document, &known, 100, 128) else { panic!("refused") };
		assert!(refusal.reason.contains("on chain already"), "{}", refusal.reason);
		assert!(refusal.field.starts_with("eventList[0]."), "{}", refusal.field);
	}

	#[test]
	fn an_event_past_the_limit_is_refused_with_its_field() {
		let document = iot_epcis::parse_document(FARM).expect("the example parses");
		let Err(refusal) = plan(&document, &HashMap::new(), 0, 1) else { panic!("refused") };
		assert!(refusal.field.starts_with("eventList["), "{}", refusal.field);
		assert!(refusal.reason.contains("more than 1"), "{}", refusal.reason);
	}
}
