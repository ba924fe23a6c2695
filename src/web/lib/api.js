// The page reads the HTTP API only. Errors come back as {error, message}; the message is shown.

export class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v != null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function api(path, params, init) {
  const res = await fetch(`/api/${path}${query(params)}`, { credentials: 'same-origin', ...init });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) throw new ApiError(body?.message ?? `${res.status} ${res.statusText}`, res.status, body?.error);
  return body;
}

export const getJson = (path, params) => api(path, params);

export function postDocument(body, contentType, params) {
  return api('documents', params, { method: 'POST', body, headers: { 'content-type': contentType } });
}

/** A JSON write (a reviewer's correction): the server takes it only as JSON from this page. */
export function postJson(path, body) {
  return api(path, null, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}
