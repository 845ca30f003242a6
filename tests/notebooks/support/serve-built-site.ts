/** Serves the built site on a free local port for the notebook tests (they inject `siteOrigin`). */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../e2e/support/static-server.mjs';
import { builtSiteDir } from '../../e2e/support/built-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startStaticServer({ root: builtSiteDir(), port: 0 });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no port.');
  project.provide('siteOrigin', `http://127.0.0.1:${address.port}`);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
