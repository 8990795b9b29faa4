import type { ServerInfo } from '@majlis/shared';
import { useEffect, useState } from 'react';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The address phones should use. The configured public address wins; a board opened as
 * `localhost` on the facilitator's laptop would otherwise show phones a QR code pointing at the
 * phone itself, so the laptop's network address is used instead.
 */
export function chooseJoinBase(
  info: ServerInfo | null,
  location: { origin: string; hostname: string },
): string {
  if (info?.publicUrl) return info.publicUrl;
  if (LOOPBACK.test(location.hostname) && info?.lanUrls[0]) return info.lanUrls[0];
  return location.origin;
}

let cached: Promise<ServerInfo | null> | undefined;

/** What the server says about itself, asked once per page. */
export function serverInfo(): Promise<ServerInfo | null> {
  cached ??= fetch('/api/server-info')
    .then((res) => (res.ok ? (res.json() as Promise<ServerInfo>) : null))
    .catch(() => null);
  return cached;
}

/** The base address for join links and QR codes, refined once the server says where it lives. */
export function useJoinBase(): string {
  const [base, setBase] = useState(() => window.location.origin);
  useEffect(() => {
    let live = true;
    void serverInfo().then((info) => {
      if (live) setBase(chooseJoinBase(info, window.location));
    });
    return () => {
      live = false;
    };
  }, []);
  return base;
}

/**
 * Where a phone joins: the full link for the QR code. With the join link's key (`#k=…`, from the
 * server), a join through it skips the limits on wrong typed codes; the fragment never reaches the
 * server's logs or a Referer header.
 */
export function joinUrl(code: string, base: string = window.location.origin, key?: string | null): string {
  return `${base}/join/${code}${key ? `#k=${encodeURIComponent(key)}` : ''}`;
}

/** The short address people type. */
export function joinAddress(base: string = window.location.origin): string {
  return `${base.replace(/^https?:\/\//, '')}/join`;
}
