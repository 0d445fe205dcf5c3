//! Why a reading was refused: every refusal is answered to its sender, logged and counted under
//! its label.

use std::fmt;

/// The reason a reading was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
	/// The payload did not decode.
	Malformed(String),
	/// No such device on chain.
	UnknownDevice,
	/// The device is suspended or revoked.
	DeviceInactive,
	/// The device never declared this stream on chain.
	UnknownStream,
	/// The signature is not the device's over this reading on this chain.
	BadSignature,
	/// Unsigned, and the transport it came by is not trusted.
	Unsigned,
	/// This sequence number was accepted already.
	Duplicate { last: u64 },
	/// The sequence number is below the last one accepted for the stream.
	OutOfOrder { last: u64 },
	/// The timestamp is before the stream's last accepted one.
	TimeWentBackwards { last: u64 },
	/// The device is not cached and the chain cannot be asked: send again later.
	ChainUnavailable,
}

impl Refusal {
	/// The metrics label.
	pub fn label(&self) -> &'static str {
		match self {
			Self::Malformed(_) => "malformed",
			Self::UnknownDevice => "unknown_device",
			Self::DeviceInactive => "device_inactive",
			Self::UnknownStream => "unknown_stream",
			Self::BadSignature => "bad_signature",
			Self::Unsigned => "unsigned",
			Self::Duplicate { .. } => "duplicate",
			Self::OutOfOrder { .. } => "out_of_order",
			Self::TimeWentBackwards { .. } => "time_went_backwards",
			Self::ChainUnavailable => "chain_unavailable",
		}
	}

	/// Every label, so that metrics show zeros too.
	pub const LABELS: [&'static str; 10] = [
		"malformed",
		"unknown_device",
		"device_inactive",
		"unknown_stream",
		"bad_signature",
		"unsigned",
		"duplicate",
		"out_of_order",
		"time_went_backwards",
		"chain_unavailable",
	];
}

impl fmt::Display for Refusal {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Malformed(why) => write!(f, "malformed: {why}"),
			Self::UnknownDevice => f.write_str("unknown device"),
			Self::DeviceInactive => f.write_str("device suspended or revoked"),
			Self::UnknownStream => f.write_str("stream not declared on chain"),
			Self::BadSignature => f.write_str("bad signature"),
			Self::Unsigned => f.write_str("unsigned reading on an untrusted transport"),
			Self::Duplicate { last } => write!(f, "duplicate sequence (last accepted {last})"),
			Self::OutOfOrder { last } => write!(f, "sequence out of order (last accepted {last})"),
			Self::TimeWentBackwards { last } => {
				write!(f, "timestamp before the stream's last ({last})")
			}
			Self::ChainUnavailable => {
				f.write_str("device unknown to the gateway and chain unreachable")
			}
		}
	}
}
