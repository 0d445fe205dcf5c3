//! The two example documents: what the importer makes of them, and that their hashes are stable.

use iot_epcis::{
	event_hash_id, parse_document, Action, Event, EventKind, IdentifierKind, PartyKind,
};
use serde_json::Value;

const FARM: &str = include_str!("../examples/farm_to_table.jsonld");
const VACCINE: &str = include_str!("../examples/vaccine_cold_chain.jsonld");

fn keys(ids: &[iot_epcis::Identifier]) -> Vec<String> {
	ids.iter().map(|i| i.key()).collect()
}

fn hashes(events: &[Event]) -> Vec<&str> {
	events.iter().map(|e| e.hash_id.as_str()).collect()
}

#[test]
fn farm_to_table_events() {
	let doc = parse_document(FARM).unwrap();
	let kinds: Vec<_> = doc.events.iter().map(|e| e.kind).collect();
	assert_eq!(
		kinds,
		[
			EventKind::Object,
			EventKind::Transformation,
			EventKind::Aggregation,
			EventKind::Transaction,
			EventKind::Object
		]
	);

	let [commission, transform, pack, ship, receive] = doc.events.as_slice() else {
		panic!("five events");
	};
	assert_eq!(commission.action, Some(Action::Add));
	assert_eq!(commission.biz_step.as_deref(), Some("commissioning"));
	assert_eq!(commission.time_ms, 1_720_585_800_000);
	let lot = &commission.quantities[0];
	assert_eq!(
		lot.class.kind,
		IdentifierKind::Lgtin { gtin: "04012345111118".into(), lot: "LOT-2024-07".into() }
	);
	assert_eq!(lot.class.key(), "010401234511111810LOT-2024-07");
	assert_eq!((lot.quantity.as_deref(), lot.uom.as_deref()), (Some("600"), Some("KGM")));
	assert_eq!(commission.read_point.as_deref(), Some("https://id.gs1.org/414/4012345000016"));

	// The lot is named in Digital Link form here and as a URN above: one key.
	assert_eq!(transform.action, None);
	assert_eq!(transform.input_quantities[0].class.key(), lot.class.key());
	assert_eq!(
		keys(&transform.outputs),
		["01040123452222272 1C001", "01040123452222272 1C002", "01040123452222272 1C003"]
			.map(|k| k.replace(' ', ""))
	);

	assert_eq!(pack.parent.as_ref().map(|p| p.key()).as_deref(), Some("00040123450000001112"));
	assert_eq!(keys(&pack.children), keys(&transform.outputs));

	assert_eq!(ship.biz_step.as_deref(), Some("shipping"));
	assert_eq!(ship.disposition.as_deref(), Some("in_transit"));
	assert_eq!(keys(&ship.epcs), ["00040123450000001112"]);
	assert_eq!(ship.biz_transactions[0].kind.as_deref(), Some("desadv"));
	assert_eq!(ship.sources[0].kind, PartyKind::OwningParty);
	assert_eq!(ship.sources[0].id, "https://id.gs1.org/417/4012345000009");
	assert_eq!(ship.destinations[2].kind, PartyKind::Location);

	assert_eq!(receive.biz_step.as_deref(), Some("receiving"));
	assert_eq!(receive.read_point.as_deref(), Some("https://id.gs1.org/414/0614141073467"));
	assert_eq!(receive.destinations[0].kind, PartyKind::PossessingParty);
}

#[test]
fn vaccine_cold_chain_events() {
	let doc = parse_document(VACCINE).unwrap();
	assert_eq!(doc.events.len(), 5);
	let steps: Vec<_> = doc.events.iter().map(|e| e.biz_step.as_deref().unwrap()).collect();
	assert_eq!(steps, ["commissioning", "packing", "shipping", "inspecting", "receiving"]);
	let packs = &doc.events[0].epcs;
	assert_eq!(
		packs[0].kind,
		IdentifierKind::Sgtin { gtin: "04000001654321".into(), serial: "1001".into() }
	);
	assert_eq!(keys(&doc.events[1].children), keys(packs));
	let case = doc.events[1].parent.as_ref().unwrap();
	assert_eq!(case.kind, IdentifierKind::Sscc { sscc: "040000010000047116".into() });
	// The shipper case is named by URN in later events and by Digital Link when packed.
	assert_eq!(keys(&doc.events[2].epcs), [case.key()]);
	assert_eq!(doc.events[3].disposition.as_deref(), Some("conformant"));
}

