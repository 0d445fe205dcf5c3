//! End to end: the Polkadot.js compatibility suite (`tests/js/compat.mjs`: `@polkadot/api` with
//! its default signing, as Polkadot.js apps uses it) against a fresh `iot-node --dev`: the chain
//! properties, every call of every custom pallet signed and submitted with its events decoded by
//! field name, and every storage item, runtime API and view function of the custom pallets read
//! and decoded.

mod common;

use common::{run_js, TestNode};

#[tokio::test(flavor = "multi_thread")]
async fn polkadot_js_signs_every_custom_call_and_decodes_every_read() {
	let node = TestNode::start(&["--dev"]).await;
	run_js("compat.mjs", &[&node.ws_url()]);
	node.stop_cleanly();
}
