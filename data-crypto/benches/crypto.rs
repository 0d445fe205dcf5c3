//! What the gateway pays per reading, per grantee and per batch.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use iot_data_crypto::{
	encrypt_reading, seal_epoch_key, wrap_data_key, DataKey, EpochKey, ReaderSecret, StreamRef,
};

const STREAM: StreamRef = StreamRef { device: 7, stream: 1 };

fn crypto(c: &mut Criterion) {
	let data_key = DataKey::generate().expect("OS randomness");
	let epoch_key = EpochKey::generate().expect("OS randomness");
	let reader = ReaderSecret::generate().expect("OS randomness").public();
	let payload = [0x5a; 64];

	let mut group = c.benchmark_group("data-crypto");
	group.throughput(Throughput::Elements(1));
	let mut sequence = 0u64;
	group.bench_function("encrypt_reading/64B", |b| {
		b.iter(|| {
			sequence = sequence.wrapping_add(1);
			encrypt_reading(&data_key, STREAM, black_box(sequence), black_box(&payload))
		})
	});
	group.bench_function("seal_epoch_key/grantee", |b| {
		b.iter(|| seal_epoch_key(&epoch_key, black_box(&reader), STREAM, 3))
	});
	let mut batch = 0u64;
	group.bench_function("wrap_data_key", |b| {
		b.iter(|| {
			batch = batch.wrapping_add(1);
			wrap_data_key(&data_key, &epoch_key, STREAM, 3, black_box(batch))
		})
	});
	group.finish();
}

criterion_group!(benches, crypto);
criterion_main!(benches);
