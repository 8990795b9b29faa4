/** Arabic strings of the record screens; the type makes a missing or extra key a compile error. */
import type { enRecord } from './en-record';

export const arRecord: Readonly<Record<keyof typeof enRecord, string>> = {};
