//! The exported functions.

use core::{ffi::c_void, mem, ptr};

use codec::{Compact, Encode};
use iot_device::{
	ack,
	batch::BatchBuilder,
	device::{possession_proof, sign_payload},
	encoding::{
		payload::{PAYMENT_VOUCHER, TELEMETRY_BATCH, TELEMETRY_READING},
		payment::Voucher,
		telemetry::{Reading, ReadingValue, SignedReading},
		H256,
	},
	sequence::{Flash, Sequences, RECORD_LEN},
	Error, Signer,
};

use crate::{signer::Any, IotSigner, IOT_ERR_NULL, IOT_OK};

/// A reading with a scalar value (fixed point in the stream's unit, e.g. milli-degrees).
#[repr(C)]
pub struct IotReading {
	pub device: u64,
	pub stream: u16,
	pub sequence: u64,
	/// Milliseconds since the Unix epoch.
	pub timestamp: u64,
	pub value: i64,
	/// Non-zero when `salt` is part of the reading (it should be: it keeps the leaf unguessable).
	pub has_salt: u8,
	pub salt: [u8; 16],
}

/// 64-bit words of an `IotBatch`.
pub const IOT_BATCH_WORDS: usize = 160;
/// 64-bit words of an `IotSequences`.
pub const IOT_SEQUENCES_WORDS: usize = 32;

/// A batch being built (one stream of one device). Pass it to no other function before
/// `iot_batch_init`. Built for 32-bit microcontrollers: on a 64-bit host its alignment (8) is
/// below the builder's (16), and the library does not compile there.
#[repr(C)]
pub struct IotBatch {
	pub opaque: [u64; IOT_BATCH_WORDS],
}

/// The sequence store; open with `iot_sequences_open`. Keep exactly one per flash: never copy it
/// or open a second one on the same flash (two stores would hand out the same numbers), keep
/// the flash `context` alive as long as the store, and do not call the library from the flash
/// callbacks.
#[repr(C)]
pub struct IotSequences {
	pub opaque: [u64; IOT_SEQUENCES_WORDS],
}

/// Two slots of `IOT_RECORD_LEN` bytes of flash, through callbacks that return 0 on success.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct IotFlash {
	pub context: *mut c_void,
	pub read: Option<unsafe extern "C" fn(context: *mut c_void, slot: u8, record: *mut u8) -> i32>,
	pub write:
		Option<unsafe extern "C" fn(context: *mut c_void, slot: u8, record: *const u8) -> i32>,
}

/// The bytes of one flash record.
pub const IOT_RECORD_LEN: usize = 128;

const _: () = assert!(IOT_RECORD_LEN == RECORD_LEN);

/// What the gateway took of a request.
#[repr(C)]
pub struct IotAck {
	pub accepted: u32,
	pub refused: u32,
	/// The index of the first refused reading (when `refused > 0`).
	pub first_refused_index: u32,
	/// Whether sending the first refused reading again later may succeed.
	pub first_refused_transient: bool,
}

const _: () = assert!(mem::size_of::<BatchBuilder>() <= mem::size_of::<IotBatch>());
const _: () = assert!(mem::align_of::<BatchBuilder>() <= mem::align_of::<IotBatch>());
const _: () = assert!(mem::size_of::<Sequences<CFlash>>() <= mem::size_of::<IotSequences>());
const _: () = assert!(mem::align_of::<Sequences<CFlash>>() <= mem::align_of::<IotSequences>());

fn status(result: Result<(), Error>) -> i32 {
	result.map_or_else(Error::code, |()| IOT_OK)
}

/// Writes the SCALE encoding of `value` to `out` (`cap` bytes) and its length to `len`.
fn write_out<T: Encode>(value: &T, out: *mut u8, cap: usize, len: *mut usize) -> i32 {
	if out.is_null() || len.is_null() {
		return IOT_ERR_NULL;
	}
	// SAFETY: the caller gave `cap` writable bytes at `out` and a writable `len`.
	let buffer = unsafe { core::slice::from_raw_parts_mut(out, cap) };
	match iot_device::encode_into(value, buffer) {
		Ok(n) => {
			unsafe { *len = n };
			IOT_OK
		}
		Err(e) => e.code(),
	}
}

unsafe fn array<'a, const N: usize>(p: *const u8) -> Option<&'a [u8; N]> {
	// SAFETY: a non-null pointer the caller promised points at N readable bytes.
	(!p.is_null()).then(|| unsafe { &*(p as *const [u8; N]) })
}

