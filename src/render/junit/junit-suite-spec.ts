export type JunitOutcome = 'passed' | 'failure' | 'skipped' | 'error';

/** One test case before it is handed to the XML builder. */
export interface JunitCaseSpec {
  classname: string;
  name: string;
  outcome: JunitOutcome;
  /** The failure or error message; Jenkins shows it without opening the case. */
  message: string;
  type: string;
  /** Written as system-out: the row's facts, and the reason of a skip. */
  details: string;
}

export interface JunitSuiteSpec {
  name: string;
  classname: string;
  properties: { name: string; value: string }[];
  cases: JunitCaseSpec[];
}
