const cache = new Map<string, Promise<string>>();

/**
 * A QR code for the form's address, as a PNG data URI an Adaptive Card can
 * show (so a private phone can open the form without typing). Cached per
 * address; the image is about 1 KB. The qrcode library is loaded with the
 * first code, not when Tillit starts.
 */
export function formLinkQr(url: string): Promise<string> {
  let qr = cache.get(url);
  if (!qr) {
    qr = import('qrcode').then(({ default: QRCode }) => QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, scale: 5, type: 'image/png' }));
    // A failure is not kept: the next asks again.
    qr.catch(() => cache.delete(url));
    cache.set(url, qr);
  }
  return qr;
}
