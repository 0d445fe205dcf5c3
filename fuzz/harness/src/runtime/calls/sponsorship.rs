//! Fee sponsorship calls: owners' budgets and the devices whose fees they pay.

use arbitrary::Result;
use pallet_fee_sponsorship::{Call, Quota, Scopes};

use super::{Gen, Signed};

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=5)? {
		0 | 1 => {
			let amount = g.amount()?;
			Ok((g.signer()?, Call::fund { amount }.into()))
		}
		2 => {
			let amount = g.amount()?;
			Ok((g.signer()?, Call::withdraw { amount }.into()))
		}
		3 => {
			let below = g.amount()?;
			Ok((g.signer()?, Call::set_alert { below }.into()))
		}
		4 => {
			let (signer, device) = g.owned_device()?;
			let quota = Quota {
				fees: g.amount()?,
				transactions: g.u.int_in_range(0..=20)?,
				scopes: Scopes(if g.u.ratio(3, 4)? { Scopes::ALL.0 } else { g.u.arbitrary()? }),
			};
			Ok((signer, Call::sponsor_device { device, quota }.into()))
		}
		_ => {
			let (signer, device) = g.owned_device()?;
			Ok((signer, Call::unsponsor_device { device }.into()))
		}
	}
}
