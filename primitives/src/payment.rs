//! Machine-to-machine payments: cumulative channel vouchers, their signing payload and check, and
//! the records of channels and escrowed agreements as clients read them.
//!
//! A voucher says "channel `channel` may pay its payee `cumulative` in total"; each new voucher
//! replaces the previous one, so the payee only ever needs the latest and a claim moves the
//! difference to what was already claimed. The payer signs
//! `signing_payload(PAYMENT_VOUCHER, genesis, voucher)` with either a device key (any kind the
//! device registry knows) or its account key.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::traits::Verify;

pub use iot_encoding::payment::*;

use crate::{
	device::DeviceSignature,
	provenance::LegId,
	telemetry::{AnchoredRange, Moment, Reading, StreamId},
	DeviceId,
};

/// An escrowed agreement's identifier, in the order agreements were made.
pub type AgreementId = u64;

/// Who signs a channel's vouchers.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum VoucherSigner<AccountId> {
	/// An account, with the key its address is made of (sr25519, ed25519 or secp256k1).
	Account(AccountId),
	/// A registered device, with its current key (any kind, P-256 included).
	Device(DeviceId),
}

/// Whether `signature` over `message` was made by the key of the 32-byte `account` (what a
/// wallet derives: the sr25519 or ed25519 key itself, or the blake2-256 hash of the compressed
/// secp256k1 key). P-256 keys have no account.
pub fn account_signed(account: &[u8; 32], message: &[u8], signature: &DeviceSignature) -> bool {
	use sp_core::{ecdsa, ed25519, sr25519};
	use sp_runtime::{AccountId32, MultiSignature};
	let signature = match signature {
		DeviceSignature::Sr25519(s) => MultiSignature::Sr25519(sr25519::Signature::from_raw(*s)),
		DeviceSignature::Ed25519(s) => MultiSignature::Ed25519(ed25519::Signature::from_raw(*s)),
		DeviceSignature::Secp256k1(s) => MultiSignature::Ecdsa(ecdsa::Signature::from_raw(*s)),
		DeviceSignature::P256(_) => return false,
	};
	signature.verify(message, &AccountId32::new(*account))
}

/// An open payment channel.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Channel<AccountId, Balance, BlockNumber> {
	/// Whose funds are held for it.
	pub payer: AccountId,
	/// Who is paid.
	pub payee: AccountId,
	/// Who signs its vouchers.
	pub signer: VoucherSigner<AccountId>,
	/// Everything put in, claimed or not.
	pub deposit: Balance,
	/// Everything paid to the payee so far.
	pub claimed: Balance,
	/// The nonce of the last claimed voucher (0 before the first claim).
	pub nonce: u64,
	/// After this block no voucher can be claimed and anyone may close it.
	pub expires_at: BlockNumber,
	/// Set by the payer's unilateral close: the end of the challenge period, in which the payee
	/// can still claim.
	pub closes_at: Option<BlockNumber>,
}

/// What releases an escrowed payment to its provider, besides the consumer's confirmation.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum Condition {
	/// Only the consumer's confirmation (or an arbiter).
	ConsumerConfirms,
	/// Every reading of `device`'s `stream` measured in `from..=to` has a value in `min..=max`,
	/// shown by anchors with device-signed summaries that cover the window with no gap.
	AllReadingsWithin {
		device: DeviceId,
		stream: StreamId,
		from: Moment,
		to: Moment,
		min: i64,
		max: i64,
	},
	/// A reading of `device`'s `stream`, measured at or after `after`, with a value in
	/// `min..=max`, attested on chain.
	ReadingWithin { device: DeviceId, stream: StreamId, after: Moment, min: i64, max: i64 },
	/// The provenance leg `leg` was judged `Met` on device-signed telemetry (pay the carrier
	/// on proof).
	LegMet { leg: LegId },
}

/// Why telemetry does not prove a condition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConditionFailure {
	/// The condition is not of this kind of evidence.
	WrongEvidence,
	/// No anchor given, or one does not cover the device's stream.
	NotAnchored,
	/// An anchor's range has no device-signed summary.
	Unsigned,
	/// Readings are missing inside a range or between two consecutive ranges.
	Gap,
	/// The ranges do not reach from the window's start to its end.
	WindowNotCovered,
	/// A value lies outside the bounds.
	OutOfBounds,
	/// The reading was measured before the condition's start.
	TooEarly,
	/// The leg has no `Met` verdict.
	LegNotMet,
}

/// Whether `ranges` (in stream order) are evidence of every reading from `from` to `to`: at least
/// one, each with a device-signed summary and no sequence gap inside it or between neighbours,
/// together reaching from `from` to `to`. Escrow conditions and provenance legs judge only
/// such evidence.
pub fn ranges_complete(
	ranges: &[AnchoredRange],
	from: Moment,
	to: Moment,
) -> Result<(), ConditionFailure> {
	let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
		return Err(ConditionFailure::NotAnchored);
	};
	if first.range.first_timestamp > from || last.range.last_timestamp < to {
		return Err(ConditionFailure::WindowNotCovered);
	}
	for (i, anchored) in ranges.iter().enumerate() {
		if anchored.summary.is_none() {
			return Err(ConditionFailure::Unsigned);
		}
		if anchored.range.span() != Some(u64::from(anchored.range.count)) {
			return Err(ConditionFailure::Gap);
		}
		let follows = i.checked_sub(1).and_then(|p| ranges.get(p)).is_none_or(|previous| {
			previous.range.last_sequence.checked_add(1) == Some(anchored.range.first_sequence)
		});
		if !follows {
			return Err(ConditionFailure::Gap);
		}
	}
	Ok(())
}

