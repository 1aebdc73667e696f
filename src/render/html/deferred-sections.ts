import { randomUUID } from 'node:crypto';

import type Handlebars from 'handlebars';

import { TemplateError } from '../../model/errors.js';

type HandlebarsInstance = typeof Handlebars;

interface DeferredBlock {
  marker: string;
  items: readonly unknown[];
  /** The context the block was called in, for its `{{else}}` part. */
  context: unknown;
  options: Handlebars.HelperOptions;
}

/**
 * The `sections` block helper: `{{#sections stacks}}{{> stack}}{{else}}none{{/sections}}`
 * renders like `each`, except that the page first gets a marker, and the items are rendered
 * one at a time when `parts` reaches it. A page of thousands of stacks is then written section
 * by section instead of being built whole: as one string, Handlebars keeps every piece of it
 * alive until the end, several times the page's own size. A page template that loops with
 * `each` still works, in one part.
 */
export class DeferredSections {
  // Markers carry a NUL, which the view never holds (control characters are cleaned away).
  private readonly prefix = `\u0000sections-${randomUUID()}-`;
  private readonly blocks: DeferredBlock[] = [];

  constructor(private readonly templatePath: string) {}

  register(instance: HandlebarsInstance): void {
    const { blocks, prefix } = this;
    instance.registerHelper(
      'sections',
      function (this: unknown, items: unknown, options: Handlebars.HelperOptions) {
        const marker = `${prefix}${blocks.length}\u0000`;
        const list = Array.isArray(items) ? (items as unknown[]) : [];
        blocks.push({ marker, items: list, context: this, options });
        return marker;
      },
    );
  }

  /** The rendered page, in parts: the text around each marker, then its items one by one. */
  *parts(page: string): Generator<string, void, undefined> {
    let rest = page;
    for (const block of this.blocks) {
      const at = rest.indexOf(block.marker);
      if (at < 0) continue;
      yield rest.slice(0, at);
      yield* this.renderBlock(block);
      rest = rest.slice(at + block.marker.length);
    }
    yield rest;
  }

  private *renderBlock(block: DeferredBlock): Generator<string, void, undefined> {
    const { items, options } = block;
    if (items.length === 0) {
      yield this.run(() => options.inverse(block.context));
      return;
    }
    const parent = options.data as object | undefined;
    for (const [index, item] of items.entries()) {
      const last = index === items.length - 1;
      const frame = { ...parent, _parent: parent, index, first: index === 0, last };
      yield this.run(() => options.fn(item, { data: frame }));
    }
  }

  private run(render: () => string): string {
    try {
      return render();
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new TemplateError(`template ${this.templatePath} (or a partial) failed: ${reason}`, {
        hint: 'check the partials and helpers the template uses',
        cause: error,
      });
    }
  }
}
