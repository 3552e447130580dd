export * from './model';
export * from './colour';
export * from './percent';
export * from './status-key';
export * from './updates';
export * from './figures';
