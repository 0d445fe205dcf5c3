//! End to end on `iot-node --dev`: a weather station's owner sells its readings and a machine
//! buys them with the spending limit its owner set; the JSON-RPC tells who reads what; then the
//! station changes hands and its readers lose access, the buyer refunded what was not served.

mod common;

use std::str::FromStr;

use common::{
	chain::{account, find, submit, submit_failing, Api},
	curl,
	devices::register,
	values::u,
	TestNode,
};
use iot_primitives::currency::MILLI_UNIT;
use serde_json::json;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use subxt::{dynamic::Value, ext::scale_value::At};
use subxt_signer::{
	sr25519::{dev, Keypair},
	SecretUri,
};

/// The station: the development device `//One` (id 0), Alice's.
const STATION: u64 = 0;
const STREAM: u16 = 1;
const PRICE: u128 = 10 * MILLI_UNIT;
/// Blocks per period: long enough that a transfer lands inside the first one.
const PERIOD: u32 = 1_000;

fn ss58(keypair: &Keypair) -> String {
	sp_core::crypto::AccountId32::from(keypair.public_key().0).to_ss58check()
}

async fn call(
	api: &Api,
	signer: &Keypair,
	name: &str,
	args: Vec<Value>,
) -> Vec<common::chain::EventFields> {
	submit(api, signer, "DataAccess", name, args).await
}

/// What `who` holds for data-access subscriptions (its `Balances::Holds` entry).
async fn subscription_hold(api: &Api, who: &Keypair) -> u128 {
	let address = subxt::dynamic::storage::<([u8; 32],), Value>("Balances", "Holds");
	let at = api.at_current_block().await.expect("a block");
	let Ok(holds) = at.storage().fetch(address, (who.public_key().0,)).await else { return 0 };
	let holds: Value = holds.decode().expect("holds decode");
	// A BoundedVec decodes as a one-field composite around its sequence.
	let holds = holds.at(0).filter(|first| first.at("id").is_none()).unwrap_or(&holds);
	(0..)
		.map_while(|i| holds.at(i))
		.filter(|hold| format!("{:?}", hold.at("id")).contains("Subscription"))
		.filter_map(|hold| hold.at("amount").and_then(|a| a.as_u128()))
		.sum()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_machine_buys_a_stations_data_and_loses_it_when_the_station_changes_hands() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_url(node.ws_url()).await.expect("connects");
	let (alice, bob, charlie) = (dev::alice(), dev::bob(), dev::charlie());

	// Charlie's machine: a registered device whose own key signs, with a spending limit.
	let uri = "//e2e-data-buyer";
	let machine_key = sr25519::Pair::from_string(uri, None).unwrap();
	let machine = Keypair::from_uri(&SecretUri::from_str(uri).unwrap()).unwrap();
	let buyer = register(&api, &charlie, &machine_key).await;
	let fees = vec![Value::unnamed_variant("Id", [account(&machine)]), u(MILLI_UNIT * 100)];
	submit(&api, &charlie, "Balances", "transfer_keep_alive", fees).await;
	let limit = vec![u(buyer), u(3 * PRICE), u(PERIOD)];
	submit(&api, &charlie, "M2mPayments", "set_spending_limit", limit).await;

	// Alice sells the station's stream; the machine buys two periods on its allowance.
	let offer = vec![u(STATION), u(STREAM), u(PRICE), u(PERIOD), u(12u32), u(0u64)];
	call(&api, &alice, "offer", offer).await;
	call(&api, &machine, "set_encryption_key", vec![Value::from_bytes([5u8; 32])]).await;
	let pay = Value::unnamed_variant("Device", [u(buyer)]);
	let too_many = vec![u(STATION), u(STREAM), u(4u32), u(PRICE), pay.clone()];
	let refused = submit_failing(&api, &machine, "DataAccess", "subscribe", too_many).await;
	assert!(refused.contains("SpendingLimitExceeded"), "{refused}");
	let subscribe = vec![u(STATION), u(STREAM), u(2u32), u(PRICE), pay];
	let events = call(&api, &machine, "subscribe", subscribe).await;
	find(&events, "DataAccess", "Subscribed");
	assert_eq!(subscription_hold(&api, &charlie).await, 2 * PRICE);
	// Bob, who bought nothing, cannot read; a bystander cannot spend the machine's allowance.
	let stolen = vec![
		u(STATION),
		u(STREAM),
		u(1u32),
		u(PRICE),
		Value::unnamed_variant("Device", [u(buyer)]),
	];
	let refused = submit_failing(&api, &bob, "DataAccess", "subscribe", stolen).await;
	assert!(refused.contains("NotAuthorized"), "{refused}");

	// The JSON-RPC: the stream's readers with their keys, the machine's access, read checks.
	let grants = &curl(&node, "iot_grants", json!([STATION, STREAM]))["result"];
	let readers = grants["readers"].as_array().expect("readers");
	assert_eq!(readers.len(), 1, "{grants}");
	assert_eq!(readers[0]["account"], json!(ss58(&machine)));
	assert_eq!(readers[0]["key"], json!(format!("0x{}", "05".repeat(32))));
	assert_eq!(readers[0]["subscription"]["payer"], json!(ss58(&charlie)));
	assert_eq!(readers[0]["subscription"]["periods"], json!(2));
	assert_eq!(readers[0]["live"], json!(true));
	let access = &curl(&node, "iot_accessOf", json!([ss58(&machine)]))["result"];
	assert_eq!(access[0]["device"], json!(STATION), "{access}");
	let can = |who: &Keypair| curl(&node, "iot_canRead", json!([ss58(who), STATION, STREAM, 5]));
	assert_eq!(can(&machine)["result"], json!(true));
	assert_eq!(can(&bob)["result"], json!(false));
	assert_eq!(can(&alice)["result"], json!(true), "the owner always reads");
	let bad = curl(&node, "iot_accessOf", json!(["not an account"]));
	assert_eq!(bad["error"]["code"], json!(-32602), "{bad}");

	// Alice gives the station to Bob: the machine's access ends and Charlie gets back what was
	// not served, far more than one period.
	submit(&api, &alice, "DeviceRegistry", "offer_transfer", vec![u(STATION), account(&bob)]).await;
	let events = submit(&api, &bob, "DeviceRegistry", "accept_transfer", vec![u(STATION)]).await;
	let ended = find(&events, "DataAccess", "AccessEnded");
	let refunded = ended.at("refunded").and_then(|r| r.as_u128()).expect("refunded");
	assert!(refunded > PRICE && refunded < 2 * PRICE, "refunded {refunded}");
	assert_eq!(subscription_hold(&api, &charlie).await, 0);
	assert_eq!(can(&machine)["result"], json!(false));
	let grants = &curl(&node, "iot_grants", json!([STATION, STREAM]))["result"];
	assert_eq!(grants, &json!({ "epoch": null, "readers": [] }));
	node.stop_cleanly();
}
