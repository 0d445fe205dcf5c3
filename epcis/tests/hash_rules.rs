//! Canonicalisation rules of the hash and the identifiers, one property each.

use iot_epcis::{event_hash_id, pre_hash_string, Context, HashError, Identifier, IdentifierKind};
use serde_json::{json, Value};

fn event(extra: Value) -> Value {
	let mut e = json!({
		"type": "ObjectEvent",
		"eventTime": "2024-01-01T10:00:00.1234+01:00",
		"eventTimeZoneOffset": "+01:00",
		"action": "OBSERVE"
	});
	for (k, v) in extra.as_object().unwrap() {
		e[k] = v.clone();
	}
	e
}

fn pre(extra: Value) -> String {
	pre_hash_string(&event(extra), &Context::default()).unwrap()
}

fn unsupported(extra: Value) -> String {
	match event_hash_id(&event(extra)) {
		Err(HashError::Unsupported { field, .. }) => field,
		other => panic!("expected Unsupported, got {other:?}"),
	}
}

#[test]
fn time_is_utc_milliseconds_rounded_half_up() {
	assert!(pre(json!({})).contains("eventTime=2024-01-01T09:00:00.123Z"));
	let e = json!({ "eventTime": "2024-01-01T10:00:00.1237+01:00" });
	assert!(pre(e).contains("eventTime=2024-01-01T09:00:00.124Z"));
	assert_eq!(unsupported(json!({ "eventTime": "2024-01-01T10:00:00.1245Z" })), "eventTime");
}

#[test]
fn quantities_lose_trailing_zeros() {
	let q = json!({ "quantityList": [{ "epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 2.50, "uom": "KGM" }] });
	assert!(pre(q).contains(
		"quantityElementepcClass=https://id.gs1.org/01/04012345123456/10/998877quantity=2.5uom=KGM"
	));
}

#[test]
fn extensions_sorted_with_namespace() {
	let e = json!({ "@context": { "ex": "https://ns.example.com/" }, "ex:b": "2", "ex:a": { "ex:z": "x1", "ex:y": "y1" } });
	assert!(pre(e).ends_with("{https://ns.example.com/}a{https://ns.example.com/}y=y1{https://ns.example.com/}z=x1{https://ns.example.com/}b=2"));
}

#[test]
fn refusals() {
	assert_eq!(unsupported(json!({ "ex:flag": true })), "ex:flag");
	assert_eq!(unsupported(json!({ "ex:code": "007" })), "ex:code");
	assert_eq!(unsupported(json!({ "ex:note": "shipping" })), "ex:note");
	assert_eq!(unsupported(json!({ "https://ns.example.com/x": "1" })), "https://ns.example.com/x");
	assert_eq!(unsupported(json!({ "readPoint": { "ex:only": "1" } })), "readPoint");
	assert_eq!(
		unsupported(json!({ "bizTransactionList": [{ "bizTransaction": "urn:x:1" }] })),
		"bizTransactionList[0]"
	);
	assert_eq!(
		unsupported(json!({ "epcList": ["https://example.com/01/09521141123454/21/A%2FB"] })),
		"epcList[0]"
	);
}

#[test]
fn malformed_urn_is_an_error_not_a_hash() {
	let e = event(json!({ "epcList": ["urn:epc:id:sscc:0614141.12345"] }));
	assert!(matches!(event_hash_id(&e), Err(HashError::Malformed { .. })));
}

#[test]
fn identifiers_from_urn_and_digital_link_agree() {
	let pairs = [
		("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2017"),
		(
			"urn:epc:class:lgtin:4012345.012345.998877",
			"https://brand.example/01/04012345123456/10/998877",
		),
		("urn:epc:id:sscc:0614141.1234567890", "https://id.gs1.org/sscc/106141412345678908"),
		("urn:epc:id:grai:4012345.00022.334455", "https://id.gs1.org/8003/04012345000221334455"),
		("urn:epc:id:giai:4012345.ABC345", "https://id.gs1.org/8004/4012345ABC345"),
		("urn:epc:idpat:sgtin:4012345.012345.*", "https://id.gs1.org/gtin/4012345123456"),
	];
	for (urn, dl) in pairs {
		let a = Identifier::parse(urn).unwrap();
		let b = Identifier::parse(dl).unwrap();
		assert_eq!(a.key(), b.key(), "{urn} vs {dl}");
		assert_eq!(a.canonical_uri(), b.canonical_uri());
		assert_eq!(a.uri, urn);
	}
	let sgtin = Identifier::parse("https://id.gs1.org/01/09521141123454/21/2017").unwrap();
	assert_eq!(sgtin.key(), "0109521141123454212017");
	let lot_and_serial =
		Identifier::parse("https://id.gs1.org/01/09521141123454/10/L1/21/7").unwrap();
	assert_eq!(
		lot_and_serial.kind,
		IdentifierKind::Sgtin { gtin: "09521141123454".into(), serial: "7".into() }
	);
	let grai = Identifier::parse("urn:epc:id:grai:4012345.00022.334455").unwrap();
	assert_eq!(
		grai.kind,
		IdentifierKind::Grai { grai: "04012345000221".into(), serial: Some("334455".into()) }
	);
}
