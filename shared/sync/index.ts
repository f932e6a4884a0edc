// The sync contract the app and the server share: model, permissions, protocol, and the
// client engine with its storage and transport interfaces.
export * from './model';
export * from './permissions';
export * from './protocol';
export * from './apply';
export * from './store';
export * from './memory-store';
export * from './transport';
export * from './engine';
