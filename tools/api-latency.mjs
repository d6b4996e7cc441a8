#!/usr/bin/env node
// Latency of the read routes over HTTP on loopback, on the UI tests' fixture (the seeds and
// the examples, as the coder codes them): N sequential requests a route, after a warm-up.
// Run after a build: npm run build && node tools/api-latency.mjs [N]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { startUiServer } = await import(join(root, 'dist/test/ui/server.js'));
const { seedId } = await import(join(root, 'dist/test/helpers/seed-fixture.js'));

const n = Math.min(Math.max(Number(process.argv[2]) || 200, 10), 5000);
const server = await startUiServer();
try {
  const fp = (await (await fetch(`${server.url}/api/events?pair=IRN,RUS&limit=1`)).json()).items[0].fingerprint;
  const routes = [
    '/api/overview', '/api/articles', '/api/articles?q=naval%20drills', `/api/articles/${seedId('seed-000')}`,
    '/api/events?limit=50', '/api/events?pair=IRN,RUS&root=04&min_confidence=0.5', `/api/events/${fp}`,
    '/api/actors', '/api/actors/RUS', '/api/dyads/IRN/RUS', '/api/network', '/api/export.csv', '/api/openapi.json',
  ];
  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  console.log(`${n} sequential requests a route, ms (p50 / p95 / max)`);
  for (const route of routes) {
    for (let i = 0; i < 5; i++) await (await fetch(server.url + route)).arrayBuffer();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = process.hrtime.bigint();
      const res = await fetch(server.url + route);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${route}: ${res.status}`);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`${route.padEnd(56)} ${pct(times, 50).toFixed(2).padStart(6)} / ${pct(times, 95).toFixed(2).padStart(6)} / ${times.at(-1).toFixed(2).padStart(6)}`);
  }
} finally {
  await server.close();
}
