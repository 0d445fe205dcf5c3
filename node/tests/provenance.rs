//! End to end on `iot-node --dev`, two stories.
//!
//! Farm to table: a farm commissions a lettuce lot and sells it to a packer, who makes 100
//! cases of it and packs them onto a pallet; a carrier takes the pallet with its reefer's
//! thermometer bound to the leg; a retailer's escrow will pay the carrier once the leg is met;
//! the retailer receives the pallet, the thermometer's device-signed telemetry proves the leg
//! met and the escrow pays. A shopper looks a case up by its GTIN and serial (`iot_itemHistory`)
//! and reads the farm, the packer, the carrier and the verdict; the farm recalls the lot and the
//! case reads as recalled.
//!
//! Vaccine cold chain: one reading of the leg is at 9.5 °C; the leg is violated, the escrow is
//! not released, and the lot's history shows the excursion.

mod common;

use common::{
	chain::{account, find, none, some, submit, submit_failing, Api, EventFields},
	curl,
	telemetry::{anchor_signed, declare_stream},
	values::{i, u},
	TestNode,
};
use iot_primitives::{
	currency::UNIT,
	telemetry::{Reading, ReadingValue},
};
use serde_json::json;
use sp_core::{sr25519, Pair, H256};
use subxt::{
	dynamic::Value,
	ext::scale_value::{At, Composite},
};
use subxt_signer::sr25519::{dev, Keypair};

/// The reefer's thermometer: the development device `//One` (id 0), Alice's.
const TRACKER: u64 = 0;
const LETTUCE_GTIN: &str = "09506000134352";
const VACCINE_GTIN: &str = "09506000134369";

fn ss58(keypair: &Keypair) -> String {
	use sp_core::crypto::Ss58Codec;
	sp_core::crypto::AccountId32::from(keypair.public_key().0).to_ss58check()
}

fn empty(name: &str) -> Value {
	Value::variant(name, Composite::unnamed([]))
}

fn number(fields: &Composite<()>, name: &str) -> u64 {
	fields.at(name).and_then(|v| v.as_u128()).unwrap_or_else(|| panic!("no {name}")) as u64
}

fn context(step: &str) -> Value {
	Value::named_composite([
		("time", u(1_780_000_000_000u64)),
		("place", none()),
		("step", some(Value::from_bytes(step))),
		("disposition", some(Value::from_bytes("in_progress"))),
		("document", none()),
		("corrects", none()),
	])
}

fn item(kind: Value, gtin: &str, key: &str) -> Value {
	Value::named_composite([
		("kind", kind),
		("class", Value::from_bytes(sp_crypto_hashing::blake2_256(gtin.as_bytes()))),
		("key", some(Value::from_bytes(key))),
		("tag", none()),
	])
}

fn lot(gtin: &str, lot: &str, kilograms: u64) -> Value {
	let kind = Value::named_variant(
		"Lot",
		[("quantity", u(kilograms * 1_000)), ("uom", Value::from_bytes(b"KGM"))],
	);
	item(kind, gtin, &format!("01{gtin}10{lot}"))
}

fn unit(gtin: &str, serial: &str) -> Value {
	item(empty("Unit"), gtin, &format!("01{gtin}21{serial}"))
}

fn container(sscc: &str) -> Value {
	item(empty("Container"), "", &format!("00{sscc}"))
}

async fn call(api: &Api, who: &Keypair, name: &str, args: Vec<Value>) -> Vec<EventFields> {
	submit(api, who, "Provenance", name, args).await
}

/// Commissions `items` by `who`; answers the first id.
async fn commission(api: &Api, who: &Keypair, items: Vec<Value>) -> u64 {
	let events = call(
		api,
		who,
		"commission",
		vec![Value::unnamed_composite(items), context("commissioning")],
	)
	.await;
	number(find(&events, "Provenance", "Commissioned"), "first")
}

async fn hand_over(api: &Api, from: &Keypair, to: &Keypair, item: u64, transfer: &str) {
	call(api, from, "propose_handoff", vec![u(item), account(to), empty(transfer)]).await;
	call(api, to, "accept_handoff", vec![u(item)]).await;
}

