//! The gateway's answer to `POST /readings`: `{"accepted": n, "refused": [{"index": i,
//! "reason": "bad_signature", "detail": "…"}, …]}` (202 when all were taken, 422 when some were
//! refused), or `{"error": "…"}` for a body it could not read.
//!
//! Parsed without a heap. An answer may list at most [`MAX_REFUSED`] refusals (so a device sends
//! at most that many readings per request), nest at most [`MAX_DEPTH`] deep and be at most
//! [`MAX_ANSWER`] bytes long; anything else (too long, too deep, not JSON, another shape) is
//! [`Error::Malformed`]. The depth is checked first because the JSON parser skips unknown fields
//! by recursion: a hostile gateway could otherwise exhaust a microcontroller's stack.

use serde::Deserialize;

use crate::Error;

/// The most refusals one answer may list.
pub const MAX_REFUSED: usize = 16;
/// The deepest nesting of arrays and objects an answer may have (the gateway's has 3).
pub const MAX_DEPTH: usize = 4;
/// The longest answer read, in bytes.
pub const MAX_ANSWER: usize = 8 * 1024;

/// Why the gateway refused a reading (its `reason` labels).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Reason {
	/// The body or the reading did not decode.
	Malformed,
	/// The device is not registered.
	UnknownDevice,
	/// The device is suspended or retired.
	DeviceInactive,
	/// The stream is not declared.
	UnknownStream,
	/// The signature does not verify: the reading was altered, or signed for another chain.
	BadSignature,
	/// The gateway wants signed readings.
	Unsigned,
	/// The sequence number was taken already.
	Duplicate,
	/// The sequence number is behind the stream's anchored ones.
	OutOfOrder,
	/// The timestamp is behind the stream's last.
	TimeWentBackwards,
	/// The gateway cannot reach the chain: try again later.
	ChainUnavailable,
	/// The gateway was stopping: try again later.
	ShuttingDown,
	/// A reason this firmware does not know.
	Other,
}

impl Reason {
	fn from_label(label: &str) -> Self {
		match label {
			"malformed" => Self::Malformed,
			"unknown_device" => Self::UnknownDevice,
			"device_inactive" => Self::DeviceInactive,
			"unknown_stream" => Self::UnknownStream,
			"bad_signature" => Self::BadSignature,
			"unsigned" => Self::Unsigned,
			"duplicate" => Self::Duplicate,
			"out_of_order" => Self::OutOfOrder,
			"time_went_backwards" => Self::TimeWentBackwards,
			"chain_unavailable" => Self::ChainUnavailable,
			"shutting_down" => Self::ShuttingDown,
			_ => Self::Other,
		}
	}

	/// Whether sending the same reading again later may succeed.
	pub fn is_transient(self) -> bool {
		matches!(self, Self::ChainUnavailable | Self::ShuttingDown)
	}
}

/// A refused reading: its index in the request and why.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Refusal {
	/// The reading's position in the request body.
	pub index: u32,
	/// Why.
	pub reason: Reason,
}

/// What the gateway took of a request.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Ack {
	/// How many readings were accepted (durably spooled for anchoring).
	pub accepted: u32,
	/// The refused ones, in the order the gateway listed them.
	refused: [Option<Refusal>; MAX_REFUSED],
	refused_len: usize,
}

impl Ack {
	/// The refusals.
	pub fn refused(&self) -> impl Iterator<Item = Refusal> + '_ {
		self.refused[..self.refused_len].iter().flatten().copied()
	}

	/// Whether every reading was taken.
	pub fn all_accepted(&self) -> bool {
		self.refused_len == 0
	}
}

#[derive(Deserialize)]
struct RawRefusal<'a> {
	index: u32,
	#[serde(borrow)]
	reason: &'a str,
}

#[derive(Deserialize)]
struct RawAck<'a> {
	accepted: u32,
	#[serde(borrow)]
	refused: serde_json_core::heapless::Vec<RawRefusal<'a>, MAX_REFUSED>,
}

/// Parses the body of the gateway's answer to `POST /readings`.
pub fn parse(body: &[u8]) -> Result<Ack, Error> {
	if body.len() > MAX_ANSWER || depth(body) > MAX_DEPTH {
		return Err(Error::Malformed);
	}
	let (raw, _) = serde_json_core::from_slice::<RawAck>(body).map_err(|_| Error::Malformed)?;
	let mut ack = Ack { accepted: raw.accepted, refused: [None; MAX_REFUSED], refused_len: 0 };
	for (slot, refusal) in ack.refused.iter_mut().zip(raw.refused.iter()) {
		*slot = Some(Refusal { index: refusal.index, reason: Reason::from_label(refusal.reason) });
	}
	ack.refused_len = raw.refused.len();
	Ok(ack)
}

/// How deep arrays and objects nest in `json`, brackets inside strings not counted.
fn depth(json: &[u8]) -> usize {
	let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
	for &byte in json {
		match (in_string, escaped, byte) {
			(true, true, _) => escaped = false,
			(true, false, b'\\') => escaped = true,
			(true, false, b'"') => in_string = false,
			(true, false, _) => {}
			(false, _, b'"') => in_string = true,
			(false, _, b'[' | b'{') => {
				depth += 1;
				deepest = deepest.max(depth);
			}
			(false, _, b']' | b'}') => depth = depth.saturating_sub(1),
			_ => {}
		}
	}
	deepest
}
