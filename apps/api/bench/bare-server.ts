// Child process of the benchmark: a bare `node:http` server that answers every request with the bytes the
// API sent for the scenario (same status, body and content type), read from the file named in argv[2].
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface Canned {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly bodyBase64: string;
}

const send = process.send?.bind(process);
const file = process.argv[2];
if (send === undefined || file === undefined) {
  throw new Error('bare-server.ts is started by bench/api.ts with an IPC channel and a response file');
}
const canned = JSON.parse(readFileSync(file, 'utf8')) as Canned;
const body = Buffer.from(canned.bodyBase64, 'base64');
const headers =
  canned.status === 304 ? canned.headers : { ...canned.headers, 'Content-Length': String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(canned.status, headers);
  response.end(canned.status === 304 ? undefined : body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  send({ url: `http://127.0.0.1:${port}` });
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('message', (message) => {
  if (message === 'stop') stop();
});
process.on('disconnect', stop);
process.on('SIGTERM', stop);
