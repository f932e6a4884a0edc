// PDF facts that need no PDF library: whether bytes look like a whole PDF, text as lines.
export * from './fileCheck';
export * from './textLines';
