//! Attack tests for the review's M-2 on streams (a device that changes hands no longer holds its
//! seller's deposits, and a removed device's streams go with it) and C-1 on liveness (only
//! device-signed telemetry keeps a node live), H-3 (only readings the device signed are
//! attested), M-1 (unsigned ranges cannot poison a signed stream; jumps are bounded; the owner
//! recovers a stream), L-3 (what has expired counts for nothing, pruned or not), M-5 (oversize
//! call parameters do not decode, so no block carries them), and the v1 migration.

use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, weights::Weight};
use iot_primitives::{telemetry::StreamId, traits::DeviceLifecycle};

use crate::{mock::*, *};

fn declare(stream: StreamId) {
	assert_ok!(TelemetryAnchor::declare_stream(
		RuntimeOrigin::signed(OWNER),
		1,
		stream,
		bounded(b"temp".to_vec()),
		7,
		60_000
	));
}

fn deposits(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::StreamDeposit.into(), &who)
}

#[test]
fn m2_the_buyer_takes_over_the_stream_deposits_of_the_seller() {
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		declare(1);
		let deposit = deposits(OWNER);
		assert!(deposit > 0);
		Devices::update(1, |d| d.owner = EVE);
		assert_ok!(TelemetryAnchor::on_transferred(1, &OWNER, &EVE));
		assert_eq!(deposits(OWNER), 0, "the seller holds nothing for a device it sold");
		assert_eq!(deposits(EVE), deposit);
		assert!(Streams::<Test>::iter_prefix_values(1).all(|s| s.depositor == EVE));
		System::assert_last_event(
			Event::StreamDepositMoved { device: 1, stream: 1, from: OWNER, to: EVE }.into(),
		);
	});
}

#[test]
fn m2_a_buyer_who_cannot_take_the_deposits_over_cannot_take_the_device() {
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		assert_noop!(
			frame_support::storage::with_storage_layer(|| TelemetryAnchor::on_transferred(
				1, &OWNER, &POOR
			)),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_eq!(Streams::<Test>::get(1, 0).map(|s| s.depositor), Some(OWNER));
	});
}

#[test]
fn m2_a_removed_devices_streams_are_reaped_and_their_deposits_returned() {
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		declare(1);
		Devices::remove(1);
		TelemetryAnchor::on_removed(1, &OWNER);
		assert_eq!(deposits(OWNER), 0);
		assert_eq!(Streams::<Test>::iter_prefix(1).count(), 0);
		assert_eq!(StreamCount::<Test>::get(1), 0);
	});
}

/// The review's sybil owner anchored made-up, unsigned telemetry of its own devices to keep
/// their nodes live. Unsigned ranges are still anchored (gateways that do not sign), but they
/// no longer reach the rewards.
#[test]
fn c1_only_device_signed_ranges_keep_a_node_live() {
	use crate::tests::{batch, signed, unsigned};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		let first = batch(&[(1, 0, &[1, 2, 3])]);
		assert_ok!(TelemetryAnchor::anchor_batch(
			RuntimeOrigin::signed(OWNER),
			first.root(),
			3,
			bounded(unsigned(&first)),
			None
		));
		assert!(LiveLog::take().is_empty(), "an owner's unsigned anchor keeps nothing live");
		let second = batch(&[(1, 0, &[4, 5])]);
		assert_ok!(TelemetryAnchor::anchor_batch(
			RuntimeOrigin::signed(OWNER),
			second.root(),
			2,
			bounded(vec![signed(&second, 1, 0)]),
			None
		));
		assert_eq!(LiveLog::take(), vec![1]);
	});
}

/// Pruning runs in `on_idle`, which full blocks starve: before the fix an expired attestation,
/// or an anchor past its retention, still proved what an escrow asked for.
#[test]
fn l3_expired_attestations_and_anchors_count_for_nothing_before_they_are_pruned() {
	use crate::tests::{anchor_signed, batch};
	use iot_primitives::traits::TelemetryProof;
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		let b = batch(&[(1, 0, &[1, 2])]);
		let anchor = anchor_signed(OWNER, &b, 1, 0);
		let reading = b.readings()[0].clone();
		assert_ok!(attest(anchor, &b, 0));
		let attested = || <TelemetryAnchor as TelemetryProof>::attested_reading(1, 0, 1);
		let range = || <TelemetryAnchor as TelemetryProof>::anchored_range(&anchor, 1, 0);
		assert_eq!(attested(), Some(reading.clone()));
		// No idle weight at all: nothing is pruned.
		run_to_block(6, Weight::zero());
		assert!(AttestedReadings::<Test>::contains_key((1, 0, 1)), "not pruned");
		assert_eq!(attested(), None, "expired at block 6");
		assert!(range().is_some());
		run_to_block(11, Weight::zero());
		assert!(Anchors::<Test>::contains_key(anchor), "not pruned");
		assert!(range().is_none(), "retention over at block 11");
		assert_noop!(attest(anchor, &b, 1), Error::<Test>::UnknownAnchor);
	});
}

