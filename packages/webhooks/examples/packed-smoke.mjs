// Mounts a @pave-kit/webhooks handler on a local node:http server and delivers to it as PAVE
// would (the registered header, a spec-shaped body), then as a stranger and with a broken body.
// Runs against the packed tarballs or inside the workspace after a build.
import { createServer } from 'node:http';
import { callbackRegistration, createWebhookHandler, toNodeListener } from '@pave-kit/webhooks';

const headers = { Authorization: 'Bearer smoke-test-value' };
const handler = createWebhookHandler({
  headers,
  on: {
    'SESSION:STATUS_CHANGE': (change) => {
      console.log(`handler: ${change.session_key} is now ${change.status}`);
    },
  },
});
const server = createServer(toNodeListener(handler));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/pave/webhooks`;

const registration = callbackRegistration({ event: 'SESSION:STATUS_CHANGE', url, headers });
async function deliver(body, sent = registration.headers) {
  const response = await fetch(url, {
    method: registration.method,
    headers: { ...sent, 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, ...registration.payload }),
  });
  return `${response.status} ${await response.text()}`;
}

console.log(`pave: ${await deliver({ session_key: 'TOA-QGMWRCHHGB', status: 'STARTED' })}`);
console.log(`stranger: ${await deliver({ session_key: 'TOA-QGMWRCHHGB' }, {})}`);
console.log(`broken: ${await deliver({ session_key: '' })}`);

server.close();
