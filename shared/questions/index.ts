// Questions, inquiries and their exports: types, running order, list views, scoping
// reports, members, and the CSV, Markdown, Word and PDF writers.
export * from './types';
export * from './order';
export * from './listView';
export * from './membership';
export * from './scopingReport';
export * from './exportModel';
export * from './csv';
export * from './exportMarkdown';
export * from './exportDocx';
export * from './exportPdf';
