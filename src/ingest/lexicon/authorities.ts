import type { SupervisoryAuthorityTerm } from '../../policy/vocabulary';

/** How a policy may name an authority: a pattern and whether the name is the current one or a predecessor's. */
export interface AuthorityName {
  pattern: string;
  predecessor: boolean;
}

/** A supervisory authority the extractor recognises, in the vocabulary's term shape (the fields it needs). */
export interface AuthorityEntry extends Pick<SupervisoryAuthorityTerm, 'slug' | 'name' | 'acronym' | 'country'> {
  names: AuthorityName[];
  websites: string[];
}

const cur = (pattern: string): AuthorityName => ({ pattern, predecessor: false });
const old = (pattern: string): AuthorityName => ({ pattern, predecessor: true });

/**
 * Ingest-side catalogue of EEA supervisory authorities (and the UK's), extending
 * seeds/vocabulary/supervisory-authorities.yaml: current names in their languages, acronyms, and the names of the
 * bodies they replaced (the Belgian Privacy Commission, the Dutch CBP), which policies written before 2018 still use.
 * Patterns are matched case-insensitively except acronyms, which must be written in capitals.
 */
export const AUTHORITIES: AuthorityEntry[] = [
  {
    slug: 'gba',
    name: 'Gegevensbeschermingsautoriteit',
    acronym: 'GBA',
    country: 'BE',
    names: [
      cur('(?:nationale |Belgische )?Gegevensbeschermingsautoriteit'),
      cur('Autorit[ée] de protection des donn[ée]es'),
      cur(
        '(?:Belgian )?Data Protection Authority(?= ?\\(?(?:GBA|APD|BE)| of Belgium|,? Drukpersstraat|,? rue de la Presse|\\s+\\(www\\.dataprotectionauthority)',
      ),
      cur('\\bGBA\\b'),
      cur('\\bAPD\\b'),
      old('Commissie (?:voor de )?bescherming (?:van de )?persoonlijke levenssfeer'),
      old('Commission (?:de la )?protection de la vie priv[ée]e'),
      old('Commission (?:de la )?vie priv[ée]e'),
      old('Privacy ?[Cc]ommissi(?:on|e)'),
      old('\\bCBPL\\b'),
    ],
    websites: [
      'gegevensbeschermingsautoriteit.be',
      'autoriteprotectiondonnees.be',
      'dataprotectionauthority.be',
      'privacycommission.be',
    ],
  },
  {
    slug: 'ap-nl',
    name: 'Autoriteit Persoonsgegevens',
    acronym: 'AP',
    country: 'NL',
    names: [
      cur('Autoriteit Persoonsgegevens'),
      cur('Dutch Data Protection Authority'),
      old('College (?:bescherming|Bescherming) (?:persoonsgegevens|Persoonsgegevens)'),
      old('\\bCBP\\b'),
    ],
    websites: ['autoriteitpersoonsgegevens.nl', 'cbpweb.nl'],
  },
  {
    slug: 'cnil',
    name: "Commission nationale de l'informatique et des libertés",
    acronym: 'CNIL',
    country: 'FR',
    names: [
      cur("Commission [Nn]ationale (?:de l'|de l’)?[Ii]nformatique et (?:des )?[Ll]ibert[ée]s"),
      cur('\\bCNIL\\b'),
    ],
    websites: ['cnil.fr'],
  },
  {
    slug: 'cnpd',
    name: 'Commission nationale pour la protection des données',
    acronym: 'CNPD',
    country: 'LU',
    names: [cur('Commission [Nn]ationale pour la [Pp]rotection des [Dd]onn[ée]es'), cur('\\bCNPD\\b')],
    websites: ['cnpd.public.lu'],
  },
  {
    slug: 'dpc',
    name: 'Data Protection Commission',
    acronym: 'DPC',
    country: 'IE',
    names: [cur('Data Protection Commission(?:er)?'), old('Office of the Data Protection Commissioner')],
    websites: ['dataprotection.ie'],
  },
  {
    slug: 'ico',
    name: "Information Commissioner's Office",
    acronym: 'ICO',
    country: 'GB',
    names: [cur("Information Commissioner(?:'s|’s) Office"), cur('\\bICO\\b')],
    websites: ['ico.org.uk'],
  },
  {
    slug: 'bfdi',
    name: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
    acronym: 'BfDI',
    country: 'DE',
    names: [cur('Bundesbeauftragte[nr]? für den Datenschutz'), cur('\\bBfDI\\b')],
    websites: ['bfdi.bund.de'],
  },
  {
    slug: 'aepd',
    name: 'Agencia Española de Protección de Datos',
    acronym: 'AEPD',
    country: 'ES',
    names: [cur('Agencia Espa[ñn]ola de Protecci[óo]n de Datos'), cur('\\bAEPD\\b')],
    websites: ['aepd.es'],
  },
];
