//! The C API of `iot-device` (`include/iot_device.h`, generated from this file by cbindgen).
//!
//! Every function returns `IOT_OK` (0) or a negative error code (`IOT_ERR_*`), writes its
//! outputs through the caller's pointers and buffers, and never allocates: the batch and the
//! sequence store live in caller-provided structs of fixed size. Outputs are SCALE bytes, the
//! ones the gateway (`POST /readings` with `Content-Type: application/scale`) and the chain take.

#![no_std]

mod api;
mod signer;

pub use api::*;
pub use signer::IotSigner;

/// Success.
pub const IOT_OK: i32 = 0;
/// The output buffer is too small.
pub const IOT_ERR_BUFFER_TOO_SMALL: i32 = -1;
/// The signer failed (the secure element's callback returned non-zero, or the secret is invalid).
pub const IOT_ERR_SIGNER: i32 = -2;
/// The key kind is unknown or not built into the library.
pub const IOT_ERR_UNSUPPORTED_KEY: i32 = -3;
/// The flash callbacks failed.
pub const IOT_ERR_STORAGE: i32 = -4;
/// More streams than the sequence store keeps (8).
pub const IOT_ERR_TOO_MANY_STREAMS: i32 = -5;
/// The stream's sequence numbers are used up.
pub const IOT_ERR_SEQUENCE_EXHAUSTED: i32 = -6;
/// The reading does not belong in the batch, or the batch is empty or full.
pub const IOT_ERR_BAD_BATCH: i32 = -7;
/// The gateway's answer is not one.
pub const IOT_ERR_MALFORMED: i32 = -8;
/// A required pointer is null.
pub const IOT_ERR_NULL: i32 = -9;

const _: () = {
	use iot_device::Error;
	assert!(IOT_ERR_BUFFER_TOO_SMALL == Error::BufferTooSmall.code());
	assert!(IOT_ERR_SIGNER == Error::Signer.code());
	assert!(IOT_ERR_UNSUPPORTED_KEY == Error::UnsupportedKey.code());
	assert!(IOT_ERR_STORAGE == Error::Storage.code());
	assert!(IOT_ERR_TOO_MANY_STREAMS == Error::TooManyStreams.code());
	assert!(IOT_ERR_SEQUENCE_EXHAUSTED == Error::SequenceExhausted.code());
	assert!(IOT_ERR_BAD_BATCH == Error::BadBatch.code());
	assert!(IOT_ERR_MALFORMED == Error::Malformed.code());
};

// The library never allocates: see `NoHeap`.
#[global_allocator]
static HEAP: iot_device::NoHeap = iot_device::NoHeap;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
	// The library does not panic on any input; should it ever, halting beats undefined
	// behaviour. The firmware must run a watchdog, which then restarts the device.
	loop {
		core::hint::spin_loop();
	}
}
