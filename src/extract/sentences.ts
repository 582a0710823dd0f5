/**
 * Sentences of a cleaned body, with their offsets, so that every quote is an exact substring. A
 * Chinese line without closing punctuation (a headline-style line, a list split over lines) runs on
 * into the next line: "名单\n72个城市入选\n湖北省襄阳、孝感、 黄石 榜上有名" is one statement.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) where it starts. */
  paragraph: number;
}

const HAN = /\p{Script=Han}/u;

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let startParagraph = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(body[s]!)) s++;
    while (e > s && /\s/u.test(body[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: body.slice(s, e), paragraph: startParagraph });
    start = end;
    startParagraph = paragraph;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\n') {
      paragraph++;
      const prev = body.slice(start, i).trimEnd();
      const last = prev.at(-1) ?? '';
      // an English line, or a Chinese line that closes, ends the sentence
      // a blank line ends a sentence too: a list does not run on into the paragraph after it
      const blank = body[i + 1] === '\n' || /^[ \t\u3000]*\n/u.test(body.slice(i + 1, i + 40));
      if (prev === '' || !HAN.test(prev) || /[。！？!?；;:：]$/u.test(last) || /[.]$/u.test(last) || blank) push(i + 1);
      continue;
    }
    if (/[。！？!?；]/u.test(ch) || (ch === ';' && /\s/u.test(body[i + 1] ?? ''))) {
      push(i + 1);
    } else if (ch === '.' && /\s/u.test(body[i + 1] ?? ' ') && (!/\d/u.test(body[i - 1] ?? '') || /^\s+[A-Z]/u.test(body.slice(i + 1, i + 4))) && !/\b(?:No|Mr|Dr|St)$/u.test(body.slice(Math.max(0, i - 3), i))) {
      push(i + 1);
    } else if (ch === '.' && /[A-Z]/u.test(body[i + 1] ?? '') && /[a-z]/u.test(body[i - 1] ?? '')) {
      push(i + 1); // "Suining.Entrusted": a sentence glued to the next
    }
  }
  push(body.length);
  return out;
}
