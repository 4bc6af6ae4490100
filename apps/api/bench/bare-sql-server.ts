// Child process of the benchmark: the fair limit of a route that reads the database. A bare `node:http`
// server that opens the same database through the same driver (`openDatabase` of @mbi/db: postgres.js with
// its pool, or PGlite in this process), runs the SQL the API's data layer renders for the scenario as a
// prepared statement and writes `JSON.stringify` of the rows. No routing, validation, authentication,
// headers beyond the content type, logging or mapping of rows. Reads its routes from the file in argv[2].
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { openDatabase, runPrepared } from '@mbi/db';

interface Route {
  readonly text: string;
  readonly params: readonly unknown[];
  /** Answer the first row alone (one establishment) instead of the array of rows. */
  readonly single: boolean;
}

interface Config {
  readonly url?: string;
  readonly dataDir?: string;
  /** Request path and query → its statement. */
  readonly routes: Record<string, Route>;
}

const send = process.send?.bind(process);
const file = process.argv[2];
if (send === undefined || file === undefined) {
  throw new Error('bare-sql-server.ts is started by bench/api.ts with an IPC channel and a routes file');
}
const config = JSON.parse(readFileSync(file, 'utf8')) as Config;
const database = await openDatabase({ url: config.url, dataDir: config.dataDir, migrate: false });
const routes = new Map(Object.entries(config.routes));

const server = createServer((request, response) => {
  const route = routes.get(request.url ?? '');
  if (route === undefined) {
    response.writeHead(404).end();
    return;
  }
  runPrepared<Record<string, unknown>>(database, route.text, route.params).then(
    (rows) => {
      const body = JSON.stringify(route.single ? rows[0] : rows);
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      });
      response.end(body);
    },
    () => response.writeHead(500).end(),
  );
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  send({ url: `http://127.0.0.1:${port}` });
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => {
    void database.close().finally(() => process.exit(0));
  });
};
process.on('message', (message) => {
  if (message === 'stop') stop();
});
process.on('disconnect', stop);
process.on('SIGTERM', stop);
