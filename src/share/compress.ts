/**
 * Text ⇄ compact URL-safe text: UTF-8, raw DEFLATE with the browser's own CompressionStream
 * (https://developer.mozilla.org/docs/Web/API/CompressionStream), then base64url (RFC 4648 §5, no padding).
 * No library: every current browser and Node ≥ 20 have 'deflate-raw'.
 */

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

export async function deflate(text: string): Promise<Uint8Array> {
  return through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
}

export async function inflate(bytes: Uint8Array): Promise<string> {
  return new TextDecoder().decode(await through(bytes, new DecompressionStream('deflate-raw')));
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url text');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function packText(text: string): Promise<string> {
  return toBase64Url(await deflate(text));
}

export async function unpackText(packed: string): Promise<string> {
  return inflate(fromBase64Url(packed));
}
