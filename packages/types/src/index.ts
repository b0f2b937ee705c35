// The public face of @pave-kit/types: everything generated from the spec (`paths`, `components`,
// a type per schema such as `Session`, `Known*` for the values an open enum lists), plus `Schema`.
import type { components } from './generated/pave.js';

export type * from './generated/pave.js';

/** Any schema of the spec by its component name, e.g. `Schema<'Photo'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