impl Condition {
	/// Whether the anchored `ranges` of the condition's stream, in stream order, prove
	/// [`Condition::AllReadingsWithin`].
	pub fn proven_by_ranges(&self, ranges: &[AnchoredRange]) -> Result<(), ConditionFailure> {
		let Self::AllReadingsWithin { from, to, min, max, .. } = *self else {
			return Err(ConditionFailure::WrongEvidence);
		};
		ranges_complete(ranges, from, to)?;
		// `ranges_complete` saw every summary.
		let out_of_bounds = ranges
			.iter()
			.filter_map(|anchored| anchored.summary)
			.any(|summary| summary.min < min || summary.max > max);
		if out_of_bounds {
			return Err(ConditionFailure::OutOfBounds);
		}
		Ok(())
	}

	/// Whether the attested `reading` proves [`Condition::ReadingWithin`].
	pub fn proven_by_reading(&self, reading: &Reading) -> Result<(), ConditionFailure> {
		let Self::ReadingWithin { device, stream, after, min, max } = *self else {
			return Err(ConditionFailure::WrongEvidence);
		};
		if reading.device != device || reading.stream != stream {
			return Err(ConditionFailure::WrongEvidence);
		}
		if reading.timestamp < after {
			return Err(ConditionFailure::TooEarly);
		}
		match reading.scalar() {
			Some(value) if (min..=max).contains(&value) => Ok(()),
			_ => Err(ConditionFailure::OutOfBounds),
		}
	}

	/// The (device, stream) whose telemetry proves the condition.
	pub fn stream(&self) -> Option<(DeviceId, StreamId)> {
		match *self {
			Self::ConsumerConfirms | Self::LegMet { .. } => None,
			Self::AllReadingsWithin { device, stream, .. }
			| Self::ReadingWithin { device, stream, .. } => Some((device, stream)),
		}
	}
}

/// Where an escrowed agreement stands.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum AgreementStatus<AccountId, Balance, BlockNumber> {
	/// Waiting for confirmation, proof or the deadline.
	Active,
	/// A party disputed it: the arbiter decides, or the default rule once the arbiter's time is
	/// up.
	Disputed(Dispute<AccountId, Balance, BlockNumber>),
}

/// A dispute of an agreement: what the arbiter, or the default rule after its timeout, settles.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Dispute<AccountId, Balance, BlockNumber> {
	/// The party that disputed; its bond is held.
	pub by: AccountId,
	/// The block it was raised in; the arbiter's time runs from here.
	pub raised_at: BlockNumber,
	/// What the disputer has on hold for it: it keeps the share of it that the settlement gives
	/// it, the rest goes to the other party.
	pub bond: Balance,
	/// Device-signed telemetry proved the condition before the deadline, after the dispute was
	/// raised: if the arbiter does not rule, the provider is paid.
	pub proven: bool,
}

