// Long-lived helpers the API needs besides the database: the sign-in throttle, devices, the PDF renderer; sync later.
import { LoginThrottle } from '../core/auth/throttle';
import { AppError } from '../core/shared/errors';
import type { PdfRenderer } from '../core/shared/pdf';
import { DeviceServices } from './device-services';

export interface Services {
  throttle: LoginThrottle;
  version: string;
  /** Serial scanners and the print queue of this PC; openApp starts them, App.close stops them. */
  devices: DeviceServices;
  /** A4 HTML → PDF: Electron's printToPDF in the app, Debian's Chromium in the HTTP host and tests. */
  pdf: PdfRenderer;
}

export interface ServiceOptions {
  pdf?: PdfRenderer;
}

/** Where no renderer was given (a bare API in a unit test): asking for a PDF is a clear, translated refusal. */
const noPdf: PdfRenderer = {
  pdf: () => Promise.reject(new AppError('PDF_UNAVAILABLE')),
};

export function createServices(version: string, opts: ServiceOptions = {}): Services {
  return { throttle: new LoginThrottle(), version, devices: new DeviceServices(), pdf: opts.pdf ?? noPdf };
}
