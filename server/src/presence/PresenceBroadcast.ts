/**
 * Presence changes reach a workshop at most a few times a second: the first change goes out at once,
 * later ones in the same window are folded into one update at its end. A crowd arriving (or one
 * client opening a thousand sockets) then costs a handful of broadcasts, each encoded once, instead
 * of one per connection to every connection.
 */
export class PresenceBroadcast {
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; dirty: boolean }>();

  constructor(
    private readonly send: (workshopId: string) => void,
    private readonly windowMs = 250,
  ) {}

  changed(workshopId: string): void {
    const open = this.windows.get(workshopId);
    if (open) {
      open.dirty = true;
      return;
    }
    this.send(workshopId);
    this.openWindow(workshopId);
  }

  private openWindow(workshopId: string): void {
    const window = {
      dirty: false,
      timer: setTimeout(() => {
        this.windows.delete(workshopId);
        if (window.dirty) {
          this.send(workshopId);
          this.openWindow(workshopId);
        }
      }, this.windowMs),
    };
    window.timer.unref();
    this.windows.set(workshopId, window);
  }

  close(): void {
    for (const { timer } of this.windows.values()) clearTimeout(timer);
    this.windows.clear();
  }
}
