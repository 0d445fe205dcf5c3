//! Example firmware for QEMU's mps2-an386 (Cortex-M4F): a sensor with one device key.
//!
//! Arguments come over semihosting (`-semihosting-config arg=…`): `genesis=<hex>`,
//! `owner=<hex>`, `nonce=<n>`, `device=<id>`, `time=<ms>`, `readings=<n>`, `batch=<n>`,
//! `bench=<n>`. It writes, one per line in hex SCALE: `key` (its public key), `proof` (the
//! possession proof for the owner), `reading` (signed readings of stream 0, for a gateway),
//! `batch` (signed readings of stream 1) and `header` (their batch header and its signature, for
//! `anchor_batch`); then `stack` (the peak stack use) and `done`. With `bench=n` it also times
//! n signed readings in SysTick ticks (under `qemu -icount shift=0` virtual time counts
//! instructions) next to a calibration loop of known length.
//!
//! The heap is a refusal: every allocation fails, so a path that allocated would halt the run.

#![no_std]
#![no_main]

mod io;
mod keys;

use cortex_m_rt::entry;
use cortex_m_semihosting::debug::{self, EXIT_FAILURE, EXIT_SUCCESS};
use iot_device::{
	batch::BatchBuilder,
	device::possession_proof,
	encoding::{hash::blake2_256_parts, telemetry::ReadingValue, H256},
	sequence::Sequences,
	Device, Error, Signer,
};

use io::{Args, Out};

#[global_allocator]
static HEAP: iot_device::NoHeap = iot_device::NoHeap;

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
	let mut out = Out::new();
	out.text("panic ");
	if let Some(location) = info.location() {
		out.text(location.file());
		out.text(":");
		out.number(u64::from(location.line()));
	}
	out.line();
	debug::exit(EXIT_FAILURE);
	loop {
		cortex_m::asm::wfi();
	}
}

#[entry]
fn main() -> ! {
	io::paint_stack();
	let status = run();
	let mut out = Out::new();
	match status {
		Ok(()) => {
			out.text("stack ");
			out.number(io::stack_peak() as u64);
			out.line();
			out.text("done");
			out.line();
			debug::exit(EXIT_SUCCESS);
		}
		Err(e) => {
			out.text("error ");
			out.number(e.code().unsigned_abs() as u64);
			out.line();
			debug::exit(EXIT_FAILURE);
		}
	}
	loop {
		cortex_m::asm::wfi();
	}
}

/// The timestamp of reading `i`, one a second from `time`.
fn at(time: u64, i: u64) -> Result<u64, Error> {
	i.checked_mul(1_000).and_then(|ms| time.checked_add(ms)).ok_or(Error::Malformed)
}

fn run() -> Result<(), Error> {
	let args = Args::read()?;
	let genesis = H256(args.hex32("genesis")?);
	let owner = args.hex32("owner")?;
	let mut signer = keys::signer()?;
	let mut out = Out::new();

	out.hex_line("key", &signer.public_key());
	out.hex_line("proof", &possession_proof(&mut signer, genesis, &owner, args.number("nonce")?)?);

	let sequences = Sequences::open(io::RamFlash::new(), 16)?;
	let mut device = Device::new(signer, genesis, args.number("device")?, sequences);
	let time = args.number("time")?;
	let salt = |stream: u16, i: u64| {
		// Unguessable without the key, so a proof's sibling leaf cannot be brute-forced.
		let mut salt = [0u8; 16];
		let seed = blake2_256_parts(&[
			b"iot/fw/salt",
			&keys::SECRET,
			&stream.to_le_bytes(),
			&i.to_le_bytes(),
		]);
		salt.copy_from_slice(&seed[..16]);
		Some(salt)
	};
	for i in 0..args.number_or("readings", 8) {
		let value = ReadingValue::Scalar(4_000 + (i % 50) as i64 * 10);
		out.hex_line("reading", &device.reading(0, at(time, i)?, value, salt(0, i))?);
	}
	let mut batch = BatchBuilder::new();
	for i in 0..args.number_or("batch", 8) {
		let value = ReadingValue::Scalar(5_000 - (i % 30) as i64 * 20);
		let signed = device.reading(1, at(time, i)?, value, salt(1, i))?;
		batch.add(&signed.reading)?;
		out.hex_line("batch", &signed);
	}
	if !batch.is_empty() {
		let header = batch.header()?;
		let signature = device.sign_header(&header)?;
		out.hex_pair("header", &header, &signature);
	}
	let rounds = args.number_or("bench", 0);
	if rounds > 0 {
		io::bench(&mut out, rounds, || {
			device.reading(2, time, ReadingValue::Scalar(1), None).map(|_| ())
		})?;
	}
	Ok(())
}
