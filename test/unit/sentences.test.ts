import { sentencesOf, sentenceStep } from '../../web/src/lib/sentences';

describe('sentencesOf and sentenceStep (going through the explorer’s policy text with the keys)', () => {
  const text = 'Privacy\n\nWe keep your name. We share it\nwith nobody!\nGender\n  Age.  ';

  it('finds each sentence with exact offsets, a hard-wrapped one whole, a line of its own apart', () => {
    const sentences = sentencesOf(text, 'en');
    expect(sentences.map((sentence) => sentence.quote)).toEqual([
      'Privacy',
      'We keep your name.',
      'We share it\nwith nobody!',
      'Gender',
      'Age.',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.quote);
  });

  it('steps forward and back from words, from inside a sentence, and stops at either end', () => {
    const sentences = sentencesOf(text, 'en');
    const at = (quote: string) => text.indexOf(quote);
    expect(sentenceStep(sentences, null, 1)?.quote).toBe('Privacy');
    expect(sentenceStep(sentences, null, -1)?.quote).toBe('Age.');
    expect(sentenceStep(sentences, at('We keep'), 1)?.quote).toBe('We share it\nwith nobody!');
    expect(sentenceStep(sentences, at('your name'), 1)?.quote).toBe('We share it\nwith nobody!');
    expect(sentenceStep(sentences, at('your name'), -1)?.quote).toBe('We keep your name.');
    expect(sentenceStep(sentences, at('We keep'), -1)?.quote).toBe('Privacy');
    expect(sentenceStep(sentences, at('Age'), 1)).toBeNull();
    expect(sentenceStep(sentences, 0, -1)).toBeNull();
  });
});
