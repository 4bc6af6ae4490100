/**
 * Type-level reading of the arguments of an ICU message, so that `t('count.companies', { count: 3 })` is
 * checked against the French source text itself and no argument list is kept by hand beside the catalog.
 *
 * It follows the ICU MessageFormat grammar for what the catalogs use: simple arguments `{name}`, formatted
 * ones `{n, number}` / `{d, date, long}`, and `plural` / `select` / `selectordinal` with their branches,
 * nested to any depth. `#` and branch texts are read as text, so `one {entreprise}` is not an argument.
 * Quoting with `'` is not followed: the catalogs use ’ (U+2019) instead, and a test keeps it that way.
 */

type Whitespace = ' ' | '\n' | '\t' | '\r';
type TrimStart<S extends string> = S extends `${Whitespace}${infer R}` ? TrimStart<R> : S;
type TrimEnd<S extends string> = S extends `${infer R}${Whitespace}` ? TrimEnd<R> : S;
type Trim<S extends string> = TrimStart<TrimEnd<S>>;

/** What a value must be for each ICU argument type. */
type ValueOfKind<Kind extends string> = Kind extends 'plural' | 'selectordinal' | 'number'
  ? number
  : Kind extends 'select'
    ? string
    : Kind extends 'date' | 'time'
      ? Date | number
      : string | number;

type Add<Acc, Name extends string, Value> = Acc & { readonly [K in Name]: Value };

/** Splits at whichever of `,` and `}` comes first: [before, delimiter, after]. */
type SplitAtDelimiter<S extends string> = S extends `${infer Head},${infer Tail}`
  ? Head extends `${infer Before}}${infer After}`
    ? [Before, '}', `${After},${Tail}`]
    : [Head, ',', Tail]
  : S extends `${infer Before}}${infer After}`
    ? [Before, '}', After]
    : [S, '', ''];

/** Skips the text to the `}` that closes the enclosing branch: [arguments, text after that `}`]. */
type CloseBranch<S extends string, Acc> = S extends `${string}}${infer Rest}` ? [Acc, Rest] : [Acc, ''];

/** Message text: literal text and arguments, up to the end or to the `}` closing the enclosing branch. */
type ParseText<S extends string, Acc> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${string}`
    ? CloseBranch<S, Acc>
    : ParseArgument<After, Acc> extends [infer Next, infer Rest extends string]
      ? ParseText<Rest, Next>
      : never
  : CloseBranch<S, Acc>;

/** After an argument's `{`: its name, then either `}` or `, type…`. */
type ParseArgument<S extends string, Acc> =
  SplitAtDelimiter<S> extends [infer Name extends string, infer Delimiter, infer Rest extends string]
    ? Delimiter extends '}'
      ? [Add<Acc, Trim<Name>, ValueOfKind<''>>, Rest]
      : Delimiter extends ','
        ? ParseFormat<Trim<Name>, Rest, Acc>
        : [Acc, '']
    : never;

/** After `{name,`: the type, then `}`, a style up to `}`, or the branches of a plural or select. */
type ParseFormat<Name extends string, S extends string, Acc> =
  SplitAtDelimiter<S> extends [infer Kind extends string, infer Delimiter, infer Rest extends string]
    ? Delimiter extends '}'
      ? [Add<Acc, Name, ValueOfKind<Trim<Kind>>>, Rest]
      : Delimiter extends ','
        ? Trim<Kind> extends 'plural' | 'select' | 'selectordinal'
          ? ParseBranches<Rest, Add<Acc, Name, ValueOfKind<Trim<Kind>>>>
          : CloseBranch<Rest, Add<Acc, Name, ValueOfKind<Trim<Kind>>>>
        : [Acc, '']
    : never;

/** `one {…} other {…}}`: each branch body is message text, until the `}` closing the argument. */
type ParseBranches<S extends string, Acc> =
  TrimStart<S> extends `}${infer Rest}`
    ? [Acc, Rest]
    : S extends `${string}{${infer Body}`
      ? ParseText<Body, Acc> extends [infer Next, infer Rest extends string]
        ? ParseBranches<Rest, Next>
        : never
      : [Acc, ''];

type Simplify<T> = { [K in keyof T]: T[K] };

/**
 * The values an ICU message needs, read from its text.
 *
 * @example
 * type V = MessageArguments<'{count, plural, one {# x} other {# xs}} in {place}'>;
 * // { readonly count: number; readonly place: string | number }
 */
export type MessageArguments<Message extends string> = Simplify<ParseText<Message, Record<never, never>>[0]>;
