use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use iot_primitives::rewards::NodeKind;
use sp_runtime::Percent;

use super::{anchored, end_epoch_and_claimable, free, register};
use crate::{mock::*, Error, Event, HoldReason, Nodes};

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

#[test]
fn an_owner_registers_its_active_device_once_with_a_deposit() {
	ExtBuilder::build_and_execute(|| {
		register(OWNER, 1, 77);
		System::assert_last_event(
			Event::NodeRegistered {
				node: 1,
				owner: OWNER,
				kind: NodeKind::Hotspot,
				cell: cell(77),
			}
			.into(),
		);
		assert_eq!(held(HoldReason::NodeDeposit, OWNER), 10);
		let again = DepinRewards::register_node(
			RuntimeOrigin::signed(OWNER),
			1,
			NodeKind::Sensor,
			cell(1),
			None,
			Percent::zero(),
		);
		assert_noop!(again, Error::<Test>::AlreadyRegistered);
	});
}

#[test]
fn registration_needs_a_known_active_device_of_the_caller() {
	ExtBuilder::build_and_execute(|| {
		let register_in = |who, device, cell| {
			DepinRewards::register_node(
				RuntimeOrigin::signed(who),
				device,
				NodeKind::Gateway,
				cell,
				Some(HOST),
				Percent::from_percent(20),
			)
		};
		let register = |who, device| register_in(who, device, cell(1));
		assert_noop!(register(OWNER, 9), Error::<Test>::UnknownDevice);
		assert_noop!(register(OWNER, 4), Error::<Test>::NotOwner);
		Devices::deactivate(2);
		assert_noop!(register(OWNER, 2), Error::<Test>::DeviceInactive);
		// Not an H3 index, or one at another resolution than the configured 5.
		assert_noop!(register_in(OWNER, 1, 77), Error::<Test>::BadCell);
		let finer = (cell(1) & !(0xF << 52) & !(0x7 << 27)) | (6 << 52);
		assert_eq!(iot_primitives::geo::h3_resolution(finer), Some(6));
		assert_noop!(register_in(OWNER, 1, finer), Error::<Test>::BadCell);
	});
}

#[test]
fn stake_is_bonded_unbonded_and_withdrawn_after_the_period() {
	ExtBuilder::build_and_execute(|| {
		register(OWNER, 1, 77);
		assert_noop!(
			DepinRewards::bond(RuntimeOrigin::signed(OTHER), 1, 100),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			DepinRewards::bond(RuntimeOrigin::signed(OWNER), 1, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			DepinRewards::bond(RuntimeOrigin::signed(OWNER), 9, 1),
			Error::<Test>::UnknownNode
		);
		assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OWNER), 1, 1_000));
		assert_eq!(held(HoldReason::Stake, OWNER), 1_000);
		assert_noop!(
			DepinRewards::unbond(RuntimeOrigin::signed(OWNER), 1, 1_001),
			Error::<Test>::InsufficientStake
		);
		assert_ok!(DepinRewards::unbond(RuntimeOrigin::signed(OWNER), 1, 400));
		System::assert_last_event(Event::Unbonded { node: 1, amount: 400, unlock_at: 6 }.into());
		assert_noop!(
			DepinRewards::withdraw_unbonded(RuntimeOrigin::signed(OWNER), 1),
			Error::<Test>::NothingToWithdraw
		);
		run_to_block(6);
		assert_ok!(DepinRewards::withdraw_unbonded(RuntimeOrigin::signed(OWNER), 1));
		assert_eq!(held(HoldReason::Stake, OWNER), 600);
		assert_noop!(
			DepinRewards::withdraw_unbonded(RuntimeOrigin::signed(OWNER), 1),
			Error::<Test>::NothingToWithdraw
		);
	});
}

#[test]
fn a_node_leaves_without_stake_after_its_live_epoch_and_takes_its_credit() {
	ExtBuilder::build_and_execute(|| {
		register(OWNER, 1, 77);
		assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OWNER), 1, 100));
		anchored(1);
		assert_noop!(
			DepinRewards::deregister_node(RuntimeOrigin::signed(OWNER), 1),
			Error::<Test>::LiveThisEpoch
		);
		let credit = end_epoch_and_claimable(1);
		assert_noop!(
			DepinRewards::deregister_node(RuntimeOrigin::signed(OWNER), 1),
			Error::<Test>::StakeRemaining
		);
		assert_noop!(
			DepinRewards::deregister_node(RuntimeOrigin::signed(OTHER), 1),
			Error::<Test>::NotOwner
		);
		assert_ok!(DepinRewards::unbond(RuntimeOrigin::signed(OWNER), 1, 100));
		run_to_block(System::block_number() + 5);
		assert_ok!(DepinRewards::withdraw_unbonded(RuntimeOrigin::signed(OWNER), 1));
		let before = free(OWNER);
		assert_ok!(DepinRewards::deregister_node(RuntimeOrigin::signed(OWNER), 1));
		assert_eq!(free(OWNER), before + credit + 10);
		assert!(Nodes::<Test>::get(1).is_none());
	});
}
