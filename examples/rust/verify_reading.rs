//! Verify a reading against the chain, in Rust with subxt and `iot-metadata`: rebuild the batch
//! tree from the readings a gateway kept, prove one reading, and check the proof locally
//! against the root anchored on chain and with the runtime API `TelemetryApi::verify_reading`.
//! A reading with a changed value must fail both.
//!
//! ```text
//! cargo run --release -p iot-examples --bin verify_reading -- ws://127.0.0.1:9944 batch.json 3
//! ```

use anyhow::{anyhow, bail, Context, Result};
use codec::{Decode, Encode};
use iot_metadata::iot;
use iot_primitives::telemetry::{verify_reading, Batch, Reading, ReadingValue};
use sp_core::{bytes::from_hex, H256};
use subxt::{OnlineClient, PolkadotConfig};

/// Re-types a value between iot-primitives and subxt's generated types (the same SCALE bytes).
fn convert<A: Encode, B: Decode>(value: &A) -> Result<B> {
	B::decode(&mut &value.encode()[..]).map_err(|e| anyhow!("re-encoding: {e}"))
}

#[tokio::main]
async fn main() -> Result<()> {
	let mut args = std::env::args().skip(1);
	let url = args.next().unwrap_or_else(|| "ws://127.0.0.1:9944".into());
	let file = args.next().unwrap_or_else(|| "batch.json".into());
	let index: u32 = args.next().as_deref().unwrap_or("3").parse()?;
	let kept: serde_json::Value = serde_json::from_slice(&std::fs::read(&file)?)?;
	let anchor = kept["anchor"].as_u64().context("no anchor in the file")?;
	let readings = kept["readings"]
		.as_array()
		.context("no readings in the file")?
		.iter()
		.map(|hex| Ok(Reading::decode(&mut &from_hex(hex.as_str().context("not hex")?)?[..])?))
		.collect::<Result<Vec<Reading>>>()?;

	let api = OnlineClient::<PolkadotConfig>::from_insecure_url(&url).await?;
	let at = api.at_current_block().await?;
	let stored = at
		.storage()
		.try_fetch(iot::storage().telemetry_anchor().anchors(), (anchor,))
		.await?
		.context("no such anchor")?
		.decode()?;
	let root = H256(stored.root.0);
	println!("anchor {anchor}: root {root:?}, {} leaves", stored.leaf_count);

	let batch = Batch::new(readings);
	let reading = batch.readings().get(index as usize).context("no such reading")?.clone();
	let proof = batch.proof(index).context("no proof")?;
	// Checked twice: by this program over the root it read, and by the chain's own code.
	let check = |reading: Reading| {
		let local = verify_reading(&root, stored.leaf_count, &reading, &proof);
		let (at, proof) = (&at, &proof);
		async move {
			let call = iot::runtime_apis().telemetry_api().verify_reading(
				anchor,
				convert(&reading)?,
				convert(proof)?,
			);
			let on_chain: bool = at.runtime_apis().call(call).await?;
			Ok::<_, anyhow::Error>((local, on_chain))
		}
	};
	let genuine = check(reading.clone()).await?;
	println!(
		"reading {index} ({:?}): local {}, runtime API {}",
		reading.value, genuine.0, genuine.1
	);
	let forged = check(Reading { value: ReadingValue::Scalar(9999), ..reading }).await?;
	println!("the same reading with value 9999: local {}, runtime API {}", forged.0, forged.1);
	if genuine != (true, true) || forged != (false, false) {
		bail!("verification did not hold: the genuine reading must pass both checks and the changed one neither");
	}
	println!("verified: the reading is in the anchored batch, and a changed one is not");
	Ok(())
}
