//! Weights of the telemetry anchor's calls and hooks.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_telemetry_anchor.rs`). The `()` implementation is for unit tests
//! only: flat nominal figures, so that pruning still counts its work.

use frame_support::weights::Weight;

/// The weight of each call and hook.
pub trait WeightInfo {
	/// `declare_stream`, creating a stream.
	fn declare_stream() -> Weight;
	/// `reap_stream`.
	fn reap_stream() -> Weight;
	/// A device with `s` streams changed owner: each stream's deposit moves to the new owner.
	fn transfer_streams(s: u32) -> Weight;
	/// A device with `s` streams left the registry: each stream is reaped.
	fn remove_streams(s: u32) -> Weight;
	/// `anchor_batch` with `r` unsigned ranges, each of another device, by a fleet operator, each
	/// with a gap, and the longest locator.
	fn anchor_batch(r: u32) -> Weight;
	/// Checking one device-signed batch header (P-256, the slowest kind).
	fn verify_batch_signature() -> Weight;
	/// `attest_reading` with a proof of `d` siblings.
	fn attest_reading(d: u32) -> Weight;
	/// `on_idle` removing `n` anchors of the most ranges, then finding one still retained.
	fn prune_anchors(n: u32) -> Weight;
	/// `on_idle` removing `n` attestations, then finding one still current.
	fn expire_attestations(n: u32) -> Weight;
	/// `require_signed`.
	fn require_signed() -> Weight;
	/// `reset_stream`.
	fn reset_stream() -> Weight;
}

impl WeightInfo for () {
	fn transfer_streams(s: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(s.into())
	}
	fn remove_streams(s: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(s.into())
	}
	fn declare_stream() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn reap_stream() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn anchor_batch(r: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(r.into())
	}
	fn verify_batch_signature() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn attest_reading(d: u32) -> Weight {
		Weight::from_parts(10_000, 100)
			.saturating_add(Weight::from_parts(1_000, 0).saturating_mul(d.into()))
	}
	fn prune_anchors(n: u32) -> Weight {
		Weight::from_parts(1_000, 10)
			.saturating_add(Weight::from_parts(1_000, 10).saturating_mul(n.into()))
	}
	fn expire_attestations(n: u32) -> Weight {
		Weight::from_parts(1_000, 10)
			.saturating_add(Weight::from_parts(1_000, 10).saturating_mul(n.into()))
	}
	fn require_signed() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn reset_stream() -> Weight {
		Weight::from_parts(10_000, 100)
	}
}
