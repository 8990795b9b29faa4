import { ErrorCode, fail, type Result } from '../../errors.js';

/** The refusal of a ballot that names something this vote is not about (the same for every kind). */
export const unknownItem = (id: string): Result<never> =>
  fail(ErrorCode.unknownItem, `"${id.slice(0, 64)}" is not one of this vote's items.`);
