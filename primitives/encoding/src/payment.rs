//! A payment-channel voucher, as its payer (a device or an account) signs it: "channel `channel`
//! may pay its payee `cumulative` in total". See `iot_primitives::payment` for channels and
//! escrows.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use primitive_types::H256;
use scale_info::TypeInfo;

use crate::payload::{signing_payload, PAYMENT_VOUCHER};

/// A payment channel's identifier, in the order channels were opened.
pub type ChannelId = u64;

/// What the payer of a channel signs, off chain, for each payment.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct Voucher<Balance> {
	/// The channel it pays from.
	pub channel: ChannelId,
	/// Everything the channel has paid the payee so far, this payment included.
	pub cumulative: Balance,
	/// Increases with every voucher, so an old voucher cannot be claimed again.
	pub nonce: u64,
}

impl<Balance: Encode> Voucher<Balance> {
	/// The bytes the payer signs, for the chain with `genesis_hash`.
	pub fn signing_payload(&self, genesis_hash: H256) -> Vec<u8> {
		signing_payload(PAYMENT_VOUCHER, genesis_hash, self)
	}
}
