//! The board side: semihosting arguments and output, RAM standing in for flash, the stack's
//! peak, and SysTick timing.

use core::arch::asm;

use codec::Encode;
use cortex_m::peripheral::syst::SystClkSource;
use cortex_m_semihosting::{hio, nr};
use iot_device::{
	sequence::{Flash, RECORD_LEN},
	Error,
};

const CMDLINE: usize = 512;

/// The `key=value` words of the semihosting command line.
pub struct Args {
	text: [u8; CMDLINE],
	len: usize,
}

impl Args {
	pub fn read() -> Result<Self, Error> {
		let mut args = Self { text: [0; CMDLINE], len: 0 };
		let mut block = [args.text.as_mut_ptr() as usize, CMDLINE];
		// SAFETY: SYS_GET_CMDLINE writes at most CMDLINE bytes and the length into the block.
		let status =
			unsafe { cortex_m_semihosting::syscall1(nr::GET_CMDLINE, block.as_mut_ptr() as usize) };
		if status != 0 {
			return Err(Error::Malformed);
		}
		args.len = block[1].min(CMDLINE);
		Ok(args)
	}

	fn value(&self, key: &str) -> Option<&[u8]> {
		self.text[..self.len].split(|b| *b == b' ').find_map(|word| {
			let rest = word.strip_prefix(key.as_bytes())?;
			rest.strip_prefix(b"=")
		})
	}

	pub fn number(&self, key: &str) -> Result<u64, Error> {
		let digits = self.value(key).ok_or(Error::Malformed)?;
		if digits.is_empty() {
			return Err(Error::Malformed);
		}
		digits.iter().try_fold(0u64, |n, d| {
			let digit = d.checked_sub(b'0').filter(|d| *d < 10).ok_or(Error::Malformed)?;
			n.checked_mul(10).and_then(|n| n.checked_add(u64::from(digit))).ok_or(Error::Malformed)
		})
	}

	pub fn number_or(&self, key: &str, default: u64) -> u64 {
		if self.value(key).is_some() {
			self.number(key).unwrap_or(default)
		} else {
			default
		}
	}

	pub fn hex32(&self, key: &str) -> Result<[u8; 32], Error> {
		let text = self.value(key).ok_or(Error::Malformed)?;
		let text = text.strip_prefix(b"0x").unwrap_or(text);
		if text.len() != 64 {
			return Err(Error::Malformed);
		}
		let mut out = [0u8; 32];
		for (byte, pair) in out.iter_mut().zip(text.chunks(2)) {
			let high = nibble(pair[0]).ok_or(Error::Malformed)?;
			let low = nibble(pair[1]).ok_or(Error::Malformed)?;
			*byte = high << 4 | low;
		}
		Ok(out)
	}
}

fn nibble(c: u8) -> Option<u8> {
	match c {
		b'0'..=b'9' => Some(c - b'0'),
		b'a'..=b'f' => Some(c - b'a' + 10),
		b'A'..=b'F' => Some(c - b'A' + 10),
		_ => None,
	}
}

/// Lines to the host's standard output.
pub struct Out {
	line: [u8; 640],
	len: usize,
}

impl Out {
	pub fn new() -> Self {
		Self { line: [0; 640], len: 0 }
	}

	pub fn text(&mut self, text: &str) {
		self.bytes(text.as_bytes());
	}

	fn bytes(&mut self, bytes: &[u8]) {
		let end = (self.len + bytes.len()).min(self.line.len() - 1);
		self.line[self.len..end].copy_from_slice(&bytes[..end - self.len]);
		self.len = end;
	}

	pub fn number(&mut self, mut n: u64) {
		let mut digits = [0u8; 20];
		let mut at = digits.len();
		loop {
			at -= 1;
			digits[at] = b'0' + (n % 10) as u8;
			n /= 10;
			if n == 0 {
				break;
			}
		}
		self.bytes(&digits[at..]);
	}

	fn hex(&mut self, value: &impl Encode) {
		let mut encoded = [0u8; 256];
		let Ok(len) = iot_device::encode_into(value, &mut encoded) else {
			self.text("(too long)");
			return;
		};
		const DIGITS: &[u8; 16] = b"0123456789abcdef";
		for byte in &encoded[..len] {
			self.bytes(&[DIGITS[usize::from(byte >> 4)], DIGITS[usize::from(byte & 15)]]);
		}
	}

