export * from './model';
export * from './format';
export * from './status';
export * from './style';
export * from './summary';
