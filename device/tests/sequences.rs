//! Sequence numbers across reboots and power cuts: never handed out twice, few wasted, and flash
//! written once per lease, not once per reading.

use std::collections::BTreeMap;

use iot_device::{sequence::Sequences, Error};
use proptest::prelude::*;

mod flash;
use flash::SimFlash;

#[test]
fn a_reboot_continues_past_the_persisted_lease() {
	let mut store = Sequences::open(SimFlash::new(), 16).unwrap();
	for expected in 0..20 {
		assert_eq!(store.next(3).unwrap(), expected);
	}
	assert_eq!(store.next(4).unwrap(), 0);
	let flash = store.into_flash();
	assert_eq!(flash.writes, 3, "one write per lease of 16, per stream");
	let mut store = Sequences::open(flash.reboot(), 16).unwrap();
	assert_eq!(store.next(3).unwrap(), 32, "numbers 20..32 of the lease are skipped, not reused");
	assert_eq!(store.next(4).unwrap(), 16);
	assert_eq!(store.peek(3), 33);
	assert_eq!(store.peek(9), 0);
}

#[test]
fn more_streams_than_the_store_keeps_is_an_error_that_changes_nothing() {
	let mut store = Sequences::open(SimFlash::new(), 8).unwrap();
	for stream in 0..iot_device::sequence::MAX_STREAMS as u16 {
		assert_eq!(store.next(stream).unwrap(), 0);
	}
	assert_eq!(store.next(100), Err(Error::TooManyStreams));
	assert_eq!(store.next(0).unwrap(), 1);
}

#[test]
fn a_failed_write_hands_out_nothing_and_the_old_record_survives() {
	let mut flash = SimFlash::new();
	flash.cut_power(1, 60);
	let mut store = Sequences::open(flash, 4).unwrap();
	for expected in 0..4 {
		assert_eq!(store.next(0).unwrap(), expected);
	}
	assert_eq!(store.next(0), Err(Error::Storage), "the second lease's write is torn");
	let mut store = Sequences::open(store.into_flash().reboot(), 4).unwrap();
	assert_eq!(
		store.next(0).unwrap(),
		4,
		"the torn record is ignored, the first lease's mark holds"
	);
}

#[test]
fn after_failed_writes_the_device_keeps_going_without_reusing_a_number() {
	for land in [false, true] {
		let mut store = Sequences::open(SimFlash::new(), 4).unwrap();
		assert_eq!(store.next(0).unwrap(), 0);
		let mut flash = store.into_flash();
		flash.fail_writes(2, land);
		let mut store = Sequences::open(flash, 4).unwrap();
		// A new stream whose first write fails is not kept; a failed lease hands out nothing.
		assert_eq!(store.next(1), Err(Error::Storage));
		assert_eq!(store.next(0), Err(Error::Storage));
		assert_eq!(store.next(0).unwrap(), 4, "reopened past the first lease");
		for expected in 5..8 {
			assert_eq!(store.next(0).unwrap(), expected);
		}
		assert_eq!(store.next(1).unwrap(), 0, "the new stream starts once a write succeeds");
		assert_eq!(store.next(0).unwrap(), 8);
		let mut store = Sequences::open(store.into_flash().reboot(), 4).unwrap();
		assert_eq!(store.next(0).unwrap(), 12, "land = {land}");
		assert_eq!(store.next(1).unwrap(), 4);
	}
}

#[test]
fn garbage_in_flash_reads_as_a_new_device() {
	struct Garbage;
	impl iot_device::sequence::Flash for Garbage {
		fn read(&mut self, slot: u8, record: &mut [u8; 128]) -> Result<(), Error> {
			record.iter_mut().enumerate().for_each(|(i, b)| *b = (i as u8) ^ slot);
			record[..4].copy_from_slice(b"IOTS");
			Ok(())
		}
		fn write(&mut self, _: u8, _: &[u8; 128]) -> Result<(), Error> {
			Ok(())
		}
	}
	assert_eq!(Sequences::open(Garbage, 4).unwrap().next(0).unwrap(), 0);
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(300))]

	/// Power is cut at random writes, torn at random bytes, while readings of random streams are
	/// numbered; after every reboot no stream's number repeats or goes back.
	#[test]
	fn no_number_is_ever_handed_out_twice(
		lease in 1u64..10,
		steps in proptest::collection::vec((0u16..3, any::<bool>(), 0usize..4, 0usize..=128), 1..200),
	) {
		let mut flash = SimFlash::new();
		let mut last: BTreeMap<u16, u64> = BTreeMap::new();
		let mut store = Sequences::open(flash.clone(), lease).unwrap();
		for (stream, cut, after, torn) in steps {
			if cut {
				flash = store.into_flash();
				flash.cut_power(after, torn);
				store = Sequences::open(flash, lease).unwrap();
			}
			match store.next(stream) {
				Ok(n) => {
					if let Some(previous) = last.insert(stream, n) {
						prop_assert!(n > previous, "stream {} got {} after {}", stream, n, previous);
					}
				}
				Err(Error::Storage) => {
					flash = store.into_flash().reboot();
					store = Sequences::open(flash, lease).unwrap();
				}
				Err(e) => prop_assert!(false, "unexpected {:?}", e),
			}
		}
	}
}