	pub fn hex_line(&mut self, label: &str, value: &impl Encode) {
		self.text(label);
		self.text(" ");
		self.hex(value);
		self.line();
	}

	pub fn hex_pair(&mut self, label: &str, first: &impl Encode, second: &impl Encode) {
		self.text(label);
		self.text(" ");
		self.hex(first);
		self.text(" ");
		self.hex(second);
		self.line();
	}

	pub fn line(&mut self) {
		self.line[self.len] = b'\n';
		if let Ok(mut stdout) = hio::hstdout() {
			let _ = stdout.write_all(&self.line[..=self.len]);
		}
		self.len = 0;
	}
}

/// RAM standing in for two flash sectors (QEMU's board has no persistent flash).
pub struct RamFlash([[u8; RECORD_LEN]; 2]);

impl RamFlash {
	pub fn new() -> Self {
		Self([[0xff; RECORD_LEN]; 2])
	}
}

impl Flash for RamFlash {
	fn read(&mut self, slot: u8, record: &mut [u8; RECORD_LEN]) -> Result<(), Error> {
		*record = *self.0.get(usize::from(slot)).ok_or(Error::Storage)?;
		Ok(())
	}

	fn write(&mut self, slot: u8, record: &[u8; RECORD_LEN]) -> Result<(), Error> {
		*self.0.get_mut(usize::from(slot)).ok_or(Error::Storage)? = *record;
		Ok(())
	}
}

const PAINT: u32 = 0x5a5a_a5a5;
const WINDOW: usize = 64 * 1024;

extern "C" {
	static _stack_start: u32;
}

fn stack_top() -> usize {
	core::ptr::addr_of!(_stack_start) as usize
}

/// Paints the 64 KiB below the current stack pointer, so that [`stack_peak`] finds how deep
/// the stack went.
pub fn paint_stack() {
	let sp = cortex_m::register::msp::read() as usize - 64;
	let bottom = stack_top() - WINDOW;
	let mut at = bottom;
	while at < sp {
		// SAFETY: [bottom, sp) is unused stack inside RAM.
		unsafe { core::ptr::write_volatile(at as *mut u32, PAINT) };
		at += 4;
	}
}

/// The deepest the stack has been since [`paint_stack`], in bytes.
pub fn stack_peak() -> usize {
	let top = stack_top();
	let mut at = top - WINDOW;
	// SAFETY: reads of the painted window.
	while at < top && unsafe { core::ptr::read_volatile(at as *const u32) } == PAINT {
		at += 4;
	}
	top - at
}

/// Times `rounds` calls of `work` and a calibration loop of two instructions per iteration, in
/// SysTick ticks of the core clock; prints `bench calibration <instructions> <ticks>` and
/// `bench reading <rounds> <ticks>`.
pub fn bench(
	out: &mut Out,
	rounds: u64,
	mut work: impl FnMut() -> Result<(), Error>,
) -> Result<(), Error> {
	let mut peripherals = cortex_m::Peripherals::take().ok_or(Error::Malformed)?;
	let syst = &mut peripherals.SYST;
	syst.set_clock_source(SystClkSource::Core);
	syst.set_reload(0x00ff_ffff);
	syst.clear_current();
	syst.enable_counter();
	let elapsed =
		|start: u32| start.wrapping_sub(cortex_m::peripheral::SYST::get_current()) & 0x00ff_ffff;

	let iterations: u32 = 1_000_000;
	let start = cortex_m::peripheral::SYST::get_current();
	// SAFETY: a register-only countdown loop.
	unsafe { asm!("1:", "subs {0}, {0}, #1", "bne 1b", inout(reg) iterations => _) };
	let calibration = elapsed(start);
	out.text("bench calibration ");
	out.number(u64::from(iterations) * 2);
	out.text(" ");
	out.number(u64::from(calibration));
	out.line();

	let mut total = 0u64;
	for _ in 0..rounds {
		let start = cortex_m::peripheral::SYST::get_current();
		work()?;
		total += u64::from(elapsed(start));
	}
	out.text("bench reading ");
	out.number(rounds);
	out.text(" ");
	out.number(total);
	out.line();
	Ok(())
}
