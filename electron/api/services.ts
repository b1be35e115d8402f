// Long-lived helpers the API needs besides the database: the sign-in throttle now; device and sync services later.
import { LoginThrottle } from '../core/auth/throttle';

export interface Services {
  throttle: LoginThrottle;
  version: string;
}

export function createServices(version: string): Services {
  return { throttle: new LoginThrottle(), version };
}
