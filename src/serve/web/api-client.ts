/// <reference lib="dom" />
// The workbench's calls to the HTTP API: JSON in and out, the bearer token when the server asks
// for one, and API errors as ApiError with the server's code and position.

const TOKEN_KEY = 'crimegraph-token';

/** A token given in the page URL (`/?token=…`) is kept for the tab and taken out of the address bar. */
export function adoptToken(): void {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const t = token();
  if (t) headers.set('authorization', `Bearer ${t}`);
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    let body: { error?: { code?: string; message?: string; line?: number; column?: number } } = {};
    try {
      body = await response.json();
    } catch {
      // not JSON: keep the status
    }
    const e = body.error ?? {};
    throw new ApiError(response.status, e.code ?? `HTTP_${response.status}`, e.message ?? response.statusText, e.line, e.column);
  }
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await request(path)).json() as Promise<T>;
}

/** JSON and the X-Total-Count header of a paged answer. */
export async function getJsonWithTotal<T extends unknown[]>(path: string): Promise<{ body: T; total: number }> {
  const response = await request(path);
  const body = (await response.json()) as T;
  return { body, total: Number(response.headers.get('x-total-count') ?? body.length) };
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return (await request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<T>;
}

/** Fetch a file from the API and hand it to the browser as a download. */
export async function download(path: string, name: string): Promise<void> {
  const blob = await (await request(path)).blob();
  saveBlob(blob, name);
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
