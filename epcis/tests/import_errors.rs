//! One test per way a document is refused, each checking the event and field named.

use iot_epcis::{parse_document, ImportError};
use serde_json::{json, Value};

/// A one-event document around `event`.
fn doc(event: Value) -> String {
	json!({
		"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
		"type": "EPCISDocument",
		"schemaVersion": "2.0",
		"creationDate": "2024-01-01T00:00:00Z",
		"epcisBody": { "eventList": [good(), event] }
	})
	.to_string()
}

fn good() -> Value {
	json!({
		"type": "ObjectEvent",
		"eventID": "urn:uuid:good",
		"eventTime": "2024-01-01T10:00:00.000+01:00",
		"eventTimeZoneOffset": "+01:00",
		"epcList": ["urn:epc:id:sgtin:0614141.107346.2017"],
		"action": "OBSERVE",
		"bizStep": "shipping"
	})
}

fn with(edit: impl FnOnce(&mut Value)) -> Value {
	let mut e = good();
	e["eventID"] = "urn:uuid:bad".into();
	edit(&mut e);
	e
}

fn refused(event: Value) -> ImportError {
	parse_document(&doc(event)).expect_err("document must be refused")
}

fn assert_at(err: &ImportError, field: &str, reason_part: &str) {
	assert_eq!(err.event, 1, "{err}");
	assert_eq!(err.event_id.as_deref(), Some("urn:uuid:bad"));
	assert_eq!(err.field, field, "{err}");
	assert!(err.reason.contains(reason_part), "{err}");
}

#[test]
fn accepts_the_good_event() {
	assert_eq!(parse_document(&doc(good())).unwrap().events.len(), 2);
}

#[test]
fn display_names_event_and_field() {
	let err = refused(with(|e| e["eventTime"] = Value::Null));
	assert_eq!(
		err.to_string(),
		"event #1 (urn:uuid:bad), eventList[1].eventTime: expected a string"
	);
}

#[test]
fn not_json() {
	let err = parse_document("{ not json").unwrap_err();
	assert_eq!((err.event, err.field.as_str()), (0, "$"));
}

