//! Machine payment calls: spending limits, channels with vouchers signed by accounts or devices,
//! and escrowed agreements with telemetry conditions and disputes.

use arbitrary::Result;
use frame_support::BoundedVec;
use iot_primitives::{
	device::DevicePublicKey,
	payment::{Condition, Voucher, VoucherSigner},
};
use iot_runtime::{Balance, Runtime, UNIT};
use pallet_m2m_payments::{Agreements, Call, Channels, Evidence, SignedVoucher};
use sp_runtime::Perbill;

use super::{sudo, Gen, Signed};

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=16)? {
		0 => {
			let (signer, device) = g.owned_device()?;
			let limit = g.amount()?;
			let period = g.blocks()?;
			Ok((signer, Call::set_spending_limit { device, limit, period }.into()))
		}
		1 => {
			let (signer, device) = g.owned_device()?;
			Ok((signer, Call::remove_spending_limit { device }.into()))
		}
		2 => {
			let device = g.device()?;
			let own = g.device_as_signer(device);
			let signer = match own {
				Some(key) if g.u.ratio(3, 4)? => key,
				_ => g.signer()?,
			};
			let to = g.account()?;
			let amount = small(g)?;
			Ok((signer, Call::device_pay { device, to, amount }.into()))
		}
		3 | 4 => {
			let signer = g.signer()?;
			let payee = g.account()?;
			let device = if g.u.arbitrary()? { Some(g.device()?) } else { None };
			let deposit = g.amount()?;
			let duration = g.blocks()?;
			Ok((signer, Call::open_channel { payee, device, deposit, duration }.into()))
		}
		5 => {
			let (channel, record) = channel(g)?;
			let signer = g.signer_for(record.as_ref().map(|c| &c.payer))?;
			let amount = g.amount()?;
			let duration = if g.u.arbitrary()? { Some(g.blocks()?) } else { None };
			Ok((signer, Call::top_up { channel, amount, duration }.into()))
		}
		6 | 7 => {
			let (channel, record) = channel(g)?;
			let signer = g.signer_for(record.as_ref().map(|c| &c.payee))?;
			let SignedVoucher { voucher, signature } = voucher(g, channel)?;
			Ok((signer, Call::claim { voucher, signature }.into()))
		}
		8 => {
			let mut vouchers = Vec::new();
			let mut payee = None;
			for _ in 0..g.u.int_in_range(1..=3)? {
				let (channel, record) = channel(g)?;
				payee = payee.or(record.map(|c| c.payee));
				vouchers.push(voucher(g, channel)?);
			}
			let signer = g.signer_for(payee.as_ref())?;
			Ok((signer, Call::settle { vouchers: BoundedVec::truncate_from(vouchers) }.into()))
		}
		9 => {
			let (channel, record) = channel(g)?;
			let last = if g.u.arbitrary()? { Some(voucher(g, channel)?) } else { None };
			let signer = g.signer_for(record.as_ref().map(|c| &c.payee))?;
			Ok((signer, Call::cooperative_close { channel, last }.into()))
		}
		10 => {
			let (channel, record) = channel(g)?;
			let signer = g.signer_for(record.as_ref().map(|c| &c.payer))?;
			Ok((signer, Call::start_close { channel }.into()))
		}
		11 => {
			let (channel, _) = channel(g)?;
			Ok((g.signer()?, Call::finalize_close { channel }.into()))
		}
		12 => {
			let signer = g.signer()?;
			let provider = g.account()?;
			let amount = g.amount()?;
			let condition = condition(g)?;
			let duration = g.blocks()?;
			Ok((signer, Call::create_agreement { provider, amount, condition, duration }.into()))
		}
		13 => agreement_call(g),
		14 => {
			let (agreement, record) = agreement(g)?;
			let evidence = if g.u.arbitrary()? {
				let next = pallet_telemetry_anchor::NextAnchorId::<Runtime>::get();
				let first = g.id_below(next)?;
				let anchors: Vec<u64> =
					(0..g.u.int_in_range(1..=3)?).map(|i| first.saturating_add(i)).collect();
				Evidence::Window(BoundedVec::truncate_from(anchors))
			} else {
				Evidence::Reading(g.u.int_in_range(0..=20)?)
			};
			let signer = g.signer_for(record.as_ref().map(|a| &a.provider))?;
			Ok((signer, Call::release { agreement, evidence }.into()))
		}
		15 => {
			let (agreement, _) = agreement(g)?;
			let provider_share = Perbill::from_percent(g.u.int_in_range(0..=100)?);
			sudo(g, Call::resolve_dispute { agreement, provider_share }.into())
		}
		_ => {
			let (agreement, _) = agreement(g)?;
			Ok((g.signer()?, Call::settle_expired_dispute { agreement }.into()))
		}
	}
}

