// Safe rendering of outside values in messages: no control characters, bounded length.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters, so a value can be echoed to a terminal or log. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** A short, printable description of any value, for messages about bad input. Never throws. */
export function describeValue(value: unknown, max = 60): string {
  let text: string;
  try {
    if (typeof value === 'string') text = JSON.stringify(value);
    else if (typeof value === 'bigint') text = `${value}n`;
    else if (typeof value === 'symbol') text = value.toString();
    else if (typeof value === 'function') text = '[function]';
    else if (value === null || typeof value !== 'object') text = String(value);
    else if (Array.isArray(value)) text = `[array of ${value.length}]`;
    else text = '[object]';
  } catch {
    text = '[unprintable]';
  }
  text = stripControl(text);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
