import type { MessageKey, Messages } from "./messages.js";
import { de } from "./locales/de.js";
import { en } from "./locales/en.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { ptBR } from "./locales/pt-BR.js";
import { ru } from "./locales/ru.js";

/** The built-in catalogs; English is complete, the others fall back to it key by key. */
export const CATALOGS: Readonly<Record<string, Messages>> = /* @__PURE__ */ Object.freeze({ en, de, es, "pt-BR": ptBR, fr, ru });

/** The English catalog, complete: the last fallback of every key. */
export const ENGLISH: Readonly<Record<MessageKey, string>> = en;
