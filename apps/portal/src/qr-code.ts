/** A capture link as a QR code, drawn on the server so the page needs no library. */

import QRCode from 'qrcode';

/**
 * SVG scales to any size without blurring, and is text, so it can be checked in a test. Medium
 * error correction survives a phone screen's glare or a crumpled printout.
 */
export function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#111827', light: '#ffffff' },
  });
}
