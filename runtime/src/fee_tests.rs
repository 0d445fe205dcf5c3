//! M-5 of the 2026-11 review: block space has a price. A block filled by length costs at least
//! what a block filled by weight costs, oversize call parameters never reach a block, and fees
//! rise under sustained congestion. Run with `--nocapture` to see a day of full blocks priced.

use codec::{Decode, Encode};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{Get, Hooks, PalletInfoAccess},
	weights::Weight,
	BoundedVec,
};
use pallet_transaction_payment::Multiplier;
use sp_runtime::{traits::Convert, BuildStorage, FixedPointNumber, FixedU128};

use crate::{
	configs::{RuntimeBlockLength, RuntimeBlockWeights},
	Balance, Runtime, RuntimeCall, RuntimeGenesisConfig, System, TelemetryAnchor,
	TransactionPayment, DAYS, MILLI_UNIT, UNIT,
};

/// The byte fee before the review: 1e-9 IOT.
const OLD_BYTE_FEE: Balance = 1_000;

type FeeUpdate = <Runtime as pallet_transaction_payment::Config>::FeeMultiplierUpdate;

fn ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig::default().build_storage().expect("the default genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn normal_max_weight() -> Weight {
	let weights = RuntimeBlockWeights::get();
	weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block)
}

fn normal_max_length() -> u32 {
	*RuntimeBlockLength::get().max.get(DispatchClass::Normal)
}

/// What a `Normal` block full by weight pays at the floor multiplier.
fn weight_filled_block_fee() -> Balance {
	TransactionPayment::weight_to_fee(normal_max_weight())
}

/// What `len` bytes must pay at least: their share of a block full by weight.
fn share_of_weight_filled_block(len: u32) -> Balance {
	weight_filled_block_fee() * Balance::from(len) / Balance::from(normal_max_length())
}

fn fee(call: &RuntimeCall, len: u32) -> Balance {
	TransactionPayment::compute_fee(len, &call.get_dispatch_info(), 0)
}

/// The fee before the review: the same weight fee, the old byte fee, a constant multiplier 1.
fn old_fee(call: &RuntimeCall, len: u32) -> Balance {
	let info = call.get_dispatch_info();
	let base = RuntimeBlockWeights::get().get(info.class).base_extrinsic;
	TransactionPayment::weight_to_fee(base.saturating_add(info.total_weight()))
		+ OLD_BYTE_FEE * Balance::from(len)
}

/// `declare_stream` as the review sent it (its name no longer decodes at that length; the
/// weight is the same).
fn declare_stream() -> RuntimeCall {
	let name = BoundedVec::truncate_from(b"t".to_vec());
	let call = pallet_telemetry_anchor::Call::declare_stream {
		device: 1,
		stream: 0,
		name,
		unit: 7,
		interval_ms: 60_000,
	};
	RuntimeCall::TelemetryAnchor(call)
}

/// A remark that fills a `Normal` block's length on its own (the remark's bytes are the bulk of
/// the extrinsic; the rest of the length is counted in `len`).
fn block_filling_remark() -> (RuntimeCall, u32) {
	let len = normal_max_length();
	let remark = vec![0u8; len as usize - 64];
	(RuntimeCall::System(frame_system::Call::remark { remark }), len)
}

fn iot(planck: Balance) -> f64 {
	planck as f64 / UNIT as f64
}

#[test]
fn m5_a_block_filled_by_length_costs_at_least_a_block_filled_by_weight() {
	ext().execute_with(|| {
		let by_length = TransactionPayment::length_to_fee(normal_max_length());
		assert!(
			by_length >= weight_filled_block_fee(),
			"{by_length} by length < {} by weight",
			weight_filled_block_fee()
		);
		// Whole blocks: the remark's own weight and base fee come on top.
		let (remark, len) = block_filling_remark();
		assert!(fee(&remark, len) >= weight_filled_block_fee());
	});
}

#[test]
fn m5_a_huge_declare_stream_does_not_decode_and_the_largest_one_pays_its_share() {
	ext().execute_with(|| {
		let index = TelemetryAnchor::index() as u8;
		// declare_stream(device, stream, name, unit, interval_ms), as the review sent it.
		let call = |name: Vec<u8>| (index, 0u8, 1u64, 0u16, name, 7u32, 60_000u64).encode();
		let huge = call(vec![0; 3_900_000]);
		assert!(RuntimeCall::decode(&mut &huge[..]).is_err(), "never included");
		let longest: u32 = <Runtime as pallet_telemetry_anchor::Config>::MaxStreamNameLen::get();
		let largest = RuntimeCall::decode(&mut &call(vec![0; longest as usize])[..])
			.expect("the longest name decodes");
		let len = largest.encoded_size() as u32 + 110; // address, signature, extensions
		assert!(fee(&largest, len) >= share_of_weight_filled_block(len));

		// The review's test, inverted: 3.9 MB of any call costs at least its share of a block
		// full by weight (it cost 0.0045 IOT; a remark still takes that many bytes).
		assert!(fee(&largest, 3_900_000) >= share_of_weight_filled_block(3_900_000));
		assert!(fee(&largest, 3_900_000) >= 1_000 * MILLI_UNIT);
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![0; 3_900_000] });
		let len = remark.encoded_size() as u32;
		assert!(fee(&remark, len) >= share_of_weight_filled_block(len));
		assert!(old_fee(&largest, 3_900_000) < 5 * MILLI_UNIT, "what the review found");
	});
}

