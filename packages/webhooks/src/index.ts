/** @pave-kit/webhooks: receive PAVE's webhook calls, checked, validated and typed by the spec. */

export type { WebhookAnswerBody } from './answers.js';
export {
  type CallbackRegistration,
  type CallbackRegistrationInput,
  callbackRegistration,
} from './callback-registration.js';
export { createWebhookHandler, type WebhookHandler } from './create-webhook-handler.js';
export { type WebhookEvent, type WebhookPayload, webhookEvents } from './events.js';
export { type NodeListener, toNodeListener } from './node-listener.js';
export {
  defaultWebhookLimits,
  type WebhookErrorContext,
  type WebhookHandlerOptions,
  type WebhookHandlers,
} from './webhook-options.js';
export { WebhookOptionsError } from './webhook-options-error.js';
