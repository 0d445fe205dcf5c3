//! End to end on `iot-node --dev`: devices with no balance sign their own transactions, from
//! subxt and from `@polkadot/api`, and their owner's sponsorship budget pays the fees; calls
//! outside the quota, of a revoked device or of an unknown key are refused by the pool.

mod common;

use std::str::FromStr;

use common::{
	chain::{find, submit, submit_refused, Api},
	devices::register,
	run_js,
	values::u,
	TestNode,
};
use sp_core::{sr25519, Pair};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::{At, Composite},
};
use subxt_signer::{
	sr25519::{dev, Keypair},
	SecretUri,
};

const MILLI: u128 = 1_000_000_000;

/// A device key as both sides know it: `sp_core` signs its proof of possession, subxt its
/// transactions.
fn device_key(uri: &str) -> (sr25519::Pair, Keypair) {
	let pair = sr25519::Pair::from_string(uri, None).expect("a dev key");
	let signer = Keypair::from_uri(&SecretUri::from_str(uri).unwrap()).expect("a dev key");
	assert_eq!(pair.public().0, signer.public_key().0);
	(pair, signer)
}

async fn read(api: &Api, pallet: &str, item: &str, key: [u8; 32]) -> Option<Value> {
	let address = dynamic::storage::<([u8; 32],), Value>(pallet, item);
	let at = api.at_current_block().await.unwrap();
	let value = at.storage().fetch(address, (key,)).await.ok()?;
	Some(value.decode().expect("the value decodes"))
}

async fn free(api: &Api, who: [u8; 32]) -> u128 {
	read(api, "System", "Account", who)
		.await
		.and_then(|a| a.at("data").at("free").and_then(|v| v.as_u128()))
		.unwrap_or(0)
}

async fn budget(api: &Api, owner: [u8; 32]) -> u128 {
	read(api, "FeeSponsorship", "Budgets", owner)
		.await
		.and_then(|b| b.at("amount").and_then(|v| v.as_u128()))
		.expect("the owner has a budget")
}

fn quota(fees: u128, transactions: u32, scopes: u8) -> Value {
	Value::named_composite([
		("fees", u(fees)),
		("transactions", u(transactions)),
		("scopes", Value::unnamed_composite([u(scopes)])),
	])
}

const PAYMENTS: u8 = 0b0_0010;

/// Alice sponsors `device` for payments and lets it spend from her account.
async fn sponsor_for_payments(api: &Api, device: u64, transactions: u32) {
	let alice = dev::alice();
	let events = submit(
		api,
		&alice,
		"FeeSponsorship",
		"sponsor_device",
		vec![u(device), quota(100 * MILLI, transactions, PAYMENTS)],
	)
	.await;
	find(&events, "FeeSponsorship", "DeviceSponsored");
	submit(
		api,
		&alice,
		"M2mPayments",
		"set_spending_limit",
		vec![u(device), u(100 * MILLI), u(600u32)],
	)
	.await;
}

fn device_pay(device: u64, to: [u8; 32], amount: u128) -> Vec<Value> {
	vec![u(device), Value::from_bytes(to), u(amount)]
}

/// The pool's refusal carries the sponsorship's refusal code.
fn assert_custom(refusal: &str, code: u8) {
	assert!(refusal.contains(&format!("custom error: {code}\"")), "{refusal}");
}

fn field_u128(fields: &Composite<()>, name: &str) -> u128 {
	fields.at(name).and_then(|v| v.as_u128()).unwrap_or_else(|| panic!("field {name}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn devices_without_balance_transact_on_their_owners_budget() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let alice = dev::alice();
	let alice_id = alice.public_key().0;
	let bob_id = dev::bob().public_key().0;

	let (rust_pair, rust_device) = device_key("//sponsored-by-subxt");
	let (js_pair, _) = device_key("//sponsored-by-polkadot-js");
	let rust_id = register(&api, &alice, &rust_pair).await;
	let js_id = register(&api, &alice, &js_pair).await;
	submit(&api, &alice, "FeeSponsorship", "fund", vec![u(1_000 * MILLI)]).await;
	sponsor_for_payments(&api, rust_id, 2).await;
	sponsor_for_payments(&api, js_id, 2).await;

	// From subxt: the device, with nothing of its own, pays Bob from Alice's spending limit.
	let device_account = rust_pair.public().0;
	assert_eq!(free(&api, device_account).await, 0);
	let before = budget(&api, alice_id).await;
	let bob_before = free(&api, bob_id).await;
	let events =
		submit(&api, &rust_device, "M2mPayments", "device_pay", device_pay(rust_id, bob_id, MILLI))
			.await;
	let sponsored = find(&events, "FeeSponsorship", "FeeSponsored");
	let fee = field_u128(sponsored, "fee");
	assert!(fee > 0);
	assert_eq!(field_u128(sponsored, "device"), rust_id as u128);
	assert_eq!(budget(&api, alice_id).await, before - fee, "the fee came from the budget");
	assert_eq!(free(&api, device_account).await, 0, "the device paid nothing");
	assert_eq!(free(&api, bob_id).await, bob_before + MILLI);

	// A call outside the payments scope is refused by the pool (Custom 3: CallNotSponsored).
	let refused = submit_refused(
		&api,
		&rust_device,
		"System",
		"remark",
		vec![Value::from_bytes(b"not sponsored")],
	)
	.await;
	assert_custom(&refused, 3);

	// The second transaction of the quota passes, the third is refused (Custom 4).
	let events =
		submit(&api, &rust_device, "M2mPayments", "device_pay", device_pay(rust_id, bob_id, MILLI))
			.await;
	find(&events, "FeeSponsorship", "QuotaReached");
	let refused = submit_refused(
		&api,
		&rust_device,
		"M2mPayments",
		"device_pay",
		device_pay(rust_id, bob_id, MILLI),
	)
	.await;
	assert_custom(&refused, 4);

	// From @polkadot/api, with its default signing: the script checks the same from its side.
	let owner = format!("0x{}", common::values::hex(&alice_id));
	run_js("sponsorship.mjs", &[&node.ws_url(), &js_id.to_string(), &owner]);

	// A revoked device is refused (Custom 2), and so is a key no one registered.
	submit(&api, &alice, "DeviceRegistry", "revoke", vec![u(js_id)]).await;
	let (_, js_device) = device_key("//sponsored-by-polkadot-js");
	let refused =
		submit_refused(&api, &js_device, "M2mPayments", "device_pay", device_pay(js_id, bob_id, 1))
			.await;
	assert_custom(&refused, 2);
	let (_, stranger) = device_key("//never-registered");
	let refused =
		submit_refused(&api, &stranger, "M2mPayments", "device_pay", device_pay(js_id, bob_id, 1))
			.await;
	assert!(refused.contains("pay"), "{refused}");

	node.stop_cleanly();
}
