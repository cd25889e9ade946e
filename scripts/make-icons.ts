// Draws the toolbar icons (public/icon/{size}.png and the greyed "off" variant off-{size}.png):
// a rounded square with three lines of text, the middle one marked, as Backstory marks a term.
// Plain Node (zlib for PNG compression), so the icons can be remade anywhere: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
/** Samples per pixel side: smooth edges without a rasteriser. */
const SUPERSAMPLE = 4;
const OUT = resolve(import.meta.dirname, '..', 'public', 'icon');

type RGBA = [number, number, number, number];
interface Palette {
  tile: RGBA;
  line: RGBA;
  mark: RGBA;
}
const ON: Palette = { tile: [11, 87, 208, 255], line: [255, 255, 255, 255], mark: [255, 214, 64, 255] };
const OFF: Palette = { tile: [120, 120, 128, 255], line: [235, 235, 240, 255], mark: [170, 170, 178, 255] };

/** Rounded rectangle test in unit coordinates (0..1). */
function inRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour at a unit-square point, or null outside the icon. */
function shade(x: number, y: number, p: Palette): RGBA | null {
  if (!inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  // The marked word sits on the middle line: a highlight block behind a short bar.
  if (inRoundRect(x, y, 0.36, 0.4, 0.82, 0.6, 0.05)) return inRoundRect(x, y, 0.42, 0.46, 0.76, 0.54, 0.04) ? p.tile : p.mark;
  const bars: [number, number, number][] = [
    [0.18, 0.82, 0.24],
    [0.18, 0.3, 0.5],
    [0.18, 0.62, 0.76],
  ];
  for (const [x0, x1, cy] of bars) if (inRoundRect(x, y, x0, cy - 0.05, x1, cy + 0.05, 0.05)) return p.line;
  return p.tile;
}

function draw(size: number, p: Palette): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, p);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = acc[3] / n;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = alpha ? Math.round(acc[i] / acc[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(OUT, `${size}.png`), draw(size, ON));
  writeFileSync(join(OUT, `off-${size}.png`), draw(size, OFF));
}
console.log(`Wrote ${SIZES.length * 2} icons to public/icon/`);
