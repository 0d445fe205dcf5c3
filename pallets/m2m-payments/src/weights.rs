//! Weights of the machine-to-machine payment calls.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_m2m_payments.rs`). The `()` implementation is for unit tests
//! only: flat nominal figures.

use frame_support::weights::Weight;

/// The weight of each call.
pub trait WeightInfo {
	/// `set_spending_limit` replacing a limit left by a previous owner.
	fn set_spending_limit() -> Weight;
	/// `remove_spending_limit`.
	fn remove_spending_limit() -> Weight;
	/// `device_pay` by an operator, starting a new period.
	fn device_pay() -> Weight;
	/// `open_channel` for a device by an operator, charged to the spending limit.
	fn open_channel() -> Weight;
	/// `top_up` of a device channel by an operator, moving the expiry.
	fn top_up() -> Weight;
	/// `claim` of a voucher signed by an sr25519 account key.
	fn claim() -> Weight;
	/// `claim` of a voucher signed by a P-256 device key (checked in the runtime).
	fn claim_p256() -> Weight;
	/// `settle` of `n` vouchers of `n` channels, each signed by an sr25519 account key.
	fn settle(n: u32) -> Weight;
	/// `cooperative_close` with a last sr25519 voucher.
	fn cooperative_close() -> Weight;
	/// `start_close`.
	fn start_close() -> Weight;
	/// `finalize_close`.
	fn finalize_close() -> Weight;
	/// `create_agreement` with a telemetry condition.
	fn create_agreement() -> Weight;
	/// `confirm`.
	fn confirm() -> Weight;
	/// `release` with a window proven by `a` anchors.
	fn release_window(a: u32) -> Weight;
	/// `release` with an attested reading.
	fn release_reading() -> Weight;
	/// `refund`.
	fn refund() -> Weight;
	/// `dispute`, holding the bond.
	fn dispute() -> Weight;
	/// `resolve_dispute` splitting the payment and the bond.
	fn resolve_dispute() -> Weight;
	/// `settle_expired_dispute` paying the provider and forfeiting the consumer's bond to it.
	fn settle_expired_dispute() -> Weight;
	/// A device leaving its owner: its spending limit removed and `c` of its channels started
	/// closing (`DeviceLifecycle`, charged to the registry's call).
	fn device_left(c: u32) -> Weight;
}

impl WeightInfo for () {
	fn set_spending_limit() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn remove_spending_limit() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn device_pay() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn open_channel() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn top_up() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn claim() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn claim_p256() -> Weight {
		Weight::from_parts(100_000, 1_000)
	}
	fn settle(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn cooperative_close() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn start_close() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn finalize_close() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn create_agreement() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn confirm() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn release_window(a: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(a.into())
	}
	fn release_reading() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn refund() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn dispute() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn settle_expired_dispute() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn device_left(c: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(u64::from(c).saturating_add(1))
	}
}
