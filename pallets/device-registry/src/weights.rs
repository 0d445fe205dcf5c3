//! Weights of the device registry's calls.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_device_registry.rs`). The `()` implementation is for unit tests
//! only, where weights do not matter.

use frame_support::weights::Weight;

/// The weight of each call.
pub trait WeightInfo {
	/// `register_device`, worst case over key kinds (P-256) with a certificate of full depth.
	fn register_device() -> Weight;
	/// `register_devices` with `n` entries.
	fn register_devices(n: u32) -> Weight;
	fn verify_p256_possession() -> Weight;
	/// `suspend`.
	fn suspend() -> Weight;
	/// `resume`.
	fn resume() -> Weight;
	/// `revoke`.
	fn revoke() -> Weight;
	/// `deregister` of a device with `g` operator grants.
	fn deregister(g: u32) -> Weight;
	/// `rotate_key`.
	fn rotate_key() -> Weight;
	/// `update_device`.
	fn update_device() -> Weight;
	/// `offer_transfer`.
	fn offer_transfer() -> Weight;
	/// `accept_transfer` of a device with `g` operator grants.
	fn accept_transfer(g: u32) -> Weight;
	/// `cancel_transfer`.
	fn cancel_transfer() -> Weight;
	/// `grant_operator`.
	fn grant_operator() -> Weight;
	/// `revoke_operator`.
	fn revoke_operator() -> Weight;
	/// `register_manufacturer`.
	fn register_manufacturer() -> Weight;
	/// `remove_manufacturer`.
	fn remove_manufacturer() -> Weight;
	/// `publish_roots` with `n` roots.
	fn publish_roots(n: u32) -> Weight;
	/// `revoke_certification`.
	fn revoke_certification() -> Weight;
	/// `withdraw_root` (and `force_remove_root`, which does the same).
	fn withdraw_root() -> Weight;
}

impl WeightInfo for () {
	fn register_device() -> Weight {
		Weight::zero()
	}
	fn register_devices(_n: u32) -> Weight {
		Weight::zero()
	}
	fn verify_p256_possession() -> Weight {
		Weight::zero()
	}
	fn suspend() -> Weight {
		Weight::zero()
	}
	fn resume() -> Weight {
		Weight::zero()
	}
	fn revoke() -> Weight {
		Weight::zero()
	}
	fn deregister(_g: u32) -> Weight {
		Weight::zero()
	}
	fn rotate_key() -> Weight {
		Weight::zero()
	}
	fn update_device() -> Weight {
		Weight::zero()
	}
	fn offer_transfer() -> Weight {
		Weight::zero()
	}
	fn accept_transfer(_g: u32) -> Weight {
		Weight::zero()
	}
	fn cancel_transfer() -> Weight {
		Weight::zero()
	}
	fn grant_operator() -> Weight {
		Weight::zero()
	}
	fn revoke_operator() -> Weight {
		Weight::zero()
	}
	fn register_manufacturer() -> Weight {
		Weight::zero()
	}
	fn remove_manufacturer() -> Weight {
		Weight::zero()
	}
	fn publish_roots(_n: u32) -> Weight {
		Weight::zero()
	}
	fn revoke_certification() -> Weight {
		Weight::zero()
	}
	fn withdraw_root() -> Weight {
		Weight::zero()
	}
}
