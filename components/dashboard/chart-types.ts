// One bar of a dashboard chart, with everything already put into words in the interface language.
export interface ChartBar {
  key: string;
  /** What the bar stands for: a domain's name, a year, a state's name. */
  label: string;
  value: number;
  /** The value written out, e.g. "1,234". */
  valueLabel: string;
  /** The link's accessible name, e.g. "Cybersecurity: 1,234 agreements". */
  name: string;
  /** The agreements table filtered to the bar; null when no filter can express it. */
  href: string | null;
}
