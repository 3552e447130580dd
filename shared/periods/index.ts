export * from './dates';
export * from './model';
export * from './periods';
export * from './labels';
