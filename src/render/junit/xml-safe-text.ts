const ANSI_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const NOT_XML_1_0 = new RegExp(
  [
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]',
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join(''),
  'g',
);

/** Every character the replacements above act on; most text has none and is kept as it is. */
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Text that XML 1.0 can carry. Terminal colour codes are removed whole, so that
 * `ESC[31mFAILED` reads `FAILED`; any other character XML forbids is dropped. Jenkins rejects
 * the entire file over a single one of them.
 */
export function toXmlSafeText(value: string): string {
  if (!MAY_NEED_CLEANING.test(value)) return value;
  return value.replace(ANSI_SEQUENCE, '').replace(NOT_XML_1_0, '');
}

/**
 * Text for a CDATA section, where each `]]>` has to be split across two sections. The XML
 * builder (xmlbuilder 15) splits only the first one of a text, so the later ones are split here;
 * a second unsplit `]]>` would end the section early and break the whole file.
 */
export function toCdataSafeText(value: string): string {
  const text = toXmlSafeText(value);
  const first = text.indexOf(CDATA_END);
  if (first < 0) return text;

  const head = text.slice(0, first + CDATA_END.length);
  return head + text.slice(head.length).replaceAll(CDATA_END, ']]]]><![CDATA[>');
}

const CDATA_END = ']]>';
