//! Whether a call's storage accesses fit its declared weight: the distinct keys the extrinsic
//! read and wrote, as the benchmarking backend counts them, less what every extrinsic touches
//! whatever its call (the signer's account, fees, sponsorship, frame-system's bookkeeping: the
//! base extrinsic weight prices those), priced at the runtime's database weights, must not cost
//! more than the call declared.

use std::{collections::HashMap, sync::OnceLock};

use frame_support::{traits::StorageInfoTrait, weights::Weight};
use iot_runtime::{AllPalletsWithSystem, Runtime, RuntimeCall};

use super::Failure;

/// Storage items that every extrinsic may touch outside its call.
const OVERHEAD: [(&str, Option<&str>); 5] = [
	("System", None),
	("TransactionPayment", None),
	("FeeSponsorship", None),
	("Balances", Some("TotalIssuance")),
	("DepinRewards", Some("PendingFees")),
];

fn names() -> &'static HashMap<Vec<u8>, (String, String)> {
	static NAMES: OnceLock<HashMap<Vec<u8>, (String, String)>> = OnceLock::new();
	NAMES.get_or_init(|| {
		AllPalletsWithSystem::storage_info()
			.into_iter()
			.map(|info| {
				let pallet = String::from_utf8_lossy(&info.pallet_name).into_owned();
				let item = String::from_utf8_lossy(&info.storage_name).into_owned();
				(info.prefix, (pallet, item))
			})
			.collect()
	})
}

/// The (pallet, item) of a storage key, if it is an item's.
fn name(key: &[u8]) -> Option<&'static (String, String)> {
	key.get(..32).and_then(|prefix| names().get(prefix))
}

/// The accesses of a storage item (distinct keys read, written) that are the call's own: none of
/// the overhead items; of `System::Account`, all but two (the fee payer's and the reward pot's,
/// which takes a share of every fee: the backend counts per item, not per key).
///
/// A sponsored device's fee also reads its record and takes from its owner's held budget.
fn own(prefix: &[u8], reads: u32, writes: u32, sponsored: bool) -> (u32, u32) {
	let Some((pallet, item)) = name(prefix) else { return (0, 0) };
	let sponsor = u32::from(sponsored);
	match (pallet.as_str(), item.as_str()) {
		("System", "Account") => {
			return (reads.saturating_sub(2 + sponsor), writes.saturating_sub(2 + sponsor))
		}
		("Balances", "Holds") => {
			return (reads.saturating_sub(sponsor), writes.saturating_sub(sponsor))
		}
		("DeviceRegistry", "Devices") => return (reads.saturating_sub(sponsor), writes),
		_ => {}
	}
	if OVERHEAD.iter().any(|(p, i)| p == pallet && i.is_none_or(|i| i == item)) {
		return (0, 0);
	}
	(reads, writes)
}

/// Fails if the keys `call` read and wrote (counted since the last reset) cost more than the
/// weight it declared.
pub fn check(call: &RuntimeCall, declared: Weight, sponsored: bool) -> Result<(), Failure> {
	let keys = sp_externalities::with_externalities(|ext| ext.get_read_and_written_keys())
		.expect("externalities are set");
	let (mut reads, mut writes) = (0u64, 0u64);
	let mut touched = Vec::new();
	for (prefix, read, written, whitelisted) in keys {
		let (read, written) = own(&prefix, read, written, sponsored);
		if whitelisted || read + written == 0 {
			continue;
		}
		reads += u64::from(read);
		writes += u64::from(written);
		touched.push(
			name(&prefix).map_or("?".into(), |(p, i)| format!("{p}::{i} r{read} w{written}")),
		);
	}
	let cost = <Runtime as frame_system::Config>::DbWeight::get().reads_writes(reads, writes);
	if cost.ref_time() > declared.ref_time() {
		return Err(format!(
			"{call:?} read {reads} and wrote {writes} keys ({} ps: {touched:?}), more than its declared {declared:?}",
			cost.ref_time()
		));
	}
	Ok(())
}
