// 'app:info': name, version and platform for the About line and bug reports.
import type { IpcResponse } from '../../shared/ipc';

export interface AppInfoDeps {
  app: { getName(): string; getVersion(): string };
  platform: string;
  electronVersion: string;
}

export function createAppInfo({ app, platform, electronVersion }: AppInfoDeps) {
  return (): Promise<IpcResponse<'app:info'>> =>
    Promise.resolve({
      name: app.getName(),
      version: app.getVersion(),
      platform,
      electron: electronVersion,
    });
}
