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
      `CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" character varying NOT NULL, "actorType" character varying NOT NULL, "actorId" character varying, "actorName" character varying NOT NULL, "actorRole" character varying, "requestId" character varying, "action" character varying NOT NULL, "subject" character varying NOT NULL, "controllerSlug" character varying NOT NULL, "version" integer NOT NULL, "before" text, "after" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bbbe2dfa0f7910bad6cd0b0b4b" ON "audit_entry" ("controllerSlug") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_eabf7d696243cbe2a2596de473" ON "audit_entry" ("actorType", "actorId", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_46b26c445a8dd464c49fe02927" ON "audit_entry" ("subject", "id") `);
    await queryRunner.query(
      `CREATE TABLE "fact" ("id" SERIAL NOT NULL, "controllerId" integer NOT NULL, "kind" character varying NOT NULL, "field" character varying NOT NULL, "key" character varying NOT NULL, "reviewState" character varying NOT NULL, "source" character varying NOT NULL, "confidence" real, "revision" integer NOT NULL, CONSTRAINT "PK_99f436f7582af519be409af9f9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d9f74477392a38c49c8c89202a" ON "fact" ("controllerId", "key") `);
    await queryRunner.query(
      `CREATE TABLE "data_version" ("id" integer NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_3148924ffcfb626029b309ba4e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "subjectType"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "subjectId"`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "version" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "status" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "revision" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "source" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "createdAt" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "publishedAt" character varying`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "factId" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "seedFingerprint" character varying`);
    await queryRunner.query(`ALTER TABLE "authority_reference" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "authority_reference" ADD "statedFax" character varying`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "dpo" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evidence" ADD "factId" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evidence" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "policy_document" ADD "version" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "policy_document" ADD "factId" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "policy_document" ADD "sourceUrl" character varying`);
    await queryRunner.query(`ALTER TABLE "policy_statement" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "purpose" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "right_statement" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "rights_request" ADD "nodeKey" character varying NOT NULL`);
    await queryRunner.query(`ALTER TABLE "authority_reference" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "authority_reference_id_seq"`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "data_category_disclosure_id_seq"`);
    await queryRunner.query(`ALTER TABLE "dpo" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "dpo_id_seq"`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "legal_basis_claim_id_seq"`);
    await queryRunner.query(`ALTER TABLE "policy_statement" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "policy_statement_id_seq"`);
    await queryRunner.query(
      `ALTER TABLE "processor_engagement_data_category" DROP CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd"`,
    );
    await queryRunner.query(`ALTER TABLE "processor_engagement" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "processor_engagement_id_seq"`);
    await queryRunner.query(`ALTER TABLE "purpose_legal_basis" DROP CONSTRAINT "FK_b0794525fd19f874359b73b777a"`);
    await queryRunner.query(`ALTER TABLE "purpose_data_category" DROP CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4"`);
    await queryRunner.query(`ALTER TABLE "purpose" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "purpose_id_seq"`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "recipient_disclosure_id_seq"`);
    await queryRunner.query(`ALTER TABLE "right_statement" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "right_statement_id_seq"`);
    await queryRunner.query(`ALTER TABLE "rights_request" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "rights_request_id_seq"`);
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
    await queryRunner.query(
      `ALTER TABLE "fact" ADD CONSTRAINT "FK_dedd3992c80564a513b04dfd73d" FOREIGN KEY ("controllerId") REFERENCES "controller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_reference" ADD CONSTRAINT "FK_ad33d60897c00de1f91ace3aabf" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_category_disclosure" ADD CONSTRAINT "FK_fc850ef455d9155f71273c87397" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dpo" ADD CONSTRAINT "FK_e7a1177e08844beb3c2b9b1d8a5" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_21c86f6547feeeaf099536afd01" FOREIGN KEY ("factId") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_basis_claim" ADD CONSTRAINT "FK_943d59eab6fe32a76d6ad1d6c0b" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_statement" ADD CONSTRAINT "FK_08381a788a58960e6c23d527be5" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "processor_engagement" ADD CONSTRAINT "FK_891f98d63c2315ce18e9b87516e" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "purpose" ADD CONSTRAINT "FK_9f89c13188de03afb221ef2a4ac" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_disclosure" ADD CONSTRAINT "FK_93a1b612d50f9830b21938d64e5" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "right_statement" ADD CONSTRAINT "FK_121e9a223b5a264f11e9eea6a83" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rights_request" ADD CONSTRAINT "FK_f4a1496399535188e6ce9609687" FOREIGN KEY ("id") REFERENCES "fact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "processor_engagement_data_category" ADD CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd" FOREIGN KEY ("engagementId") REFERENCES "processor_engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "purpose_legal_basis" ADD CONSTRAINT "FK_b0794525fd19f874359b73b777a" FOREIGN KEY ("purposeId") REFERENCES "purpose"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "purpose_data_category" ADD CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4" FOREIGN KEY ("purposeId") REFERENCES "purpose"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // The audit log is append-only: the database itself refuses to change, delete or truncate an entry.
    await queryRunner.query(
      `CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_no_change" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"()`,
    );
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version") VALUES (1, 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"`);
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_change" ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION "audit_entry_append_only"()`);
    await queryRunner.query(`ALTER TABLE "purpose_data_category" DROP CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4"`);
    await queryRunner.query(`ALTER TABLE "purpose_legal_basis" DROP CONSTRAINT "FK_b0794525fd19f874359b73b777a"`);
    await queryRunner.query(
      `ALTER TABLE "processor_engagement_data_category" DROP CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd"`,
    );
    await queryRunner.query(`ALTER TABLE "rights_request" DROP CONSTRAINT "FK_f4a1496399535188e6ce9609687"`);
    await queryRunner.query(`ALTER TABLE "right_statement" DROP CONSTRAINT "FK_121e9a223b5a264f11e9eea6a83"`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" DROP CONSTRAINT "FK_93a1b612d50f9830b21938d64e5"`);
    await queryRunner.query(`ALTER TABLE "purpose" DROP CONSTRAINT "FK_9f89c13188de03afb221ef2a4ac"`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" DROP CONSTRAINT "FK_891f98d63c2315ce18e9b87516e"`);
    await queryRunner.query(`ALTER TABLE "policy_statement" DROP CONSTRAINT "FK_08381a788a58960e6c23d527be5"`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" DROP CONSTRAINT "FK_943d59eab6fe32a76d6ad1d6c0b"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_21c86f6547feeeaf099536afd01"`);
    await queryRunner.query(`ALTER TABLE "dpo" DROP CONSTRAINT "FK_e7a1177e08844beb3c2b9b1d8a5"`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" DROP CONSTRAINT "FK_fc850ef455d9155f71273c87397"`);
    await queryRunner.query(`ALTER TABLE "authority_reference" DROP CONSTRAINT "FK_ad33d60897c00de1f91ace3aabf"`);
    await queryRunner.query(`ALTER TABLE "fact" DROP CONSTRAINT "FK_dedd3992c80564a513b04dfd73d"`);
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
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "rights_request_id_seq" OWNED BY "rights_request"."id"`);
    await queryRunner.query(
      `ALTER TABLE "rights_request" ALTER COLUMN "id" SET DEFAULT nextval('"rights_request_id_seq"')`,
    );
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "right_statement_id_seq" OWNED BY "right_statement"."id"`);
    await queryRunner.query(
      `ALTER TABLE "right_statement" ALTER COLUMN "id" SET DEFAULT nextval('"right_statement_id_seq"')`,
    );
    await queryRunner.query(
      `CREATE SEQUENCE IF NOT EXISTS "recipient_disclosure_id_seq" OWNED BY "recipient_disclosure"."id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_disclosure" ALTER COLUMN "id" SET DEFAULT nextval('"recipient_disclosure_id_seq"')`,
    );
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "purpose_id_seq" OWNED BY "purpose"."id"`);
    await queryRunner.query(`ALTER TABLE "purpose" ALTER COLUMN "id" SET DEFAULT nextval('"purpose_id_seq"')`);
    await queryRunner.query(
      `ALTER TABLE "purpose_data_category" ADD CONSTRAINT "FK_ed9ca1084d728ef8a78e683b9b4" FOREIGN KEY ("purposeId") REFERENCES "purpose"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "purpose_legal_basis" ADD CONSTRAINT "FK_b0794525fd19f874359b73b777a" FOREIGN KEY ("purposeId") REFERENCES "purpose"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `CREATE SEQUENCE IF NOT EXISTS "processor_engagement_id_seq" OWNED BY "processor_engagement"."id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "processor_engagement" ALTER COLUMN "id" SET DEFAULT nextval('"processor_engagement_id_seq"')`,
    );
    await queryRunner.query(
      `ALTER TABLE "processor_engagement_data_category" ADD CONSTRAINT "FK_5b1d3d3f9e12202db81f026efdd" FOREIGN KEY ("engagementId") REFERENCES "processor_engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "policy_statement_id_seq" OWNED BY "policy_statement"."id"`);
    await queryRunner.query(
      `ALTER TABLE "policy_statement" ALTER COLUMN "id" SET DEFAULT nextval('"policy_statement_id_seq"')`,
    );
    await queryRunner.query(
      `CREATE SEQUENCE IF NOT EXISTS "legal_basis_claim_id_seq" OWNED BY "legal_basis_claim"."id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_basis_claim" ALTER COLUMN "id" SET DEFAULT nextval('"legal_basis_claim_id_seq"')`,
    );
    await queryRunner.query(`CREATE SEQUENCE IF NOT EXISTS "dpo_id_seq" OWNED BY "dpo"."id"`);
    await queryRunner.query(`ALTER TABLE "dpo" ALTER COLUMN "id" SET DEFAULT nextval('"dpo_id_seq"')`);
    await queryRunner.query(
      `CREATE SEQUENCE IF NOT EXISTS "data_category_disclosure_id_seq" OWNED BY "data_category_disclosure"."id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_category_disclosure" ALTER COLUMN "id" SET DEFAULT nextval('"data_category_disclosure_id_seq"')`,
    );
    await queryRunner.query(
      `CREATE SEQUENCE IF NOT EXISTS "authority_reference_id_seq" OWNED BY "authority_reference"."id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_reference" ALTER COLUMN "id" SET DEFAULT nextval('"authority_reference_id_seq"')`,
    );
    await queryRunner.query(`ALTER TABLE "rights_request" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "right_statement" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "recipient_disclosure" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "purpose" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "policy_statement" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "sourceUrl"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "factId"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "legal_basis_claim" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "factId"`);
    await queryRunner.query(`ALTER TABLE "dpo" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "data_category_disclosure" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "authority_reference" DROP COLUMN "statedFax"`);
    await queryRunner.query(`ALTER TABLE "authority_reference" DROP COLUMN "nodeKey"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "seedFingerprint"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "factId"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "publishedAt"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "createdAt"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "source"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "revision"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "evidence" ADD "subjectId" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evidence" ADD "subjectType" character varying NOT NULL`);
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