/// A payment escrowed from a consumer to a provider.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Agreement<AccountId, Balance, BlockNumber> {
	/// Who pays; the amount is held from it.
	pub consumer: AccountId,
	/// Who is paid.
	pub provider: AccountId,
	/// What is paid.
	pub amount: Balance,
	/// What releases it.
	pub condition: Condition,
	/// Until this block it can be released or disputed; after it, the consumer is refunded.
	pub deadline: BlockNumber,
	/// Where it stands.
	pub status: AgreementStatus<AccountId, Balance, BlockNumber>,
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		device::{DevicePublicKey, P256TestSigner},
		telemetry::{ReadingValue, StreamRange, ValueSummary},
	};
	use sp_core::H256;
	use sp_core::{ecdsa, ed25519, sr25519, Pair};
	use sp_runtime::{traits::IdentifyAccount, MultiSigner};

	const GENESIS: H256 = H256::repeat_byte(7);

	fn voucher() -> Voucher<u128> {
		Voucher { channel: 3, cumulative: 1_000, nonce: 9 }
	}

	#[test]
	fn payload_is_tagged_and_bound_to_the_chain() {
		let bytes = voucher().signing_payload(GENESIS);
		assert_eq!(&bytes[..16], b"iot/payment/vch1");
		assert_eq!(&bytes[16..48], GENESIS.as_bytes());
		assert_eq!(&bytes[48..], &voucher().encode()[..]);
		assert_ne!(bytes, voucher().signing_payload(H256::zero()));
	}

	#[test]
	fn accounts_verify_their_own_signatures_of_every_account_kind() {
		let message = voucher().signing_payload(GENESIS);
		let sr = sr25519::Pair::from_seed(&[1; 32]);
		let ed = ed25519::Pair::from_seed(&[2; 32]);
		let k1 = ecdsa::Pair::from_seed(&[3; 32]);
		let signed = [
			(MultiSigner::from(sr.public()), DeviceSignature::Sr25519(sr.sign(&message).0)),
			(MultiSigner::from(ed.public()), DeviceSignature::Ed25519(ed.sign(&message).0)),
			(MultiSigner::from(k1.public()), DeviceSignature::Secp256k1(k1.sign(&message).0)),
		];
		for (signer, signature) in &signed {
			let account: [u8; 32] = signer.clone().into_account().into();
			assert!(account_signed(&account, &message, signature));
			assert!(!account_signed(&account, &message[1..], signature));
			assert!(!account_signed(&[0; 32], &message, signature));
		}
		let p256 = P256TestSigner::from_seed(1).sign(&message);
		assert!(!account_signed(&[0; 32], &message, &p256));
	}

	#[test]
	fn a_device_key_checks_a_voucher_for_its_channel_only() {
		let signer = P256TestSigner::from_seed(4);
		let signature = signer.sign(&voucher().signing_payload(GENESIS));
		let key: DevicePublicKey = signer.public();
		assert!(key.verify(&voucher().signing_payload(GENESIS), &signature));
		let other = Voucher { channel: 4, ..voucher() };
		assert!(!key.verify(&other.signing_payload(GENESIS), &signature));
	}

	fn anchored(
		first: u64,
		last: u64,
		ts: (u64, u64),
		summary: Option<(i64, i64)>,
	) -> AnchoredRange {
		AnchoredRange {
			range: StreamRange {
				device: 1,
				stream: 0,
				first_sequence: first,
				last_sequence: last,
				first_timestamp: ts.0,
				last_timestamp: ts.1,
				count: (last - first + 1) as u32,
			},
			summary: summary.map(|(min, max)| ValueSummary { min, max, sum: 0 }),
			missing_before: 0,
		}
	}

	const COLD: Condition = Condition::AllReadingsWithin {
		device: 1,
		stream: 0,
		from: 100,
		to: 300,
		min: -20_000,
		max: 8_000,
	};

	#[test]
	fn a_covered_signed_gapless_window_within_bounds_proves_the_condition() {
		let ranges = [
			anchored(10, 19, (90, 190), Some((2_000, 7_000))),
			anchored(20, 29, (200, 310), Some((1_000, 8_000))),
		];
		assert_eq!(COLD.proven_by_ranges(&ranges), Ok(()));
	}

	#[test]
	fn each_window_failure_is_named() {
		let ok = anchored(10, 19, (90, 190), Some((0, 1)));
		let tail = anchored(20, 29, (200, 310), Some((0, 1)));
		let cases = [
			(vec![], ConditionFailure::NotAnchored),
			(vec![ok.clone(), anchored(20, 29, (200, 310), None)], ConditionFailure::Unsigned),
			(vec![ok.clone(), anchored(21, 29, (200, 310), Some((0, 1)))], ConditionFailure::Gap),
			(vec![ok.clone()], ConditionFailure::WindowNotCovered),
			(vec![tail.clone()], ConditionFailure::WindowNotCovered),
			(
				vec![ok.clone(), anchored(20, 29, (200, 310), Some((0, 9_000)))],
				ConditionFailure::OutOfBounds,
			),
		];
		for (ranges, failure) in cases {
			assert_eq!(COLD.proven_by_ranges(&ranges), Err(failure), "{ranges:?}");
		}
		let mut holed = tail.clone();
		holed.range.count -= 1;
		assert_eq!(COLD.proven_by_ranges(&[ok.clone(), holed]), Err(ConditionFailure::Gap));
		assert_eq!(
			Condition::ConsumerConfirms.proven_by_ranges(&[ok, tail]),
			Err(ConditionFailure::WrongEvidence)
		);
	}

	#[test]
	fn an_attested_reading_proves_a_reading_condition() {
		let arrived = Condition::ReadingWithin { device: 1, stream: 2, after: 50, min: 0, max: 10 };
		let reading = Reading {
			device: 1,
			stream: 2,
			sequence: 7,
			timestamp: 60,
			value: ReadingValue::Scalar(5),
			salt: None,
		};
		assert_eq!(arrived.proven_by_reading(&reading), Ok(()));
		let early = Reading { timestamp: 49, ..reading.clone() };
		assert_eq!(arrived.proven_by_reading(&early), Err(ConditionFailure::TooEarly));
		let hot = Reading { value: ReadingValue::Scalar(11), ..reading.clone() };
		assert_eq!(arrived.proven_by_reading(&hot), Err(ConditionFailure::OutOfBounds));
		let blob = Reading { value: ReadingValue::PayloadHash(H256::zero()), ..reading.clone() };
		assert_eq!(arrived.proven_by_reading(&blob), Err(ConditionFailure::OutOfBounds));
		let other = Reading { stream: 3, ..reading.clone() };
		assert_eq!(arrived.proven_by_reading(&other), Err(ConditionFailure::WrongEvidence));
		assert_eq!(COLD.proven_by_reading(&reading), Err(ConditionFailure::WrongEvidence));
	}
}
