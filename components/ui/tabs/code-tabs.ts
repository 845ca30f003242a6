/**
 * <code-tabs>: turns its <section class="code-tab"> children into a WAI-ARIA tab set. Without this
 * script every section stays visible under its own title. With it, a tablist appears; arrow keys,
 * Home and End move between tabs (selection follows focus); the choice is remembered under the
 * group's sync key and every group with that key, on any page, shows the same tab. A link to
 * something inside a hidden panel opens that panel.
 */
import { onTabChoice, readTabChoice, saveTabChoice } from './tab-choice';

export const CODE_TABS_TAG = 'code-tabs';
export const DEFAULT_SYNC_KEY = 'framework-tab';

const NEXT_KEYS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** The fragment as an id; a malformed escape (e.g. "#%E0%A4%A") is taken as it is rather than thrown. */
function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

interface Tab {
  value: string;
  button: HTMLButtonElement;
  panel: HTMLElement;
}

export class CodeTabs extends HTMLElement {
  #tabs: Tab[] = [];
  #unsubscribe?: () => void;

  get syncKey(): string {
    return this.dataset.syncKey || DEFAULT_SYNC_KEY;
  }

  get selected(): string | undefined {
    return this.#tabs.find((tab) => tab.button.getAttribute('aria-selected') === 'true')?.value;
  }

  connectedCallback(): void {
    if (this.#tabs.length > 0) return;
    const panels = [...this.querySelectorAll<HTMLElement>(':scope > .code-tab[data-tab-value]')];
    if (panels.length < 2) return;
    const groupId = this.id || `${CODE_TABS_TAG}-${[...document.querySelectorAll(CODE_TABS_TAG)].indexOf(this)}`;
    const tablist = document.createElement('div');
    tablist.className = 'code-tabs-list';
    tablist.setAttribute('role', 'tablist');
    tablist.setAttribute('aria-label', this.dataset.label || 'Code');
    this.#tabs = panels.map((panel) => this.#makeTab(panel, groupId));
    tablist.append(...this.#tabs.map((tab) => tab.button));
    tablist.addEventListener('keydown', this.#onKeydown);
    this.prepend(tablist);
    this.dataset.enhanced = '';

    const stored = readTabChoice(this.syncKey);
    this.#select(this.#has(stored) ? stored! : this.#tabs[0]!.value);
    this.#unsubscribe = onTabChoice(this.syncKey, (value) => {
      if (this.#has(value)) this.#select(value);
    });
    window.addEventListener('hashchange', this.#revealTarget);
    this.#revealTarget();
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    window.removeEventListener('hashchange', this.#revealTarget);
  }

  #makeTab(panel: HTMLElement, groupId: string): Tab {
    const value = panel.dataset.tabValue!;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `${groupId}-tab-${value}`;
    button.setAttribute('role', 'tab');
    button.textContent = panel.dataset.tabLabel || value;
    panel.id ||= `${groupId}-panel-${value}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    button.setAttribute('aria-controls', panel.id);
    button.addEventListener('click', () => this.#choose(value));
    return { value, button, panel };
  }

  #has(value: string | undefined): boolean {
    return value !== undefined && this.#tabs.some((tab) => tab.value === value);
  }

  /** The reader's choice: shown here, remembered, and passed on to the other groups. */
  #choose(value: string): void {
    this.#select(value);
    saveTabChoice({ key: this.syncKey, value });
  }

  #select(value: string): void {
    for (const tab of this.#tabs) {
      const selected = tab.value === value;
      tab.button.setAttribute('aria-selected', String(selected));
      tab.button.tabIndex = selected ? 0 : -1;
      tab.panel.hidden = !selected;
    }
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const next = NEXT_KEYS[event.key];
    const current = this.#tabs.findIndex((tab) => tab.button === document.activeElement);
    if (!next || current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = this.#tabs[next(current, this.#tabs.length)]!;
    target.button.focus();
    this.#choose(target.value);
  };

  #revealTarget = (): void => {
    const id = decodedFragment(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const tab = target ? this.#tabs.find((candidate) => candidate.panel.contains(target)) : undefined;
    if (tab && tab.panel.hidden) this.#select(tab.value);
  };
}

if (!customElements.get(CODE_TABS_TAG)) customElements.define(CODE_TABS_TAG, CodeTabs);
