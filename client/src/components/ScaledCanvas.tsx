import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

interface Props {
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
  readonly className?: string;
}

/**
 * Shows a fixed-size design (the 1920×1080 board) scaled to fit its frame, letterboxed and centred,
 * so the board never scrolls on any projector and the console can show the very same render small.
 * The frame is left-to-right on purpose: it is geometry only; the canvas carries the language's dir.
 */
export function ScaledCanvas({ width, height, children, className }: Props) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ scale: 0, x: 0, y: 0 });

  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const measure = () => {
      const scale = Math.min(frame.clientWidth / width, frame.clientHeight / height);
      setBox({
        scale,
        x: (frame.clientWidth - width * scale) / 2,
        y: (frame.clientHeight - height * scale) / 2,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [width, height]);

  return (
    <div ref={frameRef} className={`scaled-frame ${className ?? ''}`} dir="ltr">
      <div
        className="scaled-frame__canvas"
        style={{
          width,
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