/// The carrier starts a leg of `item` on the tracker's `stream`; the consumer escrows `UNIT` for
/// the carrier on it. Answers the leg and the agreement.
async fn leg_with_escrow(
	api: &Api,
	carrier: &Keypair,
	consumer: &Keypair,
	item: u64,
	stream: u16,
	band: (i64, i64),
) -> (u64, u64) {
	let band = Value::named_composite([
		("min", i(band.0)),
		("max", i(band.1)),
		("max_excursion", u(0u64)),
	]);
	let events = call(api, carrier, "start_leg", vec![u(item), u(TRACKER), u(stream), band]).await;
	let leg = number(find(&events, "Provenance", "LegStarted"), "leg");
	let condition = Value::named_variant("LegMet", [("leg", u(leg))]);
	let args = vec![account(carrier), u(UNIT), condition, u(1_000u32)];
	let events = submit(api, consumer, "M2mPayments", "create_agreement", args).await;
	(leg, number(find(&events, "M2mPayments", "AgreementCreated"), "agreement"))
}

/// One reading a second of the tracker's `stream` across the leg's window (from the item's
/// story), `hot` (if any) in the middle; anchored by the tracker's owner, signed by the tracker.
async fn anchor_leg(
	api: &Api,
	node: &TestNode,
	key: &str,
	leg: u64,
	stream: u16,
	hot: Option<i64>,
	genesis: H256,
) -> u128 {
	let story = curl(node, "iot_itemHistory", json!([key]));
	let legs = story["result"]["legs"].as_array().expect("legs");
	let window = legs.iter().find(|l| l["id"] == leg).expect("the leg is in the story");
	let (from, to) = (window["from"].as_u64().unwrap(), window["to"].as_u64().expect("ended"));
	let times: Vec<u64> = (from.saturating_sub(3_000)..=to + 1_000).step_by(1_000).collect();
	let middle = times.len() / 2;
	let readings = times
		.iter()
		.enumerate()
		.map(|(n, timestamp)| Reading {
			device: TRACKER,
			stream,
			sequence: n as u64 + 1,
			timestamp: *timestamp,
			value: ReadingValue::Scalar(match hot {
				Some(value) if n == middle => value,
				_ => 300 + (n % 5) as i64 * 20,
			}),
			salt: Some(sp_crypto_hashing::blake2_128(&codec::Encode::encode(&(stream, n as u64)))),
		})
		.collect();
	let device_key = sr25519::Pair::from_string("//One", None).unwrap();
	anchor_signed(api, &dev::alice(), &device_key, readings, genesis).await.1
}

