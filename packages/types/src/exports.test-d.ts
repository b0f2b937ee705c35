// Every name consumers used before the aliases were generated is still exported: a name that
// went missing fails to import, and this file fails to type-check.
import { expectTypeOf, test } from 'vitest';
import type * as Types from './index.js';

test('the names of the first release are all still exported', () => {
  type Names = [
    Types.CallbackEnvelope,
    Types.CallbackEvent,
    Types.CallbackList,
    Types.CallbackRemoved,
    Types.CallbackSetting,
    Types.Contact,
    Types.CreateCallbackRequest,
    Types.CreatedSession,
    Types.CreateSessionRequest,
    Types.components,
    Types.ErrorBody,
    Types.FieldErrors,
    Types.KnownSessionStatus,
    Types.NoteInsertEvent,
    Types.operations,
    Types.Photo,
    Types.paths,
    Types.ResultsVehicle,
    Types.Schema<'Photo'>,
    Types.Session,
    Types.SessionNotes,
    Types.SessionOptions,
    Types.SessionResults,
    Types.SessionSettings,
    Types.SessionStatus,
    Types.SessionVehicle,
    Types.SmsOptions,
    Types.SmsProcessEvent,
    Types.StageChangeEvent,
    Types.StatusChangeEvent,
    Types.Theme,
    Types.UpdateCallbackRequest,
    Types.UpdateSessionRequest,
    Types.ValidationErrorBody,
    Types.Vehicle,
    Types.webhooks,
  ];
  expectTypeOf<Names['length']>().toEqualTypeOf<36>();
  expectTypeOf<Types.Session>().toEqualTypeOf<Types.Schema<'Session'>>();
});
