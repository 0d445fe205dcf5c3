//! The configuration file (TOML); command-line flags override it.
//!
//! ```toml
//! [chain]
//! url = "ws://127.0.0.1:9944"
//! suri = "//Alice"              # the gateway's signing account
//!
//! [spool]
//! path = "iot-gateway.redb"
//!
//! [batch]
//! max_readings = 1000           # a full batch is cut at once
//! max_age_ms = 2000             # ... or when its oldest reading waited this long
//! in_flight = 8                 # anchor transactions in flight
//!
//! [payments]
//! settle_ms = 5000              # held vouchers are claimed this often, 256 per transaction
//!
//! [mqtt]                        # optional
//! host = "127.0.0.1"
//! port = 1883
//! topics = ["iot/+/readings"]
//!
//! [http]                        # optional
//! listen = "127.0.0.1:8080"
//! trusted = false               # trust unsigned readings posted here
//!
//! [private]                     # optional: streams sealed for their readers (see `private`)
//! streams = ["3:0", "3:1"]      # "<device>:<stream>"
//! ```

use std::{net::SocketAddr, path::PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::{mqtt::MqttConfig, private::StreamKey};

/// The whole configuration.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct Config {
	#[serde(default)]
	pub chain: ChainConfig,
	#[serde(default)]
	pub spool: SpoolConfig,
	#[serde(default)]
	pub batch: BatchConfig,
	#[serde(default)]
	pub payments: PaymentsConfig,
	pub mqtt: Option<MqttConfig>,
	pub http: Option<HttpConfig>,
	#[serde(default)]
	pub private: PrivateConfig,
}

/// The streams whose readings are encrypted for the readers the chain names.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct PrivateConfig {
	/// `"<device>:<stream>"` each.
	#[serde(default)]
	pub streams: Vec<StreamKey>,
}

/// The node and the signing account.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct ChainConfig {
	pub url: String,
	pub suri: String,
}

impl Default for ChainConfig {
	fn default() -> Self {
		Self { url: "ws://127.0.0.1:9944".into(), suri: "//Alice".into() }
	}
}

/// Where the spool lives.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct SpoolConfig {
	pub path: PathBuf,
}

impl Default for SpoolConfig {
	fn default() -> Self {
		Self { path: "iot-gateway.redb".into() }
	}
}

/// Batching and anchoring.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct BatchConfig {
	pub max_readings: usize,
	pub max_age_ms: u64,
	pub in_flight: usize,
}

impl Default for BatchConfig {
	fn default() -> Self {
		Self { max_readings: 1000, max_age_ms: 2000, in_flight: 8 }
	}
}

/// Voucher settlement.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct PaymentsConfig {
	/// How often held vouchers are settled (ms).
	pub settle_ms: u64,
}

impl Default for PaymentsConfig {
	fn default() -> Self {
		Self { settle_ms: 5000 }
	}
}

/// The HTTP endpoint.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
	pub listen: SocketAddr,
	#[serde(default)]
	pub trusted: bool,
	/// A static build of the explorer (web/dist) to serve for GETs the API does not answer.
	#[serde(default)]
	pub web: Option<PathBuf>,
}

impl Config {
	/// Reads `path`, or the defaults without one.
	pub fn load(path: Option<&PathBuf>) -> Result<Self> {
		let Some(path) = path else { return Ok(Self::default()) };
		let text =
			std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
		toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_full_file_parses_and_unknown_keys_are_refused() {
		let text = r#"
			[chain]
			url = "ws://node:9944"
			suri = "//Gateway"
			[batch]
			max_readings = 50
			max_age_ms = 10
			in_flight = 2
			[mqtt]
			host = "broker"
			topics = ["a/+/b"]
			trust_broker = true
			[http]
			listen = "0.0.0.0:8080"
		"#;
		let config: Config = toml::from_str(text).unwrap();
		assert_eq!(config.batch.max_readings, 50);
		assert!(config.private.streams.is_empty());
		let mqtt = config.mqtt.unwrap();
		assert_eq!((mqtt.port, mqtt.device_segment, mqtt.trust_broker), (1883, 1, true));
		assert_eq!(config.spool.path, PathBuf::from("iot-gateway.redb"));
		assert!(toml::from_str::<Config>("[batch]\nmax_reading = 5").is_err());
	}

	#[test]
	fn private_streams_parse_and_malformed_ones_say_why() {
		let config: Config = toml::from_str("[private]\nstreams = [\"3:0\", \"12:7\"]").unwrap();
		let keys: Vec<_> = config.private.streams.iter().map(|k| (k.device, k.stream)).collect();
		assert_eq!(keys, vec![(3, 0), (12, 7)]);
		for bad in ["3", "3:", "x:0", "3:70000"] {
			let text = format!("[private]\nstreams = [\"{bad}\"]");
			let error = toml::from_str::<Config>(&text).unwrap_err().to_string();
			assert!(error.contains("<device>:<stream>"), "{bad}: {error}");
		}
	}
}
