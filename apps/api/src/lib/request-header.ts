import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from '../context';

/**
 * A request header, read from Node's raw header list when the request came through the Node adapter: reading
 * `c.req.header()` there builds a whole web `Headers` object of the request, which the hot paths never need.
 * Repeated headers are joined with `, `, as `Headers.get` does; in-process requests (tests) read `c.req`.
 */
export function requestHeader(c: Context<AppEnv>, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming === undefined) return c.req.header(name);
  const raw = incoming.rawHeaders;
  let found: string | undefined;
  for (let index = 0; index < raw.length; index += 2) {
    const key = raw[index] as string;
    if (key.length === name.length && key.toLowerCase() === name) {
      const value = raw[index + 1] as string;
      found = found === undefined ? value : `${found}, ${value}`;
    }
  }
  return found;
}
