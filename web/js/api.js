// The only module that talks to the server: JSON in and out, errors as ApiError.

/** An error answer of the API: `{error, parameter, hint}` and the HTTP status. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error ?? `the server answered ${status}`);
    this.status = status;
    this.parameter = body?.parameter ?? null;
    this.hint = body?.hint ?? null;
  }
}

const TOKEN_KEY = 'attache.token';

/** The write token for this tab (set in the page footer), or null. */
export function token() {
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) window.sessionStorage.setItem(TOKEN_KEY, value);
  else window.sessionStorage.removeItem(TOKEN_KEY);
}

/** `/api/events` + {pair: 'IRN,RUS'} → `/api/events?pair=IRN%2CRUS`; empty values are left out. */
export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `/api/${path}${qs ? `?${qs}` : ''}`;
}

async function answer(res) {
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  if (!res.ok) {
    const err = new ApiError(res.status, body);
    if (res.status === 401) err.hint = 'This server needs a write token: enter it under "Write token" at the bottom of the page.';
    throw err;
  }
  return body;
}

/** GET a JSON resource. */
export async function get(path, params) {
  return answer(await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } }));
}

/** POST JSON; sends the write token when one is set. */
export async function post(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  return answer(await fetch(apiUrl(path), { method: 'POST', headers, body: JSON.stringify(body) }));
}
