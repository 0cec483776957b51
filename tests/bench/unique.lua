-- wrk script for the cost of a question the site has not been asked: every request of a run asks a query no
-- earlier request asked, so the memory of recent answers (RecentAnswers, keyed by the exact query string) never
-- answers it and every request runs the search or the suggester. Reports with report.lua's JSON line.
--   WORDS         the word list, one a line (site.sh's write_words: the words of the bundled pages)
--   UNIQUE_STATE  optional: a file that carries the next query number from one wrk run to the next against the
--                 same site (the warm-up, then the measurement), so a later run repeats none of an earlier one's
-- /api/search asks two different words ("striatum caffeine"), every third query a third one too; the ordered
-- pair alone tells queries apart, so N words give N*(N-1) of them. /api/suggest asks a word and the first 3 or
-- more letters of a word, as typed so far ("reward rece"): N times the number of distinct such prefixes.
-- Query number g becomes a pair through g * step mod space (step a prime that does not divide space: a one-to-one
-- shuffle), so consecutive requests ask unrelated questions and no two numbers below space ask the same one.
-- Thread t (from 0) takes the numbers g with g + 1 = (odd) * 2^t, which keeps threads apart without knowing how
-- many there are (one thread uses every other number; two use three in four).
-- Adds to the JSON line: "queries" (numbers used), "query_space" and "repeats_at_most" (numbers at or past the
-- space, which wrap around and may ask an earlier query again; 0 means every query was new).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local words, seen = {}, {}
for word in io.lines((assert(os.getenv("WORDS"), "set WORDS to a word list file"))) do
  if word:match("^%S+$") and not seen[word] then
    seen[word] = true
    words[#words + 1] = word
  end
end
local n = #words
assert(n >= 3, "the word list needs at least 3 words")

local suggest = wrk.path:find("suggest") ~= nil
local prefixes = {}
if suggest then
  local known = {}
  for _, word in ipairs(words) do
    for length = 3, #word do
      local prefix = word:sub(1, length)
      if not known[prefix] then
        known[prefix] = true
        prefixes[#prefixes + 1] = prefix
      end
    end
  end
end
local space = suggest and n * #prefixes or n * (n - 1)
-- Products stay below 2^53 (exact in Lua's doubles) for spaces up to about 9e10.
local step = space % 100003 ~= 0 and 100003 or 100019

local function query(g)
  local p = (g % space) * step % space
  if suggest then
    return words[math.floor(p / #prefixes) + 1] .. " " .. prefixes[p % #prefixes + 1]
  end
  local i, j = math.floor(p / (n - 1)), p % (n - 1)
  if j >= i then j = j + 1 end
  local q = words[i + 1] .. " " .. words[j + 1]
  if g % 3 == 2 then
    local k = (i * 7 + j * 13 + g) % n
    while k == i or k == j do k = (k + 1) % n end
    q = q .. " " .. words[k + 1]
  end
  return q
end

-- Main state: hands each thread the first number and its bit; reads and writes the state file.
local state = os.getenv("UNIQUE_STATE")
local first = 0
if state and #state > 0 then
  local f = io.open(state)
  if f then
    first = tonumber(f:read("*l")) or 0
    f:close()
  end
end
local threads = {}
function setup(thread)
  thread:set("first_number", first)
  thread:set("thread_bit", 2 ^ #threads)
  threads[#threads + 1] = thread
end

-- Thread states: globals, so done() can read them with thread:get.
used, last, wrapped = 0, -1, 0
request = function()
  local g = first_number + (2 * used + 1) * thread_bit - 1
  used, last = used + 1, g
  if g >= space then wrapped = wrapped + 1 end
  return wrk.format("GET", wrk.path .. "?q=" .. encode(query(g)))
end

done = function(summary, latency)
  local total, over, next_first = 0, 0, first
  for _, thread in ipairs(threads) do
    total, over = total + thread:get("used"), over + thread:get("wrapped")
    next_first = math.max(next_first, thread:get("last") + 1)
  end
  if state and #state > 0 then
    local f = assert(io.open(state, "w"))
    f:write(string.format("%d\n", next_first))
    f:close()
  end
  write_report(summary, latency,
    string.format(',"queries":%d,"query_space":%d,"repeats_at_most":%d', total, space, over))
end
