import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { UserError } from '../core/errors.js';
import { createApp, type AppOptions } from './app.js';
import { isLoopback } from './auth.js';

export interface RunningServer {
  /** Base URL, `http://127.0.0.1:8737`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on a host and port (0 picks a free one) and serves the app. On loopback the app
 * answers only to loopback Host names; off loopback it must have a write token.
 */
export async function startServer(options: Omit<AppOptions, 'loopbackOnly'> & { host: string; port: number }): Promise<RunningServer> {
  const loopback = isLoopback(options.host);
  if (!loopback && !options.token) {
    throw new UserError(
      `refusing to serve on ${options.host} without a write token: anyone who reaches this machine could change the record`,
      'give one with --token TOKEN or ATTACHE_TOKEN=TOKEN (e.g. from `openssl rand -hex 16`); clients send Authorization: Bearer TOKEN',
    );
  }
  const app = createApp({ ...options, loopbackOnly: loopback });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new UserError(`port ${options.port} on ${options.host} is already in use`, 'stop the other server, or choose another port with --port N'));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') reject(new UserError(`cannot listen on '${options.host}': no such address on this machine`, 'use 127.0.0.1 (the default), or 0.0.0.0 for every interface'));
      else reject(e);
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // idle keep-alive connections would hold close() open
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
