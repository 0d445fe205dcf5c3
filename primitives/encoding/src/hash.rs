//! blake2-256 over concatenated parts, without a heap: leaves hash `tag || data` and inner nodes
//! `left || right`, fed to one hasher instead of copied into a buffer first.

use primitive_types::H256;

use crate::payload::DomainTag;

/// blake2-256 of the concatenation of `parts` (equal to `sp_crypto_hashing::blake2_256` of it).
#[cfg(feature = "compact-hash")]
pub fn blake2_256_parts(parts: &[&[u8]]) -> [u8; 32] {
	use blake2::{digest::consts::U32, Blake2b, Digest};
	let mut state = Blake2b::<U32>::new();
	for part in parts {
		state.update(part);
	}
	state.finalize().into()
}

/// blake2-256 of the concatenation of `parts` (equal to `sp_crypto_hashing::blake2_256` of it).
#[cfg(not(feature = "compact-hash"))]
pub fn blake2_256_parts(parts: &[&[u8]]) -> [u8; 32] {
	let mut state = blake2b_simd::Params::new().hash_length(32).to_state();
	for part in parts {
		state.update(part);
	}
	let mut out = [0u8; 32];
	out.copy_from_slice(state.finalize().as_bytes());
	out
}

/// The hash of a leaf with content `data` under `tag`: `blake2_256(tag || data)`.
pub fn leaf_hash(tag: DomainTag, data: &[u8]) -> H256 {
	H256(blake2_256_parts(&[&tag, data]))
}

/// The hash of an inner node: `blake2_256(left || right)`, the pair unsorted.
pub fn node_hash(left: &H256, right: &H256) -> H256 {
	H256(blake2_256_parts(&[left.as_bytes(), right.as_bytes()]))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn parts_hash_as_their_concatenation() {
		let tag = *b"iot/leaf/reading";
		let data = [7u8; 75];
		let mut joined = tag.to_vec();
		joined.extend_from_slice(&data);
		assert_eq!(leaf_hash(tag, &data).0, sp_crypto_hashing::blake2_256(&joined));
		let (a, b) = (H256::repeat_byte(1), H256::repeat_byte(2));
		assert_eq!(node_hash(&a, &b).0, sp_crypto_hashing::blake2_256(&[a.0, b.0].concat()));
		assert_ne!(node_hash(&a, &b), node_hash(&b, &a));
	}
}
