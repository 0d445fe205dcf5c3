//! Telemetry calls: streams, anchors of batches the fuzzer builds (device-signed or not) and
//! attestations of their readings with real or broken proofs.

use arbitrary::Result;
use frame_support::BoundedVec;
use iot_primitives::{
	telemetry::{Batch, Reading, ReadingValue, StreamId},
	DeviceId,
};
use iot_runtime::{Runtime, RuntimeCall};
use pallet_telemetry_anchor::{Call, RangeInput, Streams};

use super::{Gen, Signed};

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=9)? {
		0 | 1 => {
			let (signer, device) = g.owned_device()?;
			let stream = stream(g)?;
			let name = g.bytes(24)?;
			let unit = g.u.int_in_range(0..=3)?;
			let interval_ms = if g.u.arbitrary()? { 60_000 } else { g.u.arbitrary()? };
			Ok((signer, Call::declare_stream { device, stream, name, unit, interval_ms }.into()))
		}
		2 => {
			// Mostly a stream whose device is gone, which anyone may reap.
			let orphans: Vec<(u64, StreamId)> = Streams::<Runtime>::iter_keys()
				.filter(|(device, _)| g.owner_of(*device).is_none())
				.take(8)
				.collect();
			let (device, stream) = match g.u.choose(&orphans) {
				Ok(orphan) if g.u.ratio(3, 4)? => *orphan,
				_ => (g.device()?, stream(g)?),
			};
			Ok((g.signer()?, Call::reap_stream { device, stream }.into()))
		}
		3..=6 => anchor(g),
		7 | 8 => attest(g),
		_ => {
			let (signer, device) = g.owned_device()?;
			let stream = stream(g)?;
			let call: RuntimeCall = if g.u.arbitrary()? {
				Call::require_signed { device, stream }.into()
			} else {
				Call::reset_stream { device, stream }.into()
			};
			Ok((signer, call))
		}
	}
}

fn stream(g: &mut Gen) -> Result<StreamId> {
	if g.u.ratio(1, 16)? {
		return g.u.arbitrary();
	}
	g.u.int_in_range(0..=2)
}

/// The readings a device would send next on a stream: after its cursor (now and then with a
/// gap, a replay or a time in the future), with values that move around a set point.
fn readings(g: &mut Gen, device: DeviceId, stream: StreamId) -> Result<Vec<Reading>> {
	let cursor = Streams::<Runtime>::get(device, stream).and_then(|s| s.cursor);
	let now = pallet_timestamp::Now::<Runtime>::get();
	let mut sequence = cursor.map_or(0, |c| c.last_sequence.saturating_add(1));
	let mut timestamp =
		cursor.map_or(now.saturating_sub(60_000), |c| c.last_timestamp.saturating_add(1));
	match g.u.int_in_range(0u8..=15)? {
		0 => sequence = sequence.saturating_add(g.u.int_in_range(1..=5)?),
		1 => sequence = sequence.saturating_sub(1),
		2 => timestamp = now.saturating_add(3_600_000),
		_ => {}
	}
	let mut readings = Vec::new();
	for _ in 0..g.u.int_in_range(1..=4)? {
		let value = if g.u.ratio(15, 16)? {
			ReadingValue::Scalar(g.u.int_in_range(-2_000..=12_000)?)
		} else {
			ReadingValue::PayloadHash(g.hash()?)
		};
		let salt = if g.u.arbitrary()? { Some(g.u.arbitrary()?) } else { None };
		readings.push(Reading {
			device,
			stream,
			sequence,
			timestamp: timestamp.min(now),
			value,
			salt,
		});
		sequence = sequence.saturating_add(1);
		timestamp = timestamp.saturating_add(1_000);
	}
	Ok(readings)
}

/// A batch of one or two (device, stream)s, signed by the devices mostly, anchored by the
/// owner, the device itself or someone else.
fn anchor(g: &mut Gen) -> Result<Signed> {
	let device = g.device()?;
	let stream = stream(g)?;
	let mut readings = readings(g, device, stream)?;
	if g.u.ratio(1, 4)? {
		let other = g.device()?;
		let other_stream = self::stream(g)?;
		readings.extend(self::readings(g, other, other_stream)?);
	}
	let batch = Batch::new(readings);
	let root = batch.root();
	let leaf_count = batch.leaf_count().unwrap_or(0);
	let mut ranges = Vec::new();
	for range in batch.ranges() {
		let header = batch.header(range.device, range.stream);
		let signed_summary = match header {
			Some(header) if g.u.ratio(3, 4)? => {
				let key = g.key_of(range.device);
				let signature =
					g.device_signature(key.as_ref(), &header.signing_payload(g.genesis()))?;
				Some((header.summary, signature))
			}
			_ => None,
		};
		ranges.push(RangeInput { range, signed_summary });
	}
	g.s.memory.remember_batch(batch);
	let owner = g.owner_of(device);
	let signer = match g.u.int_in_range(0u8..=3)? {
		0 => g.device_as_signer(device),
		_ => None,
	};
	let signer = match signer {
		Some(signer) => signer,
		None => g.signer_for(owner.as_ref())?,
	};
	let locator = if g.u.arbitrary()? { Some(g.bytes(40)?) } else { None };
	let ranges = BoundedVec::truncate_from(ranges);
	Ok((signer, Call::anchor_batch { root, leaf_count, ranges, locator }.into()))
}

/// A reading of an anchored batch the fuzzer remembers, with its proof (mostly intact).
fn attest(g: &mut Gen) -> Result<Signed> {
	let next = pallet_telemetry_anchor::NextAnchorId::<Runtime>::get();
	let anchor = g.id_below(next.saturating_sub(1))?;
	let batch = pallet_telemetry_anchor::Anchors::<Runtime>::get(anchor)
		.and_then(|a| g.s.memory.batch(&a.root));
	let signer = g.signer()?;
	let Some(batch) = batch else {
		let reading = Reading {
			device: g.device()?,
			stream: stream(g)?,
			sequence: g.u.arbitrary()?,
			timestamp: g.u.arbitrary()?,
			value: ReadingValue::Scalar(g.u.arbitrary()?),
			salt: None,
		};
		let siblings = BoundedVec::truncate_from(vec![g.hash()?]);
		return Ok((
			signer,
			Call::attest_reading { anchor, reading, leaf_index: 0, siblings }.into(),
		));
	};
	let index = g.u.choose_index(batch.readings().len())?;
	let mut reading = batch.readings()[index].clone();
	let proof = batch.proof(index as u32).expect("an index of the batch");
	if g.u.ratio(1, 16)? {
		reading.value = ReadingValue::Scalar(g.u.arbitrary()?);
	}
	let siblings = BoundedVec::truncate_from(proof.siblings);
	Ok((
		signer,
		Call::attest_reading { anchor, reading, leaf_index: proof.leaf_index, siblings }.into(),
	))
}
