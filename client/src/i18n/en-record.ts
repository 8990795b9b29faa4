/** English strings of the record screens; merged into `en`. */
export const enRecord = {} as const;
