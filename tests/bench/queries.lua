-- wrk script: each request searches one of the search-quality queries (or a prefix of it, for /api/suggest).
-- Set wrk's path argument to the endpoint, e.g. /api/search or /api/suggest.
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  if line:sub(1, 1) ~= "#" and #line > 0 then
    queries[#queries + 1] = line:match("^([^\t]+)")
  end
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  if wrk.path:find("suggest") then
    q = q:sub(1, math.max(3, (counter % #q) + 1))
  end
  return wrk.format("GET", wrk.path .. "?q=" .. encode(q))
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
