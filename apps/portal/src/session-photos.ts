/** PAVE's photo list, narrowed to what the page can show as thumbnails. */

import type { PortalPhoto } from './session-record.js';

/**
 * The page puts each `url` in an `<img src>`: only `https:` and `http:` addresses are kept, so a
 * `javascript:` or `data:` value from a compromised or broken upstream is never handed to the
 * browser. A skipped view (`url: null`) has nothing to show and is left out too.
 */
export function photosToShow(list: unknown): PortalPhoto[] {
  if (!Array.isArray(list)) return [];
  const photos: PortalPhoto[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { url, photo_label: label } = item as Record<string, unknown>;
    if (typeof url !== 'string') continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') continue;
    photos.push({
      label: typeof label === 'string' && label !== '' ? label : null,
      url: parsed.href,
    });
  }
  return photos;
}
