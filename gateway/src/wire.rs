//! Readings on the wire: JSON (what most devices and brokers carry) and SCALE (what constrained
//! firmware sends), both decoding to [`SignedReading`].
//!
//! JSON: `{"device":3,"stream":0,"sequence":17,"timestamp":1700000000000,"value":{"scalar":8125},
//! "salt":"0x…16 bytes","signature":{"sr25519":"0x…"}}`; `value` may be `{"payloadHash":"0x…"}`,
//! `salt` and `signature` may be left out. The reading's fields are those `iot_verifyReading`
//! takes. SCALE: a `SignedReading`, or a `Vec<SignedReading>` over HTTP.

use codec::{DecodeAll, Encode};
use iot_primitives::{
	device::DeviceSignature,
	telemetry::{Reading, ReadingProof, ReadingValue, SignedReading},
};
use serde::{Deserialize, Serialize};
use sp_core::{
	bytes::{from_hex, to_hex},
	H256,
};

/// A reading as JSON.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadingJson {
	pub device: u64,
	pub stream: u16,
	pub sequence: u64,
	pub timestamp: u64,
	pub value: ValueJson,
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub salt: Option<String>,
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub signature: Option<SignatureJson>,
}

/// `{"scalar": 8125}` or `{"payloadHash": "0x…"}`.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum ValueJson {
	Scalar(i64),
	PayloadHash(H256),
}

/// `{"<kind>": "0x…"}` with kind `sr25519`, `ed25519`, `secp256k1` or `p256`.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum SignatureJson {
	Sr25519(String),
	Ed25519(String),
	Secp256k1(String),
	P256(String),
}

/// A proof as the gateway serves it and `iot-gateway verify` reads it.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProofJson {
	/// The anchor that committed the batch.
	pub anchor: u64,
	/// The batch's root and leaf count, as anchored.
	pub root: H256,
	pub leaf_count: u32,
	/// The reading (without its signature).
	pub reading: ReadingJson,
	/// `{"leafIndex": n, "siblings": ["0x…"]}`.
	pub proof: PathJson,
}

/// A Merkle path.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PathJson {
	pub leaf_index: u32,
	pub siblings: Vec<H256>,
}

fn bytes<const N: usize>(field: &str, text: &str) -> Result<[u8; N], String> {
	text.strip_prefix("0x")
		.and_then(|h| from_hex(h).ok())
		.and_then(|b| <[u8; N]>::try_from(b).ok())
		.ok_or_else(|| format!("{field}: not {N} bytes of 0x hex"))
}

/// A signature from its JSON form.
pub fn signature_from_json(signature: SignatureJson) -> Result<DeviceSignature, String> {
	Ok(match signature {
		SignatureJson::Sr25519(s) => DeviceSignature::Sr25519(bytes("signature.sr25519", &s)?),
		SignatureJson::Ed25519(s) => DeviceSignature::Ed25519(bytes("signature.ed25519", &s)?),
		SignatureJson::Secp256k1(s) => {
			DeviceSignature::Secp256k1(bytes("signature.secp256k1", &s)?)
		}
		SignatureJson::P256(s) => DeviceSignature::P256(bytes("signature.p256", &s)?),
	})
}

impl TryFrom<ReadingJson> for SignedReading {
	type Error = String;

	fn try_from(r: ReadingJson) -> Result<Self, String> {
		let salt = r.salt.as_deref().map(|s| bytes::<16>("salt", s)).transpose()?;
		let value = match r.value {
			ValueJson::Scalar(v) => ReadingValue::Scalar(v),
			ValueJson::PayloadHash(h) => ReadingValue::PayloadHash(h),
		};
		let signature = r.signature.map(signature_from_json).transpose()?;
		let reading = Reading {
			device: r.device,
			stream: r.stream,
			sequence: r.sequence,
			timestamp: r.timestamp,
			value,
			salt,
		};
		Ok(SignedReading { reading, signature })
	}
}

