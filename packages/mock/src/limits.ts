// The mock's limits in one place: the README states them and the tests hold the mock to them.

export interface MockLimits {
  /** The largest request body the mock reads, in bytes; past it the answer is 413. */
  maxBodyBytes: number;
  /** How long a client may take to send the request line and headers; past it, 408. */
  headersTimeoutMs: number;
  /** How long a client may take to send the whole request, body included; past it, 408. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** The largest request line plus headers, in bytes; past it, 431. */
  maxHeaderBytes: number;
  /** How deep arrays and objects may nest in a JSON body; past it, 400 naming the limit. */
  maxJsonNesting: number;
  /**
   * After refusing a request whose body is still arriving, how long the connection stays open
   * draining (and dropping) that body, so the client reads the answer rather than a reset.
   */
  refusalLingerMs: number;
  /** The most bytes of a refused body drained before the connection closes anyway. */
  refusalLingerBytes: number;
}

/** PAVE's largest request is a few kilobytes; 1 MiB leaves room for any free-form `reference`. */
export const mockLimits: MockLimits = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
  // PAVE's bodies nest three levels; the free-form `reference` is where more could come from.
  // Past this, walking a body (validating it, storing it, answering with it) could exhaust the
  // stack, so such a body is refused before anything walks it.
  maxJsonNesting: 32,
  // Enough for a client that writes its whole body before reading (as many do) to reach the
  // answer, past the 20 MB bodies of the soak; never kept, only counted.
  refusalLingerMs: 2_000,
  refusalLingerBytes: 32 * 1024 * 1024,
};

/**
 * How many entries of each list a running mock keeps for its user; past it, the oldest tenth go
 * (see `pushBounded`). Enough for any test suite; a mock left running for days stays bounded.
 */
export const keptEntries = {
  /** `mock.served`: one operationId per request. */
  served: 100_000,
  /** `mock.violations`. */
  violations: 1_000,
  /** `mock.deliveries`. */
  deliveries: 10_000,
};
