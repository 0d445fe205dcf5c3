//! The pallets whose benchmarks the runtime exposes to `iot-node benchmark pallet`.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_device_registry, DeviceRegistry]
	[pallet_telemetry_anchor, TelemetryAnchor]
	[pallet_m2m_payments, M2mPayments]
	[pallet_provenance, Provenance]
	[pallet_data_access, DataAccess]
	[pallet_depin_rewards, DepinRewards]
	[pallet_fee_sponsorship, FeeSponsorship]
);
