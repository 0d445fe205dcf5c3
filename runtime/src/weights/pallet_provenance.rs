//! Placeholder until ./scripts/benchmark-weights.sh pallet_provenance regenerates it.

#![allow(unused_parens)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_provenance::WeightInfo for WeightInfo<T> {
	fn commission(_n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn observe(_n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn aggregate(_n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn disaggregate(_n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn transform(_i: u32, _o: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn decommission(_n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn propose_handoff() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn accept_handoff() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn reject_handoff() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn start_leg() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn end_leg() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn prove_leg(_a: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn expire_leg() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn recall() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
	fn bind_tag() -> Weight {
		Weight::from_parts(1_000_000_000, 10_000)
	}
}
