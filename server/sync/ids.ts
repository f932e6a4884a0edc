// Server-made ids (conflict notices, people, devices): random UUIDs like the app's.
import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
