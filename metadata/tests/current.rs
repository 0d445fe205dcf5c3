//! The committed metadata is the runtime's: regenerate it with `./scripts/update-metadata.sh`
//! whenever the runtime changes.

use iot_metadata::{METADATA, METADATA_VERSION};

#[test]
fn metadata_matches_the_runtime() {
	let current = iot_runtime::Runtime::metadata_at_version(METADATA_VERSION)
		.expect("the runtime serves this metadata version");
	assert!(
		current.as_slice() == METADATA,
		"metadata/iot-metadata.scale is stale ({} bytes, the runtime's are {}): run \
		 ./scripts/update-metadata.sh and commit the file",
		METADATA.len(),
		current.len(),
	);
}

#[test]
fn the_typed_interface_knows_the_custom_pallets() {
	use iot_metadata::iot;
	let _ = iot::tx().device_registry().suspend(0);
	let _ = iot::tx().fee_sponsorship().fund(1);
	let _ = iot::storage().fee_sponsorship().budgets();
	let _ = iot::tx().m2m_payments().top_up(0, 1, None);
}
