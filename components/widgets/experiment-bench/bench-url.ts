/** The bench's settings in the page address: read once when the bench loads, written when a grid starts. */
import { type ExperimentConfig, DEFAULT_EXPERIMENT, configFromSearchParams, hasConfigParams, mergeConfigIntoSearch } from '../../../lab/index';

export interface UrlConfig {
  config: ExperimentConfig;
  notices: string[];
}

/** The config in the address, or undefined when the address carries none. */
export function readUrlConfig(): UrlConfig | undefined {
  const params = new URLSearchParams(location.search);
  if (!hasConfigParams(params)) return undefined;
  const { config, notices } = configFromSearchParams(params);
  if (!config.csv) return { config, notices };
  // A link names a reader's file but never carries it: the file has to be loaded again.
  const { csv, ...rest } = config;
  return {
    config: { ...rest, dataset: DEFAULT_EXPERIMENT.dataset },
    notices: [...notices, `This link was made with a CSV file, ${csv.file} (label ${csv.label}); files never leave the reader's machine, so load it again with “Load your CSV…”. Until then the bench uses ${DEFAULT_EXPERIMENT.dataset}.`],
  };
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
