/** The guide's own version (package.json), written into every run record so a number can be traced to the release that made it. */
import packageJson from '../package.json' with { type: 'json' };

export const SITE_VERSION: string = packageJson.version;
