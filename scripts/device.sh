#!/usr/bin/env bash
# Builds and checks the device side: iot-device for Cortex-M4F and RISC-V microcontrollers, the
# C library and its header (cbindgen, checked for drift), the C example (arm-none-eabi-gcc, run
# under QEMU), and the QEMU firmware for each key kind; prints the footprint table.
set -euo pipefail

usage() {
	cat <<'USAGE'
Usage: ./scripts/device.sh [--update-header] [--bench]

Installs what it needs (qemu-system-arm, gcc-arm-none-eabi, the thumbv7em-none-eabihf and
riscv32imac-unknown-none-elf targets), then builds in $IOT_EMBEDDED_TARGET_DIR (default
~/.cache/iot-chain/embedded):
  - the firmware (device/embedded/firmware) once per key kind, copied to
    $IOT_FIRMWARE_DIR (default ~/.cache/iot-chain/embedded/firmware)/iot-firmware-<kind>;
  - the C library (device/embedded/capi) for thumbv7em and riscv32imac, and checks that
    device/include/iot_device.h is what cbindgen generates (--update-header rewrites it);
  - the C example (device/examples/c) with arm-none-eabi-gcc, and runs it under QEMU.
Prints flash and RAM per key kind (arm-none-eabi-size, and the stack peak the firmware
reports). --bench also counts instructions per signed reading (QEMU -icount).
USAGE
}

UPDATE_HEADER=false
BENCH=false
for arg in "$@"; do
	case "$arg" in
	--update-header) UPDATE_HEADER=true ;;
	--bench) BENCH=true ;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
done

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
EMBEDDED="$REPO_ROOT/device/embedded"
KINDS=(ed25519 p256 secp256k1 sr25519)
THUMB=thumbv7em-none-eabihf
# riscv32imc (ESP32-C3) waits for parity-scale-codec > 3.7.5: 3.7.5 names `Arc` on targets
# without atomics (fixed upstream in paritytech/parity-scale-codec#751, not yet released).
RISCV=riscv32imac-unknown-none-elf

ensure_device_prerequisites() {
	local missing=()
	command -v qemu-system-arm >/dev/null 2>&1 || missing+=(qemu-system-arm)
	command -v arm-none-eabi-gcc >/dev/null 2>&1 || missing+=(gcc-arm-none-eabi)
	dpkg -s libnewlib-arm-none-eabi >/dev/null 2>&1 || missing+=(libnewlib-arm-none-eabi)
	install_packages "${missing[@]}"
	local installed
	installed="$(rustup target list --installed)"
	for target in "$THUMB" "$RISCV"; do
		grep -qx "$target" <<<"$installed" || { log "installing rust target $target"; rustup target add "$target"; }
	done
}

embedded_cargo() {
	CARGO_TARGET_DIR="$IOT_EMBEDDED_TARGET_DIR" cargo "$@" --locked --release --manifest-path "$EMBEDDED/Cargo.toml"
}

# Boots a firmware ELF under QEMU with semihosting arguments (QEMU options first, up to `--`);
# its output goes to stdout.
boot() {
	local qemu_options=()
	while [ "$1" != "--" ]; do qemu_options+=("$1"); shift; done
	shift
	local elf="$1"
	shift
	local config="enable=on,target=native,arg=iot-firmware"
	for a in "$@"; do config+=",arg=$a"; done
	timeout 120 qemu-system-arm -machine mps2-an386 -cpu cortex-m4 -nographic -monitor none \
		-serial none "${qemu_options[@]}" -semihosting-config "$config" -kernel "$elf"
}

# Boots and fails the script, showing what the firmware wrote, unless it ends with `done`.
boot_or_fail() {
	local what="$1"
	shift
	if ! out="$(boot "$@")" || ! grep -qx done <<<"$out"; then
		printf '%s\n' "$out"
		log "$what failed"
		exit 1
	fi
}

ensure_device_prerequisites
mkdir -p "$IOT_FIRMWARE_DIR"

log "cargo fmt --check (device/embedded)"
cargo fmt --manifest-path "$EMBEDDED/Cargo.toml" --all -- --check

