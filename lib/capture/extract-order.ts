import { collectCapture } from '../extract/collect-capture';
import type { IdMask } from '../extract/mask';
import type { CaptureResult } from '../schema/capture';
import { parseCaptureRows, type ParseOptions } from './parse-capture';

export type ExtractOptions = ParseOptions & { idMask: IdMask };

/**
 * A whole capture in one place, as the page and the panel do it between them: what the page collects, parsed
 * as the panel parses it. For tests, benchmarks and fixtures; the extension runs the halves apart.
 */
export function extractOrder(doc: Document, options: ExtractOptions): CaptureResult {
  const parsed = parseCaptureRows(collectCapture(doc, options), options);
  return parsed.askRows
    ? parseCaptureRows(collectCapture(doc, { ...options, rows: parsed.askRows }), options).result
    : parsed.result;
}
