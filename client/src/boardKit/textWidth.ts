/** The drawn size of a text in a CSS font, for placing labels on a chart before it is painted. One
 * canvas serves every measurement; without one (tests, old browsers) a rough estimate is used. */
let context: CanvasRenderingContext2D | null | undefined;

function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

const pxOf = (font: string) => Number.parseInt(font.match(/(\d+)px/)?.[1] ?? '16', 10);

export function textWidth(text: string, font: string): number {
  const ctx = canvas();
  if (!ctx) return text.length * pxOf(font) * 0.55;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/**
 * How far a line of text in `font` reaches above and below its baseline: the font's own box, which
 * is what an SVG text's bounding box spans, so a label drawn at `top + ascent` fills exactly
 * `ascent + descent` px from `top`.
 */
export function fontBox(font: string): { readonly ascent: number; readonly descent: number } {
  const ctx = canvas();
  const px = pxOf(font);
  if (!ctx) return { ascent: px, descent: px * 0.3 };
  ctx.font = font;
  const m = ctx.measureText('0');
  return {
    ascent: m.fontBoundingBoxAscent || px,
    descent: m.fontBoundingBoxDescent || px * 0.3,
  };
}