fn attest(
	anchor: AnchorId,
	b: &iot_primitives::telemetry::Batch,
	index: u32,
) -> frame_support::dispatch::DispatchResult {
	let proof = b.proof(index).unwrap();
	let reading = b.readings()[index as usize].clone();
	TelemetryAnchor::attest_reading(
		RuntimeOrigin::signed(EVE),
		anchor,
		reading,
		proof.leaf_index,
		bounded(proof.siblings),
	)
}

fn anchor(
	b: &iot_primitives::telemetry::Batch,
	ranges: Vec<RangeInput>,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	TelemetryAnchor::anchor_batch(
		RuntimeOrigin::signed(OWNER),
		b.root(),
		b.leaf_count().unwrap(),
		bounded(ranges),
		None,
	)
}

/// The review's carrier anchored a made-up one-leaf batch of the tracker it owns, attested it,
/// and a `ReadingWithin` escrow paid it for a delivery that never happened.
#[test]
fn h3_an_unsigned_reading_is_not_attested() {
	use crate::tests::{anchor_signed, batch, unsigned};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		let made_up = batch(&[(1, 0, &[1])]);
		let id = NextAnchorId::<Test>::get();
		assert_ok!(anchor(&made_up, unsigned(&made_up)));
		assert_noop!(attest(id, &made_up, 0), Error::<Test>::UnsignedRange);
		let signed = batch(&[(1, 0, &[2, 3])]);
		let id = anchor_signed(OWNER, &signed, 1, 0);
		assert_ok!(attest(id, &signed, 1));
	});
}

/// Before the fix one unsigned anchor with its sequence at `u64::MAX` bricked the stream for
/// good, and unsigned ranges could front-run what the device signs.
#[test]
fn m1_unsigned_ranges_cannot_poison_a_signed_stream() {
	use crate::tests::{anchor_signed, batch, signed, unsigned};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		// The review's brick: refused outright now (the span from the start is bounded).
		let brick = batch(&[(1, 0, &[u64::MAX / 1_000])]);
		assert_ok!(anchor(&batch(&[(1, 0, &[1])]), unsigned(&batch(&[(1, 0, &[1])]))));
		assert_noop!(anchor(&brick, unsigned(&brick)), Error::<Test>::SpanTooLong);
		// Junk within the bound poisons the stream for the device's next signed batch ...
		let junk = batch(&[(1, 0, &[900])]);
		assert_ok!(anchor(&junk, unsigned(&junk)));
		let real = batch(&[(1, 0, &[2, 3])]);
		assert_noop!(anchor(&real, vec![signed(&real, 1, 0)]), Error::<Test>::SequenceOverlap);
		// ... until the owner recovers it: back to the last signed position (none yet).
		assert_noop!(
			TelemetryAnchor::reset_stream(RuntimeOrigin::signed(EVE), 1, 0),
			Error::<Test>::NotOwner
		);
		assert_ok!(TelemetryAnchor::reset_stream(RuntimeOrigin::signed(OWNER), 1, 0));
		System::assert_last_event(Event::StreamReset { device: 1, stream: 0, cursor: None }.into());
		anchor_signed(OWNER, &real, 1, 0);
		// Signed-only from now on: unsigned ranges, front-running or not, are refused.
		let more_junk = batch(&[(1, 0, &[4])]);
		assert_noop!(anchor(&more_junk, unsigned(&more_junk)), Error::<Test>::UnsignedRange);
		let stream = Streams::<Test>::get(1, 0).unwrap();
		assert!(stream.signed_only);
		assert_eq!(stream.signed_cursor.map(|c| c.last_sequence), Some(3));
	});
}

#[test]
fn m1_an_owner_makes_a_stream_signed_only_before_its_first_anchor() {
	use crate::tests::{batch, unsigned};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		assert_noop!(
			TelemetryAnchor::require_signed(RuntimeOrigin::signed(EVE), 1, 0),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			TelemetryAnchor::require_signed(RuntimeOrigin::signed(OWNER), 1, 9),
			Error::<Test>::UnknownStream
		);
		assert_ok!(TelemetryAnchor::require_signed(RuntimeOrigin::signed(OWNER), 1, 0));
		System::assert_last_event(Event::StreamSignedOnly { device: 1, stream: 0 }.into());
		let front_run = batch(&[(1, 0, &[1])]);
		assert_noop!(anchor(&front_run, unsigned(&front_run)), Error::<Test>::UnsignedRange);
	});
}

