// Shared by the zombienet scripts: submitting through one node, looking on another.
const { u8aConcat, stringToU8a, bnToU8a } = require("@polkadot/util");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Connects to `nodeName` and to another node of the network.
async function connectPair(nodeName, networkInfo) {
	const submitNode = networkInfo.nodesByName[nodeName];
	const otherName = Object.keys(networkInfo.nodesByName).find((n) => n !== nodeName);
	const otherNode = networkInfo.nodesByName[otherName];
	const api = await zombie.connect(submitNode.wsUri, submitNode.userDefinedTypes);
	const other = await zombie.connect(otherNode.wsUri, otherNode.userDefinedTypes);
	await zombie.util.cryptoWaitReady();
	return { api, other, otherName };
}

// Signs and sends `tx`, resolves with the hash of the block that includes it.
function submitInBlock(tx, signer, what) {
	return new Promise((resolve, reject) => {
		tx.signAndSend(signer, ({ status, dispatchError }) => {
			if (dispatchError) reject(new Error(`${what} failed: ${dispatchError.toString()}`));
			else if (status.isInBlock) resolve(status.asInBlock);
		}).catch(reject);
	});
}

// Waits until `other` has imported `blockHash`, and returns its `section.method` event there.
async function eventOn(other, otherName, blockHash, section, method) {
	for (let i = 0; i < 60; i++) {
		let events;
		try {
			events = await (await other.at(blockHash)).query.system.events();
		} catch (e) {
			await sleep(2000);
			continue;
		}
		const found = events.find(({ event }) => other.events[section][method].is(event));
		if (!found) throw new Error(`no ${section}.${method} event in ${blockHash.toHex()} on ${otherName}`);
		return found.event;
	}
	throw new Error(`${otherName} never imported block ${blockHash.toHex()}`);
}

// Registers `device` (a keyring pair) for `owner` with its proof of possession, signed the way
// firmware would sign it: SCALE of ("iot/device/pop/1", genesis hash, PossessionBody { owner,
// nonce: u64 }). Resolves with the block hash.
function registerDevice(api, owner, device, nonce = 1) {
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
	return submitInBlock(tx, owner, "registration");
}

module.exports = { connectPair, submitInBlock, eventOn, registerDevice };
