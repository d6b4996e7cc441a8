import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';

export interface CameoCode {
  code: string;
  name: string;
  /** Goldstein value; the parent code's when the table has none for this code. */
  goldstein: number | null;
  /** True when the value was taken from a parent code. */
  goldsteinInherited: boolean;
}

/** CAMEO codes with names and Goldstein values, and the PLOVER crosswalk. */
export class Ontology {
  private constructor(
    private readonly codes: Map<string, CameoCode>,
    private readonly plover: Map<string, string>,
  ) {}

  static load(): Ontology {
    const codes = new Map<string, CameoCode>();
    for (const row of readTsv(dataPath('ontology', 'cameo-codes.tsv'), ['code', 'name'])) {
      const { code, name, goldstein } = row.cells as { code: string; name: string; goldstein: string };
      if (!/^\d{2,4}$/.test(code)) throw new DataError(row.file, row.line, `code '${code}' is not 2 to 4 digits`);
      const value = goldstein === '' ? null : Number(goldstein);
      if (value !== null && !Number.isFinite(value)) throw new DataError(row.file, row.line, `goldstein '${goldstein}' is not a number`);
      codes.set(code, { code, name, goldstein: value, goldsteinInherited: false });
    }
    // the usual fallback for a code without a value: its parent's value
    for (const c of codes.values()) {
      if (c.goldstein !== null) continue;
      for (let n = c.code.length - 1; n >= 2; n--) {
        const parent = codes.get(c.code.slice(0, n)) ?? codes.get(`${c.code.slice(0, 2)}0`);
        if (parent && parent.goldstein !== null && parent !== c) {
          c.goldstein = parent.goldstein;
          c.goldsteinInherited = true;
          break;
        }
      }
    }
    const plover = new Map<string, string>();
    try {
      for (const row of readTsv(dataPath('ontology', 'plover.tsv'), ['cameo', 'plover'])) plover.set(row.cells.cameo!, row.cells.plover!);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return new Ontology(codes, plover);
  }

  get(code: string): CameoCode | undefined {
    return this.codes.get(code);
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  all(): CameoCode[] {
    return [...this.codes.values()];
  }

  /** PLOVER type by the longest matching code prefix. */
  ploverOf(code: string): string | null {
    for (let n = code.length; n >= 2; n--) {
      const p = this.plover.get(code.slice(0, n));
      if (p) return p;
    }
    return null;
  }
}

/** Quad class from the root: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20). */
export function quadClass(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** Codes that mean the same in both directions (consult, negotiate, sign, material cooperation). */
export function isSymmetric(code: string): boolean {
  return ['040', '041', '044', '046', '057'].includes(code.slice(0, 3)) || code.startsWith('06');
}