#[test]
fn not_an_epcis_document() {
	let err = parse_document(r#"{"type": "Something", "epcisBody": {}}"#).unwrap_err();
	assert_eq!(err.field, "type");
}

#[test]
fn missing_event_list() {
	let err = parse_document(r#"{"type": "EPCISDocument", "epcisBody": {}}"#).unwrap_err();
	assert_eq!(err.field, "eventList");
}

#[test]
fn query_document_is_read() {
	let q = json!({
		"type": "EPCISQueryDocument",
		"epcisBody": { "queryResults": { "resultsBody": { "eventList": [good()] } } }
	});
	assert_eq!(parse_document(&q.to_string()).unwrap().events.len(), 1);
}

#[test]
fn event_not_an_object() {
	let err = refused(json!("ObjectEvent"));
	assert_eq!((err.event, err.field.as_str()), (1, "eventList[1]"));
}

#[test]
fn missing_event_time() {
	let err = refused(with(|e| drop(e.as_object_mut().unwrap().remove("eventTime"))));
	assert_at(&err, "eventList[1].eventTime", "missing");
}

#[test]
fn event_time_without_offset() {
	let err = refused(with(|e| e["eventTime"] = "2024-01-01T10:00:00".into()));
	assert_at(&err, "eventList[1].eventTime", "xsd:dateTimeStamp");
}

#[test]
fn bad_time_zone_offset() {
	let err = refused(with(|e| e["eventTimeZoneOffset"] = "+1:00".into()));
	assert_at(&err, "eventList[1].eventTimeZoneOffset", "+HH:MM");
}

#[test]
fn unknown_event_type() {
	let err = refused(with(|e| e["type"] = "AssociationEvent".into()));
	assert_at(&err, "eventList[1].type", "unsupported event type");
}

#[test]
fn missing_action() {
	let err = refused(with(|e| drop(e.as_object_mut().unwrap().remove("action"))));
	assert_at(&err, "eventList[1].action", "missing");
}

#[test]
fn unknown_action() {
	let err = refused(with(|e| e["action"] = "UPDATE".into()));
	assert_at(&err, "eventList[1].action", "unknown action");
}

#[test]
fn unknown_biz_step() {
	let err = refused(with(|e| e["bizStep"] = "teleporting".into()));
	assert_at(&err, "eventList[1].bizStep", "neither a CBV term nor a URI");
}

#[test]
fn bad_gtin_check_digit() {
	let err =
		refused(with(|e| e["epcList"][0] = "https://id.gs1.org/01/09521141123452/21/1".into()));
	assert_at(&err, "eventList[1].epcList[0]", "check digit");
}

#[test]
fn malformed_urn() {
	let err = refused(with(|e| e["epcList"][0] = "urn:epc:id:sgtin:0614141.10734.2017".into()));
	assert_at(&err, "eventList[1].epcList[0]", "malformed");
}

#[test]
fn not_a_gs1_uri() {
	let err = refused(with(|e| e["epcList"][0] = "tag-42".into()));
	assert_at(&err, "eventList[1].epcList[0]", "not an EPC URN");
}

#[test]
fn untracked_gs1_key() {
	let err = refused(with(|e| e["epcList"][0] = "urn:epc:id:gdti:4012345.00009.PO-4711".into()));
	assert_at(&err, "eventList[1].epcList[0]", "unsupported identifier");
}

#[test]
fn bad_quantity() {
	let err = refused(with(|e| {
		e["quantityList"] =
			json!([{ "epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": -3 }])
	}));
	assert_at(&err, "eventList[1].quantityList[0].quantity", ">= 0");
}

#[test]
fn quantity_as_text() {
	let err = refused(with(|e| {
		e["quantityList"] =
			json!([{ "epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": "3" }])
	}));
	assert_at(&err, "eventList[1].quantityList[0].quantity", "JSON number");
}

#[test]
fn quantity_class_is_an_instance() {
	let err = refused(with(|e| {
		e["quantityList"] = json!([{ "epcClass": "urn:epc:id:sgtin:0614141.107346.2017" }])
	}));
	assert_at(&err, "eventList[1].quantityList[0].epcClass", "not a class");
}

#[test]
fn unit_without_quantity() {
	let err = refused(with(|e| {
		e["quantityList"] =
			json!([{ "epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "uom": "KGM" }])
	}));
	assert_at(&err, "eventList[1].quantityList[0].uom", "without a quantity");
}

#[test]
fn aggregation_without_parent() {
	let err = refused(with(|e| {
		e["type"] = "AggregationEvent".into();
		e["action"] = "ADD".into();
	}));
	assert_at(&err, "eventList[1].parentID", "required");
}

#[test]
fn transformation_with_action() {
	let err = refused(with(|e| e["type"] = "TransformationEvent".into()));
	assert_at(&err, "eventList[1].action", "no action");
}

#[test]
fn transaction_without_biz_transaction() {
	let err = refused(with(|e| e["type"] = "TransactionEvent".into()));
	assert_at(&err, "eventList[1].bizTransactionList", "needs a business transaction");
}

#[test]
fn unknown_source_type() {
	let err = refused(with(|e| {
		e["sourceList"] = json!([{ "type": "friend", "source": "urn:epc:id:pgln:4012345.00000" }])
	}));
	assert_at(&err, "eventList[1].sourceList[0].type", "unknown");
}

#[test]
fn read_point_without_id() {
	let err = refused(with(|e| e["readPoint"] = json!({})));
	assert_at(&err, "eventList[1].readPoint.id", "missing");
}

#[test]
fn hash_unsupported_feature() {
	let err = refused(with(|e| {
		e["sensorElementList"] =
			json!([{ "sensorReport": [{ "type": "Temperature", "booleanValue": true }] }])
	}));
	assert_at(
		&err,
		"eventList[1].sensorElementList[0].sensorReport[0].booleanValue",
		"unsupported",
	);
}

#[test]
fn unknown_top_level_field() {
	let err = refused(with(|e| e["colour"] = "green".into()));
	assert_at(&err, "eventList[1].colour", "unsupported");
}
