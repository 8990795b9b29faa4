import { describe, expect, it } from 'vitest';
import { canvasBox } from './canvasBox';

const FILL = { minWidth: 1440, maxWidth: 2560 };

describe('canvasBox', () => {
  it('letterboxes a fixed design in a frame of another shape', () => {
    // 1920 × 1080 in 1024 × 768: scaled to the width, a band above and below.
    const box = canvasBox(1024, 768, 1920, 1080);
    expect(box.width).toBe(1920);
    expect(box.scale).toBeCloseTo(1024 / 1920);
    expect(box.y).toBeGreaterThan(90);
  });

  it('takes the shape of every projector with fill: no bands at 4:3, 16:10, 16:9 or 4K', () => {
    for (const [w, h, designWidth] of [
      [1024, 768, 1440],
      [1280, 800, 1728],
      [1920, 1080, 1920],
      [3840, 2160, 1920],
    ] as const) {
      const box = canvasBox(w, h, 1920, 1080, FILL);
      expect(box.width).toBeCloseTo(designWidth);
      expect(box.scale).toBeCloseTo(h / 1080);
      expect(box.x).toBeCloseTo(0);
      expect(box.y).toBeCloseTo(0);
    }
  });

  it('letterboxes only beyond the bounds: a portrait frame, an ultra-wide one', () => {
    const portrait = canvasBox(800, 1000, 1920, 1080, FILL);
    expect(portrait.width).toBe(1440);
    expect(portrait.scale).toBeCloseTo(800 / 1440);
    expect(portrait.y).toBeGreaterThan(0);
    const wide = canvasBox(3440, 1080, 1920, 1080, FILL);
    expect(wide.width).toBe(2560);
    expect(wide.x).toBeCloseTo((3440 - 2560) / 2);
  });
});
