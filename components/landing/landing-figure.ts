/**
 * <landing-figure>: the still spiral on the landing page comes alive when the reader presses play.
 * This small module is all the page loads up front; lab and tfjs arrive with spiral-run.ts on the
 * first press. Play trains, Stop ends the run, Play again starts over (the same seeds, the same run).
 */
import type { SpiralProgress } from './spiral-run';
import { REPLAY_LABEL, STOP_LABEL } from './figure-labels';

function percent(value: number | undefined): string {
  return value === undefined ? '…' : `${Math.round(value * 100)} %`;
}

export class LandingFigure extends HTMLElement {
  #run: AbortController | undefined;

  connectedCallback(): void {
    this.#part<HTMLButtonElement>('play').addEventListener('click', () => void this.#toggle());
  }

  disconnectedCallback(): void {
    this.#run?.abort();
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #show(progress: SpiralProgress): void {
    this.#part('epoch').textContent = `Epoch ${progress.epoch} of ${progress.totalEpochs} · test accuracy ${percent(progress.testAccuracy)}`;
  }

  async #toggle(): Promise<void> {
    if (this.#run) {
      this.#run.abort();
      return;
    }
    const run = new AbortController();
    this.#run = run;
    const [button, status] = [this.#part<HTMLButtonElement>('play'), this.#part('status')];
    button.textContent = STOP_LABEL;
    this.dataset.state = 'running';
    status.textContent = 'Training: the coloured background is what the network predicts for each spot.';
    try {
      const { runSpiral } = await import('./spiral-run');
      const result = await runSpiral(this.#part<HTMLCanvasElement>('map'), run.signal, (progress) => this.#show(progress));
      const accuracy = result.final.testAccuracy;
      this.dataset.state = result.status === 'stopped' ? 'stopped' : 'done';
      this.dataset.value = String(accuracy ?? '');
      status.textContent = result.status === 'stopped'
        ? `Stopped at epoch ${result.epoch}.`
        : `Done: after ${result.epoch} epochs the network sorts ${percent(accuracy)} of the points it never trained on onto the right arm.`;
    } catch (error) {
      this.dataset.state = 'error';
      status.textContent = `The figure could not train: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.#run = undefined;
      button.textContent = REPLAY_LABEL;
    }
  }
}
