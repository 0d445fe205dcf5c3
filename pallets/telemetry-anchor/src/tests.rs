//! Unit tests: every call, every error path, retention.

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Hooks},
	weights::Weight,
	BoundedVec,
};
use iot_primitives::{
	device::DeviceSignature,
	telemetry::{Batch, Reading, ReadingProof, ReadingValue, Sequence, StreamId, ValueSummary},
	traits::TelemetryProof,
	DeviceId,
};
use sp_core::{Pair, H256};

use crate::{mock::*, *};

fn reading(device: DeviceId, stream: StreamId, sequence: Sequence) -> Reading {
	Reading {
		device,
		stream,
		sequence,
		timestamp: 1_000 * sequence,
		value: ReadingValue::Scalar(sequence as i64 * 10),
		salt: Some([sequence as u8; 16]),
	}
}

/// A batch holding, for each `(device, stream, sequences)`, one reading per sequence number.
pub(crate) fn batch(spec: &[(DeviceId, StreamId, &[Sequence])]) -> Batch {
	Batch::new(
		spec.iter()
			.flat_map(|(d, s, seqs)| seqs.iter().map(move |q| reading(*d, *s, *q)))
			.collect(),
	)
}

pub(crate) fn unsigned(batch: &Batch) -> Vec<RangeInput> {
	batch.ranges().into_iter().map(|range| RangeInput { range, signed_summary: None }).collect()
}

fn declare(device: DeviceId, stream: StreamId) {
	assert_ok!(TelemetryAnchor::declare_stream(
		RuntimeOrigin::signed(OWNER),
		device,
		stream,
		bounded(b"temp".to_vec()),
		7,
		60_000
	));
}

fn anchor_as(who: AccountId, batch: &Batch) -> AnchorId {
	let id = NextAnchorId::<Test>::get();
	assert_ok!(TelemetryAnchor::anchor_batch(
		RuntimeOrigin::signed(who),
		batch.root(),
		batch.leaf_count().unwrap(),
		bounded(unsigned(batch)),
		Some(bounded(b"ipfs://bafy".to_vec())),
	));
	id
}

fn anchor_err(who: AccountId, batch: &Batch, ranges: Vec<RangeInput>, error: Error<Test>) {
	assert_noop!(
		TelemetryAnchor::anchor_batch(
			RuntimeOrigin::signed(who),
			batch.root(),
			batch.leaf_count().unwrap(),
			bounded(ranges),
			None
		),
		error
	);
}

pub(crate) fn signed(batch: &Batch, device: DeviceId, stream: StreamId) -> RangeInput {
	let header = batch.header(device, stream).unwrap();
	let signature =
		device_key(device).sign(&header.signing_payload(TelemetryAnchor::genesis_hash()));
	RangeInput {
		range: header.range,
		signed_summary: Some((header.summary, DeviceSignature::Sr25519(signature.0))),
	}
}

/// Anchors `batch`, one range of `device`'s `stream`, signed by the device.
pub(crate) fn anchor_signed(
	who: AccountId,
	batch: &Batch,
	device: DeviceId,
	stream: StreamId,
) -> AnchorId {
	let id = NextAnchorId::<Test>::get();
	assert_ok!(TelemetryAnchor::anchor_batch(
		RuntimeOrigin::signed(who),
		batch.root(),
		batch.leaf_count().unwrap(),
		bounded(vec![signed(batch, device, stream)]),
		None,
	));
	id
}

const MAX_IDLE: Weight = Weight::MAX;

mod streams {
	use super::*;

