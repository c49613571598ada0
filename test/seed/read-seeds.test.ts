import { readSeeds, SeedErrors } from '../../src/seed';

describe('the committed seed files', () => {
  it('all validate, and every quote is located in its document', () => {
    let problems = '';
    try {
      readSeeds();
    } catch (error) {
      if (!(error instanceof SeedErrors)) throw error;
      problems = error.message;
    }
    expect(problems).toBe('');
  });
});
