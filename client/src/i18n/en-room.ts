/** English strings of the room screens; merged into `en`. */
export const enRoom = {} as const;
