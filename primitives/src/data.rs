//! Data access: who may read a device's stream, what a subscription paid, and how it pays.
//!
//! The chain decides who may read; a gateway enforces it by encryption: it seals each stream's
//! current *epoch key* to the X25519 key every reader published, and starts a new epoch whenever
//! a reader loses access ([`StreamAccess::epoch`]), so a former reader never receives the keys
//! of later data. Anchors commit to what the gateway stores (the ciphertext of a private
//! stream), so anyone can check integrity without being able to read.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use sp_core::H256;

use crate::{
	device::DeviceSignature,
	payload::DomainTag,
	payment::Voucher,
	telemetry::{Moment, Sequence, StreamId},
	DeviceId,
};

/// The leaf tag of a private stream's reading.
pub const SEALED_READING_LEAF: DomainTag = *b"iot/leaf/sealed1";

/// An X25519 public key to which gateways seal data keys for its account.
pub type EncryptionKey = [u8; 32];

/// A private stream's reading as a batch commits to it: where and when it was measured, in the
/// clear (as the anchor's range says anyway), and the hash of its ciphertext, so that anyone can
/// check a reading's integrity against the chain without the key to read it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct SealedReading {
	/// The device that measured it.
	pub device: DeviceId,
	/// The device's stream it belongs to.
	pub stream: StreamId,
	/// Its position in the stream.
	pub sequence: Sequence,
	/// When it was measured.
	pub timestamp: Moment,
	/// `blake2_256` of its ciphertext (nonce and sealed bytes, as the gateway stores them).
	pub ciphertext: H256,
}

impl SealedReading {
	/// Its leaf in the batch tree: `blake2_256(SEALED_READING_LEAF || SCALE(self))`.
	pub fn leaf_hash(&self) -> H256 {
		iot_encoding::hash::leaf_hash(SEALED_READING_LEAF, &self.encode())
	}
}

/// A reader's access to one stream of one device.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Access<AccountId, Balance, BlockNumber> {
	/// The first sequence number it covers.
	pub from: Sequence,
	/// The last sequence number it covers; `None` for every later reading too.
	pub to: Option<Sequence>,
	/// The first block at which it no longer holds; `None` until revoked.
	pub expires_at: Option<BlockNumber>,
	/// Who granted it: the device's owner or an operator with the data right, or the subscriber.
	pub granted_by: AccountId,
	/// Who the deposit is held from.
	pub depositor: AccountId,
	/// The deposit held for the record.
	pub deposit: Balance,
	/// What was paid for it, if it was bought.
	pub subscription: Option<Subscription<AccountId, Balance, BlockNumber>>,
}

impl<AccountId, Balance, BlockNumber: PartialOrd> Access<AccountId, Balance, BlockNumber> {
	/// Whether it lets its reader read reading `sequence` at block `now`.
	pub fn covers(&self, sequence: Sequence, now: &BlockNumber) -> bool {
		self.is_live(now) && self.from <= sequence && self.to.is_none_or(|to| sequence <= to)
	}

	/// Whether it has not expired at block `now`.
	pub fn is_live(&self, now: &BlockNumber) -> bool {
		self.expires_at.as_ref().is_none_or(|end| now < end)
	}
}

/// A subscription's money: `periods` periods of `period` blocks at `price` each, held from
/// `payer` and released to `payee` as each period starts being served (a period is earned once
/// it has begun, except when the owner ends the subscription early: then the unserved part of the
/// current period goes back too).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Subscription<AccountId, Balance, BlockNumber> {
	/// Who pays (the subscriber, the owner of the device that bought, or a channel's payer).
	pub payer: AccountId,
	/// Who is paid: the device's owner when it was bought.
	pub payee: AccountId,
	/// The price of one period.
	pub price: Balance,
	/// The length of a period, in blocks.
	pub period: BlockNumber,
	/// The block the first period began.
	pub start: BlockNumber,
	/// How many periods were bought.
	pub periods: u32,
	/// How many of them were already paid to the payee.
	pub released: u32,
}

/// An owner's standing offer to sell access to a stream.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Offer<AccountId, Balance, BlockNumber> {
	/// Who made it and holds its deposit.
	pub owner: AccountId,
	/// The price of one period.
	pub price: Balance,
	/// The length of a period, in blocks.
	pub period: BlockNumber,
	/// The most periods one subscription buys.
	pub max_periods: u32,
	/// The first sequence number a subscriber may read (0: the whole history).
	pub from: Sequence,
	/// The deposit held for the record.
	pub deposit: Balance,
}

/// What the chain keeps per stream that has readers: how many, and the key epoch.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct StreamAccess<BlockNumber> {
	/// How many grants the stream has, live or expired but not yet settled.
	pub readers: u32,
	/// The block at which a reader last lost access. It only grows (block numbers do, and the
	/// record is recreated with the current block), so a gateway that sees it change starts a
	/// new epoch key and never needs a counter that could restart.
	pub epoch: BlockNumber,
}

/// How a subscription is paid.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum PaymentSource<Balance> {
	/// The subscriber pays from its own balance.
	Own,
	/// A device pays from its spending limit on its owner's funds (a machine buying another
	/// machine's data); the subscriber acts for that device with the spend right.
	Device(crate::DeviceId),
	/// A channel voucher that pays the data's owner exactly the price: its increment moves from
	/// the channel's deposit to the subscription. The subscriber is the channel's payer or acts
	/// for its signing device with the spend right.
	Channel {
		/// The voucher.
		voucher: Voucher<Balance>,
		/// The channel signer's signature of it.
		signature: DeviceSignature,
	},
}

/// A stream's reader as clients read it: the account, its access, and the key data is sealed to.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Reader<AccountId, Balance, BlockNumber> {
	/// The reader.
	pub account: AccountId,
	/// Its access.
	pub access: Access<AccountId, Balance, BlockNumber>,
	/// The encryption key it published, if any (a gateway cannot seal to it until it does).
	pub key: Option<EncryptionKey>,
}

#[cfg(test)]
mod tests {
	use super::*;

	fn access(to: Option<Sequence>, expires_at: Option<u32>) -> Access<u64, u64, u32> {
		Access {
			from: 10,
			to,
			expires_at,
			granted_by: 1,
			depositor: 1,
			deposit: 0,
			subscription: None,
		}
	}

	#[test]
	fn access_covers_its_range_until_it_expires() {
		let bounded = access(Some(20), Some(100));
		assert!(!bounded.covers(9, &50));
		assert!(bounded.covers(10, &50) && bounded.covers(20, &99));
		assert!(!bounded.covers(21, &50));
		assert!(!bounded.covers(15, &100), "the expiry block is the first one without access");
		let open = access(None, None);
		assert!(open.covers(u64::MAX, &u32::MAX));
	}
}
