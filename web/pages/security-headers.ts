import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { teamsFrameHosts } from './frame-ancestors.js';

/**
 * The one headers module, with `helmet` configured once here and used by
 * web/http-server.ts for every response (pages, assets, JSON, /api/messages):
 * a strict Content Security Policy (nothing from other hosts, scripts and
 * styles only from Tillit itself, forms post only to Tillit, framable only
 * by Teams: web/pages/frame-ancestors.ts), `nosniff`, no referrer, resources
 * for Tillit's own pages only. Left out on purpose: X-Frame-Options (it
 * cannot name Teams; frame-ancestors decides), Strict-Transport-Security
 * (the TLS proxy in front of Tillit decides) and the opener policy (Teams'
 * sign-in windows talk to the tab). No cookie is ever set.
 */
export const securityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'self'", ...teamsFrameHosts],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  xContentTypeOptions: true,
  xFrameOptions: false,
  strictTransportSecurity: false,
  crossOriginOpenerPolicy: false,
});

/**
 * Pages (the report channel, the case view, the info pages, the dashboard
 * tab) add to those: no caching of anything a reporter typed or was shown,
 * and no camera, microphone, position, payment or USB.
 */
export function setPageHeaders(res: Response): void {
  res.set({
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  });
}

/** Tillit's own static files (stylesheet, scripts): their type, cacheable (an hour, unless told otherwise). */
export function setAssetHeaders(res: Response, contentType: string, cacheControl = 'public, max-age=3600'): void {
  res.set({ 'Content-Type': contentType, 'Cache-Control': cacheControl });
}