/// Pinned so that a change to canonicalisation that moves any anchored hash is noticed. These
/// values were computed independently with the reference implementation
/// (RalphTro/epcis-event-hash-generator at 5d2f1c3, `python -m epcis_event_hash_generator`).
const FARM_HASHES: [&str; 5] = [
	"ni:///sha-256;ebcad27e13f0981e6b49e103895e05ccdb86044d75f5510447da759a8b35937c?ver=CBV2.0",
	"ni:///sha-256;e7ff5ca07a74e33ee9da4cd6a3d65f3202bf7010ae31c2130981289956a0d2f9?ver=CBV2.0",
	"ni:///sha-256;60f885c61a2d611db63d216d43c598af41a9f548f0779a254179b32c5eed1b47?ver=CBV2.0",
	"ni:///sha-256;9da630f86adaf1ba8f993719d44356ba317f3d03e9c48ebe609dc48d8ea64278?ver=CBV2.0",
	"ni:///sha-256;6adbd593316124d9eba18cbda0aa9afd8d1b3521ea6d3caac73b7c146f417fd0?ver=CBV2.0",
];

const VACCINE_HASHES: [&str; 5] = [
	"ni:///sha-256;a43ba5330f1eaf71312285716fcd81dc506270795b3057d3bed6f09bfe9f6678?ver=CBV2.0",
	"ni:///sha-256;0c74e0b3623ddabc2164f864d64f37869eb3b32a3329fcf38393a178ea880bca?ver=CBV2.0",
	"ni:///sha-256;d3f3bef10084620f1bc50ae5dda853f72c9aa4bc6658085e62f2b0c515cddfdc?ver=CBV2.0",
	"ni:///sha-256;db98e0f903ae59182d84dafd58e049b712d7dd8066888fd322e9acff7e71d893?ver=CBV2.0",
	"ni:///sha-256;c9ea0aff0946d8a90b3fd366b121291e03303d5b6336810f718d3a3dc40e9955?ver=CBV2.0",
];

#[test]
fn hashes_are_stable() {
	assert_eq!(hashes(&parse_document(FARM).unwrap().events), FARM_HASHES);
	assert_eq!(hashes(&parse_document(VACCINE).unwrap().events), VACCINE_HASHES);
}

fn event(doc: &str, i: usize) -> Value {
	let v: Value = serde_json::from_str(doc).unwrap();
	v["epcisBody"]["eventList"][i].clone()
}

#[test]
fn hash_ignores_representation() {
	let original = event(FARM, 4);
	let mut other = original.clone();
	// Same event: URN instead of Digital Link, another host, a query string, shifted time zone,
	// the CBV 1.x URN of the step, a new eventID and a recordTime.
	other["readPoint"]["id"] = "urn:epc:id:sgln:0614141.07346.0".into();
	other["epcList"][0] = "https://example.com/sscc/040123450000001112?linkType=all".into();
	other["eventTime"] = "2024-07-11T05:10:00Z".into();
	other["bizStep"] = "urn:epcglobal:cbv:bizstep:receiving".into();
	other["eventID"] = "urn:uuid:00000000-0000-4000-8000-000000000000".into();
	other["recordTime"] = "2024-07-11T08:00:00Z".into();
	assert_eq!(event_hash_id(&original).unwrap(), event_hash_id(&other).unwrap());
}

#[test]
fn hash_changes_with_any_field() {
	let original = event(VACCINE, 3);
	let base = event_hash_id(&original).unwrap();
	let mutations: [(&str, Value); 6] = [
		("/eventTime", "2024-03-02T06:15:00.001+01:00".into()),
		("/epcList/0", "urn:epc:id:sscc:4000001.0000004712".into()),
		("/disposition", "non_conformant".into()),
		("/sensorElementList/0/sensorReport/0/maxValue", 8.1.into()),
		("/sensorElementList/0/sensorMetadata/deviceID", "urn:epc:id:giai:4000001.LOGGER43".into()),
		("/readPoint/id", "urn:epc:id:sgln:4000001.00010.1".into()),
	];
	for (pointer, value) in mutations {
		let mut changed = original.clone();
		*changed.pointer_mut(pointer).unwrap() = value;
		assert_ne!(event_hash_id(&changed).unwrap(), base, "{pointer}");
	}
	let mut added = original.clone();
	added["bizLocation"] = serde_json::json!({ "id": "urn:epc:id:sgln:4000001.00010.0" });
	assert_ne!(event_hash_id(&added).unwrap(), base);
}
