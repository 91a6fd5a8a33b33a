/**
 * The $filter grammar SharePoint list items accept through Graph:
 *   expr    := and ("or" and)*
 *   and     := primary ("and" primary)*
 *   primary := "(" expr ")" | "startswith(" path "," string ")" | path op literal
 *   op      := eq | ne | lt | le | gt | ge
 *   literal := 'string' ('' escapes a quote) | number | true | false | null | ISO date-time
 * Paths are `fields/{name}`. Anything else is a 400, as on Graph.
 */
import { badRequest } from "../http/graph-error";

export type ComparisonOperator = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

export type Literal =
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "number"; readonly value: number; readonly text: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "null" }
  | { readonly type: "dateTime"; readonly value: string };

export type FilterNode =
  | { readonly kind: "and" | "or"; readonly left: FilterNode; readonly right: FilterNode }
  | {
      readonly kind: "compare";
      readonly op: ComparisonOperator;
      readonly field: string;
      readonly value: Literal;
    }
  | { readonly kind: "startswith"; readonly field: string; readonly value: string };

type Token =
  | { readonly t: "word"; readonly v: string }
  | { readonly t: "string"; readonly v: string }
  | { readonly t: "number"; readonly v: string }
  | { readonly t: "dateTime"; readonly v: string }
  | { readonly t: "punct"; readonly v: "(" | ")" | "," };

const invalid = (detail: string): Error => badRequest(`Invalid filter clause: ${detail}`);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: "punct", v: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw invalid("a string literal is not closed.");
        const c = text.charAt(i);
        if (c === "'") {
          if (text.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ t: "string", v: value });
      continue;
    }
    const rest = text.slice(i);
    const dt = DATE_TIME.exec(rest);
    if (dt) {
      tokens.push({ t: "dateTime", v: dt[0] });
      i += dt[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ t: "number", v: num[0] });
      i += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ t: "word", v: word[0] });
      i += word[0].length;
      continue;
    }
    throw invalid(`unexpected character '${ch}' at position ${i}.`);
  }
  return tokens;
}

const OPERATORS: readonly ComparisonOperator[] = ["eq", "ne", "lt", "le", "gt", "ge"];

class Parser {
  private position = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    const extra = this.tokens[this.position];
    if (extra) throw invalid(`unexpected '${extra.v}'.`);
    return node;
  }

  private peekWord(word: string): boolean {
    const tok = this.tokens[this.position];
    return tok?.t === "word" && tok.v.toLowerCase() === word;
  }

  private next(): Token {
    const tok = this.tokens[this.position++];
    if (!tok) throw invalid("the expression ends too early.");
    return tok;
  }

  private expectPunct(p: "(" | ")" | ","): void {
    const tok = this.next();
    if (tok.t !== "punct" || tok.v !== p) throw invalid(`expected '${p}' but found '${tok.v}'.`);
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.peekWord("or")) {
      this.position++;
      left = { kind: "or", left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.primary();
    while (this.peekWord("and")) {
      this.position++;
      left = { kind: "and", left, right: this.primary() };
    }
    return left;
  }

  private field(tok: Token): string {
    if (tok.t !== "word") throw invalid(`expected a field path but found '${tok.v}'.`);
    const match = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(tok.v);
    if (!match?.[1]) {
      throw invalid(
        `'${tok.v}' cannot be filtered on; list items filter on column values as fields/{name}.`,
      );
    }
    return match[1];
  }

  private primary(): FilterNode {
    const tok = this.next();
    if (tok.t === "punct" && tok.v === "(") {
      const inner = this.or();
      this.expectPunct(")");
      return inner;
    }
    if (tok.t === "word" && tok.v.toLowerCase() === "startswith") {
      this.expectPunct("(");
      const field = this.field(this.next());
      this.expectPunct(",");
      const value = this.next();
      if (value.t !== "string") throw invalid("startswith needs a string literal.");
      this.expectPunct(")");
      return { kind: "startswith", field, value: value.v };
    }
    if (
      tok.t === "word" &&
      ["not", "contains", "endswith", "substringof"].includes(tok.v.toLowerCase())
    ) {
      throw invalid(`'${tok.v}' is not supported on list item fields.`);
    }
    const field = this.field(tok);
    const opTok = this.next();
    const op = OPERATORS.find((o) => opTok.t === "word" && opTok.v.toLowerCase() === o);
    if (!op) throw invalid(`expected a comparison operator after '${tok.v}'.`);
    return { kind: "compare", op, field, value: this.literal(this.next()) };
  }

  private literal(tok: Token): Literal {
    switch (tok.t) {
      case "string":
        return { type: "string", value: tok.v };
      case "number":
        return { type: "number", value: Number(tok.v), text: tok.v };
      case "dateTime":
        return { type: "dateTime", value: tok.v };
      case "word": {
        const w = tok.v.toLowerCase();
        if (w === "true" || w === "false") return { type: "boolean", value: w === "true" };
        if (w === "null") return { type: "null" };
        throw invalid(`'${tok.v}' is not a literal value.`);
      }
      case "punct":
        throw invalid(`expected a value but found '${tok.v}'.`);
    }
  }
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw invalid("the expression is empty.");
  return new Parser(tokens).parse();
}

/** Every field a filter names, for the indexed-column rule. */
export function fieldsOf(node: FilterNode): string[] {
  switch (node.kind) {
    case "and":
    case "or":
      return [...fieldsOf(node.left), ...fieldsOf(node.right)];
    case "compare":
    case "startswith":
      return [node.field];
  }
}

/** The top-level conjuncts: a AND (b OR c) AND d → [a, b OR c, d]. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === "and" ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}
