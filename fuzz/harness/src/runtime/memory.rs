//! What the fuzzer remembers of its own off-chain work: the batches it anchored and the reward
//! trees its oracles attested, so that it can later prove a reading or claim a reward validly.

use iot_primitives::{rewards::RewardTree, telemetry::Batch};
use iot_runtime::{AccountId, Balance};
use sp_core::H256;
use std::sync::Arc;

/// How many batches and trees are kept: the newest ones.
const KEPT: usize = 16;

/// A reward tree the oracles were asked to attest.
pub struct Rewards {
	pub epoch: u32,
	pub total: Balance,
	pub entries: Vec<(u64, AccountId, Balance)>,
	pub tree: RewardTree,
}

#[derive(Clone, Default)]
pub struct Memory {
	pub batches: Vec<Arc<Batch>>,
	pub rewards: Vec<Arc<Rewards>>,
}

impl Memory {
	pub fn remember_batch(&mut self, batch: Batch) {
		if self.batches.len() == KEPT {
			self.batches.remove(0);
		}
		self.batches.push(Arc::new(batch));
	}

	pub fn batch(&self, root: &H256) -> Option<Arc<Batch>> {
		self.batches.iter().find(|b| &b.root() == root).cloned()
	}

	pub fn remember_rewards(
		&mut self,
		epoch: u32,
		entries: Vec<(u64, AccountId, Balance)>,
	) -> Arc<Rewards> {
		let tree = RewardTree::new(&entries);
		let total = entries.iter().map(|e| e.2).fold(0, Balance::saturating_add);
		if self.rewards.len() == KEPT {
			self.rewards.remove(0);
		}
		let rewards = Arc::new(Rewards { epoch, total, entries, tree });
		self.rewards.push(rewards.clone());
		rewards
	}
}
