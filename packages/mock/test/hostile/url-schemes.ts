// URLs in the schemes a browser runs or reads locally, spelled the ways a browser still reads
// them: any case, leading spaces and control characters, tabs and newlines inside the scheme.
import fc from 'fast-check';

const refused = ['javascript', 'vbscript', 'data', 'file', 'blob'] as const;
const rests: Record<(typeof refused)[number], string> = {
  javascript: 'alert(document.cookie)',
  vbscript: 'msgbox(1)',
  data: 'text/html;base64,PHNjcmlwdD4=',
  file: '///etc/passwd',
  blob: 'https://dealer.example/0b1e',
};

const leading = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\u0000', '\u001f', '\u000b'),
  maxLength: 3,
});

/** A URL whose scheme every layer must refuse. */
export const refusedUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...refused),
    leading,
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    fc.array(fc.constantFrom('', '', '', '\t', '\n', '\r'), { minLength: 10, maxLength: 10 }),
  )
  .map(([scheme, lead, upper, inside]) => {
    const letters = [...scheme].map(
      (letter, i) =>
        (upper[i] ? letter.toUpperCase() : letter) + (i < scheme.length - 1 ? inside[i] : ''),
    );
    return `${lead}${letters.join('')}:${rests[scheme]}`;
  });
