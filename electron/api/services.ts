// Long-lived helpers the API needs besides the database: the sign-in throttle now; device and sync services later.
import { LoginThrottle } from '../core/auth/throttle';
import { DeviceServices } from './device-services';

export interface Services {
  throttle: LoginThrottle;
  version: string;
  /** Serial scanners and the print queue of this PC; openApp starts them, App.close stops them. */
  devices: DeviceServices;
}

export function createServices(version: string): Services {
  return { throttle: new LoginThrottle(), version, devices: new DeviceServices() };
}
