/**
 * Produces one short string matching a regex source, for the pattern shapes API specs use
 * (anchors, classes, escapes, groups, alternation, quantifiers). Returns undefined when the
 * result does not actually match, so callers can fall back instead of sending a bad value.
 */
export function sampleFromRegex(source: string, flags = ''): string | undefined {
  let out: string;
  try {
    out = new RegexSampler(source).sample();
  } catch {
    return undefined;
  }
  try {
    return new RegExp(source, `u${flags.replace(/[gyu]/g, '')}`).test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

const CLASS_SAMPLE: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

class RegexSampler {
  private i = 0;
  constructor(private readonly src: string) {}

  sample(): string {
    const result = this.alternation();
    if (this.i < this.src.length) throw new Error('unbalanced');
    return result;
  }

  private alternation(): string {
    const first = this.sequence();
    // Only the first branch is used; skip the rest.
    while (this.src[this.i] === '|') {
      this.i++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let out = '';
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      out += this.quantify(atom);
    }
    return out;
  }

  private atom(): string {
    const c = this.src[this.i++] as string;
    if (c === '^' || c === '$') return '';
    if (c === '.') return 'a';
    if (c === '\\') return this.escape();
    if (c === '[') return this.charClass();
    if (c === '(') {
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?<', this.i) && !this.src.startsWith('?<=', this.i) && !this.src.startsWith('?<!', this.i)) {
        this.i = this.src.indexOf('>', this.i) + 1;
      } else if (this.src[this.i] === '?') throw new Error('lookaround');
      const inner = this.alternation();
      if (this.src[this.i++] !== ')') throw new Error('unbalanced');
      return inner;
    }
    return c;
  }

  private escape(): string {
    const c = this.src[this.i++] as string;
    if (c in CLASS_SAMPLE) return CLASS_SAMPLE[c] as string;
    if (c === 'b' || c === 'B') return '';
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    return c;
  }

  private charClass(): string {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const members: string[] = [];
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let c = this.src[this.i++] as string;
      if (c === '\\') {
        const e = this.src[this.i++] as string;
        c = e in CLASS_SAMPLE ? (CLASS_SAMPLE[e] as string) : e;
      } else if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        this.i++;
      }
      members.push(c);
    }
    this.i++;
    if (!negated) return members[0] ?? 'a';
    const candidate = ['a', 'Z', '0', '_', '-', 'x'].find((ch) => !members.includes(ch));
    return candidate ?? 'q';
  }

  private quantify(atom: string): string {
    const q = this.src[this.i];
    if (q === '?' || q === '*') {
      this.i++;
      this.lazy();
      return '';
    }
    if (q === '+') {
      this.i++;
      this.lazy();
      return atom;
    }
    if (q === '{') {
      const close = this.src.indexOf('}', this.i);
      const body = this.src.slice(this.i + 1, close);
      if (/^\d+(,\d*)?$/.test(body)) {
        this.i = close + 1;
        this.lazy();
        return atom.repeat(Number(body.split(',')[0]));
      }
    }
    return atom;
  }

  private lazy(): void {
    if (this.src[this.i] === '?') this.i++;
  }
}
