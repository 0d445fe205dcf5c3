//! The chain-wide hold ledger, computed independently of the pallets' own invariants: what every
//! record of every pallet says is held, per (reason, account), against what the balances pallet
//! holds. Each pallet checks that its records' accounts hold enough; this also catches the
//! converse: a hold that no record justifies (funds locked forever, or a deposit that a later
//! release would take from another record's).

use std::collections::BTreeMap;

use iot_primitives::payment::AgreementStatus;
use iot_runtime::{AccountId, Balance, Runtime, RuntimeHoldReason};

use super::Failure;

/// Keyed by the reason's name (`RuntimeHoldReason` is not ordered) and the account.
type Ledger = BTreeMap<(String, AccountId), Balance>;

fn add(
	ledger: &mut Ledger,
	reason: impl Into<RuntimeHoldReason>,
	who: &AccountId,
	amount: Balance,
) {
	let reason: RuntimeHoldReason = reason.into();
	let entry = ledger.entry((format!("{reason:?}"), who.clone())).or_default();
	*entry = entry.saturating_add(amount);
}

/// What the records of every pallet say is held.
fn expected() -> Ledger {
	use pallet_device_registry::HoldReason::StorageDeposit;
	let mut l = Ledger::new();
	for (_, d) in pallet_device_registry::Devices::<Runtime>::iter() {
		add(&mut l, StorageDeposit, &d.owner, d.deposit);
	}
	for (_, _, g) in pallet_device_registry::DeviceOperators::<Runtime>::iter() {
		add(&mut l, StorageDeposit, &g.granted_by, g.deposit);
	}
	for (_, _, g) in pallet_device_registry::FleetOperators::<Runtime>::iter() {
		add(&mut l, StorageDeposit, &g.granted_by, g.deposit);
	}
	for (maker, _, root) in pallet_device_registry::ProvisioningRoots::<Runtime>::iter() {
		add(&mut l, StorageDeposit, &maker, root.deposit);
	}
	for (_, _, s) in pallet_telemetry_anchor::Streams::<Runtime>::iter() {
		add(&mut l, pallet_telemetry_anchor::HoldReason::StreamDeposit, &s.depositor, s.deposit);
	}
	payments(&mut l);
	rewards(&mut l);
	provenance(&mut l);
	data(&mut l);
	use pallet_fee_sponsorship::HoldReason as Sponsorship;
	for (owner, budget) in pallet_fee_sponsorship::Budgets::<Runtime>::iter() {
		add(&mut l, Sponsorship::Budget, &owner, budget.amount);
	}
	for (_, s) in pallet_fee_sponsorship::Sponsorships::<Runtime>::iter() {
		add(&mut l, Sponsorship::SponsorshipDeposit, &s.owner, s.deposit);
	}
	l
}

fn payments(l: &mut Ledger) {
	use pallet_m2m_payments::HoldReason as Payments;
	for (_, c) in pallet_m2m_payments::Channels::<Runtime>::iter() {
		add(l, Payments::ChannelDeposit, &c.payer, c.deposit.saturating_sub(c.claimed));
	}
	for (_, a) in pallet_m2m_payments::Agreements::<Runtime>::iter() {
		add(l, Payments::Escrow, &a.consumer, a.amount);
		if let AgreementStatus::Disputed(dispute) = &a.status {
			add(l, Payments::DisputeBond, &dispute.by, dispute.bond);
		}
	}
	for (_, limit) in pallet_m2m_payments::SpendingLimits::<Runtime>::iter() {
		add(l, Payments::SpendingLimit, &limit.owner, limit.deposit);
	}
}

fn rewards(l: &mut Ledger) {
	use pallet_depin_rewards::HoldReason as Rewards;
	for (_, n) in pallet_depin_rewards::Nodes::<Runtime>::iter() {
		let unbonding = n.unbonding.map_or(0, |(amount, _)| amount);
		add(l, Rewards::Stake, &n.owner, n.stake.saturating_add(unbonding));
		add(l, Rewards::NodeDeposit, &n.owner, n.deposit);
	}
	for (_, owner, r) in pallet_depin_rewards::RetiredNodes::<Runtime>::iter() {
		add(l, Rewards::Stake, &owner, r.stake);
		add(l, Rewards::NodeDeposit, &owner, r.deposit);
	}
	for (_, c) in pallet_depin_rewards::Challenges::<Runtime>::iter() {
		add(l, Rewards::ChallengeBond, &c.challenger, c.bond);
	}
}

fn provenance(l: &mut Ledger) {
	use pallet_provenance::HoldReason as Provenance;
	for (_, item) in pallet_provenance::Items::<Runtime>::iter() {
		add(l, Provenance::Records, &item.producer, item.deposit);
	}
	for (_, event) in pallet_provenance::TraceEvents::<Runtime>::iter() {
		add(l, Provenance::Records, &event.by, event.deposit);
	}
	for (_, leg) in pallet_provenance::Legs::<Runtime>::iter() {
		add(l, Provenance::Records, &leg.opened_by, leg.deposit);
	}
	for (_, handoff) in pallet_provenance::Handoffs::<Runtime>::iter() {
		add(l, Provenance::Handoff, &handoff.from, handoff.deposit);
	}
}

fn data(l: &mut Ledger) {
	use pallet_data_access::HoldReason as Data;
	for (who, record) in pallet_data_access::EncryptionKeys::<Runtime>::iter() {
		add(l, Data::Key, &who, record.deposit);
	}
	for (_, access) in pallet_data_access::Grants::<Runtime>::iter() {
		add(l, Data::Record, &access.depositor, access.deposit);
		if let Some(s) = &access.subscription {
			let unpaid = s.periods.saturating_sub(s.released);
			add(l, Data::Subscription, &s.payer, s.price.saturating_mul(unpaid.into()));
		}
	}
	for (_, _, offer) in pallet_data_access::Offers::<Runtime>::iter() {
		add(l, Data::Record, &offer.owner, offer.deposit);
	}
}

/// Every hold is what the records say, and every record's deposit is held.
pub fn check() -> Result<(), Failure> {
	let mut expected = expected();
	expected.retain(|_, amount| *amount > 0);
	let mut held = Ledger::new();
	for (who, holds) in pallet_balances::Holds::<Runtime>::iter() {
		for hold in holds {
			if hold.amount > 0 {
				add(&mut held, hold.id, &who, hold.amount);
			}
		}
	}
	if held == expected {
		return Ok(());
	}
	let mut differences = Vec::new();
	for key in held.keys().chain(expected.keys()) {
		let (h, e) = (held.get(key).copied().unwrap_or(0), expected.get(key).copied().unwrap_or(0));
		if h != e {
			differences.push(format!("{} of {}: held {h}, records say {e}", key.0, key.1));
		}
	}
	differences.dedup();
	Err(format!("holds differ from the records: {differences:?}"))
}
