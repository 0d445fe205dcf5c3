//! Nodes: registration, stake, and paying a node's rewards to its owner and host.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Precision, Preservation},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	geo::h3_resolution,
	rewards::{Cell, NodeId, NodeKind},
	traits::DeviceInspect,
	DeviceId,
};
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, CheckedSub, Saturating, Zero},
	Percent,
};

use crate::{
	BalanceOf, Config, CurrentEpoch, Error, Event, HoldReason, NodeOf, Nodes, Pallet,
	RequireCertified,
};

impl<T: Config> Pallet<T> {
	/// The account rewards are minted into and paid from.
	pub fn pot() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	pub(crate) fn do_register_node(
		who: T::AccountId,
		device: DeviceId,
		kind: NodeKind,
		cell: Cell,
		host: Option<T::AccountId>,
		host_share: Percent,
	) -> DispatchResult {
		ensure!(h3_resolution(cell) == Some(T::CellResolution::get()), Error::<T>::BadCell);
		let owner = T::Devices::owner(&device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(owner == who, Error::<T>::NotOwner);
		ensure!(T::Devices::is_active(&device), Error::<T>::DeviceInactive);
		ensure!(Self::certified_enough(device), Error::<T>::NotCertified);
		ensure!(!Nodes::<T>::contains_key(device), Error::<T>::AlreadyRegistered);
		let deposit = T::NodeDeposit::get();
		T::Currency::hold(&HoldReason::NodeDeposit.into(), &who, deposit)?;
		let node = NodeOf::<T> {
			owner: who.clone(),
			kind,
			cell,
			host,
			host_share,
			deposit,
			stake: Zero::zero(),
			unbonding: None,
			live_epoch: None,
			liveness_unclaimed: Zero::zero(),
		};
		Nodes::<T>::insert(device, node);
		Self::deposit_event(Event::NodeRegistered { node: device, owner: who, kind, cell });
		Ok(())
	}

	pub(crate) fn do_deregister_node(who: T::AccountId, id: NodeId) -> DispatchResult {
		let mut node = Self::owned_node(&who, id)?;
		Self::ensure_unchallenged(id)?;
		ensure!(node.live_epoch != Some(CurrentEpoch::<T>::get()), Error::<T>::LiveThisEpoch);
		ensure!(node.stake.is_zero() && node.unbonding.is_none(), Error::<T>::StakeRemaining);
		Self::settle_liveness(id, &mut node);
		if !node.liveness_unclaimed.is_zero() {
			Self::pay(&node, node.liveness_unclaimed)?;
		}
		T::Currency::release(
			&HoldReason::NodeDeposit.into(),
			&node.owner,
			node.deposit,
			Precision::BestEffort,
		)?;
		Nodes::<T>::remove(id);
		Self::deposit_event(Event::NodeDeregistered { node: id });
		Ok(())
	}

	pub(crate) fn do_bond(who: T::AccountId, id: NodeId, amount: BalanceOf<T>) -> DispatchResult {
		let mut node = Self::owned_node(&who, id)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		node.stake = node.stake.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::Stake.into(), &who, amount)?;
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::Bonded { node: id, amount });
		Ok(())
	}

	pub(crate) fn do_unbond(who: T::AccountId, id: NodeId, amount: BalanceOf<T>) -> DispatchResult {
		let mut node = Self::owned_node(&who, id)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		node.stake = node.stake.checked_sub(&amount).ok_or(Error::<T>::InsufficientStake)?;
		let unlock_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		let unbonding = node.unbonding.map_or(Zero::zero(), |(a, _)| a).saturating_add(amount);
		node.unbonding = Some((unbonding, unlock_at));
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::Unbonded { node: id, amount, unlock_at });
		Ok(())
	}

	pub(crate) fn do_withdraw_unbonded(who: T::AccountId, id: NodeId) -> DispatchResult {
		let mut node = Self::owned_node(&who, id)?;
		Self::ensure_unchallenged(id)?;
		let now: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number();
		let (amount, _) = node
			.unbonding
			.filter(|(_, unlock_at)| now >= *unlock_at)
			.ok_or(Error::<T>::NothingToWithdraw)?;
		T::Currency::release(&HoldReason::Stake.into(), &who, amount, Precision::BestEffort)?;
		node.unbonding = None;
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::Withdrawn { node: id, amount });
		Ok(())
	}

	/// What a challenge can slash of the node: its bonded and unbonding stake.
	pub(crate) fn slashable_stake(node: &NodeOf<T>) -> BalanceOf<T> {
		node.stake.saturating_add(node.unbonding.map_or(Zero::zero(), |(amount, _)| amount))
	}

	/// Whether the device is certified, or the chain does not require it.
	pub(crate) fn certified_enough(device: DeviceId) -> bool {
		!RequireCertified::<T>::get() || T::Devices::is_certified(&device)
	}

	fn owned_node(who: &T::AccountId, id: NodeId) -> Result<NodeOf<T>, DispatchError> {
		let node = Nodes::<T>::get(id).ok_or(Error::<T>::UnknownNode)?;
		ensure!(node.owner == *who, Error::<T>::NotOwner);
		Ok(node)
	}

	/// Pays `amount` from the pot: the host's share to the host, the rest to the owner.
	pub(crate) fn pay(
		node: &NodeOf<T>,
		amount: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		Self::pay_to(&node.owner, node.host.as_ref(), node.host_share, amount)
	}

	/// Pays `amount` from the pot: `host_share` of it to `host`, the rest to `owner`.
	pub(crate) fn pay_to(
		owner: &T::AccountId,
		host: Option<&T::AccountId>,
		host_share: Percent,
		amount: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let pot = Self::pot();
		let to_host = match host {
			Some(host) => {
				let share = host_share.mul_floor(amount);
				if !share.is_zero() {
					T::Currency::transfer(&pot, host, share, Preservation::Expendable)?;
				}
				share
			}
			None => Zero::zero(),
		};
		let to_owner = amount.saturating_sub(to_host);
		T::Currency::transfer(&pot, owner, to_owner, Preservation::Expendable)?;
		Ok((to_owner, to_host))
	}
}
