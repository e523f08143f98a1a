-- wrk script of etc/scripts/bench-http.sh, used for every run (wrk takes one script):
--  * BENCH_HTTP_BODY set (a JSON body): the request becomes a POST of that body (the cached POST /v1/fortunes);
--    other headers (the API key) come from wrk's -H on the command line.
--  * done(): one machine-readable line with wrk's exact figures (latency in microseconds), which the
--    shell script parses instead of wrk's rounded human output.
local body = os.getenv("BENCH_HTTP_BODY")
if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d mean_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    e.status, e.connect + e.read + e.write + e.timeout))
end
