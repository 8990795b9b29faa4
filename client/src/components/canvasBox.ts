/** Where a fixed-height design goes in a frame: the geometry of ScaledCanvas, pure. */

/** The range of widths a filling canvas may take, in design px at the design height. */
export interface CanvasFill {
  readonly minWidth: number;
  readonly maxWidth: number;
}

export interface CanvasBox {
  readonly scale: number;
  readonly width: number;
  readonly x: number;
  readonly y: number;
}

/** Where the canvas goes in a frame of `frameWidth` × `frameHeight` px. Pure, for the tests. */
export function canvasBox(
  frameWidth: number,
  frameHeight: number,
  width: number,
  height: number,
  fill?: CanvasFill,
): CanvasBox {
  const designWidth = fill
    ? Math.min(fill.maxWidth, Math.max(fill.minWidth, (frameWidth / Math.max(1, frameHeight)) * height))
    : width;
  const scale = Math.min(frameWidth / designWidth, frameHeight / height);
  return {
    scale,
    width: designWidth,
    x: (frameWidth - designWidth * scale) / 2,
    y: (frameHeight - height * scale) / 2,
  };
}