#[test]
fn m5_fees_rise_under_sustained_congestion_and_fall_back_to_the_floor() {
	ext().execute_with(|| {
		let floor = Multiplier::saturating_from_integer(1);
		assert_eq!(TransactionPayment::next_fee_multiplier(), floor, "genesis starts at 1");
		let block = |weight: Weight| {
			System::set_block_consumed_resources(weight, 0);
			let before = TransactionPayment::next_fee_multiplier();
			TransactionPayment::on_finalize(System::block_number());
			System::set_block_number(System::block_number() + 1);
			(before, TransactionPayment::next_fee_multiplier())
		};
		for _ in 0..100 {
			let (before, after) = block(normal_max_weight());
			assert!(after > before, "a full block raises fees");
		}
		let congested = TransactionPayment::next_fee_multiplier();
		assert!(congested > FixedU128::saturating_from_rational(1_005, 1_000));
		for _ in 0..1_000 {
			let (before, after) = block(Weight::zero());
			assert!(after <= before && after >= floor, "empty blocks lower fees to the floor");
		}
		assert_eq!(TransactionPayment::next_fee_multiplier(), floor);
		// At the floor, a block just above the target still raises fees.
		let target = normal_max_weight() / 4;
		let (_, after) = block(target + target / 100);
		assert!(after > floor);
	});
}

/// What filling every block for a day costs, before the review's fix and after. Prints the
/// figures quoted in `docs/security-model.md`.
#[test]
fn m5_a_day_of_full_blocks() {
	ext().execute_with(|| {
		let blocks = DAYS;
		assert_eq!(blocks, 14_400, "6 s blocks");
		let by_weight = weight_filled_block_fee();

		// Filling by weight: the multiplier climbs through the day.
		System::set_block_consumed_resources(normal_max_weight(), 0);
		let mut multiplier = Multiplier::saturating_from_integer(1);
		let mut weight_day: Balance = 0;
		for _ in 0..blocks {
			weight_day += multiplier.saturating_mul_int(by_weight);
			multiplier = FeeUpdate::convert(multiplier);
		}
		let old_weight_day = by_weight * Balance::from(blocks);
		assert!(weight_day > old_weight_day * 3 / 2);

		// Filling by length: the blocks weigh little, so the multiplier stays at its floor.
		System::set_block_consumed_resources(Weight::zero(), 0);
		let floor = Multiplier::saturating_from_integer(1);
		assert_eq!(FeeUpdate::convert(floor), floor);
		// Before: one `declare_stream` with a name as long as a block, failing in dispatch (the
		// review's attack). After: what still decodes at that length pays at least the length
		// fee (the floor), and a remark (which decodes at any length) its weight on top.
		let (remark, len) = block_filling_remark();
		let old_block = old_fee(&declare_stream(), len);
		let floor_block = TransactionPayment::length_to_fee(len);
		let length_day = fee(&remark, len) * Balance::from(blocks);
		let floor_day = floor_block * Balance::from(blocks);
		let old_length_day = old_block * Balance::from(blocks);
		assert!(floor_day >= old_weight_day);

		println!("M-5: a day ({blocks} blocks) of full Normal blocks");
		println!("  block by weight (multiplier 1): {:.4} IOT", iot(by_weight));
		println!(
			"  block by length ({len} bytes): before {:.6} IOT (declare_stream), after at least \
			 {:.4} IOT (length fee), {:.4} IOT as a remark",
			iot(old_block),
			iot(floor_block),
			iot(fee(&remark, len))
		);
		println!(
			"  by weight: before {:.0} IOT, after {:.0} IOT; multiplier after a day {:.4}",
			iot(old_weight_day),
			iot(weight_day),
			multiplier.to_float()
		);
		println!(
			"  by length: before {:.2} IOT, after at least {:.0} IOT ({:.0} IOT as remarks)",
			iot(old_length_day),
			iot(floor_day),
			iot(length_day)
		);
	});
}
