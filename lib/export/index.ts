export { caseToJson, caseToJsonText } from './case-to-json';
export { caseToMarkdown } from './case-to-markdown';
export { caseToText } from './case-to-text';
export { caseToPrintHtml } from './case-to-print-html';
export { casesToCsv } from './cases-to-csv';
export { casesToZip } from './cases-to-zip';
export { parseCaseImport, type ImportProblem, type ParsedImport } from './parse-case-import';
export type { SummaryOptions } from './case-summary';
