-- wrk script of scripts/http-load.sh. Each wrk thread holds one connection and posts the bodies
-- of its own file (bodies-<n>.jsonl under HTTP_LOAD_BODIES, written by `iot-bench http-bodies`)
-- in order, each once, then stops; done() prints one JSON line with the counts and latencies.

local threads = {}
local count = 0

function setup(thread)
	thread:set("id", count)
	count = count + 1
	table.insert(threads, thread)
end

function init(args)
	bodies = {}
	for line in io.lines(os.getenv("HTTP_LOAD_BODIES") .. "/bodies-" .. id .. ".jsonl") do
		bodies[#bodies + 1] = line
	end
	total = #bodies
	posted = 0
	accepted = 0
	refused = 0
	headers = { ["Content-Type"] = "application/json" }
end

function request()
	if posted >= #bodies then
		-- Out of bodies: wrk wants a request all the same, a harmless one, and stops the thread.
		wrk.thread:stop()
		return wrk.format("GET", "/health")
	end
	posted = posted + 1
	return wrk.format("POST", "/readings", headers, bodies[posted])
end

function response(status, headers, body)
	if status == 202 then
		accepted = accepted + 1
	elseif status ~= 200 then
		refused = refused + 1
		if refused <= 3 then
			io.stderr:write("HTTP " .. status .. ": " .. body:sub(1, 300) .. "\n")
		end
	end
end

function done(summary, latency, requests)
	local accepted, refused, bodies = 0, 0, 0
	for _, thread in ipairs(threads) do
		accepted = accepted + thread:get("accepted")
		refused = refused + thread:get("refused")
		bodies = bodies + thread:get("total")
	end
	local e = summary.errors
	io.write(string.format(
		'{"duration_us": %d, "bodies": %d, "accepted_bodies": %d, "refused_bodies": %d, ' ..
		'"socket_errors": %d, "timeouts": %d, "latency_us": {"p50": %d, "p90": %d, "p99": %d, ' ..
		'"p999": %d, "max": %d, "mean": %.1f}}\n',
		summary.duration, bodies, accepted, refused, e.connect + e.read + e.write, e.timeout,
		latency:percentile(50), latency:percentile(90), latency:percentile(99),
		latency:percentile(99.9), latency.max, latency.mean))
end
