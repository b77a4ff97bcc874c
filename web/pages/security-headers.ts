import type { Response } from 'express';
import { frameAncestorsDirective } from './frame-ancestors.js';

/**
 * The one headers module. Every response is `nosniff` (web/http-server.ts);
 * the hosts that may frame a page are web/pages/frame-ancestors.ts.
 *
 * Headers for every page (the report channel, the case view, the info pages,
 * the dashboard tab): a strict Content Security
 * Policy (nothing from other hosts, scripts and styles only from Tillit
 * itself, forms post only to Tillit), no referrer, no caching of anything a
 * reporter typed or was shown, framable only by Teams. No cookie is ever set.
 */
export function setPageHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      frameAncestorsDirective,
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  });
}

/** Headers for Tillit's own static files (stylesheet, scripts): cacheable (an hour, unless told otherwise), never sniffed. */
export function setAssetHeaders(res: Response, contentType: string, cacheControl = 'public, max-age=3600'): void {
  res.set({
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  });
}
