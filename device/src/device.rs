//! A device of one chain: what it signs, numbered and bound to the chain's genesis hash.

use iot_encoding::{
	device::DeviceSignature,
	payload::{
		encode_signing_payload, DomainTag, PossessionBody, PROOF_OF_POSSESSION, TELEMETRY_BATCH,
		TELEMETRY_READING,
	},
	payment::{ChannelId, Voucher},
	telemetry::{BatchHeader, Moment, Reading, ReadingValue, SignedReading, StreamId},
	DeviceId, H256,
};

use crate::{
	sequence::{Flash, Sequences},
	Error, Signer,
};

/// The longest payload a device signs (a batch header: 162 bytes), with room to spare.
const PAYLOAD_BUFFER: usize = 192;

/// The chain's balance type, in which vouchers count.
pub type Balance = u128;

/// Signs `body` under `domain` for the chain with `genesis`, encoding it on the stack.
pub fn sign_payload<S: Signer + ?Sized, B: codec::Encode>(
	signer: &mut S,
	domain: DomainTag,
	genesis: H256,
	body: &B,
) -> Result<DeviceSignature, Error> {
	let mut buffer = [0u8; PAYLOAD_BUFFER];
	let len =
		encode_signing_payload(domain, genesis, body, &mut buffer).ok_or(Error::BufferTooSmall)?;
	signer.sign(&buffer[..len])
}

/// The proof that the device holds its key, for `owner` (the account that registers it) and
/// the owner's `nonce`. Made before registration: it needs no device id.
pub fn possession_proof<S: Signer + ?Sized>(
	signer: &mut S,
	genesis: H256,
	owner: &[u8; 32],
	nonce: u64,
) -> Result<DeviceSignature, Error> {
	sign_payload(signer, PROOF_OF_POSSESSION, genesis, &PossessionBody { owner: *owner, nonce })
}

/// A registered device: its key, its id, the chain it belongs to and its sequence numbers.
pub struct Device<S, F> {
	signer: S,
	genesis: H256,
	id: DeviceId,
	sequences: Sequences<F>,
}

impl<S: Signer, F: Flash> Device<S, F> {
	/// The device `id` of the chain with `genesis`, signing with `signer`.
	pub fn new(signer: S, genesis: H256, id: DeviceId, sequences: Sequences<F>) -> Self {
		Self { signer, genesis, id, sequences }
	}

	/// The device's next reading of `stream`, numbered, and signed for the gateway. The number
	/// is persisted before the signature is made, so it is never used twice.
	pub fn reading(
		&mut self,
		stream: StreamId,
		timestamp: Moment,
		value: ReadingValue,
		salt: Option<[u8; 16]>,
	) -> Result<SignedReading, Error> {
		let sequence = self.sequences.next(stream)?;
		let reading = Reading { device: self.id, stream, sequence, timestamp, value, salt };
		let signature = sign_payload(&mut self.signer, TELEMETRY_READING, self.genesis, &reading)?;
		Ok(SignedReading { reading, signature: Some(signature) })
	}

	/// The device's signature over the header of its own batch, for `anchor_batch`.
	pub fn sign_header(&mut self, header: &BatchHeader) -> Result<DeviceSignature, Error> {
		if header.range.device != self.id {
			return Err(Error::BadBatch);
		}
		sign_payload(&mut self.signer, TELEMETRY_BATCH, self.genesis, header)
	}

	/// A cumulative voucher of `channel` (paid by this device) for `cumulative` in total, signed.
	pub fn voucher(
		&mut self,
		channel: ChannelId,
		cumulative: Balance,
		nonce: u64,
	) -> Result<(Voucher<Balance>, DeviceSignature), Error> {
		let voucher = Voucher { channel, cumulative, nonce };
		let signature = sign_payload(
			&mut self.signer,
			iot_encoding::payload::PAYMENT_VOUCHER,
			self.genesis,
			&voucher,
		)?;
		Ok((voucher, signature))
	}
}
