/** @pave-kit/auth: PAVE's HMAC-SHA256 request signing, for clients, servers and mocks. */

export {
  assertCredentials,
  assertCredentialsList,
  type PaveCredentials,
  PaveCredentialsError,
} from './credentials.js';
export { createAuthHeaders, type PaveAuthHeaders } from './headers.js';
export type { IncomingHeaders } from './incoming-headers.js';
export {
  type AuthMiddlewareOptions,
  createAuthMiddleware,
  type PaveAuthMiddleware,
} from './middleware.js';
export { createSigner, type PaveSigner } from './signer.js';
export { formatTimestamp } from './timestamp.js';
export { computeToken, type TokenInput } from './token.js';
export {
  type VerifyFailure,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
  type VerifySuccess,
  verifyToken,
} from './verify.js';
