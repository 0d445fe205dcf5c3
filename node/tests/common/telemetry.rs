//! Anchoring device-signed telemetry, as a device's owner does.

// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use iot_primitives::telemetry::{Batch, Reading};
use sp_core::{sr25519, Pair, H256};
use subxt::{
	dynamic::Value,
	ext::scale_value::{At, Composite},
};
use subxt_signer::sr25519::Keypair;

use super::{
	chain::{find, some, submit, variant, Api},
	values::{range_value, summary_value, u},
};

/// Declares `device`'s `stream` (a temperature a minute), by its owner.
pub async fn declare_stream(api: &Api, owner: &Keypair, device: u64, stream: u16) {
	let args = vec![u(device), u(stream), Value::from_bytes(b"temperature"), u(1u32), u(60_000u64)];
	submit(api, owner, "TelemetryAnchor", "declare_stream", args).await;
}

/// Anchors `readings` (one device's stream) as one batch whose header and summary the device
/// signs with `device_key`; the owner submits it. Returns the batch and its anchor id.
pub async fn anchor_signed(
	api: &Api,
	owner: &Keypair,
	device_key: &sr25519::Pair,
	readings: Vec<Reading>,
	genesis: H256,
) -> (Batch, u128) {
	let (device, stream) = (readings[0].device, readings[0].stream);
	let batch = Batch::new(readings);
	let header = batch.header(device, stream).expect("one stream");
	let signature = device_key.sign(&header.signing_payload(genesis));
	let range = Value::named_composite([
		("range", range_value(&header.range)),
		(
			"signed_summary",
			some(Value::unnamed_composite([
				summary_value(&header.summary),
				variant("Sr25519", &signature.0),
			])),
		),
	]);
	let events = submit(
		api,
		owner,
		"TelemetryAnchor",
		"anchor_batch",
		vec![
			Value::from_bytes(batch.root().0),
			u(batch.leaf_count().unwrap()),
			Value::unnamed_composite([range]),
			Value::variant("None", Composite::unnamed([])),
		],
	)
	.await;
	let anchor = find(&events, "TelemetryAnchor", "BatchAnchored")
		.at("anchor")
		.and_then(|v| v.as_u128())
		.expect("an anchor id");
	(batch, anchor)
}
