/**
 * What Fluent needs from a browser that jsdom lacks. MessageBar's automatic layout watches its
 * size with ResizeObserver; in jsdom nothing has a size, so an observer that never fires is true.
 */
import { configure } from "@testing-library/react";

class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= InertResizeObserver;

// The first render of a test file loads Fluent's styles and the pane's chunks; on a shared
// two-core machine that alone can pass Testing Library's default second of waiting.
configure({ asyncUtilTimeout: 4000 });
