/** Names that test tooling and promise machinery probe on any object; absent is a fine answer. */
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', 'inspect', 'toString', 'valueOf', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction', 'prototype', '__esModule']);

/**
 * Wraps a fake so that touching anything it does not implement throws, naming it, instead of
 * quietly answering undefined: a test then fails where the plugin reaches past the fake.
 */
export function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj || PROBED.has(prop)) return Reflect.get(obj, prop, receiver) as unknown;
      throw new Error(`fake obsidian: ${name}.${prop} is not implemented`);
    },
  });
}
