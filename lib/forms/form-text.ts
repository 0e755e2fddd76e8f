// What every text field of every form holds once read: a NUL or another control character typed or forged into a
// title would be saved, then rendered on every page and written into exports. Tab and newline are text; the
// browser sends a textarea's newlines as "\r\n", kept as "\n" so a value reads the same however it was posted.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function formText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(controlCharacters, "");
}