/// An amount a device pays: mostly small.
fn small(g: &mut Gen) -> Result<Balance> {
	if g.u.ratio(3, 4)? {
		return Ok(UNIT / 1_000 * u128::from(g.u.int_in_range(1u16..=2_000)?));
	}
	g.amount()
}

pub(super) type ChannelRecord = pallet_m2m_payments::ChannelOf<Runtime>;

pub(super) fn channel(g: &mut Gen) -> Result<(u64, Option<ChannelRecord>)> {
	let next = pallet_m2m_payments::NextChannelId::<Runtime>::get();
	let id = g.id_below(next.saturating_sub(1))?;
	Ok((id, Channels::<Runtime>::get(id)))
}

/// The next voucher of a channel, signed by its signer (mostly validly): a little more than
/// claimed so far, sometimes more than the deposit, sometimes an old nonce.
pub(super) fn voucher(g: &mut Gen, channel: u64) -> Result<SignedVoucher<Balance>> {
	let record = Channels::<Runtime>::get(channel);
	let (claimed, nonce) = record.as_ref().map_or((0, 0), |c| (c.claimed, c.nonce));
	let cumulative = match g.u.int_in_range(0u8..=7)? {
		0 => claimed,
		1 => record.as_ref().map_or(0, |c| c.deposit).saturating_add(1),
		_ => claimed.saturating_add(small(g)?),
	};
	let nonce = if g.u.ratio(7, 8)? { nonce.saturating_add(1) } else { nonce };
	let voucher = Voucher { channel, cumulative, nonce };
	let key: Option<DevicePublicKey> = match record.as_ref().map(|c| &c.signer) {
		Some(VoucherSigner::Device(_)) => pallet_m2m_payments::ChannelKeys::<Runtime>::get(channel),
		Some(VoucherSigner::Account(account)) => {
			g.actors.key_of_account(account).map(|k| k.public())
		}
		None => None,
	};
	let signature = g.device_signature(key.as_ref(), &voucher.signing_payload(g.genesis()))?;
	Ok(SignedVoucher { voucher, signature })
}

type AgreementRecord = pallet_m2m_payments::AgreementOf<Runtime>;

fn agreement(g: &mut Gen) -> Result<(u64, Option<AgreementRecord>)> {
	let next = pallet_m2m_payments::NextAgreementId::<Runtime>::get();
	let id = g.id_below(next.saturating_sub(1))?;
	Ok((id, Agreements::<Runtime>::get(id)))
}

/// Confirm, refund or dispute, by the consumer or the provider mostly.
fn agreement_call(g: &mut Gen) -> Result<Signed> {
	let (agreement, record) = agreement(g)?;
	let consumer = record.as_ref().map(|a| a.consumer.clone());
	let provider = record.as_ref().map(|a| a.provider.clone());
	Ok(match g.u.int_in_range(0u8..=2)? {
		0 => (g.signer_for(consumer.as_ref())?, Call::confirm { agreement }.into()),
		1 => (g.signer_for(consumer.as_ref())?, Call::refund { agreement }.into()),
		_ => {
			let party = if g.u.arbitrary()? { consumer } else { provider };
			(g.signer_for(party.as_ref())?, Call::dispute { agreement }.into())
		}
	})
}

/// A condition on a device's stream around now, or the consumer's word.
fn condition(g: &mut Gen) -> Result<Condition> {
	let now = pallet_timestamp::Now::<Runtime>::get();
	let device = g.device()?;
	let stream = g.u.int_in_range(0..=2)?;
	let min: i64 = g.u.int_in_range(-3_000..=3_000)?;
	let max = min.saturating_add(g.u.int_in_range(0..=12_000)?);
	Ok(match g.u.int_in_range(0u8..=2)? {
		0 => Condition::ConsumerConfirms,
		1 => {
			let from = now.saturating_sub(g.u.int_in_range(0..=600_000)?);
			let to = from.saturating_add(g.u.int_in_range(0..=1_200_000)?);
			Condition::AllReadingsWithin { device, stream, from, to, min, max }
		}
		_ => {
			Condition::ReadingWithin { device, stream, after: now.saturating_sub(60_000), min, max }
		}
	})
}
