/**
 * A vote kind's own words in both languages, kept with the kind (`vote/kinds/<kind>/results.ts`) and
 * merged into the dictionaries by the kinds' registry (`vote/kinds/resultsParts.ts`), so that a new
 * kind touches neither en.ts nor ar.ts. Arabic has exactly English's keys: one missing, or one more,
 * does not compile.
 */
export interface KindWords<E extends Readonly<Record<string, string>>> {
  readonly en: E;
  readonly ar: { readonly [K in keyof E]: string };
}

/** A kind's words, checked as above; English's keys become message keys like any other. */
export function kindWords<const E extends Readonly<Record<string, string>>>(words: {
  readonly en: E;
  readonly ar: { readonly [K in keyof NoInfer<E>]: string };
}): KindWords<E> {
  return words;
}
