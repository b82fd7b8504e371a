/**
 * `?data=<url>`: downloads an export with progress (the body streamed, Content-Length when the server sends
 * it) and turns every way it can fail into a problem the user can act on. Relative URLs resolve against the
 * page, so `?data=sample-data/tea-shop.csv` works on any host and under any sub-path.
 */
import type { FileProblem } from './types';

/** A download larger than this is refused: it is held in memory, unlike a dropped file. */
export const MAX_DOWNLOAD_BYTES = 1e9;

export type DownloadProblem = {
  code: 'url_invalid' | 'url_unreachable' | 'url_not_found' | 'url_http' | 'url_page' | 'url_too_large';
  params: Record<string, string | number>;
};

export type DownloadResult = { ok: true; file: File } | { ok: false; problem: DownloadProblem | FileProblem };

/** The URL a `?data=` value points to, or null when it is not http(s). */
export function resolveDataUrl(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The file name: Content-Disposition's, else the URL's last path segment. */
export function fileNameOf(url: URL, disposition: string | null): string {
  const quoted = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)?.[1];
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  const name = quoted ?? last ?? 'data.csv';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const looksLikeHtml = (head: Uint8Array) => /^\s*(<!doctype html|<html|<head|<body)/i.test(new TextDecoder().decode(head.slice(0, 256)));

export async function downloadFile(
  value: string,
  base: string,
  onProgress: (loaded: number, total: number | null) => void,
  limit = MAX_DOWNLOAD_BYTES,
): Promise<DownloadResult> {
  const url = resolveDataUrl(value, base);
  const fail = (code: DownloadProblem['code'], params: DownloadProblem['params'] = {}): DownloadResult => ({
    ok: false,
    problem: { code, params: { url: url?.href ?? value, host: url?.host ?? '', ...params } },
  });
  if (!url) return fail('url_invalid');
  const abort = new AbortController();
  let response: Response;
  try {
    // No cookies or credentials go to another host; the page's own host may use them (a protected intranet).
    response = await fetch(url, { signal: abort.signal, credentials: 'same-origin', cache: 'no-cache' });
  } catch {
    // The browser gives no reason: CORS refused, host unknown, offline and mixed content all look alike.
    return fail('url_unreachable');
  }
  if (response.status === 404 || response.status === 410) return fail('url_not_found', { status: response.status });
  if (!response.ok) return fail('url_http', { status: response.status });
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > limit) {
    abort.abort();
    return fail('url_too_large', { size: total, limit });
  }
  const parts: Uint8Array[] = [];
  let loaded = 0;
  onProgress(0, total);
  try {
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      if (loaded === 0 && looksLikeHtml(chunk)) {
        abort.abort();
        return fail('url_page');
      }
      loaded += chunk.length;
      if (loaded > limit) {
        abort.abort();
        return fail('url_too_large', { size: loaded, limit });
      }
      parts.push(chunk);
      onProgress(loaded, total);
    }
  } catch {
    return fail('url_unreachable');
  }
  const name = fileNameOf(url, response.headers.get('content-disposition'));
  return { ok: true, file: new File(parts as BlobPart[], name, { type: response.headers.get('content-type') ?? '' }) };
}
