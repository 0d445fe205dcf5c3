//! DePIN reward calls: nodes and their stake, oracles attesting reward trees the fuzzer builds,
//! claims with real proofs, liveness, challenges and governance.

use arbitrary::Result;
use frame_support::BoundedVec;
use iot_primitives::rewards::NodeKind;
use iot_runtime::{Balance, Runtime};
use pallet_depin_rewards::{Call, ChallengeTarget, Nodes, RewardEntry};
use sp_runtime::Percent;

use super::{registry::CELL, sudo, Gen, Signed};

pub fn call(g: &mut Gen) -> Result<Signed> {
	match g.u.int_in_range(0u8..=17)? {
		0 | 1 => {
			let (signer, device) = g.owned_device()?;
			let kind = *g.u.choose(&[NodeKind::Hotspot, NodeKind::Sensor, NodeKind::Gateway])?;
			let cell = if g.u.ratio(7, 8)? { CELL } else { g.u.arbitrary()? };
			let host = if g.u.arbitrary()? { Some(g.account()?) } else { None };
			let host_share = Percent::from_percent(g.u.int_in_range(0..=101)?);
			Ok((signer, Call::register_node { device, kind, cell, host, host_share }.into()))
		}
		2 => node_call(g, |node, _| Call::deregister_node { node }),
		3 | 4 => {
			let amount = g.amount()?;
			node_call(g, |node, _| Call::bond { node, amount })
		}
		5 => {
			let amount = g.amount()?;
			node_call(g, |node, _| Call::unbond { node, amount })
		}
		6 => node_call(g, |node, _| Call::withdraw_unbonded { node }),
		7 => node_call(g, |node, _| Call::claim_liveness { node }),
		8 => {
			let node = g.device()?;
			let seller = pallet_depin_rewards::RetiredNodes::<Runtime>::iter_prefix(node)
				.next()
				.map(|(who, _)| who);
			Ok((g.signer_for(seller.as_ref())?, Call::withdraw_retired { node }.into()))
		}
		9..=11 => attest(g),
		12 | 13 => claim(g),
		14 => challenge(g),
		15 => {
			let next = pallet_depin_rewards::NextChallengeId::<Runtime>::get();
			let challenge = g.id_below(next.saturating_sub(1))?;
			if g.u.arbitrary()? {
				return Ok((g.signer()?, Call::expire_challenge { challenge }.into()));
			}
			let upheld = g.u.arbitrary()?;
			sudo(g, Call::resolve_challenge { challenge, upheld }.into())
		}
		16 => {
			let required = g.u.ratio(1, 4)?;
			sudo(g, Call::set_require_certified { required }.into())
		}
		_ => {
			let mut oracles = Vec::new();
			for _ in 0..g.u.int_in_range(0..=4)? {
				oracles.push(g.account()?);
			}
			let quorum = g.u.int_in_range(0..=4)?;
			sudo(
				g,
				Call::set_oracles { oracles: BoundedVec::truncate_from(oracles), quorum }.into(),
			)
		}
	}
}

/// A call on a node (a device id) by, mostly, its owner.
fn node_call(
	g: &mut Gen,
	f: impl FnOnce(u64, Option<&iot_runtime::AccountId>) -> Call<Runtime>,
) -> Result<Signed> {
	let node = g.device()?;
	let owner = Nodes::<Runtime>::get(node).map(|n| n.owner);
	let signer = g.signer_for(owner.as_ref())?;
	Ok((signer, f(node, owner.as_ref()).into()))
}

/// An ended epoch: mostly the last one.
fn ended_epoch(g: &mut Gen) -> Result<u32> {
	let current = pallet_depin_rewards::CurrentEpoch::<Runtime>::get();
	Ok(match g.u.int_in_range(0u8..=7)? {
		0 => current,
		1 => g.u.int_in_range(0..=current)?,
		_ => current.saturating_sub(1),
	})
}

