import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** A code of the step before or after now is accepted too, for a phone's clock a little out and the time it takes to type. */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

/** What an authenticator app reads from the QR code: Steerline, the person's address and the secret. */
export const otpauthUri = (email: string, secret: string) => generateURI({ issuer: 'Steerline', label: email, secret });

/** The URI as an SVG QR code, ready for an <img src>. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/**
 * The time step of the code if it is right and later than `afterStep` (the step of the last code accepted), so each
 * code works once; null otherwise.
 */
export async function acceptedStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
