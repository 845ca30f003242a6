/** Copies the explorer's "Link to this view" address, saying in `status` whether the clipboard took it. */
const COPY_DONE = 'Link copied.';
const COPY_FAILED = 'Copying is not allowed here; use the “Link to this view” link instead.';

export async function copyViewLink(link: HTMLAnchorElement, status: HTMLElement): Promise<void> {
  try {
    // An anchor's href property is its address made absolute.
    await navigator.clipboard.writeText(link.href);
    status.textContent = COPY_DONE;
  } catch {
    status.textContent = COPY_FAILED;
  }
}
