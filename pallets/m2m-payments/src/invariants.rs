//! The pallet's invariants, checked by `try-runtime` and after every unit test.

use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use iot_primitives::payment::{AgreementStatus, Condition, VoucherSigner};
use sp_runtime::{traits::Saturating, TryRuntimeError};

use crate::{
	Agreements, BalanceOf, ChannelKeys, Channels, Config, DeviceChannels, HoldReason,
	NextAgreementId, NextChannelId, Pallet, SpendingLimits,
};

impl<T: Config> Pallet<T> {
	/// - every channel has claimed at most its deposit and an id below `NextChannelId`;
	/// - every channel key belongs to an open device channel;
	/// - every device channel not yet closing is in its device's `DeviceChannels`, and every id
	///   there is an open channel of that device (so a change of the device reaches them all);
	/// - every agreement has an id below `NextAgreementId`;
	/// - only a telemetry condition can be proven on a dispute (nothing proves `ConsumerConfirms`);
	/// - what each account has on hold for channels is the sum over its channels of deposit
	///   minus claimed; for escrow, the sum of its agreements; for dispute bonds, the sum of the
	///   bonds of the disputes it raised; for spending limits, the sum of the deposits of the
	///   limits it set.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut channels = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (id, channel) in Channels::<T>::iter() {
			ensure!(id < NextChannelId::<T>::get(), "channel id not yet issued");
			ensure!(channel.claimed <= channel.deposit, "channel paid more than its deposit");
			add(&mut channels, channel.payer, channel.deposit.saturating_sub(channel.claimed));
		}
		Self::check_held(HoldReason::ChannelDeposit, channels, "channel holds off")?;
		for (id, _) in ChannelKeys::<T>::iter() {
			ensure!(
				Channels::<T>::get(id)
					.is_some_and(|c| matches!(c.signer, VoucherSigner::Device(_))),
				"channel key without an open device channel"
			);
		}
		for (id, channel) in Channels::<T>::iter() {
			if let (VoucherSigner::Device(device), None) = (&channel.signer, channel.closes_at) {
				ensure!(
					DeviceChannels::<T>::get(device).is_some_and(|ids| ids.contains(&id)),
					"device channel missing from its device's index"
				);
			}
		}
		for (device, ids) in DeviceChannels::<T>::iter() {
			ensure!(!ids.is_empty(), "empty device channel index");
			for id in ids {
				ensure!(
					Channels::<T>::get(id)
						.is_some_and(|c| c.signer == VoucherSigner::Device(device)),
					"device channel index names another channel"
				);
			}
		}

		let mut escrow = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut bonds = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (id, agreement) in Agreements::<T>::iter() {
			ensure!(id < NextAgreementId::<T>::get(), "agreement id not yet issued");
			if let AgreementStatus::Disputed(dispute) = agreement.status {
				ensure!(
					!dispute.proven || agreement.condition != Condition::ConsumerConfirms,
					"a confirmation-only agreement proven by telemetry"
				);
				add(&mut bonds, dispute.by, dispute.bond);
			}
			add(&mut escrow, agreement.consumer, agreement.amount);
		}
		Self::check_held(HoldReason::Escrow, escrow, "escrow holds off")?;
		Self::check_held(HoldReason::DisputeBond, bonds, "dispute bonds off")?;

		let mut limits = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (_, limit) in SpendingLimits::<T>::iter() {
			ensure!(limit.spent <= limit.limit, "a device spent over its limit");
			add(&mut limits, limit.owner, limit.deposit);
		}
		Self::check_held(HoldReason::SpendingLimit, limits, "spending-limit deposits off")
	}

	fn check_held(
		reason: HoldReason,
		expected: BTreeMap<T::AccountId, BalanceOf<T>>,
		message: &'static str,
	) -> Result<(), TryRuntimeError> {
		let reason = reason.into();
		for (who, amount) in expected {
			ensure!(T::Currency::balance_on_hold(&reason, &who) == amount, message);
		}
		Ok(())
	}
}

fn add<K: Ord, B: Saturating + Copy + Default>(sums: &mut BTreeMap<K, B>, key: K, amount: B) {
	let sum = sums.entry(key).or_default();
	*sum = sum.saturating_add(amount);
}
