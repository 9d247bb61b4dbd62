import { describe, expect, it } from 'vitest';
import { endsWithCredit } from './image-credit';

describe('endsWithCredit', () => {
  it.each([
    'Firefighters spray water on the burning ferry at the quay in Port Elsin on 9 June, 2024. Reuters File',
    'Workers stack sandbags along the Vell river on Feb. 27, 2024. (AP Photo/Lena Marsh)',
    'Traffic queues at the toll plaza during the evening rush hour. Photo: Getty Images',
    'Dock workers gather at the gates of the port of Tarsk. REUTERS/Hana Ivers',
    'The mayor speaks to residents in Brandt Quarter. Anika Roos/AFP via Getty Images',
    'A tram passes the flooded depot. Representational image',
  ])('sees the credit closing %j', (line) => {
    expect(endsWithCredit(line)).toBe(true);
  });

  it.each([
    'Iran’s foreign ministry did not reply to a request for comment, according to Reuters.',
    'The mayor said the council would publish the report, Reuters reported on Monday.',
    'Traffic queues at the toll plaza during the evening rush hour.',
  ])('sees no credit in %j', (line) => {
    expect(endsWithCredit(line)).toBe(false);
  });
});
