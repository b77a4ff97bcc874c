import type { CardElement } from './adaptive-card.js';

/** Options of a TextRun (how the literal text looks). */
export interface RunStyle {
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  italic?: boolean;
}

/** One run of a literal line: plain text or text with a style. */
export type Run = string | ({ text: string } & RunStyle);

/**
 * Text that came from people or plan files (comments, titles, names),
 * shown exactly as written: a RichTextBlock's TextRuns never interpret
 * Markdown, and no Adaptive Card renderer interprets HTML, so "<script>"
 * or "[klicka här](…)" is shown as the characters it is.
 */
export function literalLine(runs: readonly Run[], block: Record<string, unknown> = {}): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: runs.filter((r) => (typeof r === 'string' ? r : r.text) !== '').map((r) => (typeof r === 'string' ? { type: 'TextRun', text: r } : { type: 'TextRun', ...r })),
    ...block,
  };
}

/** A single literal text with one style. */
export function literalText(text: string, style: RunStyle = {}, block: Record<string, unknown> = {}): CardElement {
  return literalLine([{ text, ...style }], block);
}

/** "Label: value" with the label in bold and the value literal. */
export function factLine(label: string, value: string, block: Record<string, unknown> = {}): CardElement {
  return literalLine([{ text: `${label}: `, weight: 'Bolder' }, value], { spacing: 'None', ...block });
}

/** Shortens text to `max` characters with an ellipsis (for labels and list lines). */
export function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
