/**
 * `pnpm fonts`: cuts the faces of fontFaces.ts out of the installed @fontsource files and writes
 * them, their CSS (fonts.css) and a manifest (fonts.json) to client/src/fonts. Run it after
 * changing fontFaces.ts or updating @fontsource; subsetFonts.test.ts fails until it is run.
 *
 * The Arabic file of each weight drops from ~44 kB to ~17 kB: fontsource's "arabic" subset holds
 * every script written with Arabic letters (Urdu, Sindhi, Pashto…) and the presentation forms.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { codePoints, FONT_FACES, type FontFace, toRanges, unicodeRange } from './fontFaces';
import { type FontManifest, fontsCss, type ManifestFace } from './fontsCss';

const nodeModules = new URL('../node_modules/', import.meta.url);
export const FONTS_DIR = new URL('../src/fonts/', import.meta.url);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function cut(face: FontFace): Promise<{ bytes: Buffer; entry: ManifestFace }> {
  const source = await readFile(fileURLToPath(new URL(face.source, nodeModules)));
  const sfnt = await fontverter.convert(source, 'sfnt');
  const has = new Set(new Face(new Blob(sfnt)).collectUnicodes());
  const kept = codePoints(face.keep).filter((cp) => has.has(cp));
  const bytes = await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'woff2' });
  return {
    bytes,
    entry: {
      file: face.file,
      family: face.family,
      weight: face.weight,
      source: face.source,
      sourceSha256: sha256(source),
      keep: unicodeRange(face.keep),
      unicodeRange: unicodeRange(toRanges(kept)),
      sha256: sha256(bytes),
      bytes: bytes.length,
      sourceBytes: source.length,
    },
  };
}

async function main(): Promise<void> {
  const faces: ManifestFace[] = [];
  for (const face of FONT_FACES) {
    const { bytes, entry } = await cut(face);
    await writeFile(new URL(face.file, FONTS_DIR), bytes);
    faces.push(entry);
    console.log(`${face.file.padEnd(28)} ${entry.sourceBytes} → ${entry.bytes} bytes`);
  }
  const manifest: FontManifest = { faces };
  await writeFile(new URL('fonts.json', FONTS_DIR), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(new URL('fonts.css', FONTS_DIR), fontsCss(manifest));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
