import { MigrationInterface, QueryRunner } from 'typeorm';

export class Ingestions1796124764284 implements MigrationInterface {
  name = 'Ingestions1796124764284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_source" ("id" SERIAL NOT NULL, "sha256" character varying(64) NOT NULL, "mediaType" character varying NOT NULL, "byteLength" integer NOT NULL, "content" text NOT NULL, "createdAt" character varying NOT NULL, CONSTRAINT "PK_d61cb2fa3cf03ec92a6e37df51e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9a3174c9598f842c56412e4ed7" ON "document_source" ("sha256") `);
    await queryRunner.query(
      `CREATE TABLE "ingestion" ("id" SERIAL NOT NULL, "key" character varying(36) NOT NULL, "status" character varying NOT NULL, "stage" character varying NOT NULL, "progress" real NOT NULL, "attempts" integer NOT NULL, "errorCode" character varying, "error" text, "warnings" text NOT NULL, "mediaType" character varying NOT NULL, "byteLength" integer NOT NULL, "sha256" character varying(64) NOT NULL, "sourceUrl" character varying, "requestedSlug" character varying, "draftSlug" character varying, "draftVersion" integer, "sourceId" integer NOT NULL, "submittedBy" character varying, "submittedByKeyId" character varying, "requestId" character varying, "submittedAt" character varying NOT NULL, "startedAt" character varying, "finishedAt" character varying, "runAfter" character varying NOT NULL, "leaseOwner" character varying, "leaseUntil" character varying, CONSTRAINT "PK_c318c071e868a0a37153cabf606" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_331cdcf4f66b9b02476247dd2e" ON "ingestion" ("key") `);
    await queryRunner.query(`CREATE INDEX "IDX_0cd33ba713bf143573ade0782b" ON "ingestion" ("status", "runAfter") `);
    await queryRunner.query(`ALTER TABLE "controller" ADD "kvkNumber" character varying`);
    await queryRunner.query(`ALTER TABLE "controller" ADD "vatNumber" character varying`);
    await queryRunner.query(
      `ALTER TABLE "policy_document" ADD "mediaType" character varying NOT NULL DEFAULT 'text/plain'`,
    );
    await queryRunner.query(`ALTER TABLE "policy_document" ADD "sourceId" integer`);
    await queryRunner.query(
      `ALTER TABLE "ingestion" ADD CONSTRAINT "FK_97ca26243c947351ca7ecd2dafd" FOREIGN KEY ("sourceId") REFERENCES "document_source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ingestion" DROP CONSTRAINT "FK_97ca26243c947351ca7ecd2dafd"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "sourceId"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "mediaType"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "vatNumber"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "kvkNumber"`);
    await queryRunner.query(`DROP INDEX "IDX_0cd33ba713bf143573ade0782b"`);
    await queryRunner.query(`DROP INDEX "IDX_331cdcf4f66b9b02476247dd2e"`);
    await queryRunner.query(`DROP TABLE "ingestion"`);
    await queryRunner.query(`DROP INDEX "IDX_9a3174c9598f842c56412e4ed7"`);
    await queryRunner.query(`DROP TABLE "document_source"`);
  }
}
