/**
 * Finds a widget's elements by id and by data-part. A missing element is a markup bug, so it throws
 * at once, naming the widget and what is missing.
 */
export interface WidgetElementFinder {
  byId<T extends HTMLElement>(id: string): T;
  part<T extends HTMLElement>(name: string): T;
}

export function widgetElementFinder(widgetName: string, root: HTMLElement): WidgetElementFinder {
  return {
    byId<T extends HTMLElement>(id: string): T {
      const element = document.getElementById(id);
      if (!element) throw new Error(`${widgetName}: #${id} is missing`);
      return element as T;
    },
    part<T extends HTMLElement>(name: string): T {
      const element = root.querySelector<T>(`[data-part="${name}"]`);
      if (!element) throw new Error(`${widgetName}: [data-part="${name}"] is missing`);
      return element;
    },
  };
}
