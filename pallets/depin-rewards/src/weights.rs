//! Weights of the DePIN reward calls and hooks.
//!
//! The runtime uses weights generated from this pallet's benchmarks
//! (`runtime/src/weights/pallet_depin_rewards.rs`). The `()` implementation is for unit tests
//! only: flat nominal figures.

use frame_support::weights::Weight;

/// The weight of each call and hook.
pub trait WeightInfo {
	/// `register_node`.
	fn register_node() -> Weight;
	/// `deregister_node` paying a settled liveness credit to owner and host.
	fn deregister_node() -> Weight;
	/// `bond`.
	fn bond() -> Weight;
	/// `unbond` adding to stake already unbonding.
	fn unbond() -> Weight;
	/// `withdraw_unbonded`.
	fn withdraw_unbonded() -> Weight;
	/// `set_oracles` with `n` members.
	fn set_oracles(n: u32) -> Weight;
	/// `attest_root` by the oracle that reaches the quorum of the largest committee.
	fn attest_root() -> Weight;
	/// `claim` with a proof of `d` hashes (2^d nodes), paying owner and host.
	fn claim(d: u32) -> Weight;
	/// `claim_liveness` settling an ended epoch, paying owner and host.
	fn claim_liveness() -> Weight;
	/// `challenge` of a node with its entry proven by `d` hashes.
	fn challenge(d: u32) -> Weight;
	/// `expire_challenge` of a node challenge.
	fn expire_challenge() -> Weight;
	/// `set_require_certified`.
	fn set_require_certified() -> Weight;
	/// `resolve_challenge` upholding a challenge of a node: slash and withhold.
	fn resolve_challenge() -> Weight;
	/// Marking a node live (from an anchor): settling its previous live epoch, a new cell.
	fn mark_live() -> Weight;
	/// Ending an epoch: mint, split, record. Does not depend on the number of nodes.
	fn end_epoch() -> Weight;
	/// Retiring a node whose device changed hands or left the registry.
	fn retire_node() -> Weight;
	/// `withdraw_retired`.
	fn withdraw_retired() -> Weight;
}

impl WeightInfo for () {
	fn register_node() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn deregister_node() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn bond() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn unbond() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn set_oracles(n: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(n.into())
	}
	fn attest_root() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn claim(d: u32) -> Weight {
		Weight::from_parts(10_000, 100).saturating_mul(d.into())
	}
	fn claim_liveness() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn challenge(_d: u32) -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn expire_challenge() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn set_require_certified() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn resolve_challenge() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn mark_live() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn end_epoch() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn retire_node() -> Weight {
		Weight::from_parts(10_000, 100)
	}
	fn withdraw_retired() -> Weight {
		Weight::from_parts(10_000, 100)
	}
}
