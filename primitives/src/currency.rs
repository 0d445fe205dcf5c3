//! The native token.

/// An amount of the native token, in its smallest unit (planck).
pub type Balance = u128;

/// Decimal places of the token: one unit is 10^12 planck.
pub const TOKEN_DECIMALS: u8 = 12;

/// The token's ticker, shown by wallets.
pub const TOKEN_SYMBOL: &str = "IOT";

/// One whole token.
pub const UNIT: Balance = 1_000_000_000_000;

/// A thousandth of a token.
pub const MILLI_UNIT: Balance = UNIT / 1_000;

/// A millionth of a token: the scale of a machine-to-machine micropayment.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;

/// The least balance an account must keep to exist. Small, because devices hold small balances.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn units_follow_the_decimals() {
		assert_eq!(UNIT, 10u128.pow(TOKEN_DECIMALS as u32));
		assert_eq!(MILLI_UNIT * 1_000, UNIT);
		assert_eq!(MICRO_UNIT * 1_000_000, UNIT);
	}
}
