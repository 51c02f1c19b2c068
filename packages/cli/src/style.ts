// How human output is drawn: colour or not, the language of labels and text, the width.
import type { Lang } from './labels.js';

export interface Style {
  readonly color: boolean;
  readonly lang: Lang;
  readonly columns: number;
}
