-- wrk script for the soak and two-instance runs: every request picks one kind of traffic at random (seeded, so
-- runs are comparable) and counts what came back. 404s are expected only on the deliberately missing addresses,
-- which all contain "soak-missing"; the site's 404 page echoes the requested path, so the response body tells an
-- intended 404 from a page that went missing. Prints one JSON line.
--   PAGES   space-separated paths of the existing pages (themes and questions)
--   QUERIES the search-quality queries file (tests/search-quality/queries.tsv)
local pages, queries = {}, {}
for path in (os.getenv("PAGES") or ""):gmatch("%S+") do pages[#pages + 1] = path end
for line in io.lines(os.getenv("QUERIES")) do
  if line:sub(1, 1) ~= "#" and #line > 0 then queries[#queries + 1] = line:match("^([^\t]+)") end
end
assert(#pages > 0 and #queries > 0, "set PAGES and QUERIES")

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Cumulative weights out of 100: mostly pages and search, as readers use the site, plus 5% mistyped addresses.
local mix = {
  {10, function() return "/" end},
  {40, function() return pages[math.random(#pages)] end},
  {55, function() return "/search?q=" .. encode(queries[math.random(#queries)]) end},
  {75, function() return "/api/search?q=" .. encode(queries[math.random(#queries)]) end},
  {95, function()
    local q = queries[math.random(#queries)]
    return "/api/suggest?q=" .. encode(q:sub(1, math.random(math.min(3, #q), #q)))
  end},
  {100, function()
    local prefix = ({"/questions/", "/topics/", "/"})[math.random(3)]
    return prefix .. "soak-missing-" .. math.random(1000)
  end},
}

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init()
  math.randomseed(1000 + id)
  ok, expected404, unexpected, fivexx = 0, 0, 0, 0
  first_unexpected = ""
end

function request()
  local roll, path = math.random(100), nil
  for _, entry in ipairs(mix) do
    if roll <= entry[1] then path = entry[2](); break end
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status < 400 then
    ok = ok + 1
  elseif status == 404 and body and body:find("soak-missing", 1, true) then
    expected404 = expected404 + 1
  else
    unexpected = unexpected + 1
    if status >= 500 then fivexx = fivexx + 1 end
    if first_unexpected == "" then first_unexpected = tostring(status) end
  end
end

function done(summary, latency, requests)
  local counts = {ok = 0, expected404 = 0, unexpected = 0, fivexx = 0}
  local first = ""
  for _, thread in ipairs(threads) do
    for name in pairs(counts) do counts[name] = counts[name] + thread:get(name) end
    if first == "" then first = thread:get("first_unexpected") end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"ok":%d,"expected_404":%d,' ..
    '"unexpected_non2xx":%d,"status_5xx":%d,"first_unexpected_status":"%s",' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    counts.ok, counts.expected404, counts.unexpected, counts.fivexx, first,
    e.connect, e.read, e.write, e.timeout))
end