fn reading(r: &IotReading) -> Reading {
	Reading {
		device: r.device,
		stream: r.stream,
		sequence: r.sequence,
		timestamp: r.timestamp,
		value: ReadingValue::Scalar(r.value),
		salt: (r.has_salt != 0).then_some(r.salt),
	}
}

/// The device's public key as the registry takes it (SCALE `DevicePublicKey`, 33 or 34 bytes).
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_public_key(
	key: *const IotSigner,
	out: *mut u8,
	cap: usize,
	len: *mut usize,
) -> i32 {
	let Some(key) = (unsafe { key.as_ref() }) else { return IOT_ERR_NULL };
	match Any::from_c(key) {
		Ok(signer) => write_out(&signer.public_key(), out, cap, len),
		Err(e) => e.code(),
	}
}

/// The possession proof for `owner` (32-byte account) and `nonce` on the chain with `genesis`
/// (SCALE `DeviceSignature`), for `register_device`.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_possession_proof(
	key: *const IotSigner,
	genesis: *const u8,
	owner: *const u8,
	nonce: u64,
	out: *mut u8,
	cap: usize,
	len: *mut usize,
) -> i32 {
	let (Some(key), Some(genesis), Some(owner)) =
		(unsafe { key.as_ref() }, unsafe { array::<32>(genesis) }, unsafe { array::<32>(owner) })
	else {
		return IOT_ERR_NULL;
	};
	let proof = Any::from_c(key)
		.and_then(|mut signer| possession_proof(&mut signer, H256(*genesis), owner, nonce));
	match proof {
		Ok(proof) => write_out(&proof, out, cap, len),
		Err(e) => e.code(),
	}
}

/// The signed reading (SCALE `SignedReading`) for the gateway.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_sign_reading(
	key: *const IotSigner,
	genesis: *const u8,
	reading_in: *const IotReading,
	out: *mut u8,
	cap: usize,
	len: *mut usize,
) -> i32 {
	let (Some(key), Some(genesis), Some(r)) =
		(unsafe { key.as_ref() }, unsafe { array::<32>(genesis) }, unsafe { reading_in.as_ref() })
	else {
		return IOT_ERR_NULL;
	};
	let reading = reading(r);
	let signature = Any::from_c(key).and_then(|mut signer| {
		sign_payload(&mut signer, TELEMETRY_READING, H256(*genesis), &reading)
	});
	match signature {
		Ok(s) => write_out(&SignedReading { reading, signature: Some(s) }, out, cap, len),
		Err(e) => e.code(),
	}
}

/// The SCALE length prefix of a body of `count` readings (`Vec<SignedReading>`): send it, then
/// the readings.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_body_prefix(
	count: u32,
	out: *mut u8,
	cap: usize,
	len: *mut usize,
) -> i32 {
	write_out(&Compact(count), out, cap, len)
}

/// Starts an empty batch.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_batch_init(batch: *mut IotBatch) -> i32 {
	if batch.is_null() {
		return IOT_ERR_NULL;
	}
	// SAFETY: size and alignment are checked at compile time above.
	unsafe { ptr::write(batch as *mut BatchBuilder, BatchBuilder::new()) };
	IOT_OK
}

/// Adds a reading to the batch (same device and stream, rising sequence).
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_batch_add(batch: *mut IotBatch, reading_in: *const IotReading) -> i32 {
	let (Some(batch), Some(r)) =
		(unsafe { (batch as *mut BatchBuilder).as_mut() }, unsafe { reading_in.as_ref() })
	else {
		return IOT_ERR_NULL;
	};
	status(batch.add(&reading(r)))
}

/// The batch's header (SCALE `BatchHeader`) and the device's signature over it (SCALE
/// `DeviceSignature`), for `anchor_batch`.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_batch_sign(
	batch: *const IotBatch,
	key: *const IotSigner,
	genesis: *const u8,
	header_out: *mut u8,
	header_cap: usize,
	header_len: *mut usize,
	signature_out: *mut u8,
	signature_cap: usize,
	signature_len: *mut usize,
) -> i32 {
	let (Some(batch), Some(key), Some(genesis)) =
		(unsafe { (batch as *const BatchBuilder).as_ref() }, unsafe { key.as_ref() }, unsafe {
			array::<32>(genesis)
		})
	else {
		return IOT_ERR_NULL;
	};
	let signed = batch.header().and_then(|header| {
		let mut signer = Any::from_c(key)?;
		let signature = sign_payload(&mut signer, TELEMETRY_BATCH, H256(*genesis), &header)?;
		Ok((header, signature))
	});
	match signed {
		Ok((header, signature)) => {
			let status = write_out(&header, header_out, header_cap, header_len);
			if status != IOT_OK {
				return status;
			}
			write_out(&signature, signature_out, signature_cap, signature_len)
		}
		Err(e) => e.code(),
	}
}

