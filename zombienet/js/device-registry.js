// Registers a device through Alice's node (with the device's proof of possession, signed the way
// firmware would sign it) and checks the record and the `DeviceRegistered` event on Bob's node.
// Returns the new device's id.
const { u8aConcat, stringToU8a, bnToU8a } = require("@polkadot/util");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(nodeName, networkInfo) {
	const submitNode = networkInfo.nodesByName[nodeName];
	const otherName = Object.keys(networkInfo.nodesByName).find((n) => n !== nodeName);
	const otherNode = networkInfo.nodesByName[otherName];
	const api = await zombie.connect(submitNode.wsUri, submitNode.userDefinedTypes);
	const other = await zombie.connect(otherNode.wsUri, otherNode.userDefinedTypes);
	await zombie.util.cryptoWaitReady();

	const keyring = new zombie.Keyring({ type: "sr25519" });
	const owner = keyring.addFromUri("//Alice");
	const device = keyring.addFromUri("//zombienet-device");
	const nonce = 1;
	// SCALE of ("iot/device/pop/1", genesis hash, PossessionBody { owner, nonce: u64 }).
	const payload = u8aConcat(
		stringToU8a("iot/device/pop/1"),
		api.genesisHash.toU8a(),
		owner.publicKey,
		bnToU8a(nonce, { bitLength: 64, isLe: true }),
	);
	const tx = api.tx.deviceRegistry.registerDevice({
		key: { Sr25519: device.publicKey },
		proof: { Sr25519: device.sign(payload) },
		nonce,
		class: "zombienet/sensor",
		firmware: "0x" + "11".repeat(32),
		metadata: "ipfs://zombienet",
		location: null,
		certificate: null,
	});

	const blockHash = await new Promise((resolve, reject) => {
		tx.signAndSend(owner, ({ status, dispatchError }) => {
			if (dispatchError) reject(new Error(`registration failed: ${dispatchError.toString()}`));
			else if (status.isInBlock) resolve(status.asInBlock);
		}).catch(reject);
	});

	// The other node must import the block and show the same event and record.
	for (let i = 0; i < 60; i++) {
		try {
			const at = await other.at(blockHash);
			const events = await at.query.system.events();
			const registered = events.find(({ event }) => other.events.deviceRegistry.DeviceRegistered.is(event));
			if (!registered) throw new Error(`no DeviceRegistered event in ${blockHash.toHex()} on ${otherName}`);
			const id = registered.event.data.device.toNumber();
			const record = (await other.query.deviceRegistry.devices(id)).unwrap();
			if (record.owner.toString() !== owner.address) throw new Error(`owner is ${record.owner}`);
			console.log(`device #${id} registered via ${nodeName}, seen on ${otherName}`);
			await api.disconnect();
			await other.disconnect();
			return id + 1;
		} catch (e) {
			if (e.message.startsWith("no DeviceRegistered") || e.message.startsWith("owner")) throw e;
			await sleep(2000);
		}
	}
	throw new Error(`${otherName} never imported block ${blockHash.toHex()}`);
}

module.exports = { run };
