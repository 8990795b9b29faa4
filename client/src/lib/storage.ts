/**
 * localStorage that never throws: private browsing, full quotas and disabled storage must not
 * break a workshop, they only cost the device its memory.
 */
export function readString(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeString(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the value simply is not remembered.
  }
}

export function removeKey(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Same as above.
  }
}

/** Parsed JSON, or undefined when absent or unreadable; `guard` rejects shapes from older versions. */
export function readJson<T>(key: string, guard: (v: unknown) => v is T): T | undefined {
  const raw = readString(key);
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): void {
  writeString(key, JSON.stringify(value));
}

/** sessionStorage flag, for one-shot hints that should not outlive the tab. */
export function hasSessionFlag(key: string): boolean {
  try {
    return window.sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export function setSessionFlag(key: string): void {
  try {
    window.sessionStorage.setItem(key, '1');
  } catch {
    // The hint is only a nicety.
  }
}
