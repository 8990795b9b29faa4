/** Arabic strings of the room screens; the type makes a missing or extra key a compile error. */
import type { enRoom } from './en-room';

export const arRoom: Readonly<Record<keyof typeof enRoom, string>> = {};
