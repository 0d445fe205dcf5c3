//! The JSON of `GET /data/challenge` and `GET /data/<device>/<stream>`, shared by the gateway
//! that serves it and the reader's CLI that reads it. Bytes are 0x-hex.
//!
//! ```json
//! {"device": 3, "stream": 0, "from": 0, "to": 255, "next": null,
//!  "epochs": [{"epoch": 0, "envelope": "0x…80 bytes, or null if none was sealed to this reader"}],
//!  "batches": [{"batch": 7, "epoch": 0, "wrappedKey": "0x…72 bytes", "anchor": 12,
//!               "root": "0x…", "leafCount": 40}],
//!  "readings": [{"sequence": 0, "timestamp": 1700000000000, "ciphertext": "0x…",
//!                "batch": 7, "anchor": 12, "leafIndex": 3, "siblings": ["0x…"]}]}
//! ```

use serde::{Deserialize, Serialize};
use sp_core::H256;

/// `GET /data/challenge`.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChallengeJson {
	/// 32 random bytes to sign into one request.
	pub nonce: String,
	/// Seconds it stays valid.
	pub expires_in_s: u64,
}

/// A page of a private stream.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DataAnswer {
	/// The device.
	pub device: u64,
	/// Its stream.
	pub stream: u16,
	/// The first sequence asked for.
	pub from: u64,
	/// The last sequence this page covers (the request's, or less: the page size, the grant).
	pub to: u64,
	/// Where the next page starts, if sealed readings follow `to`.
	pub next: Option<u64>,
	/// Each epoch of the page, with the requester's envelope if one was sealed to it.
	pub epochs: Vec<EpochJson>,
	/// Each batch of the page.
	pub batches: Vec<BatchJson>,
	/// The sealed readings, by sequence.
	pub readings: Vec<SealedJson>,
}

/// An epoch of a stream, as one reader sees it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EpochJson {
	/// The gateway's local epoch number.
	pub epoch: u32,
	/// The epoch key sealed to the requester's published key (HPKE), `None` if none was.
	pub envelope: Option<String>,
}

/// A batch's key for the stream and where it was anchored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BatchJson {
	/// The gateway's batch id (bound into the wrapped key).
	pub batch: u64,
	/// The epoch whose key wraps the data key.
	pub epoch: u32,
	/// The data key wrapped under the epoch key.
	pub wrapped_key: String,
	/// The anchor that committed it, `None` until it is anchored.
	pub anchor: Option<u64>,
	/// Its root and leaf count.
	pub root: H256,
	pub leaf_count: u32,
}

/// One sealed reading with its proof.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SealedJson {
	pub sequence: u64,
	pub timestamp: u64,
	/// `nonce || ciphertext || tag`.
	pub ciphertext: String,
	/// Its batch (see `batches`).
	pub batch: u64,
	/// The anchor of its batch, `None` until it is anchored.
	pub anchor: Option<u64>,
	/// Its leaf in the batch tree and the sibling hashes up to the root.
	pub leaf_index: u32,
	pub siblings: Vec<H256>,
}

/// A refusal: `{"error": "<outcome label>", "detail": "…"}`.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct ErrorJson {
	pub error: String,
	#[serde(default)]
	pub detail: String,
}
