/**
 * A demo's "Copy link": its settings and seed go into the page address under the demo's own id,
 * `?<id>.seed=7&<id>.epochs=40#<id>`, so two demos on one page never share a parameter (nor clash
 * with the explorer's, the bench's or the test hooks' own), other demos' shared settings stay in the
 * address, and the fragment alone brings the reader to the demo, even before any script runs.
 * Opening such a link restores the settings through the form's own validators; a refused value keeps
 * the control's own value and is named in a notice, shown as text.
 */
import type { SettingsForm } from '../controls/settings-form';
import { noticeList } from '../text/notice-list';
import type { WidgetElementFinder } from './widget-elements';

export type LinkReading = { ok: true; url: URL } | { ok: false; reason: string };

export interface LinkSource {
  /** The address that shares the demo's current settings (without its fragment), or why there is none. */
  link(): LinkReading;
  /** Puts the settings the address carries into the controls; returns a reason for each one refused. */
  restore?(): string[];
}

const COPIED = 'Link copied.';
const COPY_REFUSED = 'Copying is not allowed here; copy this link instead: ';
const REFUSED_HEADING = 'This link asked for settings the demo cannot use; it kept its own for:';
/** A hostile link can carry any number of parameters; the notice names a few. */
const MAX_NOTICES = 6;
const MAX_NAME_LENGTH = 40;

const clip = (text: string): string => (text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}…` : text);

/** The link source of a demo whose settings live in a settings form. */
export function formLink<S>(root: HTMLElement, form: SettingsForm<S>): LinkSource {
  const prefix = `${root.id}.`;
  const ours = (params: URLSearchParams): string[] => [...new Set(params.keys())].filter((name) => name.startsWith(prefix));
  return {
    link: () => {
      const reading = form.read();
      if (!reading.ok) return { ok: false, reason: reading.reason };
      const url = new URL(location.href);
      for (const name of ours(url.searchParams)) url.searchParams.delete(name);
      for (const [name, value] of form.toParams(reading.settings, prefix)) url.searchParams.append(name, value);
      return { ok: true, url };
    },
    restore: () => {
      const params = new URLSearchParams(location.search);
      const unknown = ours(params).filter((name) => !form.keys.includes(name.slice(prefix.length)));
      return [...form.restoreParams(params, prefix), ...unknown.map((name) => `“${clip(name)}” is not a setting of this demo.`)];
    },
  };
}

/** Shows the Copy link button, restores what the address carries and brings a linked demo into view. */
export function wireDemoLink(root: HTMLElement, find: WidgetElementFinder, source: LinkSource): void {
  const button = find.part<HTMLButtonElement>('copy-link');
  const status = find.part<HTMLElement>('link-status');
  const say = (...content: (string | Node)[]): void => {
    status.replaceChildren(...content);
    status.hidden = content.length === 0;
  };
  button.hidden = false;
  button.addEventListener('click', () => void copyLink(root, source, say));
  const refused = source.restore?.() ?? [];
  if (refused.length > 0) say(...noticeList(REFUSED_HEADING, refused, MAX_NOTICES));
  if (location.hash === `#${root.id}`) requestAnimationFrame(() => root.scrollIntoView({ block: 'start' }));
}

async function copyLink(root: HTMLElement, source: LinkSource, say: (...content: (string | Node)[]) => void): Promise<void> {
  const link = source.link();
  if (!link.ok) {
    say(`No link yet: ${link.reason}`);
    return;
  }
  link.url.hash = root.id;
  const url = link.url.toString();
  history.replaceState(history.state, '', url);
  try {
    await navigator.clipboard.writeText(url);
    say(COPIED);
  } catch {
    say(COPY_REFUSED, Object.assign(document.createElement('a'), { href: url, textContent: url, className: 'shared-link' }));
  }
}