	#[test]
	fn owner_operator_and_device_declare_and_the_deposit_is_held() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			assert_ok!(TelemetryAnchor::declare_stream(
				RuntimeOrigin::signed(GATEWAY),
				2,
				0,
				bounded(b"hum".to_vec()),
				8,
				1000
			));
			assert_ok!(TelemetryAnchor::declare_stream(
				RuntimeOrigin::signed(DEVICE_ACCOUNT),
				1,
				1,
				bounded(b"gps".to_vec()),
				9,
				5000
			));
			System::assert_last_event(
				Event::StreamDeclared {
					device: 1,
					stream: 1,
					name: BoundedVec::truncate_from(b"gps".to_vec()),
					unit: 9,
					interval_ms: 5000,
				}
				.into(),
			);
			let hold = HoldReason::StreamDeposit.into();
			assert_eq!(Balances::balance_on_hold(&hold, &OWNER), 50);
			assert_eq!(Balances::balance_on_hold(&hold, &GATEWAY), 50);
			assert_eq!(StreamCount::<Test>::get(1), 2);
			let stream = Streams::<Test>::get(2, 0).unwrap();
			assert_eq!((stream.unit, stream.interval_ms, stream.depositor), (8, 1000, GATEWAY));
		});
	}

	#[test]
	fn redeclaring_updates_the_description_and_keeps_the_cursor() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			anchor_as(OWNER, &batch(&[(1, 0, &[1, 2])]));
			assert_ok!(TelemetryAnchor::declare_stream(
				RuntimeOrigin::signed(OWNER),
				1,
				0,
				bounded(b"t2".to_vec()),
				3,
				10
			));
			let stream = Streams::<Test>::get(1, 0).unwrap();
			assert_eq!((stream.name.to_vec(), stream.unit), (b"t2".to_vec(), 3));
			assert_eq!(stream.cursor.unwrap().last_sequence, 2);
			assert_eq!(StreamCount::<Test>::get(1), 1);
			assert_eq!(Balances::balance_on_hold(&HoldReason::StreamDeposit.into(), &OWNER), 50);
		});
	}

	#[test]
	fn declaring_is_refused_for_bad_devices_callers_and_input() {
		ExtBuilder::default().build_and_execute(|| {
			let declare_as = |who, device, name: &[u8]| {
				TelemetryAnchor::declare_stream(
					RuntimeOrigin::signed(who),
					device,
					0,
					bounded(name.to_vec()),
					1,
					1,
				)
			};
			assert_noop!(declare_as(OWNER, 9, b"t"), Error::<Test>::UnknownDevice);
			Devices::update(2, |d| d.active = false);
			assert_noop!(declare_as(OWNER, 2, b"t"), Error::<Test>::DeviceInactive);
			assert_noop!(declare_as(EVE, 1, b"t"), Error::<Test>::NotAuthorized);
			assert_noop!(declare_as(GATEWAY, 3, b"t"), Error::<Test>::NotAuthorized);
			declare(1, 0);
			declare(1, 1);
			assert_noop!(
				TelemetryAnchor::declare_stream(
					RuntimeOrigin::signed(OWNER),
					1,
					2,
					bounded(b"x".to_vec()),
					1,
					1
				),
				Error::<Test>::TooManyStreams
			);
		});
	}

	#[test]
	fn a_caller_who_cannot_pay_the_deposit_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			Devices::update(3, |d| d.owner = POOR);
			assert!(TelemetryAnchor::declare_stream(
				RuntimeOrigin::signed(POOR),
				3,
				0,
				bounded(b"t".to_vec()),
				1,
				1
			)
			.is_err());
			assert!(Streams::<Test>::get(3, 0).is_none());
		});
	}

	#[test]
	fn streams_are_reaped_only_after_the_device_left() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			assert_noop!(
				TelemetryAnchor::reap_stream(RuntimeOrigin::signed(EVE), 1, 0),
				Error::<Test>::DeviceStillRegistered
			);
			assert_noop!(
				TelemetryAnchor::reap_stream(RuntimeOrigin::signed(EVE), 1, 5),
				Error::<Test>::UnknownStream
			);
			Devices::remove(1);
			assert_ok!(TelemetryAnchor::reap_stream(RuntimeOrigin::signed(EVE), 1, 0));
			System::assert_last_event(Event::StreamReaped { device: 1, stream: 0 }.into());
			assert_eq!(Balances::balance_on_hold(&HoldReason::StreamDeposit.into(), &OWNER), 0);
			assert_eq!(StreamCount::<Test>::get(1), 0);
			assert!(!StreamCount::<Test>::contains_key(1));
		});
	}
}

