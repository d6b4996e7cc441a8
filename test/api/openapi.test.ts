import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiRoutes } from '../../src/api/app.js';
import { webRoot } from '../../src/api/web.js';
import { fixture, type Fixture } from './fixture.js';

let f: Fixture;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let doc: any;
before(async () => {
  f = await fixture();
  doc = (await f.get('/api/openapi.json')).body;
});
after(() => f.close());

const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');

test('the document is OpenAPI 3.1 and lists every route the app serves under /api/, and no other', () => {
  assert.equal(doc.openapi, '3.1.0');
  const served = new Set(f.app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`));
  const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`)));
  assert.equal(served.size, apiRoutes().length, [...served].join('\n'));
  for (const r of served) assert.ok(documented.has(r), `served but not documented: ${r}`);
  for (const d of documented) assert.ok(served.has(d), `documented but not served: ${d}`);
});

test('every path parameter is documented, and every route documents its query parameters and errors', () => {
  for (const [path, ops] of Object.entries(doc.paths) as [string, Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, unknown>; operationId: string }>][]) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(ops)) {
      assert.deepEqual(op.parameters.filter((p) => p.in === 'path').map((p) => p.name), names, `${method} ${path}`);
      assert.ok(op.operationId && (op.responses['200'] ?? op.responses['201']), `${method} ${path}`);
      if (op.parameters.some((p) => p.in === 'query') || method === 'post') assert.ok(op.responses['400'], `${method} ${path} documents its 400`);
      if (method === 'post') for (const s of ['401', '413', '415']) assert.ok(op.responses[s], `${method} ${path} documents its ${s}`);
    }
  }
  const events = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
  assert.deepEqual(events, ['actor', 'pair', 'cameo', 'root', 'quad', 'modality', 'from', 'to', 'source', 'min_confidence', 'article', 'sort', 'limit', 'offset']);
  assert.match(doc.paths['/api/export.csv'].get.description, /corrected_cameo/);
});

test('a route accepts exactly the query parameters its document lists', async () => {
  for (const spec of apiRoutes().filter((r) => r.method === 'get' && !r.path.includes('{'))) {
    const r = await f.get(`${spec.path}?not_a_parameter=1`);
    assert.equal(r.status, 400, spec.path);
    assert.equal(r.body.parameter, 'not_a_parameter', spec.path);
    const listed = (spec.params ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    assert.equal(r.body.hint, listed.length ? `this route takes ${listed.join(', ')}` : 'this route takes no query parameters', spec.path);
  }
});

test('every $ref in the document resolves', () => {
  const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 20);
  for (const r of refs) assert.ok(doc.components.schemas[r], r);
});

test('the UI is served at / with a policy that keeps the page to its own files; no file in web/ loads from elsewhere', async () => {
  const r = await f.get('/');
  assert.equal(r.status, 200);
  assert.match(r.res.headers.get('content-type')!, /text\/html/);
  assert.match(r.body, /<script type="module" src="\/js\/app.js">/);
  assert.match(r.res.headers.get('content-security-policy')!, /default-src 'self'; script-src 'self'; style-src 'self'/);
  const js = await f.get('/js/app.js');
  assert.equal(js.status, 200);
  assert.match(js.res.headers.get('content-type')!, /javascript/);
  assert.equal((await f.get('/js/../../package.json')).status, 404);
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  for (const file of files(webRoot)) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /(src|href)\s*=\s*["']?(https?:)?\/\/|url\(\s*["']?(https?:)?\/\/|@import|fonts\.googleapis|cdn\./i, file);
  }
});
