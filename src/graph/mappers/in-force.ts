/**
 * The frontline copies (UCB Restrictions In Force, UCB Restricted Addresses): the register's
 * own columns, holding only what domain/needToKnow.ts lets frontline staff read, so one mapper
 * (register.ts) reads both lists.
 */
import type { Versioned } from "../../app/ports";
import type { RegisterEntry } from "../../domain/types";
import type { Fields, RawItem } from "../fields";
import { columnNames } from "../schema";
import { STAGE } from "../vocabulary";
import { readRegisterEntry } from "./register";

/** Only restricted cases are copied, so the copy has no Stage column. */
export function readInForceEntry(item: RawItem): Versioned<RegisterEntry> {
  return readRegisterEntry({
    ...item,
    fields: { ...item.fields, Stage: STAGE.label("restricted") },
  });
}

/** The copy's columns of the register's fields (register-fields.ts writes them). */
export function inForceFields(registerFields: Fields): Fields {
  return Object.fromEntries(
    columnNames("inForce").map((name) => [name, registerFields[name] ?? null]),
  );
}
