import QRCode from 'qrcode';
import { useMemo } from 'react';

interface Props {
  readonly value: string;
  readonly label: string;
  readonly className?: string;
}

/** A QR code drawn as React SVG from the module matrix, so no generated markup is injected. */
export function QrCode({ value, label, className }: Props) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) {
        if (modules.get(y, x)) d += `M${x} ${y}h1v1h-1z`;
      }
    }
    return { size: modules.size, path: d };
  }, [value]);
  const quiet = 2;
  return (
    <svg
      className={className}
      viewBox={`${-quiet} ${-quiet} ${size + quiet * 2} ${size + quiet * 2}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={size + quiet * 2} height={size + quiet * 2} fill="#fff" />
      <path d={path} fill="#0f1f1e" />
    </svg>
  );
}
