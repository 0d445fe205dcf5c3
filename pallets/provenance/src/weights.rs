//! Weights of the provenance calls.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_provenance.rs`). The `()` implementation is for unit tests only:
//! flat nominal figures.

use frame_support::weights::Weight;

/// The weight of each call.
pub trait WeightInfo {
	/// `commission` of `n` keyed, tagged items.
	fn commission(n: u32) -> Weight;
	/// `observe` of `n` items packed in containers at the deepest nesting.
	fn observe(n: u32) -> Weight;
	/// `aggregate` of `n` items into a container at the deepest nesting.
	fn aggregate(n: u32) -> Weight;
	/// `disaggregate` of `n` items from a container at the deepest nesting.
	fn disaggregate(n: u32) -> Weight;
	/// `transform` of `i` inputs into `o` keyed outputs (the recall checks of the inputs are added by the call).
	fn transform(i: u32, o: u32) -> Weight;
	/// `decommission` of `n` items.
	fn decommission(n: u32) -> Weight;
	/// `propose_handoff`.
	fn propose_handoff() -> Weight;
	/// `accept_handoff` of custody that ends a leg under way.
	fn accept_handoff() -> Weight;
	/// `reject_handoff` (and `cancel_handoff`).
	fn reject_handoff() -> Weight;
	/// `start_leg`.
	fn start_leg() -> Weight;
	/// `end_leg` of an item packed at the deepest nesting's owner.
	fn end_leg() -> Weight;
	/// `prove_leg` with `a` anchors.
	fn prove_leg(a: u32) -> Weight;
	/// `expire_leg`.
	fn expire_leg() -> Weight;
	/// `recall`.
	fn recall() -> Weight;
	/// `bind_tag`.
	fn bind_tag() -> Weight;
	/// `handoff_signed` of custody that ends a leg under way.
	fn handoff_signed() -> Weight;
}

impl WeightInfo for () {
	fn commission(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn observe(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn aggregate(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn disaggregate(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn transform(i: u32, o: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(u64::from(i).saturating_add(u64::from(o)))
	}
	fn decommission(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn propose_handoff() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn accept_handoff() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn reject_handoff() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn start_leg() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn end_leg() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn prove_leg(a: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(a.into())
	}
	fn expire_leg() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn recall() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn bind_tag() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn handoff_signed() -> Weight {
		Weight::from_parts(10_000, 100)
	}
}
