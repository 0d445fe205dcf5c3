//! [`SponsoredFees`]: the runtime's `OnChargeTransaction`, which pays a sponsored device's fees
//! from its owner's budget and everyone else's from their own balance.

use core::marker::PhantomData;
use frame_support::{
	dispatch::DispatchInfo,
	traits::{fungible::Balanced, Imbalance, NoDrop, OnUnbalanced, PalletInfoAccess},
	unsigned::TransactionValidityError,
};
use iot_primitives::DeviceId;
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use sp_runtime::{
	traits::{DispatchInfoOf, Dispatchable, PostDispatchInfoOf, Saturating, Zero},
	SaturatedConversion,
};

use crate::{BalanceOf, Config, CreditOf, Pallet, WeightInfo};

/// Charges transaction fees: a sponsored device's from its owner's budget, within its quota
/// (plus a surcharge for the weight of doing so, see [`surcharge`]);
/// any other signer's (and a refused device's that can pay) as `FungibleAdapter<Currency, OU>`
/// does. `OU` receives the fees and tips.
pub struct SponsoredFees<T, OU>(PhantomData<(T, OU)>);

/// Who paid a transaction's fee, carried from before dispatch to after it.
pub enum Liquidity<T: Config> {
	/// The signer, through `FungibleAdapter` (its tip, if any).
	Own(Option<CreditOf<T>>),
	/// The owner of the signing device, which paid: the tip, and the surcharge for the weight of
	/// paying from a budget.
	Sponsored { owner: T::AccountId, device: DeviceId, tip: CreditOf<T>, surcharge: BalanceOf<T> },
}

impl<T: Config> Default for Liquidity<T> {
	fn default() -> Self {
		Self::Own(None)
	}
}

type Own<T, OU> = FungibleAdapter<<T as Config>::Currency, OU>;

/// The fee for the weight paying from a budget adds to a transaction. The transaction extension's
/// weight is fixed before anyone knows who pays, so every other transaction would carry this
/// weight too; instead, sponsored transactions register it to the block and their owners pay it.
fn surcharge<T: Config + pallet_transaction_payment::Config>() -> BalanceOf<T> {
	let fee = pallet_transaction_payment::Pallet::<T>::weight_to_fee(
		<T as Config>::WeightInfo::charge_sponsored(),
	);
	fee.saturated_into::<u128>().saturated_into()
}

/// The storage key of transaction-payment's `TxPaymentCredit`.
pub(crate) fn tx_credit_key<T: pallet_transaction_payment::Config>() -> [u8; 32] {
	let pallet = <pallet_transaction_payment::Pallet<T> as PalletInfoAccess>::name();
	frame_support::storage::storage_prefix(pallet.as_bytes(), b"TxPaymentCredit")
}

/// Removes the credit that `withdraw_txfee` emptied. Transaction payment's own adapter `take`s
/// the value, which is private to that pallet; draining it leaves `Some(0)` stored, and a block
/// whose last fee-paying transaction was sponsored would end with it still there (the review's
/// L-4: transaction payment's `on_finalize` then logs an error).
fn clear_tx_credit<T: pallet_transaction_payment::Config>() {
	frame_support::storage::unhashed::kill(&tx_credit_key::<T>());
}

impl<T, OU> OnChargeTransaction<T> for SponsoredFees<T, OU>
where
	T: Config + pallet_transaction_payment::Config,
	T::OnChargeTransaction: TxCreditHold<T, Credit = NoDrop<CreditOf<T>>>,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
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
		let surcharge = surcharge::<T>();
		let total = fee_with_tip.saturating_add(surcharge);
		let refusal = match Pallet::<T>::payer(who, call, total) {
			Ok(Some(payer)) => {
				let (owner, device) = (payer.record.owner.clone(), payer.record.device);
				let credit = Pallet::<T>::charge(payer, total)?;
				frame_system::Pallet::<T>::register_extra_weight_unchecked(
					<T as Config>::WeightInfo::charge_sponsored(),
					info.class,
				);
				let (tip, inclusion_fee) = credit.split(tip);
				pallet_transaction_payment::Pallet::<T>::deposit_txfee(inclusion_fee);
				return Ok(Liquidity::Sponsored { owner, device, tip, surcharge });
			}
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
		let total = fee_with_tip.saturating_add(surcharge::<T>());
		let refusal = match Pallet::<T>::payer(who, call, total) {
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
		let (owner, device, tip_credit, surcharge) = match liquidity {
			Liquidity::Own(tip_credit) => {
				return <Own<T, OU> as OnChargeTransaction<T>>::correct_and_deposit_fee(
					who,
					info,
					post_info,
					corrected_fee_with_tip,
					tip,
					tip_credit,
				)
			}
			Liquidity::Sponsored { owner, device, tip, surcharge } => {
				(owner, device, tip, surcharge)
			}
		};
		let corrected_fee = corrected_fee_with_tip.saturating_sub(tip).saturating_add(surcharge);
		let charged = pallet_transaction_payment::Pallet::<T>::remaining_txfee();
		let credit = pallet_transaction_payment::Pallet::<T>::withdraw_txfee(charged)
			.unwrap_or_else(CreditOf::<T>::zero);
		clear_tx_credit::<T>();
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
