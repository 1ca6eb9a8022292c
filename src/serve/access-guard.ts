// Who may talk to the server: requests must name this server in their Host header (no DNS
// rebinding), come from no other origin (no cross-site requests, no CORS), and carry the bearer
// token when one is set. Pure checks over headers, so each rule is tested on its own.

import { createHash, timingSafeEqual } from 'node:crypto';

import { elementAt } from '../errors.js';
import { ServeError } from './http-error.js';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** Whether `host` is a loopback address or name (the only hosts served without a token). */
export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.includes(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface AccessPolicy {
  /** The host the server listens on. */
  host: string;
  /** Bearer token required on /api/ (always set when host is not loopback). */
  token?: string;
}

export interface RequestHeaders {
  host?: string;
  origin?: string;
  'sec-fetch-site'?: string;
  authorization?: string;
}

/** The host names a request may use: loopback names, and the listen host itself. */
function allowedHostNames(policy: AccessPolicy): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  names.add(policy.host.toLowerCase());
  if (policy.host.includes(':') && !policy.host.startsWith('[')) names.add(`[${policy.host.toLowerCase()}]`);
  return names;
}

/** The host part of a Host header (`[::1]:8080` → `[::1]`, `localhost:80` → `localhost`). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.indexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

/** Refuse a request whose Host or Origin is foreign; ServeError 403 (421 for the Host). */
export function checkOrigin(headers: RequestHeaders, policy: AccessPolicy): void {
  const host = headers.host;
  if (!host || !allowedHostNames(policy).has(hostName(host))) {
    throw new ServeError('E_HOST_NOT_ALLOWED', `Host "${host ?? ''}" is not this server; use ${policy.host}`, 421);
  }
  if (headers.origin !== undefined && headers.origin !== `http://${host}`) {
    throw new ServeError('E_CROSS_ORIGIN', 'Requests from other origins are not allowed', 403);
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    throw new ServeError('E_CROSS_ORIGIN', 'Requests from other sites are not allowed', 403);
  }
}

/** Refuse a request without the right bearer token (when a token is set); compared in constant time. */
export function checkToken(presented: string | undefined, token: string | undefined): void {
  if (token === undefined) return;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(presented ?? '');
  if (!match || !sameSecret(elementAt(match, 1), token)) {
    throw new ServeError('E_UNAUTHORIZED', presented ? 'The bearer token is wrong' : 'A bearer token is required (Authorization: Bearer …)', 401, {
      'www-authenticate': 'Bearer realm="crimegraph"',
    });
  }
}

// Digests first, so lengths match and the comparison takes the same time for any guess.
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
