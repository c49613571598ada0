import { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema of the entities as of the first migration, plus the FTS5 search index. */
export class Initial1795459521494 implements MigrationInterface {
  name = 'Initial1795459521494';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "authority_reference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b70483ac0ef550bdf275e3dc72" ON "authority_reference" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "controller" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "legalName" varchar, "legalForm" varchar, "enterpriseNumber" varchar, "language" varchar(2) NOT NULL, "website" varchar, "email" varchar, "phone" varchar, "representative" varchar, "documentId" integer NOT NULL, "supervisoryAuthorityId" integer, "transfersOutsideEEA" boolean, "automatedDecisionMaking" boolean, "minimumAge" integer, "hasDpo" boolean NOT NULL, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da5202834f0f38dd1d1bc67f04" ON "controller" ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_42ee03cf7c879b6c10a54a281c" ON "controller" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_6f5d92a6438fcc18a313c98543" ON "controller" ("language") `);
    await queryRunner.query(`CREATE INDEX "IDX_765b3026f916541b1a8deeaebe" ON "controller" ("documentId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_1dec9e67a3d01d698ba93954a8" ON "controller" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b0a3ba1e39644ea975974ffc08" ON "controller" ("hasDpo") `);
    await queryRunner.query(
      `CREATE TABLE "data_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar NOT NULL, "name" varchar NOT NULL, "nameNl" varchar NOT NULL, "special" boolean NOT NULL, "dpv" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4ab518f513630e6417c8580eaf" ON "data_category" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "data_category_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dpo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_33ec86d9d2c2c247a3edd953e8" ON "dpo" ("controllerId") `);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "subjectType" varchar NOT NULL, "subjectId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6b853b00c6638ed9eb816612a7" ON "evidence" ("subjectType", "subjectId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "legal_basis" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar NOT NULL, "name" varchar NOT NULL, "nameNl" varchar NOT NULL, "article" varchar NOT NULL, "dpv" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8b75f35747993b9e2f9bdbc016" ON "legal_basis" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "legal_basis_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(
      `CREATE TABLE "passage" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "text" text NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06315938ced40e1f624c83bba3" ON "passage" ("documentId") `);
    await queryRunner.query(
      `CREATE TABLE "policy_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "title" varchar NOT NULL, "language" varchar(2) NOT NULL, "sourceFile" varchar NOT NULL, "sha256" varchar(64) NOT NULL, "lastUpdated" varchar, "length" integer NOT NULL, "text" text NOT NULL, "controllerId" integer)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7486329a43636022b2a868ed6" ON "policy_document" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "policy_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(
      `CREATE TABLE "processor" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "legalName" varchar, "website" varchar, "country" varchar, "parentCountry" varchar)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5ef4d89061bed703e784b835b2" ON "processor" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "processor_engagement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(
      `CREATE TABLE "purpose" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(
      `CREATE TABLE "purpose_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar NOT NULL, "name" varchar NOT NULL, "dpv" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_aba75eae9fd2915d2798806fe9" ON "purpose_category" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "recipient_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar NOT NULL, "name" varchar NOT NULL, "nameNl" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a893c3b6ca0f57523627820d6d" ON "recipient_category" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "recipient_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "data_subject_right" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar NOT NULL, "name" varchar NOT NULL, "nameNl" varchar NOT NULL, "article" varchar NOT NULL, "dpv" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_23143ab80a03f79c7660766b18" ON "data_subject_right" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "right_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(
      `CREATE TABLE "rights_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_15e9a5fd3d5272fe9d25547448" ON "rights_request" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seed_run" ("key" varchar PRIMARY KEY NOT NULL, "fingerprint" varchar(64) NOT NULL, "loadedAt" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "supervisory_authority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "acronym" varchar NOT NULL, "country" varchar(2) NOT NULL, "names" text NOT NULL, "acronyms" text NOT NULL, "phone" varchar, "email" varchar, "website" varchar, "websites" text NOT NULL, "dpv" varchar NOT NULL, "predecessors" text NOT NULL, "predecessorContacts" text NOT NULL, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3f0107d0ff11e7b17662dcedff" ON "supervisory_authority" ("slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "processor_engagement_data_category" ("engagementId" integer NOT NULL, "dataCategoryId" integer NOT NULL, CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd" FOREIGN KEY ("engagementId") REFERENCES "processor_engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_fdf70966ed08b814b2feb3f5eea" FOREIGN KEY ("dataCategoryId") REFERENCES "data_category" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("engagementId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b1d3d3f9e12202db81f026efd" ON "processor_engagement_data_category" ("engagementId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdf70966ed08b814b2feb3f5ee" ON "processor_engagement_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "purpose_legal_basis" ("purposeId" integer NOT NULL, "legalBasisId" integer NOT NULL, CONSTRAINT "FK_b0794525fd19f874359b73b777a" FOREIGN KEY ("purposeId") REFERENCES "purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_28c80b47167032f72cd6d36e1ca" FOREIGN KEY ("legalBasisId") REFERENCES "legal_basis" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("purposeId", "legalBasisId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b0794525fd19f874359b73b777" ON "purpose_legal_basis" ("purposeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c80b47167032f72cd6d36e1c" ON "purpose_legal_basis" ("legalBasisId") `);
    await queryRunner.query(
      `CREATE TABLE "purpose_data_category" ("purposeId" integer NOT NULL, "dataCategoryId" integer NOT NULL, CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4" FOREIGN KEY ("purposeId") REFERENCES "purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_9af767d8bba7cffecfc7f6d62ac" FOREIGN KEY ("dataCategoryId") REFERENCES "data_category" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("purposeId", "dataCategoryId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed9ca1084d728ef8a78e683b9b" ON "purpose_data_category" ("purposeId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_9af767d8bba7cffecfc7f6d62a" ON "purpose_data_category" ("dataCategoryId") `,
    );
    // The full-text index of search (src/queries/search.ts): FTS5 over passage.text, kept in step by loadSeeds
    // ('rebuild' after each load). unicode61 with remove_diacritics 2 folds accents: "prive" finds "privé".
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "passage_fts" USING fts5(text, content='passage', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "passage_fts"`);
    await queryRunner.query(`DROP INDEX "IDX_9af767d8bba7cffecfc7f6d62a"`);
    await queryRunner.query(`DROP INDEX "IDX_ed9ca1084d728ef8a78e683b9b"`);
    await queryRunner.query(`DROP TABLE "purpose_data_category"`);
    await queryRunner.query(`DROP INDEX "IDX_28c80b47167032f72cd6d36e1c"`);
    await queryRunner.query(`DROP INDEX "IDX_b0794525fd19f874359b73b777"`);
    await queryRunner.query(`DROP TABLE "purpose_legal_basis"`);
    await queryRunner.query(`DROP INDEX "IDX_fdf70966ed08b814b2feb3f5ee"`);
    await queryRunner.query(`DROP INDEX "IDX_5b1d3d3f9e12202db81f026efd"`);
    await queryRunner.query(`DROP TABLE "processor_engagement_data_category"`);
    await queryRunner.query(`DROP INDEX "IDX_3f0107d0ff11e7b17662dcedff"`);
    await queryRunner.query(`DROP TABLE "supervisory_authority"`);
    await queryRunner.query(`DROP TABLE "seed_run"`);
    await queryRunner.query(`DROP INDEX "IDX_15e9a5fd3d5272fe9d25547448"`);
    await queryRunner.query(`DROP TABLE "rights_request"`);
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(`DROP TABLE "right_statement"`);
    await queryRunner.query(`DROP INDEX "IDX_23143ab80a03f79c7660766b18"`);
    await queryRunner.query(`DROP TABLE "data_subject_right"`);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(`DROP TABLE "recipient_disclosure"`);
    await queryRunner.query(`DROP INDEX "IDX_a893c3b6ca0f57523627820d6d"`);
    await queryRunner.query(`DROP TABLE "recipient_category"`);
    await queryRunner.query(`DROP INDEX "IDX_aba75eae9fd2915d2798806fe9"`);
    await queryRunner.query(`DROP TABLE "purpose_category"`);
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(`DROP TABLE "purpose"`);
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(`DROP TABLE "processor_engagement"`);
    await queryRunner.query(`DROP INDEX "IDX_5ef4d89061bed703e784b835b2"`);
    await queryRunner.query(`DROP TABLE "processor"`);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(`DROP TABLE "policy_statement"`);
    await queryRunner.query(`DROP INDEX "IDX_a7486329a43636022b2a868ed6"`);
    await queryRunner.query(`DROP TABLE "policy_document"`);
    await queryRunner.query(`DROP INDEX "IDX_06315938ced40e1f624c83bba3"`);
    await queryRunner.query(`DROP TABLE "passage"`);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(`DROP TABLE "legal_basis_claim"`);
    await queryRunner.query(`DROP INDEX "IDX_8b75f35747993b9e2f9bdbc016"`);
    await queryRunner.query(`DROP TABLE "legal_basis"`);
    await queryRunner.query(`DROP INDEX "IDX_6b853b00c6638ed9eb816612a7"`);
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "IDX_33ec86d9d2c2c247a3edd953e8"`);
    await queryRunner.query(`DROP TABLE "dpo"`);
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(`DROP TABLE "data_category_disclosure"`);
    await queryRunner.query(`DROP INDEX "IDX_4ab518f513630e6417c8580eaf"`);
    await queryRunner.query(`DROP TABLE "data_category"`);
    await queryRunner.query(`DROP INDEX "IDX_b0a3ba1e39644ea975974ffc08"`);
    await queryRunner.query(`DROP INDEX "IDX_1dec9e67a3d01d698ba93954a8"`);
    await queryRunner.query(`DROP INDEX "IDX_765b3026f916541b1a8deeaebe"`);
    await queryRunner.query(`DROP INDEX "IDX_6f5d92a6438fcc18a313c98543"`);
    await queryRunner.query(`DROP INDEX "IDX_42ee03cf7c879b6c10a54a281c"`);
    await queryRunner.query(`DROP INDEX "IDX_da5202834f0f38dd1d1bc67f04"`);
    await queryRunner.query(`DROP TABLE "controller"`);
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(`DROP INDEX "IDX_b70483ac0ef550bdf275e3dc72"`);
    await queryRunner.query(`DROP TABLE "authority_reference"`);
  }
}
