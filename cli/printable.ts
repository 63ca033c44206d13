// Text from outside (file names, ids made from them) made safe to print on a terminal: control characters
// (escape sequences, carriage returns, bidirectional overrides) are shown as escapes instead of being run.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
