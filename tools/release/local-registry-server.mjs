// The child process behind local-registry.mjs: Verdaccio with the given config, on 127.0.0.1 and
// a port the system picks. Prints {"url": ...} on its first line once it listens; stops on SIGTERM.
import { runServer } from 'verdaccio';

const configPath = process.argv[2];
if (!configPath) {
  console.error('usage: node local-registry-server.mjs CONFIG_YAML');
  process.exit(2);
}

const server = await runServer(configPath);
server.listen(0, '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/` })}\n`);
});
// Clients keep connections open; closing them is what lets the server stop at once.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
