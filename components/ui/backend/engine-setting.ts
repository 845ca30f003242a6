/**
 * The reader's engine setting, one for the whole site: which engine trains every demo. 'auto' (the
 * default) takes lab's array engine wherever it can train the network, 'tfjs' always TensorFlow.js,
 * 'lab' insists on the array engine. Read from the address (?engine=tfjs, for this page only; any
 * other value is refused with a notice), else from the reader's last choice (localStorage, shared
 * with the tab choices' mechanism so every bar on the page and in other windows follows), else auto.
 * The page's current choice lives on <html data-engine-choice>, so it holds when storage is blocked.
 */
import { ENGINE_CHOICES, type EngineChoice } from '../../../lab/index';
import { onTabChoice, readTabChoice, saveTabChoice } from '../tabs/tab-choice';

export const ENGINE_PARAM = 'engine';
export const ENGINE_STORAGE_KEY = 'activation-lab:engine';
export const DEFAULT_ENGINE: EngineChoice = 'auto';
const MAX_QUOTED = 24;

export interface EngineReading {
  choice: EngineChoice;
  /** Why the address's value was not used, for the reader. */
  notice?: string;
}

function isEngineChoice(value: string | null | undefined): value is EngineChoice {
  return (ENGINE_CHOICES as readonly string[]).includes(value ?? '');
}

/** A refused value, quoted short and printable (it comes from a link anyone can write). */
function quoted(value: string): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > MAX_QUOTED ? `${printable.slice(0, MAX_QUOTED)}…` : printable);
}

/** The setting from an address's query and the remembered choice (pure, for tests). */
export function readEngineSetting(search: string, remembered: string | undefined): EngineReading {
  const asked = new URLSearchParams(search).get(ENGINE_PARAM);
  const fallback = isEngineChoice(remembered) ? remembered : DEFAULT_ENGINE;
  if (asked === null) return { choice: fallback };
  if (isEngineChoice(asked)) return { choice: asked };
  return {
    choice: fallback,
    notice: `The link asked for engine ${quoted(asked)}, which is not one of ${ENGINE_CHOICES.join(', ')}; training with "${fallback}" instead.`,
  };
}

/** This page's setting: the one already in force on the page, else read from the address and storage. */
export function currentEngineSetting(): EngineReading {
  const onPage = document.documentElement.dataset.engineChoice;
  if (isEngineChoice(onPage)) return { choice: onPage, ...refusalOnPage() };
  const reading = readEngineSetting(location.search, readTabChoice(ENGINE_STORAGE_KEY));
  document.documentElement.dataset.engineChoice = reading.choice;
  if (reading.notice) document.documentElement.dataset.engineNotice = reading.notice;
  return reading;
}

function refusalOnPage(): { notice?: string } {
  const notice = document.documentElement.dataset.engineNotice;
  return notice ? { notice } : {};
}

/** The reader chose: in force on this page at once, remembered for the next (when storage allows). */
export function chooseEngine(choice: EngineChoice): void {
  document.documentElement.dataset.engineChoice = choice;
  saveTabChoice({ key: ENGINE_STORAGE_KEY, value: choice });
}

/** Calls back with each choice made in another bar or window; returns the unsubscribe. */
export function onEngineChoice(callback: (choice: EngineChoice) => void): () => void {
  return onTabChoice(ENGINE_STORAGE_KEY, (value) => {
    if (!isEngineChoice(value)) return;
    document.documentElement.dataset.engineChoice = value;
    callback(value);
  });
}
