// The authenticated caller of a request: a device of a person, with their committees.
import type { Role } from '../../shared/sync/model';

export interface Principal {
  personId: string;
  personName: string;
  deviceId: string;
  deviceName: string;
  /** committeeId → role, read when the request was authenticated. */
  roles: ReadonlyMap<string, Role>;
  committeeNames: ReadonlyMap<string, string>;
}
