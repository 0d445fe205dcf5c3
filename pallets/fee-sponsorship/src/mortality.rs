//! [`CheckSponsoredMortality`]: frame-system's `CheckMortality`, which also refuses immortal
//! transactions from sponsored devices.
//!
//! An immortal transaction stays valid for as long as its nonce is unused; a device whose fees
//! an owner pays must not leave such transactions behind (the review's M-6). The extension has
//! `CheckMortality`'s identifier, encoding and implicit data, so Polkadot.js, subxt and any other
//! client sign exactly as before; only a sponsored device's immortal transaction is refused.

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::pallet_prelude::TransactionSource;
use frame_system::CheckMortality;
use scale_info::TypeInfo;
use sp_runtime::{
	generic::Era,
	impl_tx_ext_default,
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, DispatchOriginOf, Implication, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::TransactionValidityError,
	Weight,
};

use crate::{Config, Refusal, Sponsorships};

/// `CheckMortality` that refuses an immortal transaction signed by a sponsored device.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckSponsoredMortality<T: Config + Send + Sync>(pub CheckMortality<T>);

impl<T: Config + Send + Sync> CheckSponsoredMortality<T> {
	/// The extension for a transaction of `era`.
	pub fn from(era: Era) -> Self {
		Self(CheckMortality::from(era))
	}

	/// Whether `who` is an account whose fees a sponsorship pays. Only a sponsorship makes an
	/// account sufficient here, and the account is read by `CheckNonce` anyway.
	fn is_sponsored(who: &T::AccountId) -> bool {
		frame_system::Pallet::<T>::account(who).sufficients > 0
			&& Sponsorships::<T>::contains_key(who)
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for CheckSponsoredMortality<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckSponsoredMortality({:?})", self.0)
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CheckSponsoredMortality<T>
where
	DispatchOriginOf<T::RuntimeCall>: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckMortality";
	type Implicit = T::Hash;
	type Pre = ();
	type Val = ();

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.0.implicit()
	}

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		// The sponsorship read is the one `SponsoredFees` makes for the same account in the
		// same transaction, and the account the one `CheckNonce` reads: no new storage access.
		self.0.weight(call)
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		if self.0 .0.is_immortal() {
			if let Some(who) = origin.as_system_origin_signer() {
				if Self::is_sponsored(who) {
					return Err(Refusal::ImmortalTransaction.into());
				}
			}
		}
		self.0.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	impl_tx_ext_default!(T::RuntimeCall; prepare);
}