async fn farm_to_table(api: &Api, node: &TestNode, genesis: H256) {
	let (carrier, farm, packer, retailer, shopper) =
		(dev::alice(), dev::bob(), dev::charlie(), dev::dave(), dev::eve());
	let lot_id = commission(api, &farm, vec![lot(LETTUCE_GTIN, "L7", 500)]).await;
	hand_over(api, &farm, &packer, lot_id, "Both").await;
	let cases: Vec<Value> = (1..=100).map(|n| unit(LETTUCE_GTIN, &format!("C{n:03}"))).collect();
	let args = vec![
		Value::unnamed_composite([u(lot_id)]),
		Value::unnamed_composite(cases),
		context("commissioning"),
	];
	let events = call(api, &packer, "transform", args).await;
	let first_case = number(find(&events, "Provenance", "Transformed"), "first");
	let pallet = commission(api, &packer, vec![container("095060001343520017")]).await;
	let case_ids = (first_case..first_case + 100).map(u).collect::<Vec<_>>();
	let args = vec![u(pallet), Value::unnamed_composite(case_ids), context("packing")];
	call(api, &packer, "aggregate", args).await;

	hand_over(api, &packer, &carrier, pallet, "Custody").await;
	declare_stream(api, &carrier, TRACKER, 1).await;
	let (leg, agreement) = leg_with_escrow(api, &carrier, &retailer, pallet, 1, (100, 500)).await;
	// Nothing pays before the leg is proven.
	let refused =
		submit_failing(api, &carrier, "M2mPayments", "release", vec![u(agreement), empty("Leg")])
			.await;
	assert!(refused.contains("LegNotMet"), "{refused}");
	hand_over(api, &carrier, &retailer, pallet, "Custody").await;

	let anchor = anchor_leg(api, node, "00095060001343520017", leg, 1, None, genesis).await;
	let events =
		call(api, &shopper, "prove_leg", vec![u(leg), Value::unnamed_composite([u(anchor)])]).await;
	find(&events, "Provenance", "LegJudged");
	let events =
		submit(api, &carrier, "M2mPayments", "release", vec![u(agreement), empty("Leg")]).await;
	let released = find(&events, "M2mPayments", "AgreementReleased");
	assert_eq!(number(released, "amount") as u128, UNIT);

	// The shopper scans a case.
	let case_key = format!("01{LETTUCE_GTIN}21C042");
	let story = &curl(node, "iot_itemHistory", json!([case_key]))["result"];
	assert_eq!(story["producer"], ss58(&packer));
	assert_eq!(story["custodian"], ss58(&retailer));
	assert_eq!(story["recalled"], false);
	let verdicts: Vec<_> =
		story["legs"].as_array().unwrap().iter().map(|l| l["verdict"].clone()).collect();
	assert_eq!(verdicts, vec![json!("met")]);
	let carried = story["events"]
		.as_array()
		.unwrap()
		.iter()
		.any(|e| e["kind"] == "handoff" && e["to"] == ss58(&carrier) && e["via"] == pallet);
	assert!(carried, "the carrier's handoff is in the case's story: {story}");
	let farm_lot = &story["inputs"][0];
	assert_eq!(farm_lot["producer"], ss58(&farm));
	assert_eq!(farm_lot["kind"]["lot"], json!({ "quantity": "500.000", "uom": "KGM" }));
	let by_key = curl(node, "iot_itemByKey", json!([case_key]));
	assert_eq!(by_key["result"], first_case + 41);

	// The farm recalls the lot: the case reads as recalled, though nothing was written to it.
	call(api, &farm, "recall", vec![u(lot_id), none()]).await;
	let story = &curl(node, "iot_itemHistory", json!([first_case + 41]))["result"];
	assert_eq!(
		(story["recalled"].clone(), story["recalledBy"].clone()),
		(json!(true), json!(lot_id))
	);
}

async fn vaccine_cold_chain(api: &Api, node: &TestNode, genesis: H256) {
	let (carrier, maker, clinic) = (dev::alice(), dev::ferdie(), dev::dave());
	let lot_id = commission(api, &maker, vec![lot(VACCINE_GTIN, "VX-11", 12)]).await;
	let shipper = commission(api, &maker, vec![container("095060001343690013")]).await;
	let args = vec![u(shipper), Value::unnamed_composite([u(lot_id)]), context("packing")];
	call(api, &maker, "aggregate", args).await;
	hand_over(api, &maker, &carrier, shipper, "Custody").await;
	declare_stream(api, &carrier, TRACKER, 2).await;
	let (leg, agreement) = leg_with_escrow(api, &carrier, &clinic, shipper, 2, (200, 800)).await;
	hand_over(api, &carrier, &clinic, shipper, "Custody").await;

	let anchor = anchor_leg(api, node, "00095060001343690013", leg, 2, Some(950), genesis).await;
	let events =
		call(api, &clinic, "prove_leg", vec![u(leg), Value::unnamed_composite([u(anchor)])]).await;
	find(&events, "Provenance", "LegJudged");
	let refused =
		submit_failing(api, &carrier, "M2mPayments", "release", vec![u(agreement), empty("Leg")])
			.await;
	assert!(refused.contains("LegNotMet"), "{refused}");

	let story =
		&curl(node, "iot_itemHistory", json!([format!("01{VACCINE_GTIN}10VX-11")]))["result"];
	let verdict = &story["legs"][0]["verdict"]["violated"];
	assert!(verdict["excursion"].as_u64().is_some_and(|ms| ms > 0), "{story}");
	assert!(verdict["from"].as_u64() < verdict["to"].as_u64(), "{story}");
}

#[tokio::test(flavor = "multi_thread")]
async fn farm_to_table_and_a_broken_cold_chain() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let genesis = H256(api.genesis_hash().0);

	farm_to_table(&api, &node, genesis).await;
	vaccine_cold_chain(&api, &node, genesis).await;

	node.stop_cleanly();
}
