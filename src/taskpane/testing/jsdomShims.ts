/**
 * What Fluent needs from a browser that jsdom lacks. MessageBar's automatic layout watches its
 * size with ResizeObserver; in jsdom nothing has a size, so an observer that never fires is true.
 */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= InertResizeObserver;
