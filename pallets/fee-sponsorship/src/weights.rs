//! Weights of the fee-sponsorship calls and of a sponsored fee payment.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_fee_sponsorship.rs`). The `()` implementation is for unit tests
//! only: flat nominal figures.

use frame_support::weights::Weight;

/// The weight of each call, and of paying a fee from a budget.
pub trait WeightInfo {
	/// `fund` opening a budget.
	fn fund() -> Weight;
	/// `withdraw` emptying a budget.
	fn withdraw() -> Weight;
	/// `set_alert`.
	fn set_alert() -> Weight;
	/// `sponsor_device` replacing a stale sponsorship of the device.
	fn sponsor_device() -> Weight;
	/// `unsponsor_device`.
	fn unsponsor_device() -> Weight;
	/// Paying a sponsored device's fee: the checks, the charge before dispatch and the refund
	/// after it (on top of what `pallet_transaction_payment` itself does).
	fn charge_sponsored() -> Weight;
}

impl WeightInfo for () {
	fn fund() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn withdraw() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn set_alert() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn sponsor_device() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn unsponsor_device() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn charge_sponsored() -> Weight {
		Weight::from_parts(10_000, 100)
	}
}
