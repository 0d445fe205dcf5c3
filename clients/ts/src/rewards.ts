// The reward tree oracles attest (primitives/src/rewards.rs): one leaf per (node, owner) with
// everything the node earned for that owner, `blake2_256("iot/leaf/reward2" || SCALE((node u64,
// owner AccountId32, cumulative u128)))`; a claim pays the difference to what was claimed.
import { u8aConcat } from '@polkadot/util';

import { leafHash } from './hash.js';
import { MerkleTree } from './merkle.js';
import { Bytes, Int, bytes, u128, u64 } from './scale.js';

export interface RewardEntry { node: Int; owner: Bytes; cumulative: Int }

export const rewardLeaf = (e: RewardEntry) =>
  leafHash('iot/leaf/reward2', u8aConcat(u64(e.node, 'node'), bytes(e.owner, 32, 'owner'), u128(e.cumulative, 'cumulative')));

/** The tree over `entries`, in order, whose root the oracles attest. */
export const rewardTree = (entries: readonly RewardEntry[]) => new MerkleTree(entries.map(rewardLeaf));
