import { startServer } from '../../api/server.js';
import { UserError } from '../../core/errors.js';
import { loadResources } from '../../pipeline/default.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import type { Command } from './command.js';

export const DEFAULT_PORT = 8737;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (/api/) and the web UI (/) for reading, charting and correcting the record',
  usage:
    'attache serve [--port N] [--host H] [--token T] [--db FILE]\n' +
    `  --port   port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)\n` +
    '  --host   address to listen on (default 127.0.0.1, this machine only)\n' +
    '  --token  write token: POST requests then need Authorization: Bearer T (or set ATTACHE_TOKEN);\n' +
    '           required when --host is not a loopback address',
  async run(argv) {
    const { values } = parse('serve', argv, { ...dbOption, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } }, false);
    if (values.help) return (console.log(this.usage), 0);
    const port = intFlag('port', values.port) ?? DEFAULT_PORT;
    if (port < 0 || port > 65535) throw new UserError(`--port ${port} is not a port number`, 'use 1 to 65535, or 0 for any free port');
    const host = values.host ?? '127.0.0.1';
    const token = values.token ?? (process.env.ATTACHE_TOKEN || null);
    const store = await openStore(storeLocation(values.db));
    let server;
    try {
      // loaded now (about half a second) rather than on the first ingest or actor page
      server = await startServer({ store, host, port, token, resources: loadResources() });
    } catch (e) {
      await store.close();
      throw e;
    }
    console.error(`attache: serving ${server.url}/ (API at ${server.url}/api/, described at ${server.url}/api/openapi.json)`);
    console.error(token ? 'attache: writes need Authorization: Bearer <token>' : 'attache: no write token; only this machine can reach the server');
    console.error('attache: press Ctrl-C to stop');
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().finally(() => store.close().finally(resolve));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
