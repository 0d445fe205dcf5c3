//! Throughput of the telemetry Merkle code on one core: readings hashed and built into a tree,
//! proofs generated and verified. `cargo bench -p iot-primitives`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use iot_primitives::telemetry::{verify_reading, Batch, Reading, ReadingValue};

fn readings(n: u64) -> Vec<Reading> {
	(0..n)
		.map(|i| Reading {
			device: i % 1_000,
			stream: (i % 4) as u16,
			sequence: i,
			timestamp: 1_780_000_000_000 + i,
			value: ReadingValue::Scalar(i as i64),
			salt: Some((i as u128).to_le_bytes()),
		})
		.collect()
}

fn build(c: &mut Criterion) {
	let mut group = c.benchmark_group("build");
	group.sample_size(10);
	for n in [10_000u64, 1_000_000] {
		group.throughput(Throughput::Elements(n));
		group.bench_function(format!("hash_and_tree/{n}"), |b| {
			b.iter_batched(|| readings(n), Batch::new, BatchSize::LargeInput)
		});
	}
	group.finish();
}

fn prove_and_verify(c: &mut Criterion) {
	let mut group = c.benchmark_group("proof");
	group.sample_size(10);
	group.throughput(Throughput::Elements(1));
	for n in [1_000u64, 100_000, 1_000_000] {
		let batch = Batch::new(readings(n));
		let index = (n / 2) as u32;
		let count = batch.leaf_count().expect("fits u32");
		let proof = batch.proof(index).expect("in range");
		let reading = batch.readings()[index as usize].clone();
		group.bench_function(format!("prove/{n}"), |b| b.iter(|| batch.proof(index)));
		group.bench_function(format!("verify/{n}"), |b| {
			b.iter(|| assert!(verify_reading(&batch.root(), count, &reading, &proof)))
		});
	}
	group.finish();
}

criterion_group!(benches, build, prove_and_verify);
criterion_main!(benches);
