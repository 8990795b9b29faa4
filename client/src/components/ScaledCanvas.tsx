import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { type CanvasBox, type CanvasFill, canvasBox } from './canvasBox';

interface Props {
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
  readonly className?: string;
  /**
   * Take the frame's shape instead of letterboxing: the design keeps its height and its width follows
   * the frame (a 4:3 projector gets a 1440 × 1080 canvas, 16:10 1728 × 1080), within these bounds;
   * only a frame narrower or wider than that is letterboxed. Without it the canvas is `width` wide.
   */
  readonly fill?: CanvasFill;
}

/**
 * Shows a design (the board, 1080 px tall) scaled to its frame, so the board never scrolls on any
 * projector and the console can show the very same render small. With `fill` the design widens or
 * narrows to the frame's shape, so a 4:3 or 16:10 projector loses nothing to black bars; the board's
 * layout adapts to the width it gets. The frame is left-to-right on purpose: it is geometry only; the
 * canvas carries the language's dir.
 */
export function ScaledCanvas({ width, height, children, className, fill }: Props) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<CanvasBox>({ scale: 0, width, x: 0, y: 0 });
  const minWidth = fill?.minWidth;
  const maxWidth = fill?.maxWidth;

  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const bounds = minWidth !== undefined && maxWidth !== undefined ? { minWidth, maxWidth } : undefined;
    const measure = () => setBox(canvasBox(frame.clientWidth, frame.clientHeight, width, height, bounds));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [width, height, minWidth, maxWidth]);

  return (
    <div ref={frameRef} className={`scaled-frame ${className ?? ''}`} dir="ltr">
      <div
        className="scaled-frame__canvas"
        style={{
          width: box.width,
          height,
          transform: `translate(${box.x}px, ${box.y}px) scale(${box.scale})`,
          visibility: box.scale > 0 ? 'visible' : 'hidden',
        }}
      >
        {children}
      </div>
    </div>
  );
}
