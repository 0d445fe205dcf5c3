//! Weights of the data-access calls.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_data_access.rs`). The `()` implementation is for unit tests
//! only: flat nominal figures.

use frame_support::weights::Weight;

/// The weight of each call.
pub trait WeightInfo {
	/// `set_encryption_key`, the first time (it holds a deposit).
	fn set_encryption_key() -> Weight;
	/// `remove_encryption_key`.
	fn remove_encryption_key() -> Weight;
	/// `grant` by the owner, replacing an expired subscription.
	fn grant() -> Weight;
	/// `revoke` (and `renounce`) of a subscription in mid-period: it pays and refunds.
	fn revoke() -> Weight;
	/// `offer`, the first on the stream.
	fn offer() -> Weight;
	/// `withdraw_offer`.
	fn withdraw_offer() -> Weight;
	/// `subscribe` from the subscriber's own funds (a payment source adds its own weight).
	fn subscribe() -> Weight;
	/// `settle` of an expired subscription.
	fn settle() -> Weight;
	/// Ending `g` subscriptions and `o` offers of a device that changes hands.
	fn clear_device(g: u32, o: u32) -> Weight;
}

impl WeightInfo for () {
	fn set_encryption_key() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn remove_encryption_key() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn grant() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn revoke() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn offer() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn withdraw_offer() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn subscribe() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn settle() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn clear_device(g: u32, o: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(u64::from(g).saturating_add(u64::from(o)))
	}
}