log "iot-device for $THUMB and $RISCV (no_std, no heap)"
for target in "$THUMB" "$RISCV"; do
	embedded_cargo build -p iot-device-c --target "$target"
done

HEADER="$REPO_ROOT/device/include/iot_device.h"
GENERATED="$IOT_EMBEDDED_TARGET_DIR/iot_device.h"
if $UPDATE_HEADER; then
	cp "$GENERATED" "$HEADER"
	log "wrote $HEADER"
elif ! diff -u "$HEADER" "$GENERATED"; then
	log "device/include/iot_device.h differs from what cbindgen generates: run ./scripts/device.sh --update-header"
	exit 1
fi

log "iot-encoding's compact blake2 (the firmware's) against the reference hashes"
CARGO_TARGET_DIR="$IOT_EMBEDDED_TARGET_DIR" cargo test --locked --release --quiet \
	--manifest-path "$REPO_ROOT/primitives/encoding/Cargo.toml" --features compact-hash

log "C example (arm-none-eabi-gcc) under QEMU"
C_ELF="$IOT_FIRMWARE_DIR/c-example"
arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -Os -std=c11 \
	-Wall -Wextra -Werror -ffunction-sections -fdata-sections -I "$REPO_ROOT/device/include" \
	"$REPO_ROOT/device/examples/c/startup.c" "$REPO_ROOT/device/examples/c/main.c" \
	"$IOT_EMBEDDED_TARGET_DIR/$THUMB/release/libiot_device.a" --specs=rdimon.specs -nostartfiles \
	-Wl,--gc-sections -Wl,--undefined=iot_example_vectors -Wl,--section-start=.vectors=0 \
	-Wl,--entry=iot_example_reset -Wl,--no-warn-execstack -Wl,--no-warn-rwx-segments -o "$C_ELF"
boot_or_fail "the C example" -- "$C_ELF"
grep -qx "ack 3 1 1 1" <<<"$out" || { printf '%s\n' "$out"; log "the C example misread the answer"; exit 1; }

log "firmware per key kind"
GENESIS=4242424242424242424242424242424242424242424242424242424242424242
OWNER=a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1
printf '%-10s %10s %8s %8s %12s\n' "key" "flash (B)" "data" "bss" "stack peak"
for kind in "${KINDS[@]}"; do
	embedded_cargo build -p iot-firmware --no-default-features --features "$kind" --target "$THUMB"
	cp "$IOT_EMBEDDED_TARGET_DIR/$THUMB/release/iot-firmware" "$IOT_FIRMWARE_DIR/iot-firmware-$kind"
	boot_or_fail "firmware $kind" -- "$IOT_FIRMWARE_DIR/iot-firmware-$kind" "genesis=$GENESIS" \
		"owner=$OWNER" nonce=1 device=1 time=1700000000000 readings=4 batch=4
	read -r text data bss _ < <(arm-none-eabi-size "$IOT_FIRMWARE_DIR/iot-firmware-$kind" | tail -1)
	stack="$(awk '$1 == "stack" { print $2 }' <<<"$out")"
	printf '%-10s %10d %8d %8d %12d\n' "$kind" "$((text + data))" "$data" "$bss" "$stack"
done

if $BENCH; then
	log "instructions per signed reading (QEMU -icount shift=0: one instruction per virtual ns)"
	printf '%-10s %14s %16s\n' "key" "instructions" "ms at 64 MHz"
	for kind in "${KINDS[@]}"; do
		boot_or_fail "firmware $kind (bench)" -icount shift=0 -- "$IOT_FIRMWARE_DIR/iot-firmware-$kind" \
			"genesis=$GENESIS" "owner=$OWNER" nonce=1 device=1 time=1700000000000 readings=0 batch=0 \
			bench=20
		awk -v kind="$kind" '
			$1 == "bench" && $2 == "calibration" { per_tick = $3 / $4 }
			$1 == "bench" && $2 == "reading" { n = $3 * 1; ticks = $4 }
			END {
				if (!per_tick || !n) { print "no bench output for " kind; exit 1 }
				insns = ticks * per_tick / n
				printf "%-10s %14.0f %16.1f\n", kind, insns, insns / 64000
			}' <<<"$out"
	done
fi
