/** The props a trainable widget's markup takes. */
export interface WidgetProps {
  /** Unique on the page; prefixes every inner id. */
  id?: string;
  /** The seed its settings start from (a seeded widget with a seed field). */
  seed?: number;
}
