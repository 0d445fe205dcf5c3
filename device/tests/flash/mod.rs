//! Two slots of simulated flash that can lose power in the middle of a write.

#![allow(dead_code)] // Each test binary uses part of this module.

use iot_device::{
	sequence::{Flash, RECORD_LEN},
	Error,
};

/// Flash whose `cut`-th write from now is torn: only its first `torn_bytes` reach the slot, the
/// rest of the slot is left erased (0xff), and the device is dead until [`SimFlash::reboot`].
#[derive(Clone)]
pub struct SimFlash {
	slots: [[u8; RECORD_LEN]; 2],
	pub writes: usize,
	cut: Option<(usize, usize)>,
	dead: bool,
	/// Writes that fail from now, the device staying up: (count, whether the bytes land anyway).
	failing: Option<(usize, bool)>,
}

impl SimFlash {
	/// Erased flash.
	pub fn new() -> Self {
		Self { slots: [[0xff; RECORD_LEN]; 2], writes: 0, cut: None, dead: false, failing: None }
	}

	/// Tears the write `after` writes from now after `torn_bytes` bytes.
	pub fn cut_power(&mut self, after: usize, torn_bytes: usize) {
		self.cut = Some((self.writes + after, torn_bytes.min(RECORD_LEN)));
	}

	/// The next `count` writes report failure; with `land`, their bytes are written all the same
	/// (a driver that timed out on a write that completed).
	pub fn fail_writes(&mut self, count: usize, land: bool) {
		self.failing = Some((count, land));
	}

	/// Power comes back.
	pub fn reboot(mut self) -> Self {
		self.dead = false;
		self.cut = None;
		self
	}
}

impl Flash for SimFlash {
	fn read(&mut self, slot: u8, record: &mut [u8; RECORD_LEN]) -> Result<(), Error> {
		if self.dead {
			return Err(Error::Storage);
		}
		*record = self.slots[usize::from(slot)];
		Ok(())
	}

	fn write(&mut self, slot: u8, record: &[u8; RECORD_LEN]) -> Result<(), Error> {
		if self.dead {
			return Err(Error::Storage);
		}
		if let Some((count, land)) = self.failing.filter(|(count, _)| *count > 0) {
			self.failing = Some((count - 1, land));
			if land {
				self.slots[usize::from(slot)] = *record;
			}
			return Err(Error::Storage);
		}
		let target = &mut self.slots[usize::from(slot)];
		*target = [0xff; RECORD_LEN];
		if let Some((at, torn)) = self.cut {
			if self.writes == at {
				target[..torn].copy_from_slice(&record[..torn]);
				self.dead = true;
				return Err(Error::Storage);
			}
		}
		*target = *record;
		self.writes += 1;
		Ok(())
	}
}
