/**
 * Draws the add-in's icon — a clipboard checklist with a green check badge,
 * in Office's flat style — from one list of shapes into SVG sources and
 * PNGs (16, 32, 64, 80, 128 px). The 16 px icon has its own, simpler
 * drawing on a 16-unit grid so its edges land on pixels.
 *
 *   npx tsx scripts/make-icons.ts [outDir]      (default: assets/)
 *
 * PNGs are rasterised here (8×8 supersampling of point-in-shape tests,
 * deflated with node:zlib), so no browser or image library is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'line'; points: [number, number][]; width: number; stroke: string };

interface Drawing {
  /** Units across (the SVG viewBox). */
  readonly size: number;
  readonly shapes: readonly Shape[];
}

const BOARD = '#2F5597';
const PAPER = '#FFFFFF';
const CLIP = '#7A7574';
const INK = '#A19F9D';
const DONE = '#107C41';

/** ≥ 32 px: clipboard, three checklist rows (two ticked), green badge. */
const FULL: Drawing = {
  size: 32,
  shapes: [
    { kind: 'rect', x: 4, y: 3.5, w: 20, h: 26.5, r: 2.5, fill: BOARD },
    { kind: 'rect', x: 6.5, y: 7, w: 15, h: 20.5, r: 1, fill: PAPER },
    { kind: 'rect', x: 9, y: 1.5, w: 10, h: 5.5, r: 1.5, fill: CLIP },
    { kind: 'rect', x: 12, y: 2.75, w: 4, h: 1.5, r: 0.75, fill: '#C8C6C4' },
    { kind: 'line', points: [[8.6, 11.2], [9.7, 12.3], [11.6, 10.1]], width: 1.3, stroke: DONE },
    { kind: 'line', points: [[13.5, 11.3], [19.5, 11.3]], width: 1.5, stroke: INK },
    { kind: 'line', points: [[8.6, 16.2], [9.7, 17.3], [11.6, 15.1]], width: 1.3, stroke: DONE },
    { kind: 'line', points: [[13.5, 16.3], [19.5, 16.3]], width: 1.5, stroke: INK },
    { kind: 'rect', x: 8.6, y: 20.3, w: 2.8, h: 2.8, r: 0.5, fill: INK },
    { kind: 'rect', x: 9.35, y: 21.05, w: 1.3, h: 1.3, r: 0.2, fill: PAPER },
    { kind: 'line', points: [[13.5, 21.7], [17, 21.7]], width: 1.5, stroke: INK },
    { kind: 'circle', cx: 24, cy: 24, r: 8, fill: PAPER },
    { kind: 'circle', cx: 24, cy: 24, r: 6.75, fill: DONE },
    { kind: 'line', points: [[20.8, 24.2], [23.1, 26.5], [27.3, 21.8]], width: 1.9, stroke: PAPER },
  ],
};

/** 16 px: board, paper, clip, two rows, badge — on whole and half pixels. */
const SMALL: Drawing = {
  size: 16,
  shapes: [
    { kind: 'rect', x: 1, y: 1.5, w: 11, h: 14, r: 1, fill: BOARD },
    { kind: 'rect', x: 2, y: 3, w: 9, h: 11, r: 0.5, fill: PAPER },
    { kind: 'rect', x: 4, y: 0.5, w: 5, h: 3, r: 1, fill: CLIP },
    { kind: 'line', points: [[3.5, 6], [9.5, 6]], width: 1, stroke: INK },
    { kind: 'line', points: [[3.5, 9], [7.5, 9]], width: 1, stroke: INK },
    { kind: 'circle', cx: 11.5, cy: 11.5, r: 4.5, fill: PAPER },
    { kind: 'circle', cx: 11.5, cy: 11.5, r: 3.75, fill: DONE },
    { kind: 'line', points: [[9.6, 11.6], [11, 13], [13.4, 10.3]], width: 1.3, stroke: PAPER },
  ],
};

// ---------------------------------------------------------------- SVG

function svg(d: Drawing): string {
  const body = d.shapes
    .map((s) => {
      switch (s.kind) {
        case 'rect':
          return `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`;
        case 'circle':
          return `  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`;
        case 'line':
          return `  <polyline points="${s.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
      }
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${d.size}" height="${d.size}" viewBox="0 0 ${d.size} ${d.size}">\n  <title>推行職業安全衛生優良單位 初審</title>\n${body}\n</svg>\n`;
}

// ---------------------------------------------------------------- raster

function inside(s: Shape, x: number, y: number): boolean {
  switch (s.kind) {
    case 'rect': {
      const r = Math.min(s.r, s.w / 2, s.h / 2);
      const qx = Math.abs(x - (s.x + s.w / 2)) - (s.w / 2 - r);
      const qy = Math.abs(y - (s.y + s.h / 2)) - (s.h / 2 - r);
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
      return outside <= 0;
    }
    case 'circle':
      return Math.hypot(x - s.cx, y - s.cy) <= s.r;
    case 'line': {
      const half = s.width / 2;
      for (let i = 0; i + 1 < s.points.length; i++) {
        const [ax, ay] = s.points[i]!;
        const [bx, by] = s.points[i + 1]!;
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        if (Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= half) return true;
      }
      return false;
    }
  }
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** RGBA pixels, premultiplied compositing of each shape's coverage, in drawing order. */
function rasterize(d: Drawing, px: number, samples = 8): Uint8Array {
  const out = new Float64Array(px * px * 4);
  const scale = d.size / px;
  for (const s of d.shapes) {
    const [r, g, b] = rgb(s.kind === 'line' ? s.stroke : s.fill);
    for (let y = 0; y < px; y++) {
      for (let x = 0; x < px; x++) {
        let hit = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (inside(s, (x + (sx + 0.5) / samples) * scale, (y + (sy + 0.5) / samples) * scale)) hit++;
          }
        }
        if (hit === 0) continue;
        const a = hit / (samples * samples);
        const i = (y * px + x) * 4;
        out[i] = r * a + out[i]! * (1 - a);
        out[i + 1] = g * a + out[i + 1]! * (1 - a);
        out[i + 2] = b * a + out[i + 2]! * (1 - a);
        out[i + 3] = a + out[i + 3]! * (1 - a);
      }
    }
  }
  const bytes = new Uint8Array(px * px * 4);
  for (let i = 0; i < px * px; i++) {
    const a = out[i * 4 + 3]!;
    for (let c = 0; c < 3; c++) bytes[i * 4 + c] = a > 0 ? Math.round(Math.min(255, out[i * 4 + c]! / a)) : 0;
    bytes[i * 4 + 3] = Math.round(a * 255);
  }
  return bytes;
}

// ---------------------------------------------------------------- PNG

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

function main(): void {
  const outDir = process.argv[2] ?? 'assets';
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'icon.svg'), svg(FULL));
  writeFileSync(join(outDir, 'icon-16.svg'), svg(SMALL));
  for (const px of [16, 32, 64, 80, 128]) {
    const drawing = px === 16 ? SMALL : FULL;
    writeFileSync(join(outDir, `icon-${px}.png`), encodePng(px, px, rasterize(drawing, px)));
    console.log(`${join(outDir, `icon-${px}.png`)}  ${px}×${px}`);
  }
}

main();
