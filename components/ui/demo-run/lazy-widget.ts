/**
 * Registers a widget's custom element without loading its heavy code. The module behind `load`
 * (lab/, tfjs, Plot) is imported when the element comes within about one viewport of the screen
 * once the reader has scrolled or otherwise used the page (reader-activity.ts: so the first load
 * carries no tfjs or Plot even when a widget sits on the first screen), or on the reader's first
 * interaction with the widget itself, whichever happens first. A button pressed before the module
 * arrived is pressed again once it has mounted, so an early Train click is not lost.
 *
 * Evaluating the module, mounting the widget and pressing the held button each get a task of their
 * own: chained as promise callbacks they ran as one task, and on a fresh page the first Train click's
 * task (the module's evaluation, the mount, then the run's start and its first chart drawn by code V8
 * had not compiled yet) took 55–60 ms of CPU on the neuron and step-perceptron chapters (issue 18).
 */
import { bindLiveOutputs } from './live-outputs';
import { whenReaderActs } from './reader-activity';
import { errorMessage } from './error-message';

export interface WidgetModule {
  mount(root: HTMLElement): void | Promise<void>;
}

/** How far outside the viewport a widget starts loading: one screen height above and below. */
export const NEAR_VIEWPORT_MARGIN = '100% 0px 100% 0px';

const INTERACTION_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;

/** Resolves in a later task, so the work after it starts on a fresh task of its own. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function defineLazyWidget(tagName: string, load: () => Promise<WidgetModule>): void {
  if (customElements.get(tagName)) return;

  customElements.define(
    tagName,
    class LazyWidget extends HTMLElement {
      #observer?: IntersectionObserver;
      #loading?: Promise<void>;
      #pendingButton?: HTMLButtonElement;

      connectedCallback(): void {
        bindLiveOutputs(this);
        this.#observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) void this.#activate();
          },
          { rootMargin: NEAR_VIEWPORT_MARGIN },
        );
        void whenReaderActs().then(() => {
          if (this.isConnected && this.#loading === undefined) this.#observer?.observe(this);
        });
        this.addEventListener('click', this.#holdEarlyClick, { capture: true });
        for (const type of INTERACTION_EVENTS) this.addEventListener(type, this.#onInteraction, { once: true });
      }

      disconnectedCallback(): void {
        this.#observer?.disconnect();
      }

      #onInteraction = (): void => {
        void this.#activate();
      };

      #holdEarlyClick = (event: MouseEvent): void => {
        const button = (event.target as Element | null)?.closest('button');
        if (!button || !this.contains(button)) return;
        event.stopImmediatePropagation();
        event.preventDefault();
        this.#pendingButton = button;
        void this.#activate();
      };

      #activate(): Promise<void> {
        this.#loading ??= this.#loadAndMount();
        return this.#loading;
      }

      async #loadAndMount(): Promise<void> {
        this.#observer?.disconnect();
        for (const type of INTERACTION_EVENTS) this.removeEventListener(type, this.#onInteraction);
        this.setAttribute('aria-busy', 'true');
        try {
          const module = await load();
          await nextTask();
          await module.mount(this);
          this.removeEventListener('click', this.#holdEarlyClick, { capture: true });
          this.removeAttribute('aria-busy');
          const button = this.#pendingButton;
          this.#pendingButton = undefined;
          if (!button) return;
          await nextTask();
          if (!button.disabled && !button.hidden) button.click();
        } catch (error) {
          this.removeEventListener('click', this.#holdEarlyClick, { capture: true });
          this.removeAttribute('aria-busy');
          this.dataset.state = 'error';
          const status = this.querySelector('[data-part="status"]');
          const reason = errorMessage(error);
          if (status) status.textContent = `This demo could not start: ${reason}`;
          console.error(error);
        }
      }
    },
  );
}
