import type { consoleOnlyId } from './console-only-id.ts';
import type { LeafKeys, Messages } from './message-types.ts';
import { messagesId } from './messages-id.ts';

export type Lang = 'id' | 'en';
/** Every key: the shared messages, and those only the console adds at start (`addMessages`). */
export type MessageKey = LeafKeys<typeof messagesId> | LeafKeys<typeof consoleOnlyId>;
type Tree = Messages<typeof messagesId>;

const STORAGE_KEY = 'saring.lang';
let current: Lang = 'id';
let tree: Tree = messagesId;
const listeners = new Set<() => void>();
/** Messages an app adds to the shared ones, so the tablet's bundle does not carry the console's screens. */
let added: { id: object; loadEn: () => Promise<object> } | null = null;
let addedTree: object | null = null;

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
  let text = lookup(tree, key);
  if (text === key && addedTree) text = lookup(addedTree, key);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether a runtime string (an error code from core, say) is a known message key. */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(messagesId, key) !== key || (added !== null && lookup(added.id, key) !== key);
}

/**
 * Adds an app's own messages (Bahasa Indonesia given, English loaded when chosen) to the shared ones; the keys are
 * typed in `MessageKey` already. Call before the first render.
 */
export function addMessages(id: object, loadEn: () => Promise<object>): void {
  added = { id, loadEn };
  addedTree = id;
  if (current === 'en')
    void loadEn().then((en) => {
      addedTree = en;
      for (const listener of listeners) listener();
    });
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
  tree = lang === 'en' ? (await import('./messages-en.ts')).messagesEn : messagesId;
  if (added) addedTree = lang === 'en' ? await added.loadEn() : added.id;
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
