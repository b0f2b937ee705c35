/** @pave-kit/portal: a page and JSON API for dealership staff to create PAVE inspection links. */

export { type PortalConfig, type PortalConfigResult, readPortalConfig } from './config.js';
export { createPortalApp, type PortalAppOptions } from './create-portal-app.js';
export type { BannerErrorBody, FieldErrorsBody, PortalErrorKind } from './failure-answer.js';
export { createLiveUpdates, type LiveUpdates, type LiveUpdatesOptions } from './live-updates.js';
export { type PortalLimits, portalLimits } from './portal-limits.js';
export type { ClientTimeouts } from './portal-server.js';
export type { SessionForm } from './session-form.js';
export type { PortalPhoto, PortalSession } from './session-record.js';
export { type RunningPortal, type StartPortalOptions, startPortal } from './start-portal.js';
export type { WebhookRegistration } from './webhook-registration.js';
