/** The same tree of keys as the source language, with any string as each leaf. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Dotted paths to every leaf string of a message tree: 'nav.scan', 'mrz.error.lineLength', … */
export type LeafKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];
