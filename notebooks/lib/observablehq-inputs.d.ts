/**
 * The part of @observablehq/inputs (which ships no types) the helpers in lib/ use. Cells import the whole
 * package by name; Notebook Kit does not type-check them.
 */
declare module '@observablehq/inputs' {
  /** A drop-down menu; as an Observable view its value is the chosen item (or `valueof` of it). */
  export function select<T>(
    data: readonly T[],
    options?: {
      label?: string;
      value?: unknown;
      format?: (item: T) => string;
      valueof?: (item: T) => unknown;
      disabled?: boolean;
    },
  ): HTMLElement;
}
