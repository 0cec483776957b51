-- wrk script for the benchmark harness. With QUERIES set, each request asks one of the search-quality
-- queries (a prefix of it for /api/suggest); without, it requests the given URL as is. Prints one JSON line.
local queries = {}
local file = os.getenv("QUERIES")
if file and #file > 0 then
  for line in io.lines(file) do
    if line:sub(1, 1) ~= "#" and #line > 0 then
      queries[#queries + 1] = line:match("^([^\t]+)")
    end
  end
end

-- Global, as is write_report below: unique.lua loads this file and uses both.
function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
request = function()
  if #queries == 0 then
    return wrk.format("GET", wrk.path)
  end
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  if wrk.path:find("suggest") then
    q = q:sub(1, math.max(3, (counter % #q) + 1))
  end
  return wrk.format("GET", wrk.path .. "?q=" .. encode(q))
end

-- The one JSON line the harness reads; extra, if given, is more fields (',"name":value...') to add to it.
function write_report(summary, latency, extra)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"requests":%d,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"non2xx":%d,"socket_errors":%d%s}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors, extra or ""))
end

done = function(summary, latency)
  write_report(summary, latency)
end
