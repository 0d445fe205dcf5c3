//! `iot_itemHistory` and `iot_itemByKey`: a product's story in plain JSON, from the best block
//! through the provenance runtime API.

use std::sync::Arc;

use iot_primitives::{api::ProvenanceApi, provenance::LegVerdict};
use iot_runtime::{opaque::Block, Runtime};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_provenance::{ItemKind, ItemStatus, Leg, Place, StoryEvent, TraceEventKind, Transfer};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{bytes::to_hex, crypto::Ss58Codec};

use super::iot::{invalid, runtime_error};

/// An item's story as the runtime tells it.
pub type Story = pallet_provenance::ItemStory<Runtime>;

#[rpc(server, namespace = "iot")]
pub trait ProvenanceRpc {
	/// The whole story of an item, by id (a JSON number) or by external key (a JSON string: a
	/// GS1 element string such as `"0109521141123454" + "21" + serial`), or `null`: the item,
	/// its owner and custodian, its events in order (`via` names the container it travelled
	/// in when the event was that container's), its legs with their verdicts, whether it is
	/// recalled (and by which item), and the stories of what it was made from.
	#[method(name = "itemHistory")]
	fn item_history(&self, item: Value) -> RpcResult<Option<Value>>;

	/// The id of the item with external key `key`, or `null`.
	#[method(name = "itemByKey")]
	fn item_by_key(&self, key: String) -> RpcResult<Option<u64>>;
}

/// The provenance methods over a client.
pub struct Provenance<C> {
	client: Arc<C>,
}

impl<C> Provenance<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn transfer_name(transfer: Transfer) -> &'static str {
	match transfer {
		Transfer::Custody => "custody",
		Transfer::Ownership => "ownership",
		Transfer::Both => "both",
	}
}

fn kind_json(kind: &ItemKind) -> Value {
	match kind {
		ItemKind::Unit => json!("unit"),
		ItemKind::Container => json!("container"),
		ItemKind::Lot { quantity, uom } => json!({
			"lot": { "quantity": format!("{}.{:03}", quantity / 1_000, quantity % 1_000), "uom": text(uom) }
		}),
	}
}

fn event_json(e: &StoryEvent<Runtime>) -> Value {
	let event = &e.event;
	let mut kind = match &event.kind {
		TraceEventKind::Commission => json!({ "kind": "commission" }),
		TraceEventKind::Observe => json!({ "kind": "observe" }),
		TraceEventKind::Aggregate { parent } => json!({ "kind": "aggregate", "parent": parent }),
		TraceEventKind::Disaggregate { parent } => {
			json!({ "kind": "disaggregate", "parent": parent })
		}
		TraceEventKind::Transform => json!({ "kind": "transform" }),
		TraceEventKind::Decommission => json!({ "kind": "decommission" }),
		TraceEventKind::Handoff { from, to, transfer } => json!({
			"kind": "handoff",
			"from": from.to_ss58check(),
			"to": to.to_ss58check(),
			"transfer": transfer_name(*transfer),
		}),
		TraceEventKind::Leg { leg } => json!({ "kind": "leg", "leg": leg }),
		TraceEventKind::Recall => json!({ "kind": "recall" }),
		TraceEventKind::Tag { device } => json!({ "kind": "tag", "device": device }),
	};
	let place = event.place.map(|place| match place {
		// H3 indexes are written as 15 hex digits.
		Place::Cell(cell) => json!({ "h3": format!("{cell:x}") }),
		Place::Location(id) => json!({ "location": to_hex(id.as_bytes(), false) }),
	});
	let fields = json!({
		"id": e.id,
		"via": e.via,
		"by": event.by.to_ss58check(),
		"block": event.block,
		"time": event.time,
		"place": place,
		"step": event.step.as_ref().map(|s| text(s)),
		"disposition": event.disposition.as_ref().map(|d| text(d)),
		"document": event.document.map(|d| to_hex(d.as_bytes(), false)),
		"corrects": event.corrects,
		"items": event.items,
		"deposit": event.deposit.to_string(),
	});
	if let (Some(kind), Value::Object(fields)) = (kind.as_object_mut(), fields) {
		kind.extend(fields);
	}
	kind
}

fn verdict_json(verdict: &LegVerdict) -> Value {
	match verdict {
		LegVerdict::Pending => json!("pending"),
		LegVerdict::Met => json!("met"),
		LegVerdict::Unproven => json!("unproven"),
		LegVerdict::Violated { from, to, excursion } => {
			json!({ "violated": { "from": from, "to": to, "excursion": excursion } })
		}
	}
}

fn leg_json(id: u64, leg: &Leg<Runtime>) -> Value {
	json!({
		"id": id,
		"item": leg.item,
		"custodian": leg.custodian.to_ss58check(),
		"openedBy": leg.opened_by.to_ss58check(),
		"tracker": leg.tracker,
		"certified": leg.certified,
		"stream": leg.stream,
		"band": { "min": leg.band.min, "max": leg.band.max, "maxExcursion": leg.band.max_excursion },
		"from": leg.from,
		"to": leg.to,
		"deadline": leg.deadline,
		"verdict": verdict_json(&leg.verdict),
		"deposit": leg.deposit.to_string(),
	})
}

/// A story as JSON (recursive over the inputs, whose depth the runtime bounds).
pub fn story_json(story: &Story) -> Value {
	let item = &story.item;
	let status = match item.status {
		ItemStatus::Active => "active",
		ItemStatus::Consumed => "consumed",
		ItemStatus::Destroyed => "destroyed",
	};
	json!({
		"id": story.id,
		"kind": kind_json(&item.kind),
		"class": to_hex(item.class.as_bytes(), false),
		"key": item.key.as_ref().map(|k| text(k)),
		"producer": item.producer.to_ss58check(),
		"owner": story.owner.to_ss58check(),
		"custodian": story.custodian.to_ss58check(),
		"containers": story.containers,
		"status": status,
		"recalled": story.recalled_by.is_some(),
		"recalledBy": story.recalled_by,
		"tag": item.tag,
		"events": story.events.iter().map(event_json).collect::<Vec<_>>(),
		"truncated": story.truncated,
		"legs": story.legs.iter().map(|(id, leg)| leg_json(*id, leg)).collect::<Vec<_>>(),
		"inputs": story.inputs.iter().map(story_json).collect::<Vec<_>>(),
	})
}

impl<C> ProvenanceRpcServer for Provenance<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ProvenanceApi<Block, Story>,
{
	fn item_history(&self, item: Value) -> RpcResult<Option<Value>> {
		let best = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let id = match item {
			Value::Number(n) => n.as_u64().ok_or_else(|| invalid("item: not an item id"))?,
			Value::String(key) => {
				match api.item_by_key(best, key.into_bytes()).map_err(runtime_error)? {
					Some(id) => id,
					None => return Ok(None),
				}
			}
			_ => return Err(invalid("item: an id (number) or an external key (string)")),
		};
		let story = api.item_story(best, id).map_err(runtime_error)?;
		Ok(story.as_ref().map(story_json))
	}

	fn item_by_key(&self, key: String) -> RpcResult<Option<u64>> {
		let best = self.client.info().best_hash;
		self.client.runtime_api().item_by_key(best, key.into_bytes()).map_err(runtime_error)
	}
}
