//! SCALE values of the project's types for subxt's dynamic API, and runtime API calls.

// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use codec::{Decode, Encode};
use iot_primitives::telemetry::{Reading, ReadingValue, StreamRange, ValueSummary};
use subxt::{
	dynamic::Value,
	ext::scale_value::Composite,
	rpcs::{rpc_params, RpcClient},
};

use super::chain::some;

pub fn u(n: impl Into<u128>) -> Value {
	Value::u128(n.into())
}

pub fn i(n: impl Into<i128>) -> Value {
	Value::i128(n.into())
}

pub fn range_value(r: &StreamRange) -> Value {
	Value::named_composite([
		("device", u(r.device)),
		("stream", u(r.stream)),
		("first_sequence", u(r.first_sequence)),
		("last_sequence", u(r.last_sequence)),
		("first_timestamp", u(r.first_timestamp)),
		("last_timestamp", u(r.last_timestamp)),
		("count", u(r.count)),
	])
}

pub fn summary_value(s: &ValueSummary) -> Value {
	Value::named_composite([("min", i(s.min)), ("max", i(s.max)), ("sum", i(s.sum))])
}

pub fn reading_value(r: &Reading) -> Value {
	let ReadingValue::Scalar(v) = r.value else { panic!("scalar readings only") };
	Value::named_composite([
		("device", u(r.device)),
		("stream", u(r.stream)),
		("sequence", u(r.sequence)),
		("timestamp", u(r.timestamp)),
		("value", Value::variant("Scalar", Composite::unnamed([i(v)]))),
		("salt", some(Value::from_bytes(r.salt.expect("salted")))),
	])
}

/// Calls runtime API `method` with SCALE `args` at the best block and decodes its answer.
pub async fn state_call<R: Decode>(rpc: &RpcClient, method: &str, args: impl Encode) -> R {
	let args = format!("0x{}", hex(&args.encode()));
	let result: String = rpc
		.request("state_call", rpc_params![method, args])
		.await
		.unwrap_or_else(|e| panic!("{method} answers: {e}"));
	R::decode(&mut &unhex(&result)[..]).unwrap_or_else(|e| panic!("{method} decodes: {e}"))
}

pub fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(s: &str) -> Vec<u8> {
	let s = s.trim_start_matches("0x");
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}
