// Where the base-path smoke run builds the site and which path it serves it under; read by
// scripts/build-base-path.mjs and playwright.base-path.config.ts so both agree.
export const BASE_PATH_BUILD = { base: '/activation-lab/', out: '.out/base-path' };
