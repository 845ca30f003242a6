/** The bench's settings in the page address: read once when the bench loads, written when a grid starts. */
import { type ExperimentConfig, configFromSearchParams, hasConfigParams, mergeConfigIntoSearch } from '../../../lab/index';

export interface UrlConfig {
  config: ExperimentConfig;
  notices: string[];
}

/** The config in the address, or undefined when the address carries none. */
export function readUrlConfig(): UrlConfig | undefined {
  const params = new URLSearchParams(location.search);
  return hasConfigParams(params) ? configFromSearchParams(params) : undefined;
}

/** Replaces the address (no new history entry) so the link shares this grid. */
export function writeUrlConfig(config: ExperimentConfig): void {
  const search = mergeConfigIntoSearch(location.search, config);
  history.replaceState(history.state, '', `${location.pathname}?${search}${location.hash}`);
}

/** Writes the config into the address, as a grid's start does, and returns that address for Copy link. */
export function linkToConfig(config: ExperimentConfig): URL {
  writeUrlConfig(config);
  return new URL(location.href);
}

/** Shows a heading and one list item per notice, all as text; hides the box when there is nothing to say. */
export function showNotices(box: HTMLElement, heading: string, notices: readonly string[]): void {
  if (notices.length === 0) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const title = document.createElement('p');
  title.textContent = heading;
  title.style.margin = '0';
  const list = document.createElement('ul');
  for (const notice of notices) {
    const item = document.createElement('li');
    item.textContent = notice;
    list.append(item);
  }
  box.replaceChildren(title, list);
  box.hidden = false;
}
