/**
 * The shape of a held-out batch's trap rows and their runner: each row is one named rule, a
 * notice (text or html) and a check on what the real extractNotice makes of it. A row with
 * neither text nor html checks a pure helper directly.
 */
import { describe, it } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import type { Extraction } from '../../scrapers/extract/types.js';

export interface TrapRow {
  name: string;
  text?: string;
  html?: string;
  check: (e: Extraction) => void;
}

/** A minimal award notice: its title, a publication date, then `body`. */
export const award = (title: string, body: string) => `${title}\n发布日期：2025-06-01\n${body}`;

/** One test per row under `title`. */
export function runTrapRows(title: string, rows: TrapRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.name, () => {
        if (row.text === undefined && row.html === undefined) {
          row.check(undefined as unknown as Extraction);
          return;
        }
        row.check(extractNotice(row.html !== undefined ? { html: row.html } : { text: row.text }));
      });
    }
  });
}