/// An oracle (mostly) attests a tree: the one another oracle attested for the epoch, or a new one
/// that pays every live node's owner a share of what the epoch gave the oracles.
fn attest(g: &mut Gen) -> Result<Signed> {
	let oracle = g.u.int_in_range(0..=2)?;
	let signer = if g.u.ratio(7, 8)? { g.person(oracle) } else { g.signer()? };
	let epoch = ended_epoch(g)?;
	let known = g.s.memory.rewards.iter().rev().find(|r| r.epoch == epoch).cloned();
	let rewards = match known {
		Some(rewards) if g.u.ratio(3, 4)? => rewards,
		_ => {
			let pool: Balance = pallet_depin_rewards::Epochs::<Runtime>::get(epoch)
				.map_or(0, |e| e.oracle_cumulative);
			let nodes: Vec<_> = Nodes::<Runtime>::iter().map(|(id, n)| (id, n.owner)).collect();
			let share = pool / (nodes.len() as u128 + 1);
			let entries = nodes
				.into_iter()
				.map(|(id, owner)| (id, owner, share.saturating_mul(u128::from(epoch) + 1) / 2))
				.collect();
			g.s.memory.remember_rewards(epoch, entries)
		}
	};
	let call = Call::attest_root {
		epoch,
		root: rewards.tree.root(),
		count: rewards.tree.len(),
		total: if g.u.ratio(15, 16)? { rewards.total } else { g.amount()? },
	};
	Ok((signer, call.into()))
}

/// A claim of an entry of a tree the oracles attested, with its proof (mostly intact).
fn claim(g: &mut Gen) -> Result<Signed> {
	let signer = g.signer()?;
	// Mostly a tree the oracles accepted.
	let accepted = g.s.memory.rewards.iter().rev().find(|r| {
		pallet_depin_rewards::Roots::<Runtime>::get(r.epoch)
			.is_some_and(|a| a.root.root == r.tree.root())
	});
	let rewards = match accepted {
		Some(rewards) if g.u.ratio(7, 8)? => Some(rewards.clone()),
		_ => g.s.memory.rewards.last().cloned(),
	};
	let Some(rewards) = rewards else {
		let node = g.device()?;
		let owner = g.account()?;
		let call = Call::claim {
			node,
			owner,
			epoch: 0,
			cumulative: g.amount()?,
			index: 0,
			proof: Default::default(),
		};
		return Ok((signer, call.into()));
	};
	if rewards.entries.is_empty() {
		return Ok((signer, Call::claim_liveness { node: g.device()? }.into()));
	}
	let index = g.u.choose_index(rewards.entries.len())?;
	let (node, owner, cumulative) = rewards.entries[index].clone();
	let proof = rewards.tree.proof(index as u32).unwrap_or_default();
	let cumulative = if g.u.ratio(15, 16)? { cumulative } else { cumulative.saturating_add(1) };
	let call = Call::claim {
		node,
		owner,
		epoch: rewards.epoch,
		cumulative,
		index: index as u32,
		proof: BoundedVec::truncate_from(proof),
	};
	Ok((signer, call.into()))
}

/// A challenge of a root, or of a node's entry in it (with the entry's proof when the fuzzer
/// knows the tree).
fn challenge(g: &mut Gen) -> Result<Signed> {
	let signer = g.signer()?;
	let epoch = ended_epoch(g)?;
	let evidence = g.hash()?;
	let rewards = g.s.memory.rewards.iter().rev().find(|r| r.epoch == epoch).cloned();
	let call = match rewards.filter(|r| !r.entries.is_empty()) {
		Some(rewards) if g.u.ratio(3, 4)? => {
			let index = g.u.choose_index(rewards.entries.len())?;
			let (node, owner, cumulative) = rewards.entries[index].clone();
			let proof =
				BoundedVec::truncate_from(rewards.tree.proof(index as u32).unwrap_or_default());
			let entry = RewardEntry::<Runtime> { owner, cumulative, index: index as u32, proof };
			Call::challenge {
				epoch,
				target: ChallengeTarget::Node(node),
				evidence,
				entry: Some(entry),
			}
		}
		_ => {
			let target = if g.u.arbitrary()? {
				ChallengeTarget::Root
			} else {
				ChallengeTarget::Node(g.device()?)
			};
			Call::challenge { epoch, target, evidence, entry: None }
		}
	};
	Ok((signer, call.into()))
}
