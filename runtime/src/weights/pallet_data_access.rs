// Placeholder until `./scripts/benchmark-weights.sh pallet_data_access` runs.
#![allow(missing_docs)]
use core::marker::PhantomData;
use frame_support::weights::Weight;
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_data_access::WeightInfo for WeightInfo<T> {
	fn set_encryption_key() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_encryption_key() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn grant() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn revoke() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn withdraw_offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn subscribe() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn settle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn clear_device(g: u32, o: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_mul(u64::from(g + o))
	}
}
