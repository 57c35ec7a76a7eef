/**
 * The home-screen icons, drawn at build time in the playbook's primary colour: the favicon's
 * white "P" on a square of that colour, so a fork that changes its colours gets matching icons
 * without drawing any. Plain arithmetic and a small PNG encoder (zlib from Node), no image library.
 * - "any" icons have the favicon's rounded corners, with transparent corners;
 * - "maskable" icons fill the whole square, since the phone cuts its own shape, and keep the
 *   letter inside the middle 80% circle that every mask leaves visible.
 */
import { deflateSync } from 'node:zlib';
import { ICONS, type IconPurpose, type IconSpec } from './icons.ts';

export { ICONS, type IconPurpose, type IconSpec };

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Whether a point (in the favicon's 32-unit square) is inside the letter: a stem, a bar and a half disc. */
function inLetter(x: number, y: number): boolean {
  if (x >= 9 && x <= 13 && y >= 7 && y <= 25) return true; // stem
  if (x >= 9 && x <= 18 && y >= 7 && y <= 19) return true; // bowl, straight part
  return x >= 18 && (x - 18) ** 2 + (y - 13) ** 2 <= 36; // bowl, round part
}

/** Whether a point is inside the favicon's rounded square (corner radius 6). */
function inRoundedSquare(x: number, y: number): boolean {
  const r = 6;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 255]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (row by row, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** The RGBA pixels of one icon, anti-aliased by sampling each pixel 4 × 4 times. */
export function iconPixels(size: number, purpose: IconPurpose, primary: string): Uint8Array {
  const background = parseHex(primary);
  const letter: Rgb = [255, 255, 255];
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  const scale = 32 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let inked = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          if (purpose === 'any' && !inRoundedSquare(x, y)) continue;
          inside++;
          if (inLetter(x, y)) inked++;
        }
      }
      const at = (py * size + px) * 4;
      const share = inside === 0 ? 0 : inked / inside;
      for (let channel = 0; channel < 3; channel++) {
        pixels[at + channel] = Math.round(background[channel]! * (1 - share) + letter[channel]! * share);
      }
      pixels[at + 3] = Math.round((inside / (samples * samples)) * 255);
    }
  }
  return pixels;
}

/** One icon as a PNG file. */
export function iconPng(spec: IconSpec, primary: string): Buffer {
  return encodePng(spec.size, spec.size, iconPixels(spec.size, spec.purpose, primary));
}
