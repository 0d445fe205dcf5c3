//! Before the load: senders funded, one device with a declared stream per sender (for anchors),
//! and payment channels (one per sender for claims, many per settling sender).

use anyhow::{anyhow, Result};
use iot_gateway::chain::{convert, Chain};
use iot_metadata::iot;
use iot_primitives::DeviceId;
use sp_core::H256;

use super::{
	senders::{fund, submit_all, Senders},
	workloads::{device_key, registration},
	LoadArgs,
};

/// Funds per sender: channel deposits, registration deposits and fees.
const FUNDS: u128 = 1_000 * iot_primitives::currency::UNIT;

/// Each channel's deposit: far above what the vouchers of a run add up to.
const DEPOSIT: u128 = 100 * iot_primitives::currency::MILLI_UNIT;

/// Channels stay open this many blocks.
const CHANNEL_BLOCKS: u32 = 100_000;

/// What the workloads start from.
pub struct Prepared {
	/// Each sender's device (stream 0 declared) and next sequence number.
	pub streams: Vec<(DeviceId, u64)>,
	/// Each sender's claim channel, with no voucher used yet.
	pub claim_channels: Vec<(Vec<u64>, u64)>,
	/// Each settling sender's channels.
	pub settle_channels: Vec<(Vec<u64>, u64)>,
}

pub async fn prepare(
	chain: &Chain,
	senders: &mut Senders,
	genesis: H256,
	args: &LoadArgs,
) -> Result<Prepared> {
	tracing::info!(senders = senders.len(), "funding senders");
	fund(chain, senders, FUNDS).await?;
	senders.sync_nonces(chain).await?;
	let at = chain.conn().await?.api.at_current_block().await?;

	tracing::info!("registering one device per sender");
	let txs = (0..senders.len())
		.map(|i| {
			let key = device_key("load/anchor", &[i as u64]);
			let registration = convert(&registration(&key, &senders.account(i), genesis, 0))?;
			let call = iot::tx().device_registry().register_devices(
				iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(vec![
					registration,
				]),
			);
			senders.sign(&at, i, &call)
		})
		.collect::<Result<Vec<_>>>()?;
	let devices = submit_all(chain, txs)
		.await?
		.iter()
		.map(|events| {
			events
				.find_first::<iot::device_registry::events::DeviceRegistered>()
				.ok_or_else(|| anyhow!("no device registered"))?
				.map(|e| e.device)
				.map_err(Into::into)
		})
		.collect::<Result<Vec<_>>>()?;

	tracing::info!("declaring streams and opening channels");
	let txs = devices
		.iter()
		.enumerate()
		.map(|(i, &device)| {
			let mut calls =
				vec![iot::Call::TelemetryAnchor(iot::telemetry_anchor::Call::declare_stream {
					device,
					stream: 0,
					name: iot::runtime_types::bounded_collections::bounded_vec::BoundedVec(
						b"load".to_vec(),
					),
					unit: 0,
					interval_ms: 1_000,
				})];
			let channels = 1 + if i < args.settlers { args.vouchers_per_settlement } else { 0 };
			let payee = senders.account((i + 1) % senders.len());
			calls.extend((0..channels).map(|_| {
				iot::Call::M2mPayments(iot::m2m_payments::Call::open_channel {
					payee: payee.clone(),
					device: None,
					deposit: DEPOSIT,
					duration: CHANNEL_BLOCKS,
				})
			}));
			senders.sign(&at, i, &iot::tx().utility().batch_all(calls))
		})
		.collect::<Result<Vec<_>>>()?;
	let mut claim_channels = Vec::new();
	let mut settle_channels = Vec::new();
	for (i, events) in submit_all(chain, txs).await?.iter().enumerate() {
		let mut opened = events
			.find::<iot::m2m_payments::events::ChannelOpened>()
			.map(|e| e.map(|e| e.channel))
			.collect::<Result<Vec<_>, _>>()?;
		if opened.is_empty() {
			return Err(anyhow!("sender {i}: no channel opened"));
		}
		claim_channels.push((vec![opened.remove(0)], 0));
		if i < args.settlers {
			settle_channels.push((opened, 0));
		}
	}
	Ok(Prepared {
		streams: devices.into_iter().map(|d| (d, 0)).collect(),
		claim_channels,
		settle_channels,
	})
}
