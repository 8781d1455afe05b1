import { describe, expect, it } from 'vitest';
import { MaskError, pixelRects } from '../../../lib/screenshot/mask-image';

const page = (width: number, height: number, rects: { x: number; y: number; width: number; height: number }[]) => ({
  width,
  height,
  dpr: 1,
  rects,
});

describe('pixelRects', () => {
  it('scales viewport rectangles by the bitmap’s size over the viewport’s, rounding outwards', () => {
    expect(
      pixelRects({ width: 2560, height: 1440 }, page(1280, 720, [{ x: 10.5, y: 20.25, width: 100, height: 20 }])),
    ).toEqual([{ x: 21, y: 40, width: 200, height: 41 }]);
  });

  it('handles a fractional ratio (125 % zoom)', () => {
    expect(pixelRects({ width: 1600, height: 900 }, page(1280, 720, [{ x: 0, y: 0, width: 3, height: 3 }]))).toEqual([
      { x: 0, y: 0, width: 4, height: 4 },
    ]);
  });

  it('cuts rectangles to the bitmap and drops empty ones', () => {
    expect(
      pixelRects(
        { width: 100, height: 100 },
        page(100, 100, [
          { x: 90, y: -5, width: 20, height: 10 },
          { x: 200, y: 0, width: 5, height: 5 },
        ]),
      ),
    ).toEqual([{ x: 90, y: 0, width: 10, height: 5 }]);
  });

  it('refuses a bitmap that cannot be of the viewport', () => {
    expect(() => pixelRects({ width: 1280, height: 1280 }, page(1280, 720, []))).toThrow(MaskError);
  });
});
