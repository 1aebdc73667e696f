import type Handlebars from 'handlebars';

/**
 * Helpers of the HTML instance. They return plain strings, which Handlebars escapes like any
 * other value; none returns a SafeString, so no data can turn into markup.
 */
export function registerHtmlHelpers(instance: typeof Handlebars): void {
  instance.registerHelper('plural', (count: unknown, noun: unknown) => {
    const number = typeof count === 'number' ? count : Number(count);
    return `${number} ${String(noun)}${number === 1 ? '' : 's'}`;
  });
}
