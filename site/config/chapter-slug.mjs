// A chapter's URL segment from its content file's name: "04-the-nonlinear-family" → "the-nonlinear-family".
// Shared by the chapter routes (lib-chapters.ts) and the Markdown step that resolves links for print.

/** @param {string} entryId the content entry's id (its file name without extension) */
export function chapterSlugFromId(entryId) {
  return entryId.replace(/^\d+-/, '');
}

/** The chapter's path on the site, under `base` ("/" or "/activation-lab/"). @param {string} base @param {string} entryId */
export function chapterPath(base, entryId) {
  return `${base}chapters/${chapterSlugFromId(entryId)}/`;
}
