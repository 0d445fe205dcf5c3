//! Generates `iot_device.h` from this crate's source into the target directory's root (beside
//! the target triples), where `scripts/device.sh` compares it with the checked-in
//! `device/include/iot_device.h` (and `--update-header` copies it).

fn main() {
	let crate_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it");
	let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
	let config = cbindgen::Config::from_file(format!("{crate_dir}/cbindgen.toml"))
		.expect("cbindgen.toml reads");
	cbindgen::Builder::new()
		.with_crate(&crate_dir)
		.with_config(config)
		.generate()
		.expect("the header generates")
		.write_to_file(target_root(&out).join("iot_device.h"));
	println!("cargo:rerun-if-changed=src");
	println!("cargo:rerun-if-changed=cbindgen.toml");
}

/// The target directory's root: OUT_DIR is `<root>/<triple>/<profile>/build/<crate>-<hash>/out`.
fn target_root(out: &std::path::Path) -> std::path::PathBuf {
	out.ancestors().nth(5).unwrap_or(out).to_path_buf()
}
