// What bench/search.mjs measures: the app's own engine set-up and query answering, bundled for Node.
export { createIndex, loadIndex, runQuery, hasPhrases } from './engine';
export { answerFrom, candidatesOf, entryText } from './answer';
export { parseQuery } from './query';
