// Child process of the benchmark: the real API (`startServer`, same as `mbi serve`) configured from the
// environment the parent passes. pino logs go to this process's stdout, which the parent points at
// /dev/null. Tells the parent its URL over IPC and stops when the parent asks or goes away.
import { readEnv } from '../src/env';
import { startServer } from '../src/server';

const send = process.send?.bind(process);
if (send === undefined) throw new Error('api-server.ts is started by bench/api.ts with an IPC channel');

const running = await startServer(readEnv());
let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  if ('closeAllConnections' in running.server) running.server.closeAllConnections();
  await running.close();
  process.exit(0);
}
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
send({ url: running.url });
