/**
 * Draws the add-in's icons into assets/: a Fluent-blue shield guarding a white head-and-shoulders
 * figure ("a protected contact"), on a transparent background so it sits well on light and dark
 * ribbons. Pure Node (zlib + a small PNG encoder), so anyone can regenerate them without an image
 * editor: `npx tsx scripts/make-icons.ts`. The PNGs are committed; the manifest test checks that
 * every size the manifest declares exists.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Ribbon sizes (16, 32, 80), the add-in list icon (64) and its high-resolution form (128). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Fluent UI v9 brand colour (webLightTheme colorBrandBackground). */
const BRAND: Rgb = [0x0f, 0x6c, 0xbd];
const WHITE: Rgb = [0xff, 0xff, 0xff];

type Rgb = readonly [number, number, number];

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, no interlace)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** `rgba` holds width × height pixels, row by row, 4 bytes each (straight alpha). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  // bytes 10–12: compression, filter and interlace methods, all 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type "None" for every scanline
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The glyph, in unit coordinates (0..1, y down), so every size is drawn from one description.

const SHIELD = { left: 0.14, right: 0.86, top: 0.06, shoulder: 0.5, bottom: 0.96, corner: 0.07 };

function insideShield(x: number, y: number): boolean {
  const half = (SHIELD.right - SHIELD.left) / 2;
  const centre = SHIELD.left + half;
  if (y < SHIELD.top || y > SHIELD.bottom) return false;
  const dx = Math.abs(x - centre);
  if (y <= SHIELD.shoulder) {
    // Straight sides with rounded top corners.
    const r = SHIELD.corner;
    if (y < SHIELD.top + r && dx > half - r) {
      return Math.hypot(dx - (half - r), y - (SHIELD.top + r)) <= r;
    }
    return dx <= half;
  }
  // Below the shoulder the sides curve in to a point: width × (1 − t²).
  const t = (y - SHIELD.shoulder) / (SHIELD.bottom - SHIELD.shoulder);
  return dx <= half * (1 - t * t);
}

function insidePerson(x: number, y: number): boolean {
  const head = Math.hypot(x - 0.5, y - 0.34) <= 0.105;
  // Shoulders: the top half of an ellipse, clipped flat where the shield starts to narrow.
  const sx = (x - 0.5) / 0.2;
  const sy = (y - 0.7) / 0.2;
  const shoulders = y <= 0.7 && sx * sx + sy * sy <= 1;
  return head || shoulders;
}

/** Coverage of each layer in a pixel, from an n × n grid of samples (anti-aliasing). */
function pixelCoverage(px: number, py: number, size: number): { shield: number; person: number } {
  const n = size <= 32 ? 8 : 4;
  let shield = 0;
  let person = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n) / size;
      const y = (py + (j + 0.5) / n) / size;
      if (insideShield(x, y)) {
        shield++;
        if (insidePerson(x, y)) person++;
      }
    }
  }
  return { shield: shield / (n * n), person: person / (n * n) };
}

export function drawIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const { shield, person } = pixelCoverage(px, py, size);
      const o = (py * size + px) * 4;
      if (shield === 0) continue; // transparent
      const white = person / shield; // share of the covered area that is the figure
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = Math.round((BRAND[c] ?? 0) * (1 - white) + (WHITE[c] ?? 0) * white);
      }
      rgba[o + 3] = Math.round(shield * 255);
    }
  }
  return rgba;
}

export function writeIcons(assetsDir: string): string[] {
  mkdirSync(assetsDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(assetsDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  for (const file of writeIcons(join(root, "assets"))) console.log(`wrote ${file}`);
}
