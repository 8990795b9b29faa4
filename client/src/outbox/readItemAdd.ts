/**
 * An `item:add` command read back from the device without zod, so that what a phone loads carries
 * none. The zod schema in `shared/src/protocol.ts` stays the source of truth; the property test beside
 * this file checks that this reader gives what `safeParse` gives, the command or nothing, for valid
 * commands and near misses alike. A new key in the schema fails to compile here.
 */
import { type ClientEventPayload, hasControlCharacters, ID_PATTERN, LIMITS } from '@majlis/shared';

export type ItemAddPayload = ClientEventPayload<'item:add'>;

type Plain = Record<string, unknown>;

/** Every key of the command (the compiler checks that none is missing). */
const KEYS = Object.keys({
  stageId: true,
  title: true,
  description: true,
  sdgs: true,
  clientId: true,
} satisfies Record<keyof ItemAddPayload, true>);

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const isSdg = (v: unknown): v is number =>
  Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 17;

/** Trimmed text of at most `max` units without control characters; `null` when it is not that. */
function text(v: unknown, max: number, multiline: boolean): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if ((!multiline && s.length === 0) || s.length > max || hasControlCharacters(s, multiline)) return null;
  return s;
}

/** The command as the server would read it, or undefined when it would refuse it. */
export function readItemAdd(v: unknown): ItemAddPayload | undefined {
  if (!isPlain(v) || !Object.keys(v).every((k) => KEYS.includes(k)) || !isId(v.stageId)) return undefined;
  const title = text(v.title, LIMITS.itemTitle, false);
  if (title === null) return undefined;
  const description =
    v.description === undefined ? undefined : text(v.description, LIMITS.itemDescription, true);
  if (description === null) return undefined;
  const sdgs = v.sdgs;
  if (
    sdgs !== undefined &&
    !(Array.isArray(sdgs) && sdgs.length <= LIMITS.sdgTagsPerItem && sdgs.every(isSdg))
  )
    return undefined;
  const clientId = v.clientId;
  if (clientId !== undefined && !isId(clientId)) return undefined;
  return {
    stageId: v.stageId,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(sdgs !== undefined ? { sdgs: [...sdgs] } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
  };
}
