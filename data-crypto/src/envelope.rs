//! Sealing an epoch key to one reader with HPKE (RFC 9180).

use hpke::{
	aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, HpkeError, Kem,
	OpModeR, OpModeS, Serializable,
};
use rand::{rand_core::UnwrapErr, rngs::OsRng};
use zeroize::Zeroizing;

use crate::{EpochKey, Error, ReaderSecret, StreamRef, EPOCH_KEY_TAG, KEY_LEN, PUBLIC_KEY_LEN};

type PublicKey = <X25519HkdfSha256 as Kem>::PublicKey;
type PrivateKey = <X25519HkdfSha256 as Kem>::PrivateKey;
type EncappedKey = <X25519HkdfSha256 as Kem>::EncappedKey;

/// Length of the HPKE encapsulated key (the sender's ephemeral X25519 public key).
pub const ENC_LEN: usize = 32;
/// Length of the sealed epoch key: the key and a 16-byte Poly1305 tag.
pub const SEALED_LEN: usize = KEY_LEN + 16;
/// Length of one reader's envelope, which is what each grantee costs per epoch.
pub const ENVELOPE_LEN: usize = ENC_LEN + SEALED_LEN;

/// An epoch key sealed to one reader.
///
/// Its fields are private so that `sealed` is always [`SEALED_LEN`] bytes and
/// [`Envelope::to_bytes`] cannot fail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
	enc: [u8; ENC_LEN],
	sealed: Vec<u8>,
}

impl Envelope {
	/// The HPKE encapsulated key.
	pub fn enc(&self) -> &[u8; ENC_LEN] {
		&self.enc
	}

	/// The sealed epoch key and its tag.
	pub fn sealed(&self) -> &[u8] {
		&self.sealed
	}

	/// `enc || sealed`, [`ENVELOPE_LEN`] bytes.
	pub fn to_bytes(&self) -> [u8; ENVELOPE_LEN] {
		let mut out = [0; ENVELOPE_LEN];
		let (enc, sealed) = out.split_at_mut(ENC_LEN);
		enc.copy_from_slice(&self.enc);
		sealed.copy_from_slice(&self.sealed);
		out
	}

	/// Decodes [`Envelope::to_bytes`]; any other length is [`Error::MalformedEnvelope`].
	pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
		let bytes: &[u8; ENVELOPE_LEN] =
			bytes.try_into().map_err(|_| Error::MalformedEnvelope { len: bytes.len() })?;
		let (enc, sealed) = bytes.split_at(ENC_LEN);
		let mut envelope = Self { enc: [0; ENC_LEN], sealed: sealed.to_vec() };
		envelope.enc.copy_from_slice(enc);
		Ok(envelope)
	}
}

fn info(stream: StreamRef, epoch: u32) -> Vec<u8> {
	stream.context(EPOCH_KEY_TAG, &[&epoch.to_le_bytes()])
}

/// Seals `key` to the reader whose published X25519 key is `reader`, for `epoch` of `stream`.
///
/// Fails with [`Error::InvalidPublicKey`] if `reader` is a low-order point (HPKE refuses the
/// all-zero shared secret it would give).
pub fn seal_epoch_key(
	key: &EpochKey,
	reader: &[u8; PUBLIC_KEY_LEN],
	stream: StreamRef,
	epoch: u32,
) -> Result<Envelope, Error> {
	let reader = PublicKey::from_bytes(reader).map_err(Error::Hpke)?;
	// HPKE takes an infallible RNG, so an OS RNG failure panics here instead of returning
	// `Error::Randomness`; getrandom(2) does not fail once the kernel pool is initialised.
	let mut rng = UnwrapErr(OsRng);
	let (enc, sealed) =
		hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, X25519HkdfSha256, _>(
			&OpModeS::Base,
			&reader,
			&info(stream, epoch),
			key.as_bytes(),
			&[],
			&mut rng,
		)
		.map_err(|e| match e {
			HpkeError::EncapError => Error::InvalidPublicKey,
			other => Error::Hpke(other),
		})?;
	// Checked rather than assumed, so that `Envelope::to_bytes` can never panic.
	if sealed.len() != SEALED_LEN {
		return Err(Error::Hpke(HpkeError::SealError));
	}
	let mut envelope = Envelope { enc: [0; ENC_LEN], sealed };
	envelope.enc.copy_from_slice(&enc.to_bytes());
	Ok(envelope)
}

/// Opens an envelope sealed to `reader` for `epoch` of `stream`.
///
/// Any failure to authenticate (another reader's envelope, another stream or epoch, a flipped
/// bit) is [`Error::WrongKeyOrTampered`].
pub fn open_epoch_key(
	envelope: &Envelope,
	reader: &ReaderSecret,
	stream: StreamRef,
	epoch: u32,
) -> Result<EpochKey, Error> {
	let secret = PrivateKey::from_bytes(reader.as_static().as_bytes()).map_err(Error::Hpke)?;
	let enc = EncappedKey::from_bytes(&envelope.enc).map_err(Error::Hpke)?;
	let opened = Zeroizing::new(
		hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, X25519HkdfSha256>(
			&OpModeR::Base,
			&secret,
			&enc,
			&info(stream, epoch),
			&envelope.sealed,
			&[],
		)
		// A low-order `enc` fails decapsulation; it can only come from alteration too.
		.map_err(|e| match e {
			HpkeError::OpenError | HpkeError::DecapError => Error::WrongKeyOrTampered,
			other => Error::Hpke(other),
		})?,
	);
	let opened: &[u8; KEY_LEN] =
		opened.as_slice().try_into().map_err(|_| Error::WrongKeyOrTampered)?;
	let mut key = EpochKey::from_bytes([0; KEY_LEN]);
	key.as_mut_bytes().copy_from_slice(opened);
	Ok(key)
}