/// The device's signature (SCALE `DeviceSignature`) over a voucher of `channel` for
/// `cumulative` (16 bytes, little-endian u128) in total.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_sign_voucher(
	key: *const IotSigner,
	genesis: *const u8,
	channel: u64,
	cumulative: *const u8,
	nonce: u64,
	out: *mut u8,
	cap: usize,
	len: *mut usize,
) -> i32 {
	let (Some(key), Some(genesis), Some(cumulative)) =
		(unsafe { key.as_ref() }, unsafe { array::<32>(genesis) }, unsafe {
			array::<16>(cumulative)
		})
	else {
		return IOT_ERR_NULL;
	};
	let voucher = Voucher { channel, cumulative: u128::from_le_bytes(*cumulative), nonce };
	let signature = Any::from_c(key).and_then(|mut signer| {
		sign_payload(&mut signer, PAYMENT_VOUCHER, H256(*genesis), &voucher)
	});
	match signature {
		Ok(s) => write_out(&s, out, cap, len),
		Err(e) => e.code(),
	}
}

#[derive(Clone, Copy)]
struct CFlash(IotFlash);

impl Flash for CFlash {
	fn read(&mut self, slot: u8, record: &mut [u8; RECORD_LEN]) -> Result<(), Error> {
		let read = self.0.read.ok_or(Error::Storage)?;
		// SAFETY: the callback writes RECORD_LEN bytes, as the header says.
		match unsafe { read(self.0.context, slot, record.as_mut_ptr()) } {
			0 => Ok(()),
			_ => Err(Error::Storage),
		}
	}

	fn write(&mut self, slot: u8, record: &[u8; RECORD_LEN]) -> Result<(), Error> {
		let write = self.0.write.ok_or(Error::Storage)?;
		// SAFETY: the callback reads RECORD_LEN bytes.
		match unsafe { write(self.0.context, slot, record.as_ptr()) } {
			0 => Ok(()),
			_ => Err(Error::Storage),
		}
	}
}

/// Opens the sequence store kept in `flash`, persisting `lease` numbers at a time.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_sequences_open(
	store: *mut IotSequences,
	flash: *const IotFlash,
	lease: u64,
) -> i32 {
	let (false, Some(flash)) = (store.is_null(), unsafe { flash.as_ref() }) else {
		return IOT_ERR_NULL;
	};
	match Sequences::open(CFlash(*flash), lease) {
		Ok(opened) => {
			// SAFETY: size and alignment are checked at compile time above.
			unsafe { ptr::write(store as *mut Sequences<CFlash>, opened) };
			IOT_OK
		}
		Err(e) => e.code(),
	}
}

/// The next sequence number of `stream`, persisted before it is answered.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_sequences_next(
	store: *mut IotSequences,
	stream: u16,
	sequence: *mut u64,
) -> i32 {
	let (Some(store), false) =
		(unsafe { (store as *mut Sequences<CFlash>).as_mut() }, sequence.is_null())
	else {
		return IOT_ERR_NULL;
	};
	match store.next(stream) {
		Ok(n) => {
			unsafe { *sequence = n };
			IOT_OK
		}
		Err(e) => e.code(),
	}
}

/// Parses the gateway's answer to `POST /readings`.
///
/// # Safety
/// Every pointer is null (refused with `IOT_ERR_NULL` where required) or valid for what its
/// type and length say.
#[no_mangle]
pub unsafe extern "C" fn iot_parse_ack(body: *const u8, len: usize, out: *mut IotAck) -> i32 {
	if body.is_null() || out.is_null() {
		return IOT_ERR_NULL;
	}
	// SAFETY: the caller gave `len` readable bytes.
	let body = unsafe { core::slice::from_raw_parts(body, len) };
	match ack::parse(body) {
		Ok(parsed) => {
			let first = parsed.refused().next();
			let answer = IotAck {
				accepted: parsed.accepted,
				refused: parsed.refused().count() as u32,
				first_refused_index: first.map_or(0, |r| r.index),
				first_refused_transient: first.is_some_and(|r| r.reason.is_transient()),
			};
			unsafe { ptr::write(out, answer) };
			IOT_OK
		}
		Err(e) => e.code(),
	}
}
