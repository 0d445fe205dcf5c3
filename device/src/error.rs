//! The errors a device call answers, each with a stable code for the C API.

/// What went wrong; `code()` is the number the C API returns (negative, 0 being success).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Error {
	/// The output buffer is shorter than the encoding.
	BufferTooSmall,
	/// The signer refused or failed (a secure element's error, an invalid secret).
	Signer,
	/// The key kind is not built into this firmware.
	UnsupportedKey,
	/// Flash could not be read or written.
	Storage,
	/// More streams than the sequence store keeps.
	TooManyStreams,
	/// A stream's sequence numbers are used up.
	SequenceExhausted,
	/// A reading that does not belong in the batch (another device or stream, an older
	/// sequence, a value without a scalar, or a batch that is full or empty).
	BadBatch,
	/// Input from outside the device (a gateway's answer) is malformed or too big.
	Malformed,
}

impl Error {
	/// The C API's code for this error.
	pub const fn code(self) -> i32 {
		match self {
			Self::BufferTooSmall => -1,
			Self::Signer => -2,
			Self::UnsupportedKey => -3,
			Self::Storage => -4,
			Self::TooManyStreams => -5,
			Self::SequenceExhausted => -6,
			Self::BadBatch => -7,
			Self::Malformed => -8,
		}
	}
}