mod anchoring {
	use super::*;

	#[test]
	fn a_batch_is_anchored_with_its_ranges_and_a_fee() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			let b = batch(&[(1, 0, &[10, 11, 12])]);
			let treasury = Balances::free_balance(Treasury::get());
			let before = Balances::free_balance(GATEWAY);
			let id = anchor_as(GATEWAY, &b);
			let record = Anchors::<Test>::get(id).unwrap();
			assert_eq!((record.root, record.leaf_count), (b.root(), 3));
			assert_eq!((record.submitter, record.block), (GATEWAY, 1));
			assert_eq!(record.locator.unwrap().to_vec(), b"ipfs://bafy".to_vec());
			assert_eq!(record.ranges[0].range, b.ranges()[0]);
			let fee = before - Balances::free_balance(GATEWAY);
			assert_eq!(fee, 10 + Anchors::<Test>::get(id).unwrap().encoded_size() as u64);
			assert_eq!(Balances::free_balance(Treasury::get()), treasury + fee);
			let cursor = Streams::<Test>::get(1, 0).unwrap().cursor.unwrap();
			assert_eq!(
				(cursor.last_sequence, cursor.last_timestamp, cursor.last_anchor),
				(12, 12_000, id)
			);
			assert!(matches!(
				System::events().last().unwrap().event,
				RuntimeEvent::TelemetryAnchor(Event::BatchAnchored {
					anchor: 0,
					leaf_count: 3,
					..
				})
			));
			assert_eq!(NextAnchorId::<Test>::get(), 1);
		});
	}

	#[test]
	fn the_device_itself_may_anchor() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			anchor_as(DEVICE_ACCOUNT, &batch(&[(1, 0, &[1])]));
		});
	}

	#[test]
	fn one_gateway_batch_covers_many_devices() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			declare(1, 1);
			declare(2, 0);
			let b = batch(&[(2, 0, &[5, 6]), (1, 1, &[1]), (1, 0, &[7, 8, 9])]);
			let id = anchor_as(GATEWAY, &b);
			let ranges = &Anchors::<Test>::get(id).unwrap().ranges;
			let keys: Vec<_> = ranges.iter().map(|r| (r.range.device, r.range.stream)).collect();
			assert_eq!(keys, vec![(1, 0), (1, 1), (2, 0)]);
			assert_eq!(Streams::<Test>::get(2, 0).unwrap().cursor.unwrap().last_sequence, 6);
			assert_eq!(Streams::<Test>::get(1, 1).unwrap().anchored, 1);
		});
	}

	#[test]
	fn gaps_are_allowed_recorded_and_announced() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			anchor_as(OWNER, &batch(&[(1, 0, &[1, 2, 3])]));
			let id = anchor_as(OWNER, &batch(&[(1, 0, &[6, 8])]));
			System::assert_has_event(
				Event::SequenceGap {
					anchor: id,
					device: 1,
					stream: 0,
					missing_before: 2,
					missing_within: 1,
				}
				.into(),
			);
			let range = TelemetryAnchor::anchored_range(&id, 1, 0).unwrap();
			assert_eq!(range.missing_before, 2);
			assert!(!range.is_complete());
			let stream = Streams::<Test>::get(1, 0).unwrap();
			assert_eq!((stream.anchored, stream.missing), (5, 3));
			let next = anchor_as(OWNER, &batch(&[(1, 0, &[9, 10])]));
			assert!(TelemetryAnchor::anchored_range(&next, 1, 0).unwrap().is_complete());
		});
	}

	#[test]
	fn a_device_signed_summary_is_kept() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			declare(2, 0);
			let b = batch(&[(1, 0, &[1, 2, 3]), (2, 0, &[4])]);
			assert_ok!(TelemetryAnchor::anchor_batch(
				RuntimeOrigin::signed(GATEWAY),
				b.root(),
				4,
				bounded(vec![signed(&b, 1, 0), unsigned(&b)[1].clone()]),
				None
			));
			let range = TelemetryAnchor::anchored_range(&0, 1, 0).unwrap();
			assert_eq!(range.summary, Some(ValueSummary { min: 10, max: 30, sum: 60 }));
			assert!(range.is_complete());
			assert_eq!(TelemetryAnchor::anchored_range(&0, 2, 0).unwrap().summary, None);
			assert_eq!(TelemetryAnchor::anchored_range(&0, 3, 0), None);
		});
	}

	#[test]
	fn a_bad_summary_signature_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			let b = batch(&[(1, 0, &[1, 2, 3])]);
			let mut lying = signed(&b, 1, 0);
			if let Some((summary, _)) = lying.signed_summary.as_mut() {
				summary.max = 5;
			}
			anchor_err(OWNER, &b, vec![lying], Error::<Test>::BadBatchSignature);
			let mut inverted = signed(&b, 1, 0);
			if let Some((summary, _)) = inverted.signed_summary.as_mut() {
				summary.min = summary.max + 1;
			}
			anchor_err(OWNER, &b, vec![inverted], Error::<Test>::BadBatchSignature);
			// Signed by another device's key.
			let mut other = signed(&b, 1, 0);
			let header = b.header(1, 0).unwrap();
			let sig = device_key(2).sign(&header.signing_payload(TelemetryAnchor::genesis_hash()));
			other.signed_summary = Some((header.summary, DeviceSignature::Sr25519(sig.0)));
			anchor_err(OWNER, &b, vec![other], Error::<Test>::BadBatchSignature);
		});
	}

	#[test]
	fn empty_batches_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			let b = batch(&[(1, 0, &[1])]);
			anchor_err(OWNER, &b, vec![], Error::<Test>::EmptyBatch);
			assert_noop!(
				TelemetryAnchor::anchor_batch(
					RuntimeOrigin::signed(OWNER),
					b.root(),
					0,
					bounded(unsigned(&b)),
					None
				),
				Error::<Test>::EmptyBatch
			);
		});
	}

	#[test]
	fn unsorted_or_duplicate_ranges_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			declare(2, 0);
			let b = batch(&[(1, 0, &[1]), (2, 0, &[1])]);
			let mut ranges = unsigned(&b);
			ranges.reverse();
			anchor_err(OWNER, &b, ranges.clone(), Error::<Test>::RangesNotSorted);
			anchor_err(
				OWNER,
				&b,
				vec![ranges[1].clone(), ranges[1].clone()],
				Error::<Test>::RangesNotSorted,
			);
		});
	}

	#[test]
	fn malformed_ranges_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			let b = batch(&[(1, 0, &[1, 2])]);
			let base = unsigned(&b)[0].clone();
			let broken: [fn(&mut RangeInput); 4] = [
				|r| core::mem::swap(&mut r.range.first_sequence, &mut r.range.last_sequence),
				|r| core::mem::swap(&mut r.range.first_timestamp, &mut r.range.last_timestamp),
				|r| r.range.count = 0,
				|r| r.range.count = 3,
			];
			for f in broken {
				let mut r = base.clone();
				f(&mut r);
				anchor_err(OWNER, &b, vec![r], Error::<Test>::InvalidRange);
			}
			let mut short = base.clone();
			short.range.last_sequence = 9;
			short.range.count = 3;
			anchor_err(OWNER, &b, vec![short], Error::<Test>::CountMismatch);
		});
	}

	#[test]
	fn unknown_or_revoked_devices_and_unknown_streams_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			declare(2, 0);
			let unknown = batch(&[(1, 0, &[1]), (9, 0, &[1])]);
			anchor_err(OWNER, &unknown, unsigned(&unknown), Error::<Test>::UnknownDevice);
			Devices::update(2, |d| d.active = false);
			let revoked = batch(&[(1, 0, &[1]), (2, 0, &[1])]);
			anchor_err(OWNER, &revoked, unsigned(&revoked), Error::<Test>::DeviceInactive);
			let undeclared = batch(&[(1, 3, &[1])]);
			anchor_err(OWNER, &undeclared, unsigned(&undeclared), Error::<Test>::UnknownStream);
		});
	}

	#[test]
	fn a_submitter_without_the_right_for_every_device_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			declare(3, 0);
			let b = batch(&[(1, 0, &[1]), (3, 0, &[1])]);
			anchor_err(GATEWAY, &b, unsigned(&b), Error::<Test>::NotAuthorized);
			anchor_err(EVE, &b, unsigned(&b), Error::<Test>::NotAuthorized);
			let own = batch(&[(3, 0, &[1])]);
			anchor_err(DEVICE_ACCOUNT, &own, unsigned(&own), Error::<Test>::NotAuthorized);
		});
	}

	#[test]
	fn overlapping_or_backdated_ranges_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			anchor_as(OWNER, &batch(&[(1, 0, &[5, 6, 7])]));
			for seqs in [&[7u64, 8][..], &[1, 2], &[6]] {
				let b = batch(&[(1, 0, seqs)]);
				anchor_err(OWNER, &b, unsigned(&b), Error::<Test>::SequenceOverlap);
			}
			let b = batch(&[(1, 0, &[8])]);
			let mut backdated = unsigned(&b)[0].clone();
			backdated.range.first_timestamp = 6_999;
			anchor_err(OWNER, &b, vec![backdated], Error::<Test>::TimeWentBackwards);
		});
	}

	#[test]
	fn a_submitter_who_cannot_pay_the_fee_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			Devices::update(1, |d| d.operators.push(POOR));
			let b = batch(&[(1, 0, &[1])]);
			anchor_err(POOR, &b, unsigned(&b), Error::<Test>::CannotPayFee);
		});
	}
}

