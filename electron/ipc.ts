// Registers one ipcMain handler per channel in the shared IPC contract. Every call is checked
// at the boundary: it must come from the app's own origin, its argument is parsed from unknown
// with the channel's schema, and the implementation's result is parsed before it goes back.
import type { z } from 'zod';
import { APP_ORIGIN, ipcContract, type IpcChannel, type IpcRequest, type IpcResponse } from '../shared/ipc';

/** The implementation of every channel, typed from the contract. */
export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcRequest<C>, event?: InvokeEventLike) => Promise<IpcResponse<C>>;
};

/** The part of an IpcMainInvokeEvent that is checked; Electron's own event satisfies it. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  /** The calling page, for events main sends back (download progress). */
  sender?: { send(channel: string, ...args: unknown[]): void };
}

/** The part of ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, arg?: unknown) => Promise<unknown>): void;
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(value)'}: ${issue.message}`).join('; ');
}

function assertTrustedSender(event: InvokeEventLike): void {
  // Only the renderer we serve may call main; a frame from anywhere else (or one already gone) may not.
  if (!event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`)) {
    throw new Error('Rejected IPC from untrusted sender');
  }
}

function registerChannel<C extends IpcChannel>(ipcMain: IpcMainLike, channel: C, handler: IpcHandlers[C]): void {
  const { request: requestSchema, response: responseSchema } = ipcContract[channel];
  ipcMain.handle(channel, async (event, arg) => {
    assertTrustedSender(event);
    const request = requestSchema.safeParse(arg);
    if (!request.success) throw new Error(`Invalid argument for IPC channel '${channel}': ${formatIssues(request.error)}`);
    const response = responseSchema.safeParse(await handler(request.data as IpcRequest<C>, event));
    if (!response.success) throw new Error(`Invalid result from IPC channel '${channel}': ${formatIssues(response.error)}`);
    return response.data;
  });
}

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers): void {
  for (const channel of Object.keys(ipcContract) as IpcChannel[]) {
    registerChannel(ipcMain, channel, handlers[channel]);
  }
}
