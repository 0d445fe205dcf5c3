//! M-5: a call parameter longer than the pallet takes does not decode, so no block carries it
//! (a `Vec` and a `BoundedVec` encode alike: clients are unaffected).

use codec::{Decode, Encode};
use iot_primitives::{device::DeviceSignature, payment::Voucher};

use crate::{mock::*, SignedVoucher};

/// Whether call `index` with `args`, as a client encodes it, decodes.
fn decodes(index: u8, args: impl Encode) -> bool {
	crate::Call::<Test>::decode(&mut &(index, args).encode()[..]).is_ok()
}

#[test]
fn m5_more_vouchers_than_a_settlement_takes_do_not_decode() {
	let signed = SignedVoucher {
		voucher: Voucher { channel: 0, cumulative: 1 as Balance, nonce: 1 },
		signature: DeviceSignature::Sr25519([0; 64]),
	};
	// settle(vouchers): the mock settles 4 at most.
	assert!(decodes(6, (vec![signed.clone(); 4],)));
	assert!(!decodes(6, (vec![signed; 5],)));
}

#[test]
fn m5_a_window_of_more_anchors_than_an_agreement_takes_does_not_decode() {
	// release(agreement, Evidence::Window(anchors)): the mock takes windows of 3 anchors.
	let window = |anchors: usize| (0u64, 0u8, vec![10u64; anchors]);
	assert!(decodes(12, window(3)));
	assert!(!decodes(12, window(4)));
}
