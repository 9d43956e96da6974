/** CommonMark HTML block conditions (types 1 to 7), written without backtracking regexes. */

const RAW_TAGS = ['script', 'pre', 'style', 'textarea'];

const BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details ' +
    'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option ' +
    'p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45;
}

function isWs(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/** Reads a tag name at `i`; returns its end index (== i when there is none). */
function tagNameEnd(text: string, i: number): number {
  if (!isAsciiLetter(text.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < text.length && isTagNameChar(text.charCodeAt(j))) j += 1;
  return j;
}

function skipWs(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWs(text.charCodeAt(j))) j += 1;
  return j;
}

/** Type 7: a complete open or closing tag alone on the line. */
function isCompleteTagLine(text: string): boolean {
  let i = 1;
  const closing = text.charAt(1) === '/';
  if (closing) i = 2;
  const nameEnd = tagNameEnd(text, i);
  if (nameEnd === i) return false;
  i = nameEnd;
  if (!closing) {
    for (;;) {
      const afterWs = skipWs(text, i);
      const attrStart = text.charCodeAt(afterWs);
      const isAttrStart = isAsciiLetter(attrStart) || attrStart === 95 || attrStart === 58;
      if (afterWs === i || !isAttrStart) {
        i = afterWs;
        break;
      }
      let j = afterWs + 1;
      while (j < text.length && /[A-Za-z0-9_.:-]/.test(text.charAt(j))) j += 1;
      const eq = skipWs(text, j);
      if (text.charAt(eq) === '=') {
        const v = skipWs(text, eq + 1);
        const quote = text.charAt(v);
        if (quote === '"' || quote === "'") {
          const close = text.indexOf(quote, v + 1);
          if (close < 0) return false;
          j = close + 1;
        } else {
          let k = v;
          while (k < text.length && !/[\s"'=<>`]/.test(text.charAt(k))) k += 1;
          if (k === v) return false;
          j = k;
        }
      }
      i = j;
    }
    if (text.charAt(i) === '/') i += 1;
  } else {
    i = skipWs(text, i);
  }
  if (text.charAt(i) !== '>') return false;
  return skipWs(text, i + 1) === text.length;
}

/** The HTML block type (1..7) a line opens, or 0. `rest` starts at the `<`. */
export function htmlBlockStart(rest: string): number {
  if (rest.charAt(0) !== '<') return 0;
  const lower = rest.slice(0, 12).toLowerCase();
  for (const tag of RAW_TAGS) {
    if (lower.startsWith('<' + tag)) {
      const next = rest.charCodeAt(tag.length + 1);
      if (Number.isNaN(next) || isWs(next) || next === 62) return 1;
    }
  }
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (rest.charAt(1) === '!' && isAsciiLetter(rest.charCodeAt(2))) return 4;
  const nameStart = rest.charAt(1) === '/' ? 2 : 1;
  const nameEnd = tagNameEnd(rest, nameStart);
  if (nameEnd > nameStart && BLOCK_TAGS.has(rest.slice(nameStart, nameEnd).toLowerCase())) {
    const next = rest.charAt(nameEnd);
    if (next === '' || next === ' ' || next === '\t' || next === '>' || rest.startsWith('/>', nameEnd)) {
      return 6;
    }
  }
  return isCompleteTagLine(rest) ? 7 : 0;
}

/** Whether a line (from the block's content start) ends an HTML block of type 1..5. */
export function htmlBlockEnds(type: number, text: string): boolean {
  switch (type) {
    case 1: {
      const lower = text.toLowerCase();
      return RAW_TAGS.some((tag) => lower.includes('</' + tag + '>'));
    }
    case 2:
      return text.includes('-->');
    case 3:
      return text.includes('?>');
    case 4:
      return text.includes('>');
    case 5:
      return text.includes(']]>');
    default:
      return false;
  }
}