impl From<&SignedReading> for ReadingJson {
	fn from(s: &SignedReading) -> Self {
		let r = &s.reading;
		let signature = s.signature.as_ref().map(|sig| match sig {
			DeviceSignature::Sr25519(b) => SignatureJson::Sr25519(to_hex(b, false)),
			DeviceSignature::Ed25519(b) => SignatureJson::Ed25519(to_hex(b, false)),
			DeviceSignature::Secp256k1(b) => SignatureJson::Secp256k1(to_hex(b, false)),
			DeviceSignature::P256(b) => SignatureJson::P256(to_hex(b, false)),
		});
		Self {
			device: r.device,
			stream: r.stream,
			sequence: r.sequence,
			timestamp: r.timestamp,
			value: match r.value {
				ReadingValue::Scalar(v) => ValueJson::Scalar(v),
				ReadingValue::PayloadHash(h) => ValueJson::PayloadHash(h),
			},
			salt: r.salt.map(|s| to_hex(&s, false)),
			signature,
		}
	}
}

impl From<&ReadingProof> for PathJson {
	fn from(p: &ReadingProof) -> Self {
		Self { leaf_index: p.leaf_index, siblings: p.siblings.clone() }
	}
}

impl From<PathJson> for ReadingProof {
	fn from(p: PathJson) -> Self {
		Self { leaf_index: p.leaf_index, siblings: p.siblings }
	}
}

/// One message from a broker or a file line: a JSON object, or a SCALE `SignedReading`.
pub fn decode_message(payload: &[u8]) -> Result<SignedReading, String> {
	if payload.first() == Some(&b'{') {
		let json: ReadingJson =
			serde_json::from_slice(payload).map_err(|e| format!("JSON: {e}"))?;
		json.try_into()
	} else {
		SignedReading::decode_all(&mut &payload[..])
			.map_err(|_| "neither a JSON object nor a SCALE SignedReading".into())
	}
}

/// An HTTP body: a JSON object or array of objects, or a SCALE `Vec<SignedReading>`.
pub fn decode_body(body: &[u8], scale: bool) -> Result<Vec<Result<SignedReading, String>>, String> {
	if scale {
		let all = Vec::<SignedReading>::decode_all(&mut &body[..])
			.map_err(|e| format!("SCALE Vec<SignedReading>: {e}"))?;
		return Ok(all.into_iter().map(Ok).collect());
	}
	let value: serde_json::Value =
		serde_json::from_slice(body).map_err(|e| format!("JSON: {e}"))?;
	let items = match value {
		serde_json::Value::Array(items) => items,
		object => vec![object],
	};
	Ok(items
		.into_iter()
		.map(|item| {
			serde_json::from_value::<ReadingJson>(item)
				.map_err(|e| format!("JSON: {e}"))
				.and_then(SignedReading::try_from)
		})
		.collect())
}

/// The SCALE form of readings, for clients that post `application/scale`.
pub fn encode_body(readings: &[SignedReading]) -> Vec<u8> {
	readings.encode()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn sample() -> SignedReading {
		SignedReading {
			reading: Reading {
				device: 3,
				stream: 1,
				sequence: 17,
				timestamp: 1_700_000_000_000,
				value: ReadingValue::Scalar(-8125),
				salt: Some([9; 16]),
			},
			signature: Some(DeviceSignature::Ed25519([4; 64])),
		}
	}

	#[test]
	fn json_and_scale_round_trip() {
		let s = sample();
		let json = serde_json::to_vec(&ReadingJson::from(&s)).unwrap();
		assert_eq!(decode_message(&json).unwrap(), s);
		assert_eq!(decode_message(&s.encode()).unwrap(), s);
		let body = decode_body(&encode_body(&[s.clone(), s.clone()]), true).unwrap();
		assert_eq!(body.len(), 2);
		let array = format!("[{},{{\"device\":1}}]", String::from_utf8(json).unwrap());
		let body = decode_body(array.as_bytes(), false).unwrap();
		assert_eq!(body[0].as_ref().unwrap(), &s);
		assert!(body[1].as_ref().unwrap_err().contains("missing field"));
	}

	#[test]
	fn malformed_fields_say_which() {
		let mut json = ReadingJson::from(&sample());
		json.salt = Some("0x0102".into());
		assert_eq!(
			SignedReading::try_from(json.clone()).unwrap_err(),
			"salt: not 16 bytes of 0x hex"
		);
		json.salt = None;
		json.signature = Some(SignatureJson::Sr25519("zz".into()));
		assert!(SignedReading::try_from(json).unwrap_err().starts_with("signature.sr25519"));
		assert!(decode_message(b"{\"device\":\"x\"}").unwrap_err().starts_with("JSON"));
		assert!(decode_message(&[1, 2]).is_err());
	}
}
