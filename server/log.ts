/**
 * What a log line may say about an error: its kind, SQLSTATE and where in the code it happened, never its message.
 * Database and validation messages quote the refused value ("invalid input syntax …: \"<name>\""), and the values are
 * passengers' names, passport numbers and phone numbers.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 6);
  return [
    `${error.name}${typeof code === 'string' ? ` (code ${code.replace(/[^\w.-]/g, '?').slice(0, 16)})` : ''}`,
    ...frames,
  ].join('\n    ');
}
