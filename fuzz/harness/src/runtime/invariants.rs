//! What must hold after every block, besides each pallet's own `try_state` invariants.

use frame_support::traits::fungible::Inspect;
use iot_runtime::{
	Balance, Balances, DataAccess, DepinRewards, DeviceRegistry, FeeSponsorship, M2mPayments,
	Provenance, Runtime, TelemetryAnchor,
};

use super::Failure;

/// Every pallet's invariants, then the chain-wide ones.
pub fn check_all() -> Result<(), Failure> {
	let pallets = [
		("device-registry", DeviceRegistry::do_try_state()),
		("telemetry-anchor", TelemetryAnchor::do_try_state()),
		("m2m-payments", M2mPayments::do_try_state()),
		("depin-rewards", DepinRewards::do_try_state()),
		("fee-sponsorship", FeeSponsorship::do_try_state()),
		("provenance", Provenance::do_try_state()),
		("data-access", DataAccess::do_try_state()),
	];
	for (pallet, result) in pallets {
		result.map_err(|e| format!("{pallet}: {e:?}"))?;
	}
	balances()?;
	super::holds::check()
}

/// Total issuance is the sum of all balances; each account's reserved balance is the sum of its
/// holds (every hold reason of the runtime is a hold, nothing reserves without one), and no
/// account below the existential deposit survives.
fn balances() -> Result<(), Failure> {
	let mut sum: Balance = 0;
	let minimum = Balances::minimum_balance();
	for (who, account) in frame_system::Account::<Runtime>::iter() {
		let data = account.data;
		sum = sum
			.checked_add(data.free)
			.and_then(|s| s.checked_add(data.reserved))
			.ok_or("issuance overflows")?;
		let held: Balance =
			pallet_balances::Holds::<Runtime>::get(&who).iter().map(|h| h.amount).sum();
		if held != data.reserved {
			return Err(format!("{who}: reserved {} but holds {held}", data.reserved));
		}
		let total = data.free.saturating_add(data.reserved);
		if total > 0 && total < minimum {
			return Err(format!("{who} exists with {} below the existential deposit", data.free));
		}
	}
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	if sum != issuance {
		return Err(format!("total issuance {issuance} but the balances sum to {sum}"));
	}
	Ok(())
}
