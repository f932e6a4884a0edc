// The sync contract the app and the server share: model, permissions, protocol, and the
// client engine with its storage and transport interfaces. (The in-memory store, a test
// double, is imported from './memory-store' directly.)
export * from './model';
export * from './text';
export * from './permissions';
export * from './protocol';
export * from './apply';
export * from './rows';
export * from './store';
export * from './transport';
export * from './engine';
