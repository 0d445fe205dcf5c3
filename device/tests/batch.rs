//! The device's streaming tree has the chain's root for every size, and its header is the one
//! a gateway's `Batch` builds over the same readings.

use iot_device::{batch::BatchBuilder, Error};
use iot_primitives::{
	merkle,
	telemetry::{Batch, Reading, ReadingValue},
};
use proptest::prelude::*;
use sp_core::H256;

fn reading(sequence: u64, value: i64) -> Reading {
	Reading {
		device: 5,
		stream: 1,
		sequence,
		timestamp: 1_000 + sequence * 10,
		value: ReadingValue::Scalar(value),
		salt: None,
	}
}

#[test]
fn roots_equal_the_chains_tree_for_every_size_up_to_300() {
	let mut builder = BatchBuilder::new();
	let mut leaves = Vec::new();
	assert_eq!(builder.root(), merkle::root(leaves.iter().copied()));
	for n in 0..300u64 {
		let r = reading(n, n as i64 - 150);
		leaves.push(r.leaf_hash());
		builder.add(&r).unwrap();
		assert_eq!(builder.root(), merkle::root(leaves.iter().copied()), "{} leaves", n + 1);
	}
}

proptest! {
	#[test]
	fn headers_equal_the_gateways(values in proptest::collection::vec(any::<i64>(), 1..80), gap in 1u64..4) {
		let readings: Vec<Reading> =
			values.iter().enumerate().map(|(i, v)| reading(i as u64 * gap, *v)).collect();
		let mut builder = BatchBuilder::new();
		for r in &readings {
			builder.add(r).unwrap();
		}
		let expected = Batch::new(readings).header(5, 1).unwrap();
		prop_assert_eq!(builder.header().unwrap(), expected);
	}
}

#[test]
fn readings_that_do_not_belong_are_refused_and_change_nothing() {
	let mut builder = BatchBuilder::new();
	assert_eq!(builder.header(), Err(Error::BadBatch), "an empty batch has no header");
	builder.add(&reading(10, 1)).unwrap();
	let before = builder.header().unwrap();
	let refused = [
		Reading { device: 6, ..reading(11, 1) },
		Reading { stream: 2, ..reading(11, 1) },
		reading(10, 1),
		reading(9, 1),
		Reading { value: ReadingValue::PayloadHash(H256::zero()), ..reading(11, 1) },
	];
	for r in refused {
		assert_eq!(builder.add(&r), Err(Error::BadBatch), "{r:?}");
	}
	assert_eq!(builder.header().unwrap(), before);
	assert_eq!(builder.len(), 1);
}
