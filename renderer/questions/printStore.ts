// What is being printed (an export laid out as a page), shown only to the printer.
import { create } from 'zustand';
import type { ExportDocument } from '../../shared/questions/exportModel';

interface PrintState {
  document: ExportDocument | null;
  print(document: ExportDocument): void;
  done(): void;
}

export const usePrint = create<PrintState>()((set) => ({
  document: null,
  print: (document) => set({ document }),
  done: () => set({ document: null }),
}));
