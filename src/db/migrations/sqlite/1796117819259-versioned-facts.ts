import { MigrationInterface, QueryRunner } from 'typeorm';

export class VersionedFacts1796117819259 implements MigrationInterface {
  name = 'VersionedFacts1796117819259';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Versions, facts and the audit log (issue 11). The content before this migration came only from the seed files,
    // which the next start loads again (as version 1 of each controller): it is cleared, so that the new NOT NULL
    // columns need no made-up values.
    await queryRunner.query(`DELETE FROM "evidence"`);
    await queryRunner.query(`DELETE FROM "passage"`);
    await queryRunner.query(`DELETE FROM "purpose_legal_basis"`);
    await queryRunner.query(`DELETE FROM "purpose_data_category"`);
    await queryRunner.query(`DELETE FROM "processor_engagement_data_category"`);
    await queryRunner.query(`DELETE FROM "policy_statement"`);
    await queryRunner.query(`DELETE FROM "rights_request"`);
    await queryRunner.query(`DELETE FROM "right_statement"`);
    await queryRunner.query(`DELETE FROM "recipient_disclosure"`);
    await queryRunner.query(`DELETE FROM "processor_engagement"`);
    await queryRunner.query(`DELETE FROM "purpose"`);
    await queryRunner.query(`DELETE FROM "data_category_disclosure"`);
    await queryRunner.query(`DELETE FROM "legal_basis_claim"`);
    await queryRunner.query(`DELETE FROM "authority_reference"`);
    await queryRunner.query(`DELETE FROM "dpo"`);
    await queryRunner.query(`DELETE FROM "controller"`);
    await queryRunner.query(`DELETE FROM "policy_document"`);
    await queryRunner.query(`DELETE FROM "seed_run"`);
    await queryRunner.query(`DROP INDEX "IDX_da5202834f0f38dd1d1bc67f04"`);
    await queryRunner.query(`DROP INDEX "IDX_b70483ac0ef550bdf275e3dc72"`);
    await queryRunner.query(`DROP INDEX "IDX_33ec86d9d2c2c247a3edd953e8"`);
    await queryRunner.query(`DROP INDEX "IDX_6b853b00c6638ed9eb816612a7"`);
    await queryRunner.query(`DROP INDEX "IDX_a7486329a43636022b2a868ed6"`);
    await queryRunner.query(`DROP INDEX "IDX_15e9a5fd3d5272fe9d25547448"`);
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar NOT NULL, "actorType" varchar NOT NULL, "actorId" varchar, "actorName" varchar NOT NULL, "actorRole" varchar, "requestId" varchar, "action" varchar NOT NULL, "subject" varchar NOT NULL, "controllerSlug" varchar NOT NULL, "version" integer NOT NULL, "before" text, "after" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bbbe2dfa0f7910bad6cd0b0b4b" ON "audit_entry" ("controllerSlug") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_eabf7d696243cbe2a2596de473" ON "audit_entry" ("actorType", "actorId", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_46b26c445a8dd464c49fe02927" ON "audit_entry" ("subject", "id") `);
    await queryRunner.query(
      `CREATE TABLE "fact" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "kind" varchar NOT NULL, "field" varchar NOT NULL, "key" varchar NOT NULL, "reviewState" varchar NOT NULL, "source" varchar NOT NULL, "confidence" real, "revision" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d9f74477392a38c49c8c89202a" ON "fact" ("controllerId", "key") `);
    await queryRunner.query(
      `CREATE TABLE "data_version" ("id" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_evidence"("id", "documentId", "quote", "start", "end") SELECT "id", "documentId", "quote", "start", "end" FROM "evidence"`,
    );
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`ALTER TABLE "temporary_evidence" RENAME TO "evidence"`);
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(`DROP INDEX "IDX_b0a3ba1e39644ea975974ffc08"`);
    await queryRunner.query(`DROP INDEX "IDX_1dec9e67a3d01d698ba93954a8"`);
    await queryRunner.query(`DROP INDEX "IDX_765b3026f916541b1a8deeaebe"`);
    await queryRunner.query(`DROP INDEX "IDX_6f5d92a6438fcc18a313c98543"`);
    await queryRunner.query(`DROP INDEX "IDX_42ee03cf7c879b6c10a54a281c"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_controller" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "legalName" varchar, "legalForm" varchar, "enterpriseNumber" varchar, "language" varchar(2) NOT NULL, "website" varchar, "email" varchar, "phone" varchar, "representative" varchar, "documentId" integer NOT NULL, "supervisoryAuthorityId" integer, "transfersOutsideEEA" boolean, "automatedDecisionMaking" boolean, "minimumAge" integer, "hasDpo" boolean NOT NULL, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar, "version" integer NOT NULL, "status" varchar NOT NULL, "revision" integer NOT NULL, "source" varchar NOT NULL, "createdAt" varchar NOT NULL, "publishedAt" varchar, "factId" integer NOT NULL, "seedFingerprint" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_controller"("id", "slug", "name", "legalName", "legalForm", "enterpriseNumber", "language", "website", "email", "phone", "representative", "documentId", "supervisoryAuthorityId", "transfersOutsideEEA", "automatedDecisionMaking", "minimumAge", "hasDpo", "addressStreet", "addressPostalcode", "addressCity", "addressCountry") SELECT "id", "slug", "name", "legalName", "legalForm", "enterpriseNumber", "language", "website", "email", "phone", "representative", "documentId", "supervisoryAuthorityId", "transfersOutsideEEA", "automatedDecisionMaking", "minimumAge", "hasDpo", "addressStreet", "addressPostalcode", "addressCity", "addressCountry" FROM "controller"`,
    );
    await queryRunner.query(`DROP TABLE "controller"`);
    await queryRunner.query(`ALTER TABLE "temporary_controller" RENAME TO "controller"`);
    await queryRunner.query(`CREATE INDEX "IDX_b0a3ba1e39644ea975974ffc08" ON "controller" ("hasDpo") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_1dec9e67a3d01d698ba93954a8" ON "controller" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_765b3026f916541b1a8deeaebe" ON "controller" ("documentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_6f5d92a6438fcc18a313c98543" ON "controller" ("language") `);
    await queryRunner.query(`CREATE INDEX "IDX_42ee03cf7c879b6c10a54a281c" ON "controller" ("name") `);
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_authority_reference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar, "nodeKey" varchar NOT NULL, "statedFax" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_authority_reference"("id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite") SELECT "id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite" FROM "authority_reference"`,
    );
    await queryRunner.query(`DROP TABLE "authority_reference"`);
    await queryRunner.query(`ALTER TABLE "temporary_authority_reference" RENAME TO "authority_reference"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_data_category_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_data_category_disclosure"("id", "controllerId", "dataCategoryId", "label", "sensitive", "context") SELECT "id", "controllerId", "dataCategoryId", "label", "sensitive", "context" FROM "data_category_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "data_category_disclosure"`);
    await queryRunner.query(`ALTER TABLE "temporary_data_category_disclosure" RENAME TO "data_category_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_dpo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dpo"("id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry") SELECT "id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry" FROM "dpo"`,
    );
    await queryRunner.query(`DROP TABLE "dpo"`);
    await queryRunner.query(`ALTER TABLE "temporary_dpo" RENAME TO "dpo"`);
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "factId" integer NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_evidence"("id", "documentId", "quote", "start", "end") SELECT "id", "documentId", "quote", "start", "end" FROM "evidence"`,
    );
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`ALTER TABLE "temporary_evidence" RENAME TO "evidence"`);
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_legal_basis_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_legal_basis_claim"("id", "controllerId", "legalBasisId") SELECT "id", "controllerId", "legalBasisId" FROM "legal_basis_claim"`,
    );
    await queryRunner.query(`DROP TABLE "legal_basis_claim"`);
    await queryRunner.query(`ALTER TABLE "temporary_legal_basis_claim" RENAME TO "legal_basis_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_policy_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "title" varchar NOT NULL, "language" varchar(2) NOT NULL, "sourceFile" varchar NOT NULL, "sha256" varchar(64) NOT NULL, "lastUpdated" varchar, "length" integer NOT NULL, "text" text NOT NULL, "controllerId" integer, "version" integer NOT NULL, "factId" integer NOT NULL, "sourceUrl" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_policy_document"("id", "slug", "title", "language", "sourceFile", "sha256", "lastUpdated", "length", "text", "controllerId") SELECT "id", "slug", "title", "language", "sourceFile", "sha256", "lastUpdated", "length", "text", "controllerId" FROM "policy_document"`,
    );
    await queryRunner.query(`DROP TABLE "policy_document"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_document" RENAME TO "policy_document"`);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_policy_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_policy_statement"("id", "controllerId", "topic", "kind", "description") SELECT "id", "controllerId", "topic", "kind", "description" FROM "policy_statement"`,
    );
    await queryRunner.query(`DROP TABLE "policy_statement"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_statement" RENAME TO "policy_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_processor_engagement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_processor_engagement"("id", "controllerId", "processorId", "role", "service") SELECT "id", "controllerId", "processorId", "role", "service" FROM "processor_engagement"`,
    );
    await queryRunner.query(`DROP TABLE "processor_engagement"`);
    await queryRunner.query(`ALTER TABLE "temporary_processor_engagement" RENAME TO "processor_engagement"`);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose"("id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration") SELECT "id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration" FROM "purpose"`,
    );
    await queryRunner.query(`DROP TABLE "purpose"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose" RENAME TO "purpose"`);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_recipient_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_recipient_disclosure"("id", "controllerId", "recipientCategoryId", "label") SELECT "id", "controllerId", "recipientCategoryId", "label" FROM "recipient_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "recipient_disclosure"`);
    await queryRunner.query(`ALTER TABLE "temporary_recipient_disclosure" RENAME TO "recipient_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_right_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_right_statement"("id", "controllerId", "rightId", "conditions") SELECT "id", "controllerId", "rightId", "conditions" FROM "right_statement"`,
    );
    await queryRunner.query(`DROP TABLE "right_statement"`);
    await queryRunner.query(`ALTER TABLE "temporary_right_statement" RENAME TO "right_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_rights_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_rights_request"("id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee") SELECT "id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee" FROM "rights_request"`,
    );
    await queryRunner.query(`DROP TABLE "rights_request"`);
    await queryRunner.query(`ALTER TABLE "temporary_rights_request" RENAME TO "rights_request"`);
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_authority_reference" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar, "nodeKey" varchar NOT NULL, "statedFax" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_authority_reference"("id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax") SELECT "id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax" FROM "authority_reference"`,
    );
    await queryRunner.query(`DROP TABLE "authority_reference"`);
    await queryRunner.query(`ALTER TABLE "temporary_authority_reference" RENAME TO "authority_reference"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_data_category_disclosure" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_data_category_disclosure"("id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey") SELECT "id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey" FROM "data_category_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "data_category_disclosure"`);
    await queryRunner.query(`ALTER TABLE "temporary_data_category_disclosure" RENAME TO "data_category_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_dpo" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dpo"("id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey") SELECT "id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey" FROM "dpo"`,
    );
    await queryRunner.query(`DROP TABLE "dpo"`);
    await queryRunner.query(`ALTER TABLE "temporary_dpo" RENAME TO "dpo"`);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_legal_basis_claim" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_legal_basis_claim"("id", "controllerId", "legalBasisId", "nodeKey") SELECT "id", "controllerId", "legalBasisId", "nodeKey" FROM "legal_basis_claim"`,
    );
    await queryRunner.query(`DROP TABLE "legal_basis_claim"`);
    await queryRunner.query(`ALTER TABLE "temporary_legal_basis_claim" RENAME TO "legal_basis_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_policy_statement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_policy_statement"("id", "controllerId", "topic", "kind", "description", "nodeKey") SELECT "id", "controllerId", "topic", "kind", "description", "nodeKey" FROM "policy_statement"`,
    );
    await queryRunner.query(`DROP TABLE "policy_statement"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_statement" RENAME TO "policy_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_fdf70966ed08b814b2feb3f5ee"`);
    await queryRunner.query(`DROP INDEX "IDX_5b1d3d3f9e12202db81f026efd"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_processor_engagement_data_category" ("engagementId" integer NOT NULL, "dataCategoryId" integer NOT NULL, PRIMARY KEY ("engagementId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_processor_engagement_data_category"("engagementId", "dataCategoryId") SELECT "engagementId", "dataCategoryId" FROM "processor_engagement_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "processor_engagement_data_category"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_processor_engagement_data_category" RENAME TO "processor_engagement_data_category"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdf70966ed08b814b2feb3f5ee" ON "processor_engagement_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b1d3d3f9e12202db81f026efd" ON "processor_engagement_data_category" ("engagementId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_processor_engagement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_processor_engagement"("id", "controllerId", "processorId", "role", "service", "nodeKey") SELECT "id", "controllerId", "processorId", "role", "service", "nodeKey" FROM "processor_engagement"`,
    );
    await queryRunner.query(`DROP TABLE "processor_engagement"`);
    await queryRunner.query(`ALTER TABLE "temporary_processor_engagement" RENAME TO "processor_engagement"`);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_28c80b47167032f72cd6d36e1c"`);
    await queryRunner.query(`DROP INDEX "IDX_b0794525fd19f874359b73b777"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose_legal_basis" ("purposeId" integer NOT NULL, "legalBasisId" integer NOT NULL, PRIMARY KEY ("purposeId", "legalBasisId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose_legal_basis"("purposeId", "legalBasisId") SELECT "purposeId", "legalBasisId" FROM "purpose_legal_basis"`,
    );
    await queryRunner.query(`DROP TABLE "purpose_legal_basis"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose_legal_basis" RENAME TO "purpose_legal_basis"`);
    await queryRunner.query(`CREATE INDEX "IDX_28c80b47167032f72cd6d36e1c" ON "purpose_legal_basis" ("legalBasisId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b0794525fd19f874359b73b777" ON "purpose_legal_basis" ("purposeId") `);
    await queryRunner.query(`DROP INDEX "IDX_9af767d8bba7cffecfc7f6d62a"`);
    await queryRunner.query(`DROP INDEX "IDX_ed9ca1084d728ef8a78e683b9b"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose_data_category" ("purposeId" integer NOT NULL, "dataCategoryId" integer NOT NULL, PRIMARY KEY ("purposeId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose_data_category"("purposeId", "dataCategoryId") SELECT "purposeId", "dataCategoryId" FROM "purpose_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "purpose_data_category"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose_data_category" RENAME TO "purpose_data_category"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_9af767d8bba7cffecfc7f6d62a" ON "purpose_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed9ca1084d728ef8a78e683b9b" ON "purpose_data_category" ("purposeId") `);
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose"("id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey") SELECT "id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey" FROM "purpose"`,
    );
    await queryRunner.query(`DROP TABLE "purpose"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose" RENAME TO "purpose"`);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_recipient_disclosure" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_recipient_disclosure"("id", "controllerId", "recipientCategoryId", "label", "nodeKey") SELECT "id", "controllerId", "recipientCategoryId", "label", "nodeKey" FROM "recipient_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "recipient_disclosure"`);
    await queryRunner.query(`ALTER TABLE "temporary_recipient_disclosure" RENAME TO "recipient_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_right_statement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_right_statement"("id", "controllerId", "rightId", "conditions", "nodeKey") SELECT "id", "controllerId", "rightId", "conditions", "nodeKey" FROM "right_statement"`,
    );
    await queryRunner.query(`DROP TABLE "right_statement"`);
    await queryRunner.query(`ALTER TABLE "temporary_right_statement" RENAME TO "right_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_rights_request" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_rights_request"("id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey") SELECT "id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey" FROM "rights_request"`,
    );
    await queryRunner.query(`DROP TABLE "rights_request"`);
    await queryRunner.query(`ALTER TABLE "temporary_rights_request" RENAME TO "rights_request"`);
    await queryRunner.query(`CREATE INDEX "IDX_da5202834f0f38dd1d1bc67f04" ON "controller" ("slug") `);
    await queryRunner.query(`CREATE INDEX "IDX_241f9b440452b339654ab7bd8d" ON "controller" ("status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_controller_published_slug" ON "controller" ("slug") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_62b00ba5c79b049d944e8fc828" ON "controller" ("slug", "version") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b70483ac0ef550bdf275e3dc72" ON "authority_reference" ("controllerId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fd109854a1cc164d92bba8d88a" ON "authority_reference" ("nodeKey") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a88cd5e08a65603d76fc6b7ecf" ON "data_category_disclosure" ("nodeKey") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_33ec86d9d2c2c247a3edd953e8" ON "dpo" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a90c09ec5ed638d292544c5f10" ON "dpo" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_21c86f6547feeeaf099536afd0" ON "evidence" ("factId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cbc2f3998ac83e20b8eccc9ae9" ON "evidence" ("nodeKey") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe379bf9be5e0a9505f5b18112" ON "legal_basis_claim" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_a7486329a43636022b2a868ed6" ON "policy_document" ("slug") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_657607b7c81b7958ce2e864772" ON "policy_document" ("slug", "version") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4f4fdc6c742cb74ebf3a3c870" ON "policy_statement" ("nodeKey") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_27a140cfdff4871144d88d2fc0" ON "processor_engagement" ("nodeKey") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dcc13c7840cf1b16edbde05c73" ON "purpose" ("nodeKey") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_adc8c179dedb529be441315d7f" ON "recipient_disclosure" ("nodeKey") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_411c145b73868141747370c7fd" ON "right_statement" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_15e9a5fd3d5272fe9d25547448" ON "rights_request" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f85a3bcffb19067486543e15f0" ON "rights_request" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_d9f74477392a38c49c8c89202a"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_fact" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "kind" varchar NOT NULL, "field" varchar NOT NULL, "key" varchar NOT NULL, "reviewState" varchar NOT NULL, "source" varchar NOT NULL, "confidence" real, "revision" integer NOT NULL, CONSTRAINT "FK_dedd3992c80564a513b04dfd73d" FOREIGN KEY ("controllerId") REFERENCES "controller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_fact"("id", "controllerId", "kind", "field", "key", "reviewState", "source", "confidence", "revision") SELECT "id", "controllerId", "kind", "field", "key", "reviewState", "source", "confidence", "revision" FROM "fact"`,
    );
    await queryRunner.query(`DROP TABLE "fact"`);
    await queryRunner.query(`ALTER TABLE "temporary_fact" RENAME TO "fact"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d9f74477392a38c49c8c89202a" ON "fact" ("controllerId", "key") `);
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(`DROP INDEX "IDX_b70483ac0ef550bdf275e3dc72"`);
    await queryRunner.query(`DROP INDEX "IDX_fd109854a1cc164d92bba8d88a"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_authority_reference" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar, "nodeKey" varchar NOT NULL, "statedFax" varchar, CONSTRAINT "FK_ad33d60897c00de1f91ace3aabf" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_authority_reference"("id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax") SELECT "id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax" FROM "authority_reference"`,
    );
    await queryRunner.query(`DROP TABLE "authority_reference"`);
    await queryRunner.query(`ALTER TABLE "temporary_authority_reference" RENAME TO "authority_reference"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b70483ac0ef550bdf275e3dc72" ON "authority_reference" ("controllerId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fd109854a1cc164d92bba8d88a" ON "authority_reference" ("nodeKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(`DROP INDEX "IDX_a88cd5e08a65603d76fc6b7ecf"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_data_category_disclosure" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_fc850ef455d9155f71273c87397" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_data_category_disclosure"("id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey") SELECT "id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey" FROM "data_category_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "data_category_disclosure"`);
    await queryRunner.query(`ALTER TABLE "temporary_data_category_disclosure" RENAME TO "data_category_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a88cd5e08a65603d76fc6b7ecf" ON "data_category_disclosure" ("nodeKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_33ec86d9d2c2c247a3edd953e8"`);
    await queryRunner.query(`DROP INDEX "IDX_a90c09ec5ed638d292544c5f10"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_dpo" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_e7a1177e08844beb3c2b9b1d8a5" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dpo"("id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey") SELECT "id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey" FROM "dpo"`,
    );
    await queryRunner.query(`DROP TABLE "dpo"`);
    await queryRunner.query(`ALTER TABLE "temporary_dpo" RENAME TO "dpo"`);
    await queryRunner.query(`CREATE INDEX "IDX_33ec86d9d2c2c247a3edd953e8" ON "dpo" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a90c09ec5ed638d292544c5f10" ON "dpo" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(`DROP INDEX "IDX_21c86f6547feeeaf099536afd0"`);
    await queryRunner.query(`DROP INDEX "IDX_cbc2f3998ac83e20b8eccc9ae9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "factId" integer NOT NULL, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_21c86f6547feeeaf099536afd01" FOREIGN KEY ("factId") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_evidence"("id", "documentId", "quote", "start", "end", "factId", "nodeKey") SELECT "id", "documentId", "quote", "start", "end", "factId", "nodeKey" FROM "evidence"`,
    );
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`ALTER TABLE "temporary_evidence" RENAME TO "evidence"`);
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_21c86f6547feeeaf099536afd0" ON "evidence" ("factId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cbc2f3998ac83e20b8eccc9ae9" ON "evidence" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(`DROP INDEX "IDX_fe379bf9be5e0a9505f5b18112"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_legal_basis_claim" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_943d59eab6fe32a76d6ad1d6c0b" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_legal_basis_claim"("id", "controllerId", "legalBasisId", "nodeKey") SELECT "id", "controllerId", "legalBasisId", "nodeKey" FROM "legal_basis_claim"`,
    );
    await queryRunner.query(`DROP TABLE "legal_basis_claim"`);
    await queryRunner.query(`ALTER TABLE "temporary_legal_basis_claim" RENAME TO "legal_basis_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe379bf9be5e0a9505f5b18112" ON "legal_basis_claim" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(`DROP INDEX "IDX_c4f4fdc6c742cb74ebf3a3c870"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_policy_statement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_08381a788a58960e6c23d527be5" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_policy_statement"("id", "controllerId", "topic", "kind", "description", "nodeKey") SELECT "id", "controllerId", "topic", "kind", "description", "nodeKey" FROM "policy_statement"`,
    );
    await queryRunner.query(`DROP TABLE "policy_statement"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_statement" RENAME TO "policy_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4f4fdc6c742cb74ebf3a3c870" ON "policy_statement" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(`DROP INDEX "IDX_27a140cfdff4871144d88d2fc0"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_processor_engagement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_891f98d63c2315ce18e9b87516e" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_processor_engagement"("id", "controllerId", "processorId", "role", "service", "nodeKey") SELECT "id", "controllerId", "processorId", "role", "service", "nodeKey" FROM "processor_engagement"`,
    );
    await queryRunner.query(`DROP TABLE "processor_engagement"`);
    await queryRunner.query(`ALTER TABLE "temporary_processor_engagement" RENAME TO "processor_engagement"`);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_27a140cfdff4871144d88d2fc0" ON "processor_engagement" ("nodeKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(`DROP INDEX "IDX_dcc13c7840cf1b16edbde05c73"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_9f89c13188de03afb221ef2a4ac" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose"("id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey") SELECT "id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey" FROM "purpose"`,
    );
    await queryRunner.query(`DROP TABLE "purpose"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose" RENAME TO "purpose"`);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dcc13c7840cf1b16edbde05c73" ON "purpose" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(`DROP INDEX "IDX_adc8c179dedb529be441315d7f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_recipient_disclosure" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_93a1b612d50f9830b21938d64e5" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_recipient_disclosure"("id", "controllerId", "recipientCategoryId", "label", "nodeKey") SELECT "id", "controllerId", "recipientCategoryId", "label", "nodeKey" FROM "recipient_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "recipient_disclosure"`);
    await queryRunner.query(`ALTER TABLE "temporary_recipient_disclosure" RENAME TO "recipient_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_adc8c179dedb529be441315d7f" ON "recipient_disclosure" ("nodeKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(`DROP INDEX "IDX_411c145b73868141747370c7fd"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_right_statement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_121e9a223b5a264f11e9eea6a83" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_right_statement"("id", "controllerId", "rightId", "conditions", "nodeKey") SELECT "id", "controllerId", "rightId", "conditions", "nodeKey" FROM "right_statement"`,
    );
    await queryRunner.query(`DROP TABLE "right_statement"`);
    await queryRunner.query(`ALTER TABLE "temporary_right_statement" RENAME TO "right_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_411c145b73868141747370c7fd" ON "right_statement" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_15e9a5fd3d5272fe9d25547448"`);
    await queryRunner.query(`DROP INDEX "IDX_f85a3bcffb19067486543e15f0"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_rights_request" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar, "nodeKey" varchar NOT NULL, CONSTRAINT "FK_f4a1496399535188e6ce9609687" FOREIGN KEY ("id") REFERENCES "fact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_rights_request"("id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey") SELECT "id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey" FROM "rights_request"`,
    );
    await queryRunner.query(`DROP TABLE "rights_request"`);
    await queryRunner.query(`ALTER TABLE "temporary_rights_request" RENAME TO "rights_request"`);
    await queryRunner.query(`CREATE INDEX "IDX_15e9a5fd3d5272fe9d25547448" ON "rights_request" ("controllerId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f85a3bcffb19067486543e15f0" ON "rights_request" ("nodeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_fdf70966ed08b814b2feb3f5ee"`);
    await queryRunner.query(`DROP INDEX "IDX_5b1d3d3f9e12202db81f026efd"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_processor_engagement_data_category" ("engagementId" integer NOT NULL, "dataCategoryId" integer NOT NULL, CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd" FOREIGN KEY ("engagementId") REFERENCES "processor_engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_fdf70966ed08b814b2feb3f5eea" FOREIGN KEY ("dataCategoryId") REFERENCES "data_category" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("engagementId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_processor_engagement_data_category"("engagementId", "dataCategoryId") SELECT "engagementId", "dataCategoryId" FROM "processor_engagement_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "processor_engagement_data_category"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_processor_engagement_data_category" RENAME TO "processor_engagement_data_category"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdf70966ed08b814b2feb3f5ee" ON "processor_engagement_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b1d3d3f9e12202db81f026efd" ON "processor_engagement_data_category" ("engagementId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_28c80b47167032f72cd6d36e1c"`);
    await queryRunner.query(`DROP INDEX "IDX_b0794525fd19f874359b73b777"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose_legal_basis" ("purposeId" integer NOT NULL, "legalBasisId" integer NOT NULL, CONSTRAINT "FK_b0794525fd19f874359b73b777a" FOREIGN KEY ("purposeId") REFERENCES "purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_28c80b47167032f72cd6d36e1ca" FOREIGN KEY ("legalBasisId") REFERENCES "legal_basis" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("purposeId", "legalBasisId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose_legal_basis"("purposeId", "legalBasisId") SELECT "purposeId", "legalBasisId" FROM "purpose_legal_basis"`,
    );
    await queryRunner.query(`DROP TABLE "purpose_legal_basis"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose_legal_basis" RENAME TO "purpose_legal_basis"`);
    await queryRunner.query(`CREATE INDEX "IDX_28c80b47167032f72cd6d36e1c" ON "purpose_legal_basis" ("legalBasisId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b0794525fd19f874359b73b777" ON "purpose_legal_basis" ("purposeId") `);
    await queryRunner.query(`DROP INDEX "IDX_9af767d8bba7cffecfc7f6d62a"`);
    await queryRunner.query(`DROP INDEX "IDX_ed9ca1084d728ef8a78e683b9b"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_purpose_data_category" ("purposeId" integer NOT NULL, "dataCategoryId" integer NOT NULL, CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4" FOREIGN KEY ("purposeId") REFERENCES "purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_9af767d8bba7cffecfc7f6d62ac" FOREIGN KEY ("dataCategoryId") REFERENCES "data_category" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("purposeId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_purpose_data_category"("purposeId", "dataCategoryId") SELECT "purposeId", "dataCategoryId" FROM "purpose_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "purpose_data_category"`);
    await queryRunner.query(`ALTER TABLE "temporary_purpose_data_category" RENAME TO "purpose_data_category"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_9af767d8bba7cffecfc7f6d62a" ON "purpose_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed9ca1084d728ef8a78e683b9b" ON "purpose_data_category" ("purposeId") `);
    // The audit log is append-only: the database itself refuses to change or delete an entry.
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`,
    );
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version") VALUES (1, 0)`);
    // The passages were cleared above: the FTS5 index (external content) is rebuilt to match.
    await queryRunner.query(`INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_delete"`);
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_update"`);
    await queryRunner.query(`DROP INDEX "IDX_ed9ca1084d728ef8a78e683b9b"`);
    await queryRunner.query(`DROP INDEX "IDX_9af767d8bba7cffecfc7f6d62a"`);
    await queryRunner.query(`ALTER TABLE "purpose_data_category" RENAME TO "temporary_purpose_data_category"`);
    await queryRunner.query(
      `CREATE TABLE "purpose_data_category" ("purposeId" integer NOT NULL, "dataCategoryId" integer NOT NULL, PRIMARY KEY ("purposeId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose_data_category"("purposeId", "dataCategoryId") SELECT "purposeId", "dataCategoryId" FROM "temporary_purpose_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose_data_category"`);
    await queryRunner.query(`CREATE INDEX "IDX_ed9ca1084d728ef8a78e683b9b" ON "purpose_data_category" ("purposeId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_9af767d8bba7cffecfc7f6d62a" ON "purpose_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_b0794525fd19f874359b73b777"`);
    await queryRunner.query(`DROP INDEX "IDX_28c80b47167032f72cd6d36e1c"`);
    await queryRunner.query(`ALTER TABLE "purpose_legal_basis" RENAME TO "temporary_purpose_legal_basis"`);
    await queryRunner.query(
      `CREATE TABLE "purpose_legal_basis" ("purposeId" integer NOT NULL, "legalBasisId" integer NOT NULL, PRIMARY KEY ("purposeId", "legalBasisId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose_legal_basis"("purposeId", "legalBasisId") SELECT "purposeId", "legalBasisId" FROM "temporary_purpose_legal_basis"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose_legal_basis"`);
    await queryRunner.query(`CREATE INDEX "IDX_b0794525fd19f874359b73b777" ON "purpose_legal_basis" ("purposeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c80b47167032f72cd6d36e1c" ON "purpose_legal_basis" ("legalBasisId") `);
    await queryRunner.query(`DROP INDEX "IDX_5b1d3d3f9e12202db81f026efd"`);
    await queryRunner.query(`DROP INDEX "IDX_fdf70966ed08b814b2feb3f5ee"`);
    await queryRunner.query(
      `ALTER TABLE "processor_engagement_data_category" RENAME TO "temporary_processor_engagement_data_category"`,
    );
    await queryRunner.query(
      `CREATE TABLE "processor_engagement_data_category" ("engagementId" integer NOT NULL, "dataCategoryId" integer NOT NULL, PRIMARY KEY ("engagementId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "processor_engagement_data_category"("engagementId", "dataCategoryId") SELECT "engagementId", "dataCategoryId" FROM "temporary_processor_engagement_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_processor_engagement_data_category"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_5b1d3d3f9e12202db81f026efd" ON "processor_engagement_data_category" ("engagementId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdf70966ed08b814b2feb3f5ee" ON "processor_engagement_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f85a3bcffb19067486543e15f0"`);
    await queryRunner.query(`DROP INDEX "IDX_15e9a5fd3d5272fe9d25547448"`);
    await queryRunner.query(`ALTER TABLE "rights_request" RENAME TO "temporary_rights_request"`);
    await queryRunner.query(
      `CREATE TABLE "rights_request" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "rights_request"("id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey") SELECT "id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey" FROM "temporary_rights_request"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_rights_request"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f85a3bcffb19067486543e15f0" ON "rights_request" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_15e9a5fd3d5272fe9d25547448" ON "rights_request" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_411c145b73868141747370c7fd"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`ALTER TABLE "right_statement" RENAME TO "temporary_right_statement"`);
    await queryRunner.query(
      `CREATE TABLE "right_statement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "right_statement"("id", "controllerId", "rightId", "conditions", "nodeKey") SELECT "id", "controllerId", "rightId", "conditions", "nodeKey" FROM "temporary_right_statement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_right_statement"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_411c145b73868141747370c7fd" ON "right_statement" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(`DROP INDEX "IDX_adc8c179dedb529be441315d7f"`);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" RENAME TO "temporary_recipient_disclosure"`);
    await queryRunner.query(
      `CREATE TABLE "recipient_disclosure" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "recipient_disclosure"("id", "controllerId", "recipientCategoryId", "label", "nodeKey") SELECT "id", "controllerId", "recipientCategoryId", "label", "nodeKey" FROM "temporary_recipient_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_recipient_disclosure"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_adc8c179dedb529be441315d7f" ON "recipient_disclosure" ("nodeKey") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_dcc13c7840cf1b16edbde05c73"`);
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`ALTER TABLE "purpose" RENAME TO "temporary_purpose"`);
    await queryRunner.query(
      `CREATE TABLE "purpose" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose"("id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey") SELECT "id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey" FROM "temporary_purpose"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dcc13c7840cf1b16edbde05c73" ON "purpose" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(`DROP INDEX "IDX_27a140cfdff4871144d88d2fc0"`);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" RENAME TO "temporary_processor_engagement"`);
    await queryRunner.query(
      `CREATE TABLE "processor_engagement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "processor_engagement"("id", "controllerId", "processorId", "role", "service", "nodeKey") SELECT "id", "controllerId", "processorId", "role", "service", "nodeKey" FROM "temporary_processor_engagement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_processor_engagement"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_27a140cfdff4871144d88d2fc0" ON "processor_engagement" ("nodeKey") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(`DROP INDEX "IDX_c4f4fdc6c742cb74ebf3a3c870"`);
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`ALTER TABLE "policy_statement" RENAME TO "temporary_policy_statement"`);
    await queryRunner.query(
      `CREATE TABLE "policy_statement" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_statement"("id", "controllerId", "topic", "kind", "description", "nodeKey") SELECT "id", "controllerId", "topic", "kind", "description", "nodeKey" FROM "temporary_policy_statement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_policy_statement"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4f4fdc6c742cb74ebf3a3c870" ON "policy_statement" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(`DROP INDEX "IDX_fe379bf9be5e0a9505f5b18112"`);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" RENAME TO "temporary_legal_basis_claim"`);
    await queryRunner.query(
      `CREATE TABLE "legal_basis_claim" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "legal_basis_claim"("id", "controllerId", "legalBasisId", "nodeKey") SELECT "id", "controllerId", "legalBasisId", "nodeKey" FROM "temporary_legal_basis_claim"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_legal_basis_claim"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe379bf9be5e0a9505f5b18112" ON "legal_basis_claim" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(`DROP INDEX "IDX_cbc2f3998ac83e20b8eccc9ae9"`);
    await queryRunner.query(`DROP INDEX "IDX_21c86f6547feeeaf099536afd0"`);
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(`ALTER TABLE "evidence" RENAME TO "temporary_evidence"`);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "factId" integer NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "evidence"("id", "documentId", "quote", "start", "end", "factId", "nodeKey") SELECT "id", "documentId", "quote", "start", "end", "factId", "nodeKey" FROM "temporary_evidence"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_evidence"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cbc2f3998ac83e20b8eccc9ae9" ON "evidence" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_21c86f6547feeeaf099536afd0" ON "evidence" ("factId") `);
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(`DROP INDEX "IDX_a90c09ec5ed638d292544c5f10"`);
    await queryRunner.query(`DROP INDEX "IDX_33ec86d9d2c2c247a3edd953e8"`);
    await queryRunner.query(`ALTER TABLE "dpo" RENAME TO "temporary_dpo"`);
    await queryRunner.query(
      `CREATE TABLE "dpo" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "dpo"("id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey") SELECT "id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey" FROM "temporary_dpo"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dpo"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a90c09ec5ed638d292544c5f10" ON "dpo" ("nodeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_33ec86d9d2c2c247a3edd953e8" ON "dpo" ("controllerId") `);
    await queryRunner.query(`DROP INDEX "IDX_a88cd5e08a65603d76fc6b7ecf"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" RENAME TO "temporary_data_category_disclosure"`);
    await queryRunner.query(
      `CREATE TABLE "data_category_disclosure" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "data_category_disclosure"("id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey") SELECT "id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey" FROM "temporary_data_category_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_data_category_disclosure"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a88cd5e08a65603d76fc6b7ecf" ON "data_category_disclosure" ("nodeKey") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_fd109854a1cc164d92bba8d88a"`);
    await queryRunner.query(`DROP INDEX "IDX_b70483ac0ef550bdf275e3dc72"`);
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(`ALTER TABLE "authority_reference" RENAME TO "temporary_authority_reference"`);
    await queryRunner.query(
      `CREATE TABLE "authority_reference" ("id" integer PRIMARY KEY NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar, "nodeKey" varchar NOT NULL, "statedFax" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "authority_reference"("id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax") SELECT "id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax" FROM "temporary_authority_reference"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_authority_reference"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fd109854a1cc164d92bba8d88a" ON "authority_reference" ("nodeKey") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b70483ac0ef550bdf275e3dc72" ON "authority_reference" ("controllerId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_d9f74477392a38c49c8c89202a"`);
    await queryRunner.query(`ALTER TABLE "fact" RENAME TO "temporary_fact"`);
    await queryRunner.query(
      `CREATE TABLE "fact" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "kind" varchar NOT NULL, "field" varchar NOT NULL, "key" varchar NOT NULL, "reviewState" varchar NOT NULL, "source" varchar NOT NULL, "confidence" real, "revision" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "fact"("id", "controllerId", "kind", "field", "key", "reviewState", "source", "confidence", "revision") SELECT "id", "controllerId", "kind", "field", "key", "reviewState", "source", "confidence", "revision" FROM "temporary_fact"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_fact"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d9f74477392a38c49c8c89202a" ON "fact" ("controllerId", "key") `);
    await queryRunner.query(`DROP INDEX "IDX_f85a3bcffb19067486543e15f0"`);
    await queryRunner.query(`DROP INDEX "IDX_15e9a5fd3d5272fe9d25547448"`);
    await queryRunner.query(`DROP INDEX "IDX_411c145b73868141747370c7fd"`);
    await queryRunner.query(`DROP INDEX "IDX_adc8c179dedb529be441315d7f"`);
    await queryRunner.query(`DROP INDEX "IDX_dcc13c7840cf1b16edbde05c73"`);
    await queryRunner.query(`DROP INDEX "IDX_27a140cfdff4871144d88d2fc0"`);
    await queryRunner.query(`DROP INDEX "IDX_c4f4fdc6c742cb74ebf3a3c870"`);
    await queryRunner.query(`DROP INDEX "IDX_657607b7c81b7958ce2e864772"`);
    await queryRunner.query(`DROP INDEX "IDX_a7486329a43636022b2a868ed6"`);
    await queryRunner.query(`DROP INDEX "IDX_fe379bf9be5e0a9505f5b18112"`);
    await queryRunner.query(`DROP INDEX "IDX_cbc2f3998ac83e20b8eccc9ae9"`);
    await queryRunner.query(`DROP INDEX "IDX_21c86f6547feeeaf099536afd0"`);
    await queryRunner.query(`DROP INDEX "IDX_a90c09ec5ed638d292544c5f10"`);
    await queryRunner.query(`DROP INDEX "IDX_33ec86d9d2c2c247a3edd953e8"`);
    await queryRunner.query(`DROP INDEX "IDX_a88cd5e08a65603d76fc6b7ecf"`);
    await queryRunner.query(`DROP INDEX "IDX_fd109854a1cc164d92bba8d88a"`);
    await queryRunner.query(`DROP INDEX "IDX_b70483ac0ef550bdf275e3dc72"`);
    await queryRunner.query(`DROP INDEX "IDX_62b00ba5c79b049d944e8fc828"`);
    await queryRunner.query(`DROP INDEX "IDX_controller_published_slug"`);
    await queryRunner.query(`DROP INDEX "IDX_241f9b440452b339654ab7bd8d"`);
    await queryRunner.query(`DROP INDEX "IDX_da5202834f0f38dd1d1bc67f04"`);
    await queryRunner.query(`ALTER TABLE "rights_request" RENAME TO "temporary_rights_request"`);
    await queryRunner.query(
      `CREATE TABLE "rights_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "rights_request"("id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey") SELECT "id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee", "nodeKey" FROM "temporary_rights_request"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_rights_request"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`ALTER TABLE "right_statement" RENAME TO "temporary_right_statement"`);
    await queryRunner.query(
      `CREATE TABLE "right_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "right_statement"("id", "controllerId", "rightId", "conditions", "nodeKey") SELECT "id", "controllerId", "rightId", "conditions", "nodeKey" FROM "temporary_right_statement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_right_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" RENAME TO "temporary_recipient_disclosure"`);
    await queryRunner.query(
      `CREATE TABLE "recipient_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "recipient_disclosure"("id", "controllerId", "recipientCategoryId", "label", "nodeKey") SELECT "id", "controllerId", "recipientCategoryId", "label", "nodeKey" FROM "temporary_recipient_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_recipient_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`ALTER TABLE "purpose" RENAME TO "temporary_purpose"`);
    await queryRunner.query(
      `CREATE TABLE "purpose" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose"("id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey") SELECT "id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration", "nodeKey" FROM "temporary_purpose"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose"`);
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(`DROP INDEX "IDX_ed9ca1084d728ef8a78e683b9b"`);
    await queryRunner.query(`DROP INDEX "IDX_9af767d8bba7cffecfc7f6d62a"`);
    await queryRunner.query(`ALTER TABLE "purpose_data_category" RENAME TO "temporary_purpose_data_category"`);
    await queryRunner.query(
      `CREATE TABLE "purpose_data_category" ("purposeId" integer NOT NULL, "dataCategoryId" integer NOT NULL, CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4" FOREIGN KEY ("purposeId") REFERENCES "purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("purposeId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose_data_category"("purposeId", "dataCategoryId") SELECT "purposeId", "dataCategoryId" FROM "temporary_purpose_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose_data_category"`);
    await queryRunner.query(`CREATE INDEX "IDX_ed9ca1084d728ef8a78e683b9b" ON "purpose_data_category" ("purposeId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_9af767d8bba7cffecfc7f6d62a" ON "purpose_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_b0794525fd19f874359b73b777"`);
    await queryRunner.query(`DROP INDEX "IDX_28c80b47167032f72cd6d36e1c"`);
    await queryRunner.query(`ALTER TABLE "purpose_legal_basis" RENAME TO "temporary_purpose_legal_basis"`);
    await queryRunner.query(
      `CREATE TABLE "purpose_legal_basis" ("purposeId" integer NOT NULL, "legalBasisId" integer NOT NULL, CONSTRAINT "FK_b0794525fd19f874359b73b777a" FOREIGN KEY ("purposeId") REFERENCES "purpose" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("purposeId", "legalBasisId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose_legal_basis"("purposeId", "legalBasisId") SELECT "purposeId", "legalBasisId" FROM "temporary_purpose_legal_basis"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose_legal_basis"`);
    await queryRunner.query(`CREATE INDEX "IDX_b0794525fd19f874359b73b777" ON "purpose_legal_basis" ("purposeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c80b47167032f72cd6d36e1c" ON "purpose_legal_basis" ("legalBasisId") `);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" RENAME TO "temporary_processor_engagement"`);
    await queryRunner.query(
      `CREATE TABLE "processor_engagement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "processor_engagement"("id", "controllerId", "processorId", "role", "service", "nodeKey") SELECT "id", "controllerId", "processorId", "role", "service", "nodeKey" FROM "temporary_processor_engagement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_processor_engagement"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(`DROP INDEX "IDX_5b1d3d3f9e12202db81f026efd"`);
    await queryRunner.query(`DROP INDEX "IDX_fdf70966ed08b814b2feb3f5ee"`);
    await queryRunner.query(
      `ALTER TABLE "processor_engagement_data_category" RENAME TO "temporary_processor_engagement_data_category"`,
    );
    await queryRunner.query(
      `CREATE TABLE "processor_engagement_data_category" ("engagementId" integer NOT NULL, "dataCategoryId" integer NOT NULL, CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd" FOREIGN KEY ("engagementId") REFERENCES "processor_engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("engagementId", "dataCategoryId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "processor_engagement_data_category"("engagementId", "dataCategoryId") SELECT "engagementId", "dataCategoryId" FROM "temporary_processor_engagement_data_category"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_processor_engagement_data_category"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_5b1d3d3f9e12202db81f026efd" ON "processor_engagement_data_category" ("engagementId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fdf70966ed08b814b2feb3f5ee" ON "processor_engagement_data_category" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`ALTER TABLE "policy_statement" RENAME TO "temporary_policy_statement"`);
    await queryRunner.query(
      `CREATE TABLE "policy_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_statement"("id", "controllerId", "topic", "kind", "description", "nodeKey") SELECT "id", "controllerId", "topic", "kind", "description", "nodeKey" FROM "temporary_policy_statement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_policy_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" RENAME TO "temporary_legal_basis_claim"`);
    await queryRunner.query(
      `CREATE TABLE "legal_basis_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "legal_basis_claim"("id", "controllerId", "legalBasisId", "nodeKey") SELECT "id", "controllerId", "legalBasisId", "nodeKey" FROM "temporary_legal_basis_claim"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_legal_basis_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(`ALTER TABLE "dpo" RENAME TO "temporary_dpo"`);
    await queryRunner.query(
      `CREATE TABLE "dpo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "dpo"("id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey") SELECT "id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry", "nodeKey" FROM "temporary_dpo"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dpo"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" RENAME TO "temporary_data_category_disclosure"`);
    await queryRunner.query(
      `CREATE TABLE "data_category_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar, "nodeKey" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "data_category_disclosure"("id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey") SELECT "id", "controllerId", "dataCategoryId", "label", "sensitive", "context", "nodeKey" FROM "temporary_data_category_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_data_category_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(`ALTER TABLE "authority_reference" RENAME TO "temporary_authority_reference"`);
    await queryRunner.query(
      `CREATE TABLE "authority_reference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar, "nodeKey" varchar NOT NULL, "statedFax" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "authority_reference"("id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax") SELECT "id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite", "nodeKey", "statedFax" FROM "temporary_authority_reference"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_authority_reference"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`ALTER TABLE "rights_request" RENAME TO "temporary_rights_request"`);
    await queryRunner.query(
      `CREATE TABLE "rights_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "channels" text NOT NULL, "email" varchar, "postalAddress" varchar, "responseTime" varchar, "identityProof" varchar, "fee" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "rights_request"("id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee") SELECT "id", "controllerId", "channels", "email", "postalAddress", "responseTime", "identityProof", "fee" FROM "temporary_rights_request"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_rights_request"`);
    await queryRunner.query(`DROP INDEX "IDX_55338744aaa79bd36298f7f315"`);
    await queryRunner.query(`DROP INDEX "IDX_bf66b2e3c2cb8357ed34b1e325"`);
    await queryRunner.query(`ALTER TABLE "right_statement" RENAME TO "temporary_right_statement"`);
    await queryRunner.query(
      `CREATE TABLE "right_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "rightId" integer NOT NULL, "conditions" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "right_statement"("id", "controllerId", "rightId", "conditions") SELECT "id", "controllerId", "rightId", "conditions" FROM "temporary_right_statement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_right_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_55338744aaa79bd36298f7f315" ON "right_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_bf66b2e3c2cb8357ed34b1e325" ON "right_statement" ("rightId") `);
    await queryRunner.query(`DROP INDEX "IDX_16508fee8f6428eca06e07cd05"`);
    await queryRunner.query(`DROP INDEX "IDX_597f1a5be8217f3e9c31c1a2d2"`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" RENAME TO "temporary_recipient_disclosure"`);
    await queryRunner.query(
      `CREATE TABLE "recipient_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "recipientCategoryId" integer NOT NULL, "label" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "recipient_disclosure"("id", "controllerId", "recipientCategoryId", "label") SELECT "id", "controllerId", "recipientCategoryId", "label" FROM "temporary_recipient_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_recipient_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_16508fee8f6428eca06e07cd05" ON "recipient_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_597f1a5be8217f3e9c31c1a2d2" ON "recipient_disclosure" ("recipientCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_28c953ac972cf0a0b33e697228"`);
    await queryRunner.query(`DROP INDEX "IDX_361d6f21667bc1f6fde1cb6fed"`);
    await queryRunner.query(`ALTER TABLE "purpose" RENAME TO "temporary_purpose"`);
    await queryRunner.query(
      `CREATE TABLE "purpose" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar NOT NULL, "label" varchar NOT NULL, "purposeCategoryId" integer NOT NULL, "retentionDescription" varchar, "retentionDuration" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "purpose"("id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration") SELECT "id", "controllerId", "name", "label", "purposeCategoryId", "retentionDescription", "retentionDuration" FROM "temporary_purpose"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_purpose"`);
    await queryRunner.query(`CREATE INDEX "IDX_28c953ac972cf0a0b33e697228" ON "purpose" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_361d6f21667bc1f6fde1cb6fed" ON "purpose" ("purposeCategoryId") `);
    await queryRunner.query(`DROP INDEX "IDX_efa0340bd2c4ea8f1283f5dc48"`);
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(`DROP INDEX "IDX_96cc744dfb366ece7dd28cf70e"`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" RENAME TO "temporary_processor_engagement"`);
    await queryRunner.query(
      `CREATE TABLE "processor_engagement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "processorId" integer NOT NULL, "role" varchar NOT NULL, "service" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "processor_engagement"("id", "controllerId", "processorId", "role", "service") SELECT "id", "controllerId", "processorId", "role", "service" FROM "temporary_processor_engagement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_processor_engagement"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_efa0340bd2c4ea8f1283f5dc48" ON "processor_engagement" ("controllerId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_96cc744dfb366ece7dd28cf70e" ON "processor_engagement" ("role") `);
    await queryRunner.query(`DROP INDEX "IDX_35d5799a22b5170f5487fae6b6"`);
    await queryRunner.query(`DROP INDEX "IDX_87e77505f09cf7f15bbe4821f8"`);
    await queryRunner.query(`ALTER TABLE "policy_statement" RENAME TO "temporary_policy_statement"`);
    await queryRunner.query(
      `CREATE TABLE "policy_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "topic" varchar NOT NULL, "kind" varchar, "description" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_statement"("id", "controllerId", "topic", "kind", "description") SELECT "id", "controllerId", "topic", "kind", "description" FROM "temporary_policy_statement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_policy_statement"`);
    await queryRunner.query(`CREATE INDEX "IDX_35d5799a22b5170f5487fae6b6" ON "policy_statement" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_87e77505f09cf7f15bbe4821f8" ON "policy_statement" ("topic") `);
    await queryRunner.query(`ALTER TABLE "policy_document" RENAME TO "temporary_policy_document"`);
    await queryRunner.query(
      `CREATE TABLE "policy_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "title" varchar NOT NULL, "language" varchar(2) NOT NULL, "sourceFile" varchar NOT NULL, "sha256" varchar(64) NOT NULL, "lastUpdated" varchar, "length" integer NOT NULL, "text" text NOT NULL, "controllerId" integer)`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_document"("id", "slug", "title", "language", "sourceFile", "sha256", "lastUpdated", "length", "text", "controllerId") SELECT "id", "slug", "title", "language", "sourceFile", "sha256", "lastUpdated", "length", "text", "controllerId" FROM "temporary_policy_document"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_policy_document"`);
    await queryRunner.query(`DROP INDEX "IDX_1c61ca23858a507e1e166fba34"`);
    await queryRunner.query(`DROP INDEX "IDX_b4ecad6343d1b1c7206d7116de"`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" RENAME TO "temporary_legal_basis_claim"`);
    await queryRunner.query(
      `CREATE TABLE "legal_basis_claim" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "legalBasisId" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "legal_basis_claim"("id", "controllerId", "legalBasisId") SELECT "id", "controllerId", "legalBasisId" FROM "temporary_legal_basis_claim"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_legal_basis_claim"`);
    await queryRunner.query(`CREATE INDEX "IDX_1c61ca23858a507e1e166fba34" ON "legal_basis_claim" ("controllerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b4ecad6343d1b1c7206d7116de" ON "legal_basis_claim" ("legalBasisId") `);
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(`ALTER TABLE "evidence" RENAME TO "temporary_evidence"`);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "evidence"("id", "documentId", "quote", "start", "end") SELECT "id", "documentId", "quote", "start", "end" FROM "temporary_evidence"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_evidence"`);
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(`ALTER TABLE "dpo" RENAME TO "temporary_dpo"`);
    await queryRunner.query(
      `CREATE TABLE "dpo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "name" varchar, "organization" varchar, "email" varchar, "phone" varchar, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "dpo"("id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry") SELECT "id", "controllerId", "name", "organization", "email", "phone", "addressStreet", "addressPostalcode", "addressCity", "addressCountry" FROM "temporary_dpo"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dpo"`);
    await queryRunner.query(`DROP INDEX "IDX_23a03174c77e6b73f9ccbc7789"`);
    await queryRunner.query(`DROP INDEX "IDX_7199f7967c1a128fcfa25d0fde"`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" RENAME TO "temporary_data_category_disclosure"`);
    await queryRunner.query(
      `CREATE TABLE "data_category_disclosure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "dataCategoryId" integer NOT NULL, "label" varchar NOT NULL, "sensitive" boolean NOT NULL, "context" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "data_category_disclosure"("id", "controllerId", "dataCategoryId", "label", "sensitive", "context") SELECT "id", "controllerId", "dataCategoryId", "label", "sensitive", "context" FROM "temporary_data_category_disclosure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_data_category_disclosure"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_23a03174c77e6b73f9ccbc7789" ON "data_category_disclosure" ("controllerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7199f7967c1a128fcfa25d0fde" ON "data_category_disclosure" ("dataCategoryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_55cf343ef9acfd2920e95731ea"`);
    await queryRunner.query(`ALTER TABLE "authority_reference" RENAME TO "temporary_authority_reference"`);
    await queryRunner.query(
      `CREATE TABLE "authority_reference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "controllerId" integer NOT NULL, "supervisoryAuthorityId" integer NOT NULL, "namedAs" varchar NOT NULL, "statedAddress" varchar, "statedPhone" varchar, "statedEmail" varchar, "statedWebsite" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "authority_reference"("id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite") SELECT "id", "controllerId", "supervisoryAuthorityId", "namedAs", "statedAddress", "statedPhone", "statedEmail", "statedWebsite" FROM "temporary_authority_reference"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_authority_reference"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_55cf343ef9acfd2920e95731ea" ON "authority_reference" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_42ee03cf7c879b6c10a54a281c"`);
    await queryRunner.query(`DROP INDEX "IDX_6f5d92a6438fcc18a313c98543"`);
    await queryRunner.query(`DROP INDEX "IDX_765b3026f916541b1a8deeaebe"`);
    await queryRunner.query(`DROP INDEX "IDX_1dec9e67a3d01d698ba93954a8"`);
    await queryRunner.query(`DROP INDEX "IDX_b0a3ba1e39644ea975974ffc08"`);
    await queryRunner.query(`ALTER TABLE "controller" RENAME TO "temporary_controller"`);
    await queryRunner.query(
      `CREATE TABLE "controller" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "legalName" varchar, "legalForm" varchar, "enterpriseNumber" varchar, "language" varchar(2) NOT NULL, "website" varchar, "email" varchar, "phone" varchar, "representative" varchar, "documentId" integer NOT NULL, "supervisoryAuthorityId" integer, "transfersOutsideEEA" boolean, "automatedDecisionMaking" boolean, "minimumAge" integer, "hasDpo" boolean NOT NULL, "addressStreet" varchar, "addressPostalcode" varchar, "addressCity" varchar, "addressCountry" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "controller"("id", "slug", "name", "legalName", "legalForm", "enterpriseNumber", "language", "website", "email", "phone", "representative", "documentId", "supervisoryAuthorityId", "transfersOutsideEEA", "automatedDecisionMaking", "minimumAge", "hasDpo", "addressStreet", "addressPostalcode", "addressCity", "addressCountry") SELECT "id", "slug", "name", "legalName", "legalForm", "enterpriseNumber", "language", "website", "email", "phone", "representative", "documentId", "supervisoryAuthorityId", "transfersOutsideEEA", "automatedDecisionMaking", "minimumAge", "hasDpo", "addressStreet", "addressPostalcode", "addressCity", "addressCountry" FROM "temporary_controller"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_controller"`);
    await queryRunner.query(`CREATE INDEX "IDX_42ee03cf7c879b6c10a54a281c" ON "controller" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_6f5d92a6438fcc18a313c98543" ON "controller" ("language") `);
    await queryRunner.query(`CREATE INDEX "IDX_765b3026f916541b1a8deeaebe" ON "controller" ("documentId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_1dec9e67a3d01d698ba93954a8" ON "controller" ("supervisoryAuthorityId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b0a3ba1e39644ea975974ffc08" ON "controller" ("hasDpo") `);
    await queryRunner.query(`DROP INDEX "IDX_a19c64499f0c6ab1b04f90bd85"`);
    await queryRunner.query(`ALTER TABLE "evidence" RENAME TO "temporary_evidence"`);
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "documentId" integer NOT NULL, "subjectType" varchar NOT NULL, "subjectId" integer NOT NULL, "quote" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "evidence"("id", "documentId", "quote", "start", "end") SELECT "id", "documentId", "quote", "start", "end" FROM "temporary_evidence"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_evidence"`);
    await queryRunner.query(`CREATE INDEX "IDX_a19c64499f0c6ab1b04f90bd85" ON "evidence" ("documentId") `);
    await queryRunner.query(`DROP TABLE "data_version"`);
    await queryRunner.query(`DROP INDEX "IDX_d9f74477392a38c49c8c89202a"`);
    await queryRunner.query(`DROP TABLE "fact"`);
    await queryRunner.query(`DROP INDEX "IDX_46b26c445a8dd464c49fe02927"`);
    await queryRunner.query(`DROP INDEX "IDX_eabf7d696243cbe2a2596de473"`);
    await queryRunner.query(`DROP INDEX "IDX_bbbe2dfa0f7910bad6cd0b0b4b"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_15e9a5fd3d5272fe9d25547448" ON "rights_request" ("controllerId") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7486329a43636022b2a868ed6" ON "policy_document" ("slug") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6b853b00c6638ed9eb816612a7" ON "evidence" ("subjectType", "subjectId") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_33ec86d9d2c2c247a3edd953e8" ON "dpo" ("controllerId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b70483ac0ef550bdf275e3dc72" ON "authority_reference" ("controllerId") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da5202834f0f38dd1d1bc67f04" ON "controller" ("slug") `);
  }
}
