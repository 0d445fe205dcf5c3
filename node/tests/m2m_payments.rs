//! End to end on `iot-node --dev`: a payment channel from Alice to Bob carries 1,000 vouchers
//! signed off chain and settles them in one claim, then closes cooperatively; a cold-chain escrow
//! pays the carrier once the device-signed summaries of an anchored batch prove the shipment
//! stayed cold (a too-strict condition is refused), and a delivery escrow is released by an
//! attested reading.

mod common;

use common::{
	chain::{account, find, submit, submit_failing, variant, Api, EventFields},
	telemetry::{anchor_signed, declare_stream},
	values::{i, reading_value, state_call, u},
	TestNode,
};
use iot_primitives::{
	currency::{MICRO_UNIT, UNIT},
	device::DeviceSignature,
	payment::{account_signed, Channel, Voucher},
	telemetry::{Reading, ReadingValue},
};
use sp_core::{sr25519, Pair, H256};
use subxt::{
	dynamic::Value,
	ext::scale_value::{At, Composite},
	rpcs::RpcClient,
};
use subxt_signer::sr25519::{dev, Keypair};

/// The development device whose key is `//One` (id 0, owned by Alice).
const DEVICE: u64 = 0;
const STREAM: u16 = 1;
const VOUCHERS: u128 = 1_000;
/// Each machine-to-machine payment: 500 micro-IOT.
const PRICE: u128 = 500 * MICRO_UNIT;
const T0: u64 = 1_780_000_000_000;

fn field(fields: &Composite<()>, name: &str) -> u128 {
	fields.at(name).and_then(|v| v.as_u128()).unwrap_or_else(|| panic!("no {name}"))
}

fn voucher_value(v: &Voucher<u128>) -> Value {
	Value::named_composite([
		("channel", u(v.channel)),
		("cumulative", u(v.cumulative)),
		("nonce", u(v.nonce)),
	])
}

fn signature_value(signature: &DeviceSignature) -> Value {
	let DeviceSignature::Sr25519(sig) = signature else { panic!("sr25519 vouchers only") };
	variant("Sr25519", sig)
}

async fn payment_channel(api: &Api, rpc: &RpcClient, genesis: H256) {
	let (alice, bob) = (dev::alice(), dev::bob());
	let events = submit(
		api,
		&alice,
		"M2mPayments",
		"open_channel",
		vec![account(&bob), Value::variant("None", Composite::unnamed([])), u(UNIT), u(1_000u32)],
	)
	.await;
	let channel = field(find(&events, "M2mPayments", "ChannelOpened"), "channel") as u64;

	// Off chain: the payer signs one cumulative voucher per payment; the payee checks each and
	// keeps the latest.
	let payer = sr25519::Pair::from_string("//Alice", None).unwrap();
	let mut latest = None;
	for n in 1..=VOUCHERS {
		let voucher = Voucher { channel, cumulative: n * PRICE, nonce: n as u64 };
		let payload = voucher.signing_payload(genesis);
		let signature = DeviceSignature::Sr25519(payer.sign(&payload).0);
		assert!(account_signed(&alice.public_key().0, &payload, &signature));
		latest = Some((voucher, signature));
	}
	let (voucher, signature) = latest.unwrap();
	let claimable: Option<u128> =
		state_call(rpc, "PaymentsApi_claimable", (voucher, signature.clone())).await;
	assert_eq!(claimable, Some(VOUCHERS * PRICE));

	let claim_args = vec![voucher_value(&voucher), signature_value(&signature)];
	let events = submit(api, &bob, "M2mPayments", "claim", claim_args.clone()).await;
	let claimed = find(&events, "M2mPayments", "VoucherClaimed");
	assert_eq!(field(claimed, "amount"), VOUCHERS * PRICE);

	let state: Option<Channel<[u8; 32], u128, u32>> =
		state_call(rpc, "PaymentsApi_channel", channel).await;
	let state = state.expect("open");
	assert_eq!((state.claimed, state.nonce), (VOUCHERS * PRICE, VOUCHERS as u64));

	// The same voucher again is a replay: refused alone, reported in a settlement.
	let error = submit_failing(api, &bob, "M2mPayments", "claim", claim_args).await;
	assert!(error.contains("VoucherReplayed"), "{error}");
	let events = submit(
		api,
		&bob,
		"M2mPayments",
		"settle",
		vec![Value::unnamed_composite([Value::named_composite([
			("voucher", voucher_value(&voucher)),
			("signature", signature_value(&signature)),
		])])],
	)
	.await;
	find(&events, "M2mPayments", "VoucherRefused");

	let events = submit(
		api,
		&bob,
		"M2mPayments",
		"cooperative_close",
		vec![u(channel), Value::variant("None", Composite::unnamed([]))],
	)
	.await;
	let closed = find(&events, "M2mPayments", "ChannelClosed");
	assert_eq!(field(closed, "paid"), VOUCHERS * PRICE);
	assert_eq!(field(closed, "refunded"), UNIT - VOUCHERS * PRICE);
}

