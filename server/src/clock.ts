import { randomBytes } from 'node:crypto';

/** Time and ids are injected so that domain code and tests stay deterministic where they need to. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A url-safe random id: 16 characters, 96 bits. */
export function randomId(): string {
  return randomBytes(12).toString('base64url');
}

/** A six-digit join code, uniformly drawn. */
export function randomJoinCode(): string {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