#[test]
fn m1_timestamps_no_further_than_the_skew_into_the_future() {
	use crate::tests::{batch, unsigned};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		// Readings of sequence `q` are stamped `1_000 * q` ms; the clock is at 1,000,000 ms.
		MockTime::set(1_000_000 - MAX_SKEW);
		let late = batch(&[(1, 0, &[1_000])]);
		assert_ok!(anchor(&late, unsigned(&late)));
		let ahead = batch(&[(1, 0, &[1_001])]);
		assert_noop!(anchor(&ahead, unsigned(&ahead)), Error::<Test>::TimestampInFuture);
		MockTime::set(1_001_000 - MAX_SKEW);
		assert_ok!(anchor(&ahead, unsigned(&ahead)));
	});
}

#[test]
fn migration_v1_marks_streams_whose_last_range_was_signed() {
	use crate::{
		migrations::v1::{MigrateV0ToV1, OldStream},
		tests::{anchor_signed, batch, unsigned},
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	ExtBuilder::default().build_and_execute(|| {
		declare(0);
		declare(1);
		anchor_signed(OWNER, &batch(&[(1, 0, &[1, 2])]), 1, 0);
		let b = batch(&[(1, 1, &[1])]);
		assert_ok!(anchor(&b, unsigned(&b)));
		// Store both as v0 did.
		for id in [0, 1] {
			let s = Streams::<Test>::get(1, id).unwrap();
			let old = OldStream::<Test> {
				name: s.name,
				unit: s.unit,
				interval_ms: s.interval_ms,
				depositor: s.depositor,
				deposit: s.deposit,
				cursor: s.cursor,
				anchored: s.anchored,
				missing: s.missing,
			};
			frame_support::storage::unhashed::put(&Streams::<Test>::hashed_key_for(1, id), &old);
		}
		StorageVersion::new(0).put::<TelemetryAnchor>();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(TelemetryAnchor::on_chain_storage_version(), 1);
		let (signed, open) =
			(Streams::<Test>::get(1, 0).unwrap(), Streams::<Test>::get(1, 1).unwrap());
		assert!(signed.signed_only && signed.signed_cursor == signed.cursor);
		assert!(!open.signed_only && open.signed_cursor == open.cursor);
	});
}

/// The call `index` with `args` as a client would encode it: a `Vec` and a `BoundedVec` encode
/// alike, so only the bound tells a call the pallet takes from one it refuses.
fn decodes(index: u8, args: impl Encode) -> bool {
	let bytes = (index, args).encode();
	crate::Call::<Test>::decode(&mut &bytes[..]).is_ok()
}

#[test]
fn m5_oversize_parameters_do_not_decode_so_no_block_carries_them() {
	let name = |len: usize| vec![b'n'; len];
	// declare_stream(device, stream, name, unit, interval_ms); the mock allows 8-byte names.
	assert!(decodes(0, (1u64, 0u16, name(8), 1u32, 1u64)));
	assert!(!decodes(0, (1u64, 0u16, name(9), 1u32, 1u64)));
	assert!(!decodes(0, (1u64, 0u16, name(3_900_000), 1u32, 1u64)));

	// anchor_batch(root, leaf_count, ranges, locator): 4 ranges and 16 locator bytes at most.
	let b = tests::batch(&[(1, 0, &[1]), (1, 1, &[1]), (2, 0, &[1]), (2, 1, &[1]), (3, 0, &[1])]);
	let ranges = tests::unsigned(&b);
	let anchor = |n: usize, locator: usize| {
		decodes(2, (b.root(), 5u32, ranges[..n].to_vec(), Some(vec![b'l'; locator])))
	};
	assert!(anchor(4, 16));
	assert!(!anchor(5, 16), "more ranges than an anchor holds");
	assert!(!anchor(4, 17), "a longer locator");

	// attest_reading(anchor, reading, leaf_index, siblings): proofs of depth 8 at most.
	let reading = b.readings()[0].clone();
	let proof = |depth: usize| vec![sp_core::H256::zero(); depth];
	assert!(decodes(3, (0u64, reading.clone(), 0u32, proof(8))));
	assert!(!decodes(3, (0u64, reading, 0u32, proof(9))));
}