mod proofs {
	use super::*;

	/// Anchors two batches of device 1 stream 0 and returns them with their ids.
	fn two_anchors() -> ((AnchorId, Batch), (AnchorId, Batch)) {
		declare(1, 0);
		let first = batch(&[(1, 0, &[1, 2, 3, 4, 5])]);
		let second = batch(&[(1, 0, &[6, 7, 8])]);
		let (a, b) = (anchor_signed(OWNER, &first, 1, 0), anchor_signed(OWNER, &second, 1, 0));
		((a, first), (b, second))
	}

	#[test]
	fn the_view_function_verifies_and_refuses() {
		ExtBuilder::default().build_and_execute(|| {
			let ((a, first), (b, second)) = two_anchors();
			let r = first.readings()[2].clone();
			let proof = first.proof(2).unwrap();
			assert!(TelemetryAnchor::verify_reading(a, r.clone(), proof.clone()));
			assert!(
				!TelemetryAnchor::verify_reading(b, r.clone(), proof.clone()),
				"another anchor"
			);
			let other = second.readings()[0].clone();
			assert!(!TelemetryAnchor::verify_reading(b, other, proof.clone()), "another proof");
			let tampered = Reading { value: ReadingValue::Scalar(0), ..r.clone() };
			assert!(!TelemetryAnchor::verify_reading(a, tampered, proof.clone()));
			let moved = ReadingProof { leaf_index: 3, ..proof.clone() };
			assert!(!TelemetryAnchor::verify_reading(a, r.clone(), moved));
			assert!(!TelemetryAnchor::verify_reading(9, r, proof));
		});
	}

