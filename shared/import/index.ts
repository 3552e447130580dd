export * from './limits';
export * from './read-csv';
export * from './read-xlsx';
export * from './read-spreadsheet';
export * from './values';
export * from './mapping';
export * from './plan-import';
export * from './measure-values-import';
