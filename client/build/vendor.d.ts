// The font tools `pnpm fonts` uses ship no types; these are the calls it makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' },
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  const fontverter: {
    convert(font: Uint8Array, to: 'woff2' | 'woff' | 'sfnt' | 'truetype'): Promise<Buffer>;
  };
  export default fontverter;
}
