// The public face of @pave-kit/types: the generated types, plus friendly names for the schemas
// an integration touches most.
import type { components } from './generated/pave.js';

export type { components, operations, paths, webhooks } from './generated/pave.js';

/** Any schema of the spec by its component name, e.g. `Schema<'Photo'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type CreateSessionRequest = Schema<'CreateSessionRequest'>;
export type UpdateSessionRequest = Schema<'UpdateSessionRequest'>;
export type Vehicle = Schema<'Vehicle'>;
export type SmsOptions = Schema<'SmsOptions'>;
export type SessionOptions = Schema<'SessionOptions'>;
export type SessionSettings = Schema<'SessionSettings'>;
export type Contact = Schema<'Contact'>;
export type Theme = Schema<'Theme'>;

export type Session = Schema<'Session'>;
export type CreatedSession = Schema<'CreatedSession'>;
export type SessionVehicle = Schema<'SessionVehicle'>;
export type SessionStatus = Schema<'SessionStatus'>;
export type Photo = Schema<'Photo'>;
export type SessionNotes = Schema<'SessionNotes'>;
export type SessionResults = Schema<'SessionResults'>;
export type ResultsVehicle = Schema<'ResultsVehicle'>;

export type CallbackEvent = Schema<'CallbackEvent'>;
export type CreateCallbackRequest = Schema<'CreateCallbackRequest'>;
export type UpdateCallbackRequest = Schema<'UpdateCallbackRequest'>;
export type CallbackSetting = Schema<'CallbackSetting'>;
export type CallbackList = Schema<'CallbackList'>;
export type CallbackEnvelope = Schema<'CallbackEnvelope'>;
export type CallbackRemoved = Schema<'CallbackRemoved'>;

export type SmsProcessEvent = Schema<'SmsProcessEvent'>;
export type StageChangeEvent = Schema<'StageChangeEvent'>;
export type StatusChangeEvent = Schema<'StatusChangeEvent'>;
export type NoteInsertEvent = Schema<'NoteInsertEvent'>;

export type ErrorBody = Schema<'ErrorBody'>;
export type FieldErrors = Schema<'FieldErrors'>;
export type ValidationErrorBody = Schema<'ValidationErrorBody'>;

/**
 * The statuses PAVE documents. `SessionStatus` itself is any string, because PAVE's pages use
 * more words than these; use this type where a switch over statuses should be exhaustive.
 */
export type KnownSessionStatus =
  | 'IDLE'
  | 'STARTED'
  | 'PROCESS'
  | 'QC_PASSED'
  | 'CONFIRM'
  | 'COMPLETE'
  | 'EXPIRED'
  | 'INVALID';
