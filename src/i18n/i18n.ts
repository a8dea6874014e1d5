import type { consoleMessagesId } from './console-messages-id.ts';
import type { LeafKeys } from './message-types.ts';
import { messagesId } from './messages-id.ts';

export type Lang = 'id' | 'en';
/** Every key of the tablet's catalogue and of the console's, which only the console app loads (registerCatalogue). */
export type MessageKey = LeafKeys<typeof messagesId & typeof consoleMessagesId>;

/** A catalogue an app adds to the tablet's: its Indonesian messages, and how to load its English ones. */
export type Catalogue = { id: object; en: () => Promise<object> };

const STORAGE_KEY = 'saring.lang';
let current: Lang = 'id';
const catalogues: Catalogue[] = [];
let tree: object = messagesId;
let idTree: object = messagesId;
const listeners = new Set<() => void>();

/**
 * Adds an app's own messages (the case console's) to the catalogue, so the tablet's first load carries none of them.
 * Takes effect at once in Bahasa Indonesia; English is loaded with the next setLang('en').
 */
export function registerCatalogue(catalogue: Catalogue): void {
  if (catalogues.includes(catalogue)) return;
  catalogues.push(catalogue);
  idTree = { ...idTree, ...catalogue.id };
  if (current === 'id') tree = idTree;
}

/** Reads a dotted key from a message tree; falls back to the key itself (never shown: keys are type-checked). */
function lookup(root: unknown, key: string): string {
  let node: unknown = root;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}

/** Translates a key, filling `{name}` placeholders from `params`. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = lookup(tree, key);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether a runtime string (an error code from core, say) is a known message key. */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(idTree, key) !== key;
}

/** The language in use. */
export function getLang(): Lang {
  return current;
}

/** The language saved on this device, Bahasa Indonesia when none was chosen. */
export function savedLang(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Lang {
  try {
    return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Switches language (loading English on first use), remembers it on this device and notifies listeners. */
export async function setLang(lang: Lang, options: { persist?: boolean } = {}): Promise<void> {
  if (lang === 'en') {
    const [base, ...extra] = await Promise.all([
      import('./messages-en.ts').then((m) => m.messagesEn as object),
      ...catalogues.map((c) => c.en()),
    ]);
    tree = Object.assign({}, base, ...extra) as object;
  } else tree = idTree;
  current = lang;
  if (options.persist !== false) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Private mode or a full disk: the choice still applies for this session.
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

/** Subscribes to language changes; returns the unsubscribe function. */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
