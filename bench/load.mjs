// One measurement: autocannon against one endpoint, with every response's latency kept (for p95) and the API's
// resident memory polled from /proc while it runs.
import autocannon from 'autocannon';

/**
 * `phase`: { base, requests: [{ method, path | nextPath(), body, headers }], connections, duration | amount, cookie }.
 * Returns latencies (ms) p50/p95/p99, requests/s, non-2xx count and the peak memory seen.
 */
export async function measure(phase, memory) {
  const latencies = [];
  const statuses = {};
  let peakMb = 0;
  const sample = () => {
    if (memory) peakMb = Math.max(peakMb, memory().rssMb);
  };
  const poll = setInterval(sample, 50);
  const started = performance.now();
  try {
    const instance = autocannon({
      url: phase.base,
      connections: phase.connections,
      ...(phase.amount ? { amount: phase.amount } : { duration: phase.duration }),
      timeout: 120,
      headers: { cookie: phase.cookie, 'content-type': 'application/json', accept: '*/*' },
      requests: phase.requests.map((request) => ({
        method: request.method ?? 'GET',
        setupRequest: (current) => ({ ...current, path: request.nextPath ? request.nextPath() : request.path, body: request.body }),
      })),
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
    const result = await instance;
    sample();
    const seconds = (performance.now() - started) / 1000;
    const errors = result.errors + result.timeouts + latencies.length - (statuses[200] ?? 0) - (statuses[201] ?? 0);
    return { ...percentiles(latencies), requests: latencies.length, rps: latencies.length / seconds, errors, statuses, peakMb };
  } finally {
    clearInterval(poll);
  }
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  return { p50: at(50), p95: at(95), p99: at(99) };
}
