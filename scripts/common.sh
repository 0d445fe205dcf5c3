# Shared by the project's scripts (sourced, not run): prerequisites, the cargo target directory
# and the one build that every script shares.

# One target directory outside the work tree, reused by every script and by CI, so that a
# machine that has built before builds incrementally.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/iot-chain/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The device SDK's microcontroller builds (device/embedded) have their own target directory;
# the firmware the end-to-end test boots is copied to IOT_FIRMWARE_DIR.
export IOT_EMBEDDED_TARGET_DIR="${IOT_EMBEDDED_TARGET_DIR:-$HOME/.cache/iot-chain/embedded}"
export IOT_FIRMWARE_DIR="${IOT_FIRMWARE_DIR:-$IOT_EMBEDDED_TARGET_DIR/firmware}"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_BIN="$CARGO_TARGET_DIR/release/iot-node"

# The clock on each step lets scripts/measurements.py time a CI log's steps.
log() { printf '==> %s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages named, if any.
install_packages() {
	if [ "$#" -gt 0 ]; then
		log "installing missing system packages: $*"
		as_root apt-get update -qq
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
	fi
}

# Installs what a fresh machine lacks: protoc (litep2p's build), clang/libclang (bindgen users),
# docker-compose (to validate docker/ without an engine), Node.js and npm (zombienet), mosquitto
# (the gateway's MQTT tests), python3-venv (the Python example), chromium (the explorer's browser
# test, gateway/tests/web.rs), the wasm targets and rust-src.
ensure_prerequisites() {
	local missing=()
	command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
	command -v clang >/dev/null 2>&1 || missing+=(clang)
	dpkg -s libclang-dev >/dev/null 2>&1 || missing+=(libclang-dev)
	command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
	command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
	command -v curl >/dev/null 2>&1 || missing+=(curl)
	[ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
	[ -x /usr/bin/chromium ] || missing+=(chromium)
	python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
	install_packages "${missing[@]}"

	local installed
	installed="$(rustup target list --installed)"
	for target in wasm32-unknown-unknown wasm32v1-none; do
		if ! grep -qx "$target" <<<"$installed"; then
			log "installing rust target $target"
			rustup target add "$target"
		fi
	done
	local components
	components="$(rustup component list --installed)"
	for component in rust-src rustfmt clippy; do
		if ! grep -q "^$component" <<<"$components"; then
			log "installing rust component $component"
			rustup component add "$component"
		fi
	done
}

# The one release build that the dev node, the tests and CI share. `cargo test --no-run` builds
# the node binary with the same features as the test run, so nothing is compiled twice.
build_workspace() {
	log "building the workspace (release) in $CARGO_TARGET_DIR"
	(cd "$REPO_ROOT" && cargo test --release --locked --workspace --no-run)
}

# Waits until the node started as process $1 answers JSON-RPC on $2 (an http:// URL), for up to
# two minutes; fails as soon as that process has exited.
wait_for_node() {
	local pid="$1" url="$2"
	for _ in $(seq 120); do
		curl -sf -H 'Content-Type: application/json' \
			-d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' "$url" >/dev/null && return 0
		kill -0 "$pid" 2>/dev/null || return 1
		sleep 1
	done
	return 1
}

# The Python example's packages (examples/python/requirements.txt) in a venv outside the tree,
# where node/tests/examples.rs finds its interpreter (IOT_PYTHON).
IOT_VENV="${IOT_VENV:-$HOME/.cache/iot-chain/venv}"
export IOT_PYTHON="$IOT_VENV/bin/python"
ensure_python_examples() {
	local requirements="$REPO_ROOT/examples/python/requirements.txt"
	if [ ! -x "$IOT_PYTHON" ] || [ "$requirements" -nt "$IOT_VENV/.installed" ]; then
		log "installing the Python example's packages into $IOT_VENV"
		python3 -m venv "$IOT_VENV"
		"$IOT_VENV/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
		touch "$IOT_VENV/.installed"
	fi
}

# The npm workspace (package.json at the root): the TypeScript client clients/ts
# (@iot-chain/client), the @polkadot/api client tests in tests/js that the node's end-to-end tests
# run, and the TypeScript examples; installed once (one copy of @polkadot/api) and compiled.
ensure_js_clients() {
	if [ ! -d "$REPO_ROOT/node_modules/@polkadot/api" ] || [ "$REPO_ROOT/package-lock.json" -nt "$REPO_ROOT/node_modules/.package-lock.json" ]; then
		log "installing the npm workspace (npm ci: clients/ts, tests/js, examples/ts, web)"
		npm ci --prefix "$REPO_ROOT" --no-audit --no-fund --loglevel=error
	fi
	log "compiling the TypeScript client and examples (tsc) and building the explorer (vite, web/dist)"
	npm run --prefix "$REPO_ROOT" --silent build
}
