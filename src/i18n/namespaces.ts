// The typed key space. Each English catalog adds its namespace to `Namespaces` (declaration
// merging, in the catalog file itself), so a new namespace touches no shared file, and
// `t("shell.title")` fails the typecheck when the key, or one of its parameters, is wrong.

/** Namespace name → its English catalog's type; filled in by src/i18n/locales/en/*.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by module augmentation
export interface Namespaces {}

export type Namespace = keyof Namespaces & string;

/** "namespace.key" for every key of every English catalog. */
export type MessageKey = {
  [N in Namespace]: `${N}.${keyof Namespaces[N] & string}`;
}[Namespace];

type MessageAt<K> = K extends `${infer N}.${infer R}`
  ? N extends Namespace
    ? R extends keyof Namespaces[N]
      ? Namespaces[N][R]
      : never
    : never
  : never;

type Texts<M> = M extends string
  ? M
  : M extends { readonly own: infer O; readonly shared: infer S }
    ? Texts<O> | Texts<S>
    : M[keyof M] & string;

type Placeholders<S> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** "count" for a message with plural forms anywhere in it. */
type CountOf<M> = M extends string
  ? never
  : M extends { readonly own: infer O; readonly shared: infer S }
    ? CountOf<O> | CountOf<S>
    : "count";

type ParamNames<M> = Placeholders<Texts<M>> | CountOf<M>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true;

/**
 * The parameters `t(key, …)` takes: none for a message without placeholders, else an object
 * with each placeholder (values of type V; `count` a number). A key built at run time (a union
 * of keys, e.g. `shell.probe.${kind}`) takes any parameters: each message uses the ones it names.
 */
export type ParamArgs<K extends MessageKey, V> =
  IsUnion<K> extends true
    ? [params?: Readonly<Record<string, V>>]
    : [ParamNames<MessageAt<K>>] extends [never]
      ? []
      : [params: { readonly [P in ParamNames<MessageAt<K>>]: P extends "count" ? number : V }];
