//! # iot-device
//!
//! What a sensor needs to be a device of the IoT chain, for microcontrollers: `no_std`, no heap
//! (every payload is encoded into a fixed buffer, every tree hashed in a fixed stack), and no
//! panic on input from outside (a gateway's answer that does not parse is an [`Error`]).
//!
//! - [`signer`]: the [`Signer`] trait and the software keys (ed25519, secp256k1, P-256, and
//!   sr25519 behind its feature), plus [`signer::SecureElementSigner`] for a P-256 key that never
//!   leaves a secure element.
//! - [`Device`]: the possession proof for the owner, signed readings, device-signed batch
//!   headers ([`batch::BatchBuilder`]) and payment vouchers, all for one chain (its genesis
//!   hash) and numbered by [`sequence::Sequences`], which never hands out a sequence number
//!   twice, across reboots and power loss.
//! - [`ack`]: the gateway's answer to `POST /readings`.
//!
//! The encodings are `iot-encoding`'s, the ones the runtime checks, re-exported as
//! [`encoding`]: there is no second copy of them here.

#![cfg_attr(not(feature = "std"), no_std)]

pub mod ack;
pub mod batch;
pub mod device;
mod error;
pub mod sequence;
pub mod signer;

pub use device::Device;
pub use error::Error;
pub use iot_encoding as encoding;
pub use signer::Signer;

/// A global allocator that refuses every request, for firmware and C libraries built on this
/// crate. Nothing here allocates; SCALE's crate still needs an allocator linked (for its `Vec`
/// paths, which these do not take), and this one makes any allocation fail loudly (the
/// allocation error handler panics) instead of using memory the firmware did not plan for.
/// `#[global_allocator] static HEAP: iot_device::NoHeap = iot_device::NoHeap;`
pub struct NoHeap;

// SAFETY: a null answer is how an allocator says no; `dealloc` never sees a pointer it gave.
unsafe impl core::alloc::GlobalAlloc for NoHeap {
	unsafe fn alloc(&self, _: core::alloc::Layout) -> *mut u8 {
		core::ptr::null_mut()
	}

	unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}
}

/// Encodes `value` (SCALE) into the front of `out` without a heap; answers the length.
pub fn encode_into<T: codec::Encode>(value: &T, out: &mut [u8]) -> Result<usize, Error> {
	let len = value.encoded_size();
	let target = out.get_mut(..len).ok_or(Error::BufferTooSmall)?;
	let mut writer = encoding::payload::SliceWriter::new(target);
	value.encode_to(&mut writer);
	Ok(writer.written())
}
