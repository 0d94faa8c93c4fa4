/**
 * A steady pace of requests, as a mailing's readers arrive: one request every 1000/rate ms,
 * whether or not the previous ones have been answered (open loop), each timed from the moment
 * it was due, so that a slow answer counts against every request it made wait.
 */
export interface Measure {
  /** Requests answered. */
  total: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Connection failures and answers with a status the page must not give. */
  errors: number;
}

export async function steady(options: {
  url: string;
  rate: number;
  durationSeconds: number;
  method: 'GET' | 'POST';
  headersFor: (request: number) => Record<string, string>;
  body?: (request: number) => string;
  ok: (status: number) => boolean;
}): Promise<Measure> {
  const interval = 1000 / options.rate;
  const count = Math.round(options.rate * options.durationSeconds);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const requests: Promise<void>[] = [];
  for (let n = 0; n < count; n += 1) {
    const due = started + n * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    requests.push(
      (async () => {
        try {
          const response = await fetch(options.url, {
            method: options.method,
            headers: options.headersFor(n),
            ...(options.body ? { body: options.body(n) } : {}),
            redirect: 'manual',
          });
          await response.arrayBuffer();
          latencies.push(performance.now() - due);
          if (!options.ok(response.status)) errors += 1;
        } catch {
          errors += 1;
        }
      })(),
    );
  }
  await Promise.all(requests);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
  return {
    total: latencies.length,
    perSecond: Math.round(latencies.length / elapsed),
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}
