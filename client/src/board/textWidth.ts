/** The drawn width of a text in a CSS font, for placing labels on a chart before it is painted. One
 * canvas serves every measurement; without one (tests, old browsers) a rough estimate is used. */
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, font: string): number {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return text.length * (Number.parseInt(font.match(/(\d+)px/)?.[1] ?? '16', 10) * 0.55);
  context.font = font;
  return context.measureText(text).width;
}
