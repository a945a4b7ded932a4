/**
 * Saves a file the user asked for, from the page itself: a Blob URL on a temporary
 * `<a download>`. This needs no `downloads` permission and sends nothing anywhere.
 */

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once cancels the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date, e.g. `sightings-2026-03-09.csv`. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
