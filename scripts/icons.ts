/**
 * Draws the add-in icons (assets/icon-<size>.png) with a tiny PNG encoder: no image library,
 * only node:zlib for the deflate stream. Run: npx ts-node --transpile-only scripts/icons.ts
 *
 * Motif: a blue rounded tile with three rising bars (the plan's indicators) and a baseline;
 * the tallest bar is green (objective achieved). Shapes are drawn with 4x4 supersampling so
 * the 16 px ribbon icon stays crisp.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type RGBA = [number, number, number, number];

const BLUE: RGBA = [15, 108, 189, 255]; // Fluent brand blue: readable on light and dark ribbons
const WHITE: RGBA = [255, 255, 255, 255];
const GREEN: RGBA = [108, 203, 95, 255];

/** A shape in unit coordinates (0..1 across the icon); `inside` is tested per sub-sample. */
interface Shape {
  color: RGBA;
  inside(x: number, y: number): boolean;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: RGBA): Shape {
  return {
    color,
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

/**
 * The icon's shapes, back to front. Bar edges are snapped to whole pixels (and bars are at least
 * 2 px wide) so the 16 px ribbon icon stays sharp instead of blurring at fractional edges.
 */
function iconShapes(size: number): Shape[] {
  const u = (pixels: number) => pixels / size;
  const barW = Math.max(2, Math.round(0.16 * size));
  const gap = Math.max(1, Math.round(0.07 * size));
  const left = Math.floor((size - (3 * barW + 2 * gap)) / 2);
  const base = Math.round(0.78 * size);
  const line = Math.max(1, Math.round(0.045 * size));
  const heights = [0.28, 0.44, 0.6].map((h) => Math.max(2, Math.round(h * size)));
  const shapes: Shape[] = [roundedRect(0, 0, 1, 1, 0.2, BLUE)];
  heights.forEach((h, i) => {
    const x0 = left + i * (barW + gap);
    const r = size < 32 ? 0 : u(Math.min(barW / 3, 0.04 * size));
    shapes.push(roundedRect(u(x0), u(base - h), u(x0 + barW), u(base), r, i === 2 ? GREEN : WHITE));
  });
  shapes.push(roundedRect(u(left - gap), u(base + line), u(size - left + gap), u(base + 2 * line), 0, WHITE));
  return shapes;
}

/** RGBA pixels, row-major, straight (not premultiplied) alpha. */
export function drawIcon(size: number): Uint8Array {
  const ss = 4;
  const shapes = iconShapes(size);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let hit: RGBA | null = null;
          for (const s of shapes) if (s.inside(x, y)) hit = s.color;
          if (hit) {
            // accumulate premultiplied so edges blend towards transparency, not towards black
            const al = hit[3] / 255;
            r += hit[0] * al; g += hit[1] * al; b += hit[2] * al; a += al;
          }
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, filter 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('encodePng: pixel buffer size does not match');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, size, drawIcon(size));
}

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    return file;
  });
}

if (require.main === module) {
  for (const f of writeIcons(join(__dirname, '..', 'assets'))) console.log(f);
}
