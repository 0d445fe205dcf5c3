//! `iot-bench http-bodies`: registers devices and writes the signed request bodies of an HTTP load
//! test, sent by a second process (`scripts/http-load.sh` has wrk post them). Each connection of
//! the load gets a file of its own with devices of its own, so every device's readings reach the
//! gateway in order however the connections interleave (the gateway refuses a sequence number
//! below one it accepted).

use std::{io::Write, path::PathBuf};

use anyhow::{bail, Context, Result};
use iot_gateway::{chain::Chain, wire::ReadingJson};

use crate::gateway::onboard;

/// What to write.
pub struct BodiesArgs {
	pub devices: usize,
	pub connections: usize,
	pub per_body: usize,
	pub readings: usize,
	pub out: PathBuf,
}

/// Registers the devices, signs one reading each into `<out>/warmup.json`, then `readings` more
/// round-robin over them into `<out>/bodies-<connection>.jsonl`, one JSON array of `per_body`
/// readings per line.
pub async fn write(chain: &Chain, args: &BodiesArgs) -> Result<()> {
	if args.connections == 0 || args.per_body == 0 || args.devices < args.connections {
		bail!("want at least one connection, one reading per body and a device per connection");
	}
	let genesis = chain.genesis().await?;
	let mut devices = onboard(chain, args.devices).await?;
	std::fs::create_dir_all(&args.out)?;
	// One reading per device, posted before the load: the gateway reads each device from the
	// chain on first use, and the load measures the gateway warm.
	let warmup: Vec<_> =
		(0..devices.count()).map(|i| ReadingJson::from(&devices.reading(i, genesis))).collect();
	std::fs::write(args.out.join("warmup.json"), serde_json::to_vec(&warmup)?)?;
	let mut per_connection = vec![Vec::new(); args.connections];
	// Devices sign before the load starts: signing is the devices' work, not the gateway's.
	for i in 0..args.readings {
		let connection = (i % devices.count()) % args.connections;
		per_connection[connection].push(ReadingJson::from(&devices.reading(i, genesis)));
	}
	for (connection, readings) in per_connection.iter().enumerate() {
		let path = args.out.join(format!("bodies-{connection}.jsonl"));
		let file = std::fs::File::create(&path).with_context(|| format!("{}", path.display()))?;
		let mut file = std::io::BufWriter::new(file);
		for body in readings.chunks(args.per_body) {
			serde_json::to_writer(&mut file, body)?;
			file.write_all(b"\n")?;
		}
		file.flush()?;
	}
	println!(
		"{} readings from {} devices in {} files of {}-reading bodies under {}",
		args.readings,
		devices.count(),
		args.connections,
		args.per_body,
		args.out.display()
	);
	Ok(())
}
