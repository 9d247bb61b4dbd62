import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPlainText } from './index';

// Short ferry-strike stories written for these tests, pasted with the share buttons above them
// and the follow, newsletter and rights lines below; one paragraph names Facebook in prose.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/languages/${name}`, import.meta.url), 'utf8');

const FIXTURES: ReadonlyArray<{ file: string; body: readonly string[]; furniture: readonly string[] }> = [
  {
    file: 'pt-ferry-strike.txt',
    body: [
      'A greve dos trabalhadores das balsas de Porto Claro chegou ao quarto dia nesta sexta-feira.',
      'O sindicato pede reajuste de 12 % e diz que a empresa não apresentou proposta.',
      'A prefeitura informou no Facebook que vai reforçar as linhas de ônibus.',
      '“Ninguém quer prejudicar a população”, disse o presidente do sindicato.',
    ],
    furniture: [
      'Compartilhe no WhatsApp',
      'Compartilhe no Facebook',
      'Siga-nos no Instagram',
      'Assine a nossa newsletter',
      '© 2024 Diário de Porto Claro. Todos os direitos reservados.',
    ],
  },
  {
    file: 'fr-ferry-strike.txt',
    body: [
      'La grève des agents des bacs de Port-Clair est entrée vendredi dans son quatrième jour.',
      'Le syndicat réclame une hausse de 12 % et affirme que la direction n’a fait aucune offre.',
      'La mairie a annoncé sur Facebook un renfort des lignes de bus.',
      '« Personne ne veut pénaliser les habitants », a déclaré le secrétaire du syndicat.',
    ],
    furniture: [
      'Partager sur Facebook',
      'Partager sur X',
      'Suivez-nous sur Instagram',
      'Abonnez-vous à notre newsletter',
      'Tous droits réservés',
    ],
  },
  {
    file: 'de-ferry-strike.txt',
    body: [
      'Der Streik der Fährleute in Hafenau ist am Freitag in den vierten Tag gegangen.',
      'Die Gewerkschaft fordert 12 % mehr Lohn und sagt, die Reederei habe kein Angebot vorgelegt.',
      'Die Stadt teilte auf Facebook mit, dass zusätzliche Busse fahren.',
      '„Niemand will den Bürgern schaden“, sagte der Gewerkschaftssekretär.',
    ],
    furniture: [
      'Teilen auf Facebook',
      'Teilen auf WhatsApp',
      'Folgen Sie uns auf Instagram',
      'Jetzt Newsletter abonnieren',
      'Alle Rechte vorbehalten',
    ],
  },
];

describe('cleanPlainText drops share, follow, newsletter and rights lines beyond English', () => {
  for (const { file, body, furniture } of FIXTURES) {
    describe(file, () => {
      const result = cleanPlainText(fixture(file));

      it('keeps every paragraph of the story, the one naming Facebook included', () => {
        const kept = result.blocks.map((block) => block.text);
        for (const paragraph of body) expect(kept, paragraph).toContain(paragraph);
      });

      it('drops the share buttons, follow and newsletter prompts and the rights line', () => {
        const dropped = result.dropped.map((line) => line.text);
        for (const line of furniture) expect(dropped, line).toContain(line);
      });
    });
  }
});
