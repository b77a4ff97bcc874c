import { encodePng } from './png.js';

/** Tillit's accent colour: a calm, dark municipal blue. */
export const accentColor = '#1F4E79';

type Point = readonly [number, number];

// A shield (unit square coordinates): flat shoulders, straight sides, a
// rounded point at the bottom (quadratic curves), mirrored around x = 0.5.
const shield: Point[] = (() => {
  const right: Point[] = [
    [0.5, 0.13],
    [0.78, 0.23],
    [0.78, 0.5],
  ];
  const p0: Point = [0.78, 0.5];
  const c: Point = [0.78, 0.74];
  const p1: Point = [0.5, 0.88];
  for (let i = 1; i <= 16; i++) {
    const t = i / 16;
    right.push([
      (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t ** 2 * p1[0],
      (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t ** 2 * p1[1],
    ]);
  }
  const left = right.slice(1, -1).reverse().map(([x, y]) => [1 - x, y] as const);
  return [...right, ...left];
})();

const check: Point[] = [
  [0.37, 0.51],
  [0.47, 0.61],
  [0.64, 0.4],
];

function insidePolygon(x: number, y: number, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function nearPolyline(x: number, y: number, line: readonly Point[], halfWidth: number): boolean {
  for (let i = 0; i + 1 < line.length; i++) if (distanceToSegment(x, y, line[i]!, line[i + 1]!) <= halfWidth) return true;
  return false;
}

function nearOutline(x: number, y: number, polygon: readonly Point[], halfWidth: number): boolean {
  return nearPolyline(x, y, [...polygon, polygon[0]!], halfWidth);
}

/** Renders a picture by 4×4 supersampling a colour function (RGBA 0–255, or null for transparent). */
function render(size: number, paint: (x: number, y: number) => readonly [number, number, number, number] | null): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      const n = samples * samples;
      rgba[o] = a > 0 ? Math.round(r / a) : 0;
      rgba[o + 1] = a > 0 ? Math.round(g / a) : 0;
      rgba[o + 2] = a > 0 ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const accent = [0x1f, 0x4e, 0x79, 255] as const;
const white = [255, 255, 255, 255] as const;

/** The 192×192 colour icon: a white shield with an accent check mark on the accent colour. */
export function colorIcon(): Buffer {
  return render(192, (x, y) => {
    if (nearPolyline(x, y, check, 0.045) && insidePolygon(x, y, shield)) return accent;
    if (insidePolygon(x, y, shield)) return white;
    return accent;
  });
}

/** The 32×32 outline icon: white shield outline and check on transparent, as Teams requires. */
export function outlineIcon(): Buffer {
  return render(32, (x, y) => (nearOutline(x, y, shield, 0.05) || nearPolyline(x, y, check, 0.05) ? white : null));
}