	#[test]
	fn a_private_streams_sealed_reading_is_verified_over_its_ciphertext() {
		use iot_primitives::{data::SealedReading, merkle};
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			let plain = batch(&[(1, 0, &[1, 2, 3])]);
			let sealed: Vec<SealedReading> = plain
				.readings()
				.iter()
				.map(|r| SealedReading {
					device: r.device,
					stream: r.stream,
					sequence: r.sequence,
					timestamp: r.timestamp,
					ciphertext: H256::repeat_byte(r.sequence as u8),
				})
				.collect();
			let leaves: Vec<H256> = sealed.iter().map(SealedReading::leaf_hash).collect();
			let id = NextAnchorId::<Test>::get();
			assert_ok!(TelemetryAnchor::anchor_batch(
				RuntimeOrigin::signed(OWNER),
				merkle::root(leaves.clone()),
				3,
				bounded(unsigned(&plain)),
				None,
			));
			let proof =
				ReadingProof { leaf_index: 1, siblings: merkle::proof(&leaves, 1).unwrap() };
			assert!(TelemetryAnchor::verify_sealed(id, sealed[1].clone(), proof.clone()));
			let altered = SealedReading { ciphertext: H256::repeat_byte(9), ..sealed[1].clone() };
			assert!(!TelemetryAnchor::verify_sealed(id, altered, proof.clone()), "other bytes");
			let outside = SealedReading { sequence: 7, ..sealed[1].clone() };
			assert!(!TelemetryAnchor::verify_sealed(id, outside, proof.clone()), "not in range");
			// A sealed leaf is not a reading's: the plaintext does not verify against it.
			let reading = plain.readings()[1].clone();
			assert!(!TelemetryAnchor::verify_reading(id, reading, proof));
		});
	}

	#[test]
	fn a_proven_reading_is_attested_for_a_while() {
		ExtBuilder::default().build_and_execute(|| {
			let ((a, first), _) = two_anchors();
			let r = first.readings()[4].clone();
			let proof = first.proof(4).unwrap();
			let before = Balances::free_balance(EVE);
			assert_ok!(TelemetryAnchor::attest_reading(
				RuntimeOrigin::signed(EVE),
				a,
				r.clone(),
				4,
				bounded(proof.siblings)
			));
			System::assert_last_event(
				Event::ReadingAttested {
					attestation: 0,
					anchor: a,
					reading: r.clone(),
					attester: EVE,
					expires_at: 6,
				}
				.into(),
			);
			assert_eq!(before - Balances::free_balance(EVE), 5);
			assert_eq!(TelemetryAnchor::attested_reading(1, 0, 5), Some(r.clone()));
			assert_eq!(TelemetryAnchor::attestation(1, 0, 5).unwrap().attester, EVE);
			run_to_block(5, MAX_IDLE);
			assert!(TelemetryAnchor::attested_reading(1, 0, 5).is_some());
			run_to_block(6, MAX_IDLE);
			assert_eq!(TelemetryAnchor::attested_reading(1, 0, 5), None);
			System::assert_last_event(Event::AttestationsExpired { from: 0, to: 0 }.into());
		});
	}

	#[test]
	fn bad_proofs_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			let ((a, first), (b, second)) = two_anchors();
			let attest = |anchor, r: &Reading, index, siblings: Vec<H256>| {
				TelemetryAnchor::attest_reading(
					RuntimeOrigin::signed(EVE),
					anchor,
					r.clone(),
					index,
					bounded(siblings),
				)
			};
			let r = first.readings()[1].clone();
			let siblings = first.proof(1).unwrap().siblings;
			assert_noop!(attest(7, &r, 1, siblings.clone()), Error::<Test>::UnknownAnchor);
			assert_noop!(attest(b, &r, 1, siblings.clone()), Error::<Test>::NotInAnchor);
			let in_second = second.readings()[0].clone();
			assert_noop!(attest(b, &in_second, 1, siblings.clone()), Error::<Test>::InvalidProof);
			let tampered = Reading { salt: None, ..r.clone() };
			assert_noop!(attest(a, &tampered, 1, siblings.clone()), Error::<Test>::InvalidProof);
			assert_noop!(attest(a, &r, 2, siblings.clone()), Error::<Test>::InvalidProof);
			let later = Reading { sequence: 99, ..r.clone() };
			assert_noop!(attest(a, &later, 1, siblings.clone()), Error::<Test>::NotInAnchor);
			assert_ok!(attest(a, &r, 1, siblings.clone()));
			assert_noop!(attest(a, &r, 1, siblings), Error::<Test>::AlreadyAttested);
			let poor = TelemetryAnchor::attest_reading(
				RuntimeOrigin::signed(POOR),
				a,
				first.readings()[0].clone(),
				0,
				bounded(first.proof(0).unwrap().siblings),
			);
			assert_noop!(poor, Error::<Test>::CannotPayFee);
		});
	}
}

