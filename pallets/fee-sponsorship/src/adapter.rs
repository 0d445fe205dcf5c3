//! [`SponsoredFees`]: the runtime's `OnChargeTransaction`, which pays a sponsored device's fees
//! from its owner's budget and everyone else's from their own balance.

use core::marker::PhantomData;
use frame_support::{
	traits::{fungible::Balanced, Imbalance, NoDrop, OnUnbalanced},
	unsigned::TransactionValidityError,
};
use iot_primitives::DeviceId;
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use sp_runtime::traits::{DispatchInfoOf, PostDispatchInfoOf, Saturating, Zero};

use crate::{BalanceOf, Config, CreditOf, Pallet};

/// Charges transaction fees: a sponsored device's from its owner's budget, within its quota;
/// any other signer's (and a refused device's that can pay) as `FungibleAdapter<Currency, OU>`
/// does. `OU` receives the fees and tips.
pub struct SponsoredFees<T, OU>(PhantomData<(T, OU)>);

/// Who paid a transaction's fee, carried from before dispatch to after it.
pub enum Liquidity<T: Config> {
	/// The signer, through `FungibleAdapter` (its tip, if any).
	Own(Option<CreditOf<T>>),
	/// The owner of the signing device, which paid; the tip it paid.
	Sponsored { owner: T::AccountId, device: DeviceId, tip: CreditOf<T> },
}

impl<T: Config> Default for Liquidity<T> {
	fn default() -> Self {
		Self::Own(None)
	}
}

type Own<T, OU> = FungibleAdapter<<T as Config>::Currency, OU>;

impl<T, OU> OnChargeTransaction<T> for SponsoredFees<T, OU>
where
	T: Config + pallet_transaction_payment::Config,
	T::OnChargeTransaction: TxCreditHold<T, Credit = NoDrop<CreditOf<T>>>,
	OU: OnUnbalanced<CreditOf<T>>,
{
	type Balance = BalanceOf<T>;
	type LiquidityInfo = Liquidity<T>;

	fn withdraw_fee(
		who: &T::AccountId,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		fee_with_tip: Self::Balance,
		tip: Self::Balance,
	) -> Result<Self::LiquidityInfo, TransactionValidityError> {
		if fee_with_tip.is_zero() {
			return Ok(Liquidity::Own(None));
		}
		let refusal = match Pallet::<T>::payer(who, call, fee_with_tip) {
			Ok(Some(payer)) => {
				let (owner, device) = (payer.record.owner.clone(), payer.record.device);
				let credit = Pallet::<T>::charge(payer, fee_with_tip)?;
				let (tip, inclusion_fee) = credit.split(tip);
				pallet_transaction_payment::Pallet::<T>::deposit_txfee(inclusion_fee);
				return Ok(Liquidity::Sponsored { owner, device, tip });
			},
			Ok(None) => None,
			Err(refusal) => Some(refusal),
		};
		<Own<T, OU> as OnChargeTransaction<T>>::withdraw_fee(who, call, info, fee_with_tip, tip)
			.map(Liquidity::Own)
			.map_err(|own| refusal.map_or(own, Into::into))
	}

	fn can_withdraw_fee(
		who: &T::AccountId,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		fee_with_tip: Self::Balance,
		tip: Self::Balance,
	) -> Result<(), TransactionValidityError> {
		if fee_with_tip.is_zero() {
			return Ok(());
		}
		let refusal = match Pallet::<T>::payer(who, call, fee_with_tip) {
			Ok(Some(_)) => return Ok(()),
			Ok(None) => None,
			Err(refusal) => Some(refusal),
		};
		<Own<T, OU> as OnChargeTransaction<T>>::can_withdraw_fee(who, call, info, fee_with_tip, tip)
			.map_err(|own| refusal.map_or(own, Into::into))
	}

	fn correct_and_deposit_fee(
		who: &T::AccountId,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		corrected_fee_with_tip: Self::Balance,
		tip: Self::Balance,
		liquidity: Self::LiquidityInfo,
	) -> Result<(), TransactionValidityError> {
		let (owner, device, tip_credit) = match liquidity {
			Liquidity::Own(tip_credit) =>
				return <Own<T, OU> as OnChargeTransaction<T>>::correct_and_deposit_fee(
					who,
					info,
					post_info,
					corrected_fee_with_tip,
					tip,
					tip_credit,
				),
			Liquidity::Sponsored { owner, device, tip } => (owner, device, tip),
		};
		let corrected_fee = corrected_fee_with_tip.saturating_sub(tip);
		let charged = pallet_transaction_payment::Pallet::<T>::remaining_txfee();
		let credit = pallet_transaction_payment::Pallet::<T>::withdraw_txfee(charged)
			.unwrap_or_else(CreditOf::<T>::zero);
		let (fee, refund) = credit.split(corrected_fee);
		let paid = fee.peek().saturating_add(tip_credit.peek());
		Pallet::<T>::refund(who, &owner, device, refund, paid);
		OU::on_unbalanceds([fee, tip_credit].into_iter());
		Ok(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &T::AccountId, amount: Self::Balance) {
		<Own<T, OU> as OnChargeTransaction<T>>::endow_account(who, amount)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> Self::Balance {
		<Own<T, OU> as OnChargeTransaction<T>>::minimum_balance()
	}
}

impl<T: Config, OU> TxCreditHold<T> for SponsoredFees<T, OU>
where
	T: pallet_transaction_payment::Config,
	T::Currency: Balanced<T::AccountId>,
{
	type Credit = NoDrop<CreditOf<T>>;
}
