/** What the portal takes from a client, and how long it waits for it: each in the README. */

export interface PortalLimits {
  /** The largest request body, checked while it is read; past it, 413 and the connection closed. */
  maxBodyBytes: number;
  /** How deeply a JSON body may nest arrays and objects; past it, 400. */
  maxJsonNesting: number;
  /** How long a client may take to send the request line and headers; past it, 408. */
  headersTimeoutMs: number;
  /** How long a client may take to send the whole request, body included; past it, 408. */
  requestTimeoutMs: number;
  /** The largest webhook body PAVE may send, checked while it is read; past it, 413. */
  maxWebhookBodyBytes: number;
  /** How long PAVE may take to send a webhook body once its headers passed; past it, 408. */
  webhookBodyTimeoutMs: number;
  /** Live-update streams open at once (a page each); past it, 503. */
  maxEventStreams: number;
  /** How often an idle live-update stream gets a heartbeat line. */
  eventHeartbeatMs: number;
  /** Sessions the list keeps; past it, the oldest leaves the list (PAVE keeps it). */
  maxListedSessions: number;
}

/**
 * The form is ten short fields and nests one level: 32 KiB and 32 levels leave room for long
 * URLs and names and for fields a newer page may add. A person at the counter sends a request in
 * milliseconds; only a broken or hostile client needs 10 s for its headers. PAVE's largest
 * webhook, a completed session's results, is tens of kilobytes: 1 MiB is room to spare. A
 * dealership has a handful of counters; 50 open pages is many more, and each stream is a socket.
 * A busy counter creates tens of sessions a day: 1,000 is weeks of them, about a megabyte.
 */
export const portalLimits: Readonly<PortalLimits> = {
  maxBodyBytes: 32 * 1024,
  maxJsonNesting: 32,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxWebhookBodyBytes: 1024 * 1024,
  webhookBodyTimeoutMs: 10_000,
  maxEventStreams: 50,
  eventHeartbeatMs: 15_000,
  maxListedSessions: 1_000,
};