/// Cold readings of the container: 2.0 to 6.9 °C, one a minute for 1,000 minutes.
fn shipment() -> Vec<Reading> {
	(0..1_000u64)
		.map(|n| Reading {
			device: DEVICE,
			stream: STREAM,
			sequence: n + 1,
			timestamp: T0 + n * 60_000,
			value: ReadingValue::Scalar(2_000 + (n % 50) as i64 * 100),
			salt: Some(sp_crypto_hashing::blake2_128(&n.to_le_bytes())),
		})
		.collect()
}

fn cold_chain(max: i64) -> Value {
	Value::named_variant(
		"AllReadingsWithin",
		[
			("device", u(DEVICE)),
			("stream", u(STREAM)),
			("from", u(T0)),
			("to", u(T0 + 999 * 60_000)),
			("min", i(-30_000)),
			("max", i(max)),
		],
	)
}

async fn escrow(api: &Api, consumer: &Keypair, carrier: &Keypair, condition: Value) -> u128 {
	let events = submit(
		api,
		consumer,
		"M2mPayments",
		"create_agreement",
		vec![account(carrier), u(UNIT), condition, u(1_000u32)],
	)
	.await;
	field(find(&events, "M2mPayments", "AgreementCreated"), "agreement")
}

fn window(anchor: u128) -> Value {
	Value::unnamed_variant("Window", [Value::unnamed_composite([u(anchor)])])
}

async fn release(api: &Api, by: &Keypair, agreement: u128, evidence: Value) -> Vec<EventFields> {
	submit(api, by, "M2mPayments", "release", vec![u(agreement), evidence]).await
}

async fn cold_chain_escrow(api: &Api, genesis: H256) {
	let (alice, bob) = (dev::alice(), dev::bob());
	let cold = escrow(api, &alice, &bob, cold_chain(8_000)).await;
	let strict = escrow(api, &alice, &bob, cold_chain(5_000)).await;
	let arrived = Value::named_variant(
		"ReadingWithin",
		[
			("device", u(DEVICE)),
			("stream", u(STREAM)),
			("after", u(T0)),
			("min", i(0)),
			("max", i(8_000)),
		],
	);
	let delivered = escrow(api, &alice, &bob, arrived).await;

	// The container's owner anchors its batch, signed by the device.
	declare_stream(api, &alice, DEVICE, STREAM).await;
	let device_key = sr25519::Pair::from_string("//One", None).unwrap();
	let (batch, anchor) = anchor_signed(api, &alice, &device_key, shipment(), genesis).await;

	let error =
		submit_failing(api, &bob, "M2mPayments", "release", vec![u(strict), window(anchor)]).await;
	assert!(error.contains("ValueOutOfBounds"), "{error}");

	let events = release(api, &bob, cold, window(anchor)).await;
	let released = find(&events, "M2mPayments", "AgreementReleased");
	assert_eq!(field(released, "amount"), UNIT);

	// The delivery: one reading attested on chain releases the second escrow.
	let index = 999u32;
	let reading = &batch.readings()[index as usize];
	let proof = batch.proof(index).unwrap();
	let siblings: Vec<Value> = proof.siblings.iter().map(|h| Value::from_bytes(h.0)).collect();
	submit(
		api,
		&bob,
		"TelemetryAnchor",
		"attest_reading",
		vec![
			u(anchor as u64),
			reading_value(reading),
			u(index),
			Value::unnamed_composite(siblings),
		],
	)
	.await;
	let evidence = Value::unnamed_variant("Reading", [u(reading.sequence)]);
	let events = release(api, &bob, delivered, evidence).await;
	find(&events, "M2mPayments", "AgreementReleased");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_thousand_vouchers_settle_in_one_claim_and_telemetry_releases_escrows() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let rpc = node.rpc().await;
	let genesis = H256(api.genesis_hash().0);

	payment_channel(&api, &rpc, genesis).await;
	cold_chain_escrow(&api, genesis).await;

	node.stop_cleanly();
}
