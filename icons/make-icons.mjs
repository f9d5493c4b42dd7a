// Draws the toolbar/store icons (a white handset on a teal disc) as PNGs without image libraries.
// Run once with `node icons/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Coverage of the handset shape at a point in unit coordinates (0..1). */
function handset(x, y) {
  const d = Math.hypot(x - 0.5, y - 0.5);
  const inRing = d > 0.17 && d < 0.3;
  const angle = Math.atan2(y - 0.5, x - 0.5);
  const gap = angle > -Math.PI * 0.3 && angle < Math.PI * 0.8;
  const earpiece = Math.hypot(x - 0.638, y - 0.31) < 0.1;
  const mouthpiece = Math.hypot(x - 0.31, y - 0.638) < 0.1;
  return (inRing && !gap) || earpiece || mouthpiece;
}

function icon(size) {
  const rows = [];
  const samples = 4;
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let disc = 0;
      let shape = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (Math.hypot(x - 0.5, y - 0.5) <= 0.48) disc++;
          if (handset(x, y)) shape++;
        }
      }
      const n = samples * samples;
      const white = shape / n;
      row.push(Math.round(0x0b + (255 - 0x0b) * white), Math.round(0x6e + (255 - 0x6e) * white), Math.round(0x79 + (255 - 0x79) * white), Math.round((255 * disc) / n));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, import.meta.url), icon(size));
