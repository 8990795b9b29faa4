/** The manifest `pnpm fonts` writes beside the fonts, and the CSS made from it. */

export interface ManifestFace {
  readonly file: string;
  readonly family: string;
  readonly weight: number;
  readonly source: string;
  readonly sourceSha256: string;
  /** The ranges asked for (fontFaces.ts), to tell when the lists changed since the last run. */
  readonly keep: string;
  /** What the file holds: the ranges asked for that the source has. */
  readonly unicodeRange: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly sourceBytes: number;
}

export interface FontManifest {
  readonly faces: readonly ManifestFace[];
}

/** One @font-face per file; the browser downloads a file only when the page shows one of its characters. */
export function fontsCss(manifest: FontManifest): string {
  const rules = manifest.faces.map(
    (f) => `@font-face {
  font-family: "${f.family}";
  font-style: normal;
  font-display: swap;
  font-weight: ${f.weight};
  src: url("./${f.file}") format("woff2");
  unicode-range: ${f.unicodeRange};
}
`,
  );
  return `/* Written by \`pnpm fonts\` (client/build/subsetFonts.ts) from client/build/fontFaces.ts: do not edit. */\n\n${rules.join('\n')}`;
}