mod retention {
	use super::*;

	#[test]
	fn anchors_leave_after_retention_and_continuity_stays() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			let b = batch(&[(1, 0, &[1, 2])]);
			let first = anchor_as(OWNER, &b);
			run_to_block(5, MAX_IDLE);
			let second = anchor_as(OWNER, &batch(&[(1, 0, &[3])]));
			run_to_block(10, MAX_IDLE);
			assert!(Anchors::<Test>::contains_key(first));
			run_to_block(11, MAX_IDLE);
			assert!(!Anchors::<Test>::contains_key(first));
			assert!(Anchors::<Test>::contains_key(second));
			System::assert_last_event(Event::AnchorsPruned { from: 0, to: 0 }.into());
			assert!(!TelemetryAnchor::verify_reading(
				first,
				b.readings()[0].clone(),
				b.proof(0).unwrap()
			));
			// The stream's cursor outlives its anchors: old readings cannot be re-anchored.
			let again = batch(&[(1, 0, &[2])]);
			anchor_err(OWNER, &again, unsigned(&again), Error::<Test>::SequenceOverlap);
			run_to_block(15, MAX_IDLE);
			assert_eq!(Anchors::<Test>::iter().count(), 0);
			assert_eq!(OldestAnchor::<Test>::get(), 2);
		});
	}

	#[test]
	fn pruning_is_bounded_by_the_idle_weight_and_catches_up() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			for q in 1..=6 {
				anchor_as(OWNER, &batch(&[(1, 0, &[q])]));
			}
			// Room for the base and two anchors per block.
			let two = <() as WeightInfo>::prune_anchors(2);
			run_to_block(11, two);
			assert_eq!(OldestAnchor::<Test>::get(), 2);
			run_to_block(12, two);
			assert_eq!(OldestAnchor::<Test>::get(), 4);
			run_to_block(13, Weight::zero());
			assert_eq!(OldestAnchor::<Test>::get(), 4);
			run_to_block(14, MAX_IDLE);
			assert_eq!(Anchors::<Test>::iter().count(), 0);
		});
	}

	#[test]
	fn no_anchor_past_retention_survives_a_full_sweep() {
		ExtBuilder::default().build_and_execute(|| {
			declare(1, 0);
			declare(2, 0);
			let mut q = 0;
			for block in 1..=30u64 {
				run_to_block(block, MAX_IDLE);
				for device in [1, 2] {
					q += 1;
					anchor_as(GATEWAY, &batch(&[(device, 0, &[q])]));
				}
				let now = System::block_number();
				TelemetryAnchor::on_idle(now, MAX_IDLE);
				for (_, anchor) in Anchors::<Test>::iter() {
					assert!(anchor.block + 10 > now, "anchor of block {} at {now}", anchor.block);
				}
				TelemetryAnchor::do_try_state().unwrap();
			}
			assert_eq!(Anchors::<Test>::iter().count(), 20);
		});
	}
}
