// After a refusal sent while the body is still arriving, the connection stays open a little to
// drain what the client already sent, so that the client reads the answer instead of a reset.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface LingerLimits {
  /** The longest the connection stays open after the answer, draining. */
  lingerMs: number;
  /** The most body bytes drained (counted and dropped, never kept) before the connection closes. */
  lingerBytes: number;
}

/** Removes the stand-in, so Node's own `destroySoon` (on the prototype) applies again. */
function restoreDestroySoon(socket: Socket): void {
  Reflect.deleteProperty(socket, 'destroySoon');
}

function destroyOnceSent(socket: Socket): void {
  if (socket.writableFinished) socket.destroy();
  else socket.once('finish', () => socket.destroy());
}

/**
 * Closing a socket whose received bytes were not all read makes the kernel answer with a reset,
 * and a client still writing its body may then lose the answer it had not read yet. So when Node
 * closes the connection after this request's answer while the body is unfinished, the mock sends
 * its FIN after the answer, keeps reading and dropping the body for at most `lingerMs` and
 * `lingerBytes`, and closes once the body has ended or either bound is reached.
 * `onLinger` is told the socket is draining, so no later request on it is served.
 */
export function lingerAfterRefusal(
  request: IncomingMessage,
  response: ServerResponse,
  { lingerMs, lingerBytes }: LingerLimits,
  onLinger: (socket: Socket) => void,
): void {
  const socket = request.socket;
  let drained = 0;
  let stop: (() => void) | undefined;
  // Counted from the answer on. Listening also keeps Node from dumping the body unseen, which
  // would leave nothing to count.
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > lingerBytes) stop?.();
  };
  const linger = () => {
    restoreDestroySoon(socket);
    socket.end();
    if (request.complete || request.destroyed) {
      destroyOnceSent(socket);
      return;
    }
    onLinger(socket);
    const timer = setTimeout(() => stop?.(), lingerMs);
    stop = () => {
      stop = undefined;
      clearTimeout(timer);
      request.off('end', onEnd);
      destroyOnceSent(socket);
    };
    const onEnd = () => stop?.();
    socket.once('close', () => clearTimeout(timer));
    request.once('end', onEnd);
    if (drained > lingerBytes) stop();
  };
  // Runs before Node's own handling of the finished answer, which dumps an unread body and, when
  // the connection is to close, calls `destroySoon`: an own property stands in for that one call.
  response.prependOnceListener('finish', () => {
    if (request.complete || request.destroyed) return;
    request.on('data', onData);
    request.once('end', () => request.off('data', onData));
    request.resume();
    socket.destroySoon = linger;
  });
  response.once('finish', () => {
    if (socket.destroySoon === linger) restoreDestroySoon(socket);
  });
}
