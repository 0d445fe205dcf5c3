//! Merkle trees over blake2-256, on the `binary-merkle-tree` crate, with domain-separated leaves.
//!
//! A leaf's hash is `blake2_256(tag || data)`: the tag keeps a leaf of one kind (a device key, a
//! telemetry reading) from being presented as another, and since inner nodes hash exactly 64
//! bytes of child hashes, no leaf can pose as an inner node without a collision on its tag.

use alloc::vec::Vec;
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

use crate::payload::DomainTag;

/// The leaf tag of a device key provisioned by a manufacturer.
pub const DEVICE_KEY_LEAF: DomainTag = *b"iot/leaf/devkey1";

/// The hash of a leaf with content `data` under `tag` (in `iot-encoding`, where devices hash it).
pub use iot_encoding::hash::leaf_hash;

/// The root of the tree over leaf hashes, in order. The empty tree's root is zero.
pub fn root(leaves: impl IntoIterator<Item = H256>) -> H256 {
	binary_merkle_tree::merkle_root_raw::<BlakeTwo256, _>(leaves)
}

/// The sibling hashes that prove leaf `index` of `leaves`, or `None` if it is out of range.
pub fn proof(leaves: &[H256], index: u32) -> Option<Vec<H256>> {
	if index as usize >= leaves.len() {
		return None;
	}
	Some(
		binary_merkle_tree::merkle_proof_raw::<BlakeTwo256, _>(leaves.iter().copied(), index).proof,
	)
}

/// Whether `proof` shows that `leaf` is leaf `index` of a tree of `count` leaves with `root`.
pub fn verify(root: &H256, proof: &[H256], count: u32, index: u32, leaf: H256) -> bool {
	binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
		root,
		proof.iter().copied(),
		count,
		index,
		binary_merkle_tree::Leaf::Hash(leaf),
	)
}

/// A tree over many leaves that answers proofs in `O(chunk + leaves / chunk)` hashes instead of
/// the `O(leaves)` of [`proof`], with the same root and the same proofs.
///
/// `binary-merkle-tree` pairs nodes from the left and promotes an odd last node unhashed, so an
/// aligned run of `2^k` leaves is a subtree of its own, and the last, shorter run is the subtree
/// that a tree over just its leaves builds. The tree is therefore the tree over the chunks'
/// roots, and a leaf's proof is its proof inside its chunk followed by the chunk's proof among
/// the chunk roots. Every hash is still computed by `binary-merkle-tree`.
#[derive(Clone, Debug)]
pub struct ChunkedTree {
	leaves: Vec<H256>,
	chunk: usize,
	chunk_roots: Vec<H256>,
	root: H256,
}

impl ChunkedTree {
	/// Leaves per chunk: proofs of a million-leaf tree then hash about two thousand nodes.
	pub const DEFAULT_CHUNK: usize = 1024;

	/// The tree over `leaves`, in chunks of [`Self::DEFAULT_CHUNK`].
	pub fn new(leaves: Vec<H256>) -> Self {
		Self::with_chunk(leaves, Self::DEFAULT_CHUNK)
	}

	/// The tree over `leaves`, in chunks of `chunk` leaves (rounded up to a power of two).
	pub fn with_chunk(leaves: Vec<H256>, chunk: usize) -> Self {
		let chunk = chunk.max(1).next_power_of_two();
		let chunk_roots: Vec<H256> =
			leaves.chunks(chunk).map(|c| root(c.iter().copied())).collect();
		let root = root(chunk_roots.iter().copied());
		Self { leaves, chunk, chunk_roots, root }
	}

	/// The root, equal to [`root`] over the same leaves.
	pub fn root(&self) -> H256 {
		self.root
	}

	/// The proof of leaf `index`, equal to [`proof`] over the same leaves.
	pub fn proof(&self, index: u32) -> Option<Vec<H256>> {
		let index = index as usize;
		if index >= self.leaves.len() {
			return None;
		}
		let (chunk, offset) = (index / self.chunk, index % self.chunk);
		let start = chunk.checked_mul(self.chunk)?;
		let end = start.saturating_add(self.chunk).min(self.leaves.len());
		let mut siblings = proof(self.leaves.get(start..end)?, offset as u32)?;
		siblings.extend(proof(&self.chunk_roots, chunk as u32)?);
		Some(siblings)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u32) -> Vec<H256> {
		(0..n).map(|i| leaf_hash(DEVICE_KEY_LEAF, &i.to_le_bytes())).collect()
	}

	#[test]
	fn every_leaf_of_every_small_tree_verifies() {
		for n in 1..=33u32 {
			let leaves = leaves(n);
			let root = root(leaves.iter().copied());
			for i in 0..n {
				let proof = proof(&leaves, i).unwrap();
				assert!(verify(&root, &proof, n, i, leaves[i as usize]), "n={n} i={i}");
			}
		}
	}

	#[test]
	fn any_change_to_leaf_index_count_or_sibling_fails() {
		for n in 2..=17u32 {
			let leaves = leaves(n);
			let root = root(leaves.iter().copied());
			for i in 0..n {
				let proof = proof(&leaves, i).unwrap();
				let leaf = leaves[i as usize];
				assert!(!verify(&root, &proof, n, i, leaf_hash(DEVICE_KEY_LEAF, b"other")));
				assert!(!verify(&root, &proof, n, (i + 1) % n, leaf));
				assert!(!verify(&root, &proof, n, n + i, leaf));
				for s in 0..proof.len() {
					let mut tampered = proof.clone();
					tampered[s].0[0] ^= 1;
					assert!(!verify(&root, &tampered, n, i, leaf), "n={n} i={i} s={s}");
				}
			}
		}
	}

	#[test]
	fn chunked_trees_have_the_crates_root_and_proofs() {
		for chunk in [1usize, 2, 4, 8] {
			for n in 0..=70u32 {
				let leaves = leaves(n);
				let tree = ChunkedTree::with_chunk(leaves.clone(), chunk);
				assert_eq!(tree.root(), root(leaves.iter().copied()), "chunk={chunk} n={n}");
				for i in 0..=n {
					assert_eq!(tree.proof(i), proof(&leaves, i), "chunk={chunk} n={n} i={i}");
				}
			}
		}
		let leaves = leaves(3_000);
		let tree = ChunkedTree::new(leaves.clone());
		assert_eq!(tree.root(), root(leaves.iter().copied()));
		for i in [0, 1, 1023, 1024, 2047, 2048, 2999] {
			assert_eq!(tree.proof(i), proof(&leaves, i), "i={i}");
		}
	}

	#[test]
	fn tags_separate_leaves() {
		assert_ne!(leaf_hash(DEVICE_KEY_LEAF, b"x"), leaf_hash(*b"iot/leaf/other00", b"x"));
		assert!(proof(&leaves(3), 3).is_none());
	}
}
