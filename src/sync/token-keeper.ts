/**
 * The device token as kept on the tablet. `previous` is the token it replaced by rotation, kept until the new one has
 * worked once: if the rotation's answer was the last thing the tablet heard, the old token still opens the receiver.
 */
export type TokenState = {
  token: string;
  /** Epoch ms the token was received (0 when unknown: a token kept by an older app version). */
  issuedAt: number;
  previous?: string;
  /** When the receiver says the token stops working (absent from older receivers). */
  expiresAt?: string;
};

/** Where the token state lives; `save` writes the whole state at once (one row), so it is never half-written. */
export type TokenStorage = {
  load: () => Promise<TokenState | null>;
  save: (state: TokenState | null) => Promise<void>;
};

/** Rotate a token once it is older than this (well inside its 30-day lifetime). */
export const ROTATE_AFTER_MS = 24 * 3_600_000;

/** Holds the token in memory for the client and writes every change through to storage before using it. */
export class TokenKeeper {
  private state: TokenState | null = null;

  constructor(private readonly storage: TokenStorage) {}

  /** Reads the stored state; call once before use. */
  async load(): Promise<this> {
    this.state = await this.storage.load();
    return this;
  }

  /** The token to send, or null before enrolment. */
  current(): string | null {
    return this.state?.token ?? null;
  }

  /** The token a re-enrolment proves possession with (the newest one held). */
  proof(): string | null {
    return this.state?.token ?? null;
  }

  hasPrevious(): boolean {
    return this.state?.previous !== undefined;
  }

  /** Whether the token is old enough to be renewed now. */
  dueForRotation(now: number): boolean {
    return this.state !== null && now - this.state.issuedAt >= ROTATE_AFTER_MS;
  }

  /** A token from enrolment: replaces everything held. */
  async replace(token: string, now: number, expiresAt?: string): Promise<void> {
    await this.write({ token, issuedAt: now, ...(expiresAt ? { expiresAt } : {}) });
  }

  /** A token from rotation: becomes current, the one it replaces is kept as the fallback in the same write. */
  async rotated(token: string, now: number, expiresAt: string): Promise<void> {
    if (!this.state) return this.replace(token, now, expiresAt);
    // A fallback that never worked is not kept over the one that did: the oldest proven token stays the fallback.
    const previous = this.state.previous ?? this.state.token;
    await this.write({ token, issuedAt: now, previous, expiresAt });
  }

  /** The current token worked: the fallback is no longer needed. */
  async confirmed(): Promise<void> {
    if (!this.state?.previous) return;
    const { previous: _dropped, ...rest } = this.state;
    await this.write(rest);
  }

  /**
   * The current token was refused: go back to the fallback (the rotation's new token was never used, so the old one
   * is still valid for a day). Returns false when there is no fallback.
   */
  async fallBack(): Promise<boolean> {
    if (!this.state?.previous) return false;
    await this.write({ token: this.state.previous, issuedAt: 0 });
    return true;
  }

  /** Remembers that the receiver cannot rotate (older version), so the next try waits another day. */
  async postpone(now: number): Promise<void> {
    if (this.state) await this.write({ ...this.state, issuedAt: now });
  }

  private async write(next: TokenState | null): Promise<void> {
    await this.storage.save(next);
    this.state = next;
  }
}
