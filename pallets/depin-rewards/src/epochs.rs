//! Epochs: the emission schedule, the circuit breaker, the fee share, and the O(1) epoch change.

use core::marker::PhantomData;

use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Balanced, Mutate},
		Imbalance, OnUnbalanced,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::rewards::EpochIndex;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

use crate::{
	BalanceOf, Config, CreditOf, CurrentEpoch, EpochLiveness, EpochRecord, EpochStart, Epochs,
	Event, Pallet, PendingFees, TotalMinted, WeightInfo,
};

impl<T: Config> Pallet<T> {
	/// What the schedule mints in `epoch`: the initial emission, decayed once per epoch.
	pub fn scheduled_emission(epoch: EpochIndex) -> BalanceOf<T> {
		let kept = Perbill::one().saturating_sub(T::EmissionDecay::get());
		kept.saturating_pow(epoch as usize).mul_floor(T::InitialEmission::get())
	}

	/// Ends the running epoch when it is over. One read otherwise.
	pub(crate) fn maybe_end_epoch(now: BlockNumberFor<T>) -> Weight {
		let check = T::DbWeight::get().reads(1);
		if now < EpochStart::<T>::get().saturating_add(T::EpochLength::get()) {
			return check;
		}
		Self::end_epoch(now);
		check.saturating_add(T::WeightInfo::end_epoch())
	}

	/// Mints the ended epoch's pool into the pot and splits it between liveness and the
	/// oracles; the liveness pool is shared out lazily, as nodes settle.
	pub(crate) fn end_epoch(now: BlockNumberFor<T>) {
		let epoch = CurrentEpoch::<T>::get();
		let scheduled = Self::scheduled_emission(epoch)
			.min(T::MaxSupply::get().saturating_sub(TotalMinted::<T>::get()));
		let mut minted = scheduled.min(T::MaxMintPerEpoch::get());
		if scheduled > minted {
			Self::deposit_event(Event::CircuitBreakerTripped { epoch, scheduled, minted });
		}
		if T::Currency::mint_into(&Self::pot(), minted).is_err() {
			minted = Zero::zero();
		}
		let fees = PendingFees::<T>::take();
		let pool = minted.saturating_add(fees);
		let mut tally = EpochLiveness::<T>::get(epoch).unwrap_or_default();
		// With no stake live, the whole pool goes to the oracles.
		let liveness_pool = if !tally.live_stake.is_zero() {
			T::LivenessShare::get().mul_floor(pool)
		} else {
			Zero::zero()
		};
		let oracle_pool = pool.saturating_sub(liveness_pool);
		if tally.unsettled > 0 {
			tally.pool = liveness_pool;
			EpochLiveness::<T>::insert(epoch, &tally);
		}
		let previous = epoch
			.checked_sub(1)
			.and_then(Epochs::<T>::get)
			.map_or(Zero::zero(), |r| r.oracle_cumulative);
		Epochs::<T>::insert(
			epoch,
			EpochRecord::<T> {
				minted,
				fees,
				liveness_pool,
				oracle_pool,
				oracle_cumulative: previous.saturating_add(oracle_pool),
			},
		);
		TotalMinted::<T>::mutate(|total| *total = total.saturating_add(minted));
		CurrentEpoch::<T>::put(epoch.saturating_add(1));
		EpochStart::<T>::put(now);
		Self::deposit_event(Event::EpochEnded {
			epoch,
			minted,
			fees,
			liveness_pool,
			oracle_pool,
			live_stake: tally.live_stake,
		});
	}
}

/// Takes [`Config::FeeShare`] of the fees it is handed into the reward pot, for the running
/// epoch's pool, and burns the rest. For the transaction payment and the telemetry fees.
pub struct FeeCollector<T>(PhantomData<T>);

impl<T: Config> OnUnbalanced<CreditOf<T>> for FeeCollector<T> {
	fn on_nonzero_unbalanced(credit: CreditOf<T>) {
		let share = T::FeeShare::get().mul_floor(credit.peek());
		let (to_pool, _burnt) = credit.split(share);
		let amount = to_pool.peek();
		if T::Currency::resolve(&Pallet::<T>::pot(), to_pool).is_ok() {
			PendingFees::<T>::mutate(|fees| *fees = fees.saturating_add(amount));
		}
	}
}
