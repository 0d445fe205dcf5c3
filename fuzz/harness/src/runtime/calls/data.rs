//! Data-access calls: encryption keys, grants and revocations by owners, operators and
//! strangers, offers, subscriptions paid from one's funds, a device's spending limit or a
//! channel voucher, and settlements by anyone. Streams lean toward a few, readers toward ours.

use arbitrary::Result;
use iot_primitives::{data::PaymentSource, telemetry::StreamId};
use iot_runtime::Runtime;
use pallet_data_access::{Call, Grants};

use super::{payments, Gen, Signed};

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=9)? {
		0 => {
			let key = if g.u.ratio(1, 8)? { [0; 32] } else { [g.u.int_in_range(1..=255)?; 32] };
			Ok((g.signer()?, Call::set_encryption_key { key }.into()))
		}
		1 => Ok((g.signer()?, Call::remove_encryption_key {}.into())),
		2 | 3 => {
			let (signer, device) = g.owned_device()?;
			let (stream, reader) = (stream(g)?, g.account()?);
			let from = g.u.int_in_range(0..=20)?;
			let to = if g.u.arbitrary()? { Some(g.u.int_in_range(0..=40)?) } else { None };
			let expires_at = expiry(g)?;
			Ok((signer, Call::grant { device, stream, reader, from, to, expires_at }.into()))
		}
		4 => {
			let (signer, device) = g.owned_device()?;
			let (stream, reader) = (stream(g)?, g.account()?);
			Ok((signer, Call::revoke { device, stream, reader }.into()))
		}
		5 => {
			let (device, stream, reader) = (g.device()?, stream(g)?, g.account()?);
			let signer = g.signer_for(Some(&reader))?;
			Ok((signer, Call::renounce { device, stream }.into()))
		}
		6 => {
			let (signer, device) = g.owned_device()?;
			let stream = stream(g)?;
			let price = g.amount()?;
			let period = g.blocks()?;
			let max_periods = g.u.int_in_range(0..=30)?;
			let from = g.u.int_in_range(0..=20)?;
			let call = Call::offer { device, stream, price, period, max_periods, from };
			Ok((signer, call.into()))
		}
		7 => {
			let (signer, device) = g.owned_device()?;
			Ok((signer, Call::withdraw_offer { device, stream: stream(g)? }.into()))
		}
		8 => subscribe(g),
		_ => {
			let (device, stream) = (g.device()?, stream(g)?);
			let reader = match Grants::<Runtime>::iter_prefix((device, stream)).next() {
				Some((reader, _)) if g.u.ratio(3, 4)? => reader,
				_ => g.account()?,
			};
			Ok((g.signer()?, Call::settle { device, stream, reader }.into()))
		}
	}
}

/// A subscription at about the offer's price, paid one of the three ways.
fn subscribe(g: &mut Gen) -> Result<Signed> {
	let (device, stream) = (g.device()?, stream(g)?);
	let offer = pallet_data_access::Offers::<Runtime>::get(device, stream);
	let periods = g.u.int_in_range(0..=offer.as_ref().map_or(3, |o| o.max_periods + 1))?;
	let max_price = match &offer {
		Some(offer) if g.u.ratio(7, 8)? => offer.price,
		_ => g.amount()?,
	};
	let (signer, payment) = match g.u.int_in_range(0u8..=2)? {
		0 => (g.signer()?, PaymentSource::Own),
		1 => {
			let (signer, buyer) = g.owned_device()?;
			let signer = g
				.device_as_signer(buyer)
				.filter(|_| g.u.ratio(1, 2).unwrap_or(false))
				.unwrap_or(signer);
			(signer, PaymentSource::Device(buyer))
		}
		_ => {
			let (channel, record) = payments::channel(g)?;
			let signer = g.signer_for(record.as_ref().map(|c| &c.payer))?;
			let signed = payments::voucher(g, channel)?;
			(
				signer,
				PaymentSource::Channel { voucher: signed.voucher, signature: signed.signature },
			)
		}
	};
	Ok((signer, Call::subscribe { device, stream, periods, max_price, payment }.into()))
}

/// One of a few streams, so that grants, offers and subscriptions meet.
fn stream(g: &mut Gen) -> Result<StreamId> {
	g.u.int_in_range(0..=2)
}

/// No expiry, a few blocks ahead, or the past.
fn expiry(g: &mut Gen) -> Result<Option<u32>> {
	let now = frame_system::Pallet::<Runtime>::block_number();
	Ok(match g.u.int_in_range(0u8..=3)? {
		0 => None,
		1 => Some(now),
		_ => Some(now.saturating_add(g.u.int_in_range(1..=50)?)),
	})
}
