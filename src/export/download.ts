/** Offers a link target as a file download (an object URL, or a data URL such as a chart's PNG). */
export function saveUrl(fileName: string, url: string): void {
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Offers text as a file download. */
export function saveText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  saveUrl(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
