import type { SensitiveRects } from '../schema/messages';

/** The colour painted over sensitive areas of a screenshot. */
export const MASK_COLOUR = '#222222';
export const MASK_RGB = [0x22, 0x22, 0x22] as const;

/** The bitmap's size may differ from the viewport's CSS size times its pixel ratio by rounding only. */
const ASPECT_TOLERANCE = 0.03;

/** Why an image could not be masked; no screenshot is kept then. */
export class MaskError extends Error {
  constructor(
    readonly why: 'image_mismatch' | 'no_canvas',
    detail: string,
  ) {
    super(detail);
    this.name = 'MaskError';
  }
}

/** A rectangle in bitmap pixels, whole pixels, grown outwards and cut to the bitmap. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bitmap rectangles to paint for the page's viewport rectangles: scaled by the ratio between the bitmap's
 * size and the viewport's CSS size (the device pixel ratio, with page and pinch zoom), rounded outwards. Throws
 * a MaskError when the bitmap cannot be a picture of that viewport.
 */
export function pixelRects(bitmap: { width: number; height: number }, page: SensitiveRects): PixelRect[] {
  const sx = bitmap.width / page.width;
  const sy = bitmap.height / page.height;
  if (
    !(sx > 0 && sy > 0 && Number.isFinite(sx) && Number.isFinite(sy)) ||
    Math.abs(sx - sy) > ASPECT_TOLERANCE * Math.max(sx, sy)
  ) {
    throw new MaskError(
      'image_mismatch',
      `the ${bitmap.width}×${bitmap.height} image is not of the ${page.width}×${page.height} page`,
    );
  }
  const out: PixelRect[] = [];
  for (const r of page.rects) {
    const x0 = Math.max(0, Math.floor(r.x * sx));
    const y0 = Math.max(0, Math.floor(r.y * sy));
    const x1 = Math.min(bitmap.width, Math.ceil((r.x + r.width) * sx));
    const y1 = Math.min(bitmap.height, Math.ceil((r.y + r.height) * sy));
    if (x1 > x0 && y1 > y0) out.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

/**
 * Paints opaque boxes over the sensitive rectangles of a captured PNG and returns the new PNG. Runs on an
 * OffscreenCanvas in the extension page: the unmasked image is never stored or shown.
 */
export async function maskPng(png: Uint8Array, page: SensitiveRects): Promise<Uint8Array> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined')
    throw new MaskError('no_canvas', 'this browser cannot edit images');
  const bitmap = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  try {
    const rects = pixelRects(bitmap, page);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new MaskError('no_canvas', 'no 2D canvas');
    ctx.drawImage(bitmap, 0, 0);
    ctx.fillStyle = MASK_COLOUR;
    for (const r of rects) ctx.fillRect(r.x, r.y, r.width, r.height);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
  }
}
