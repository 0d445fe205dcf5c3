//! Payment-channel vouchers relayed for payees: devices (or their owners) post the latest
//! cumulative voucher of a channel; the gateway keeps only the newest per channel and claims them
//! in batches with `M2mPayments::settle` (up to 256 per transaction).

use std::{sync::Arc, time::Duration};

use anyhow::Result;
use codec::{Decode, Encode};
use iot_metadata::iot;
use iot_primitives::{device::DeviceSignature, payment::Voucher};
use serde::Deserialize;

use crate::{
	chain::{convert, Chain},
	metrics::Metrics,
	spool::Spool,
	wire::{signature_from_json, SignatureJson},
};

/// The chain's balance type.
pub type Balance = u128;

/// A voucher and its signature, encoded as the pallet's `SignedVoucher`.
#[derive(Encode, Decode, Clone, Debug, PartialEq, Eq)]
pub struct SignedVoucher {
	pub voucher: Voucher<Balance>,
	pub signature: DeviceSignature,
}

/// A voucher as JSON: `{"channel":3,"cumulative":"1500000","nonce":17,"signature":{"sr25519":"0x…"}}`
/// (`cumulative` a decimal string, as balances are everywhere in the project's JSON).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VoucherJson {
	pub channel: u64,
	pub cumulative: String,
	pub nonce: u64,
	pub signature: SignatureJson,
}

impl TryFrom<VoucherJson> for SignedVoucher {
	type Error = String;

	fn try_from(v: VoucherJson) -> Result<Self, String> {
		let cumulative = v.cumulative.parse().map_err(|_| "cumulative: not a decimal balance")?;
		Ok(Self {
			voucher: Voucher { channel: v.channel, cumulative, nonce: v.nonce },
			signature: signature_from_json(v.signature)?,
		})
	}
}

/// The most vouchers one settlement carries (the runtime's `MaxSettlement`).
pub const MAX_SETTLEMENT: usize = 256;

/// Why a voucher was not taken.
pub enum VoucherRefusal {
	/// The chain would not pay it (bad signature, replayed, above the deposit, closed channel…).
	WouldBeRefused,
	/// A newer voucher of the channel is already held.
	Stale,
}

/// Checks `voucher` with the runtime (`PaymentsApi::claimable`) and keeps it if it adds to what
/// the channel paid and is newer than the one held.
pub async fn relay(
	chain: &Chain,
	spool: &Spool,
	voucher: SignedVoucher,
) -> Result<Result<Balance, VoucherRefusal>> {
	// A newer voucher held makes this one worthless whatever the chain says: no need to ask.
	if tokio::task::block_in_place(|| spool.holds_newer(&voucher))? {
		return Ok(Err(VoucherRefusal::Stale));
	}
	let at = chain.conn().await?.api.at_current_block().await?;
	let call = iot::runtime_apis()
		.payments_api()
		.claimable(convert(&voucher.voucher)?, convert(&voucher.signature)?);
	let Some(amount) = at.runtime_apis().call(call).await?.filter(|a| *a > 0) else {
		return Ok(Err(VoucherRefusal::WouldBeRefused));
	};
	if !tokio::task::block_in_place(|| spool.keep_voucher(&voucher))? {
		return Ok(Err(VoucherRefusal::Stale));
	}
	Ok(Ok(amount))
}

/// Settles held vouchers every `every`, forever.
pub async fn settle_forever(
	chain: Arc<Chain>,
	spool: Spool,
	metrics: Arc<Metrics>,
	every: Duration,
) {
	loop {
		tokio::time::sleep(every).await;
		if let Err(e) = settle_once(&chain, &spool, &metrics).await {
			tracing::warn!(error = %e, "settlement failed; will retry");
			chain.reset().await;
		}
	}
}

/// Submits one settlement of up to [`MAX_SETTLEMENT`] held vouchers and forgets those the chain
/// claimed or refused; answers how many it claimed.
pub async fn settle_once(chain: &Chain, spool: &Spool, metrics: &Metrics) -> Result<usize> {
	let held = tokio::task::block_in_place(|| spool.vouchers(MAX_SETTLEMENT))?;
	if held.is_empty() {
		return Ok(0);
	}
	let vouchers = held.iter().map(convert).collect::<Result<Vec<_>>>()?;
	let call = iot::tx()
		.m2m_payments()
		.settle(iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(vouchers));
	let events = chain.send(&call).await?;
	let claimed = events.find::<iot::m2m_payments::events::VoucherClaimed>().flatten().count();
	for refused in events.find::<iot::m2m_payments::events::VoucherRefused>().flatten() {
		tracing::warn!(channel = refused.channel, error = ?refused.error, "voucher refused at settlement");
	}
	// Claimed or refused, each settled voucher is done with; a newer one posted meanwhile stays.
	tokio::task::block_in_place(|| spool.forget_vouchers(&held))?;
	metrics.settled(claimed as u64, held.len().saturating_sub(claimed) as u64);
	tracing::info!(vouchers = held.len(), claimed, "settlement included");
	Ok(claimed)
}
