import { describe, expect, it } from 'vitest';
import { originPattern, portalOrigin } from '../../../lib/permissions/tab-access';
import { parsePortalOrigin } from '../../../lib/permissions/portal-origins';

describe('portalOrigin', () => {
  it.each([
    ['https://portal.example.com/orders/1?x=1', 'https://portal.example.com'],
    ['http://127.0.0.1:8710/zh/order-1001.html', 'http://127.0.0.1:8710'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['about:blank', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, origin) => {
    expect(portalOrigin(url)).toBe(origin);
  });
});

describe('originPattern', () => {
  it.each([
    ['https://portal.example.com', 'https://portal.example.com/*'],
    ['http://127.0.0.1:8710', 'http://127.0.0.1/*'],
  ])('%s → %s', (origin, pattern) => {
    expect(originPattern(origin)).toBe(pattern);
  });
});

describe('parsePortalOrigin', () => {
  it.each([
    ['portal.example.com', 'https://portal.example.com'],
    ['  https://portal.example.com/login ', 'https://portal.example.com'],
    ['http://10.0.0.5:8080/x', 'http://10.0.0.5:8080'],
    ['ftp://files.example.com', null],
    ['', null],
    ['http://', null],
  ])('%j → %s', (text, origin) => {
    expect(parsePortalOrigin(text)).toBe(origin);
  });
});
