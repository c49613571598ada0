import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Written by hand from TypeORM's diff: SQLite's ADD COLUMN instead of rebuilding "controller" and "policy_document".
 * A rebuild drops the old table, and with foreign keys on (they cannot be turned off inside the migration's
 * transaction) dropping "controller" would delete every fact through ON DELETE CASCADE. So policy_document.sourceId
 * has no foreign key (see the entity).
 */
export class Ingestions1796124764284 implements MigrationInterface {
  name = 'Ingestions1796124764284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_source" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sha256" varchar(64) NOT NULL, "mediaType" varchar NOT NULL, "byteLength" integer NOT NULL, "content" text NOT NULL, "createdAt" varchar NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9a3174c9598f842c56412e4ed7" ON "document_source" ("sha256") `);
    await queryRunner.query(
      `CREATE TABLE "ingestion" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(36) NOT NULL, "status" varchar NOT NULL, "stage" varchar NOT NULL, "progress" real NOT NULL, "attempts" integer NOT NULL, "errorCode" varchar, "error" text, "warnings" text NOT NULL, "mediaType" varchar NOT NULL, "byteLength" integer NOT NULL, "sha256" varchar(64) NOT NULL, "sourceUrl" varchar, "requestedSlug" varchar, "draftSlug" varchar, "draftVersion" integer, "sourceId" integer NOT NULL, "submittedBy" varchar, "submittedByKeyId" varchar, "requestId" varchar, "submittedAt" varchar NOT NULL, "startedAt" varchar, "finishedAt" varchar, "runAfter" varchar NOT NULL, "leaseOwner" varchar, "leaseUntil" varchar, CONSTRAINT "FK_97ca26243c947351ca7ecd2dafd" FOREIGN KEY ("sourceId") REFERENCES "document_source" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_331cdcf4f66b9b02476247dd2e" ON "ingestion" ("key") `);
    await queryRunner.query(`CREATE INDEX "IDX_0cd33ba713bf143573ade0782b" ON "ingestion" ("status", "runAfter") `);
    await queryRunner.query(`ALTER TABLE "controller" ADD COLUMN "kvkNumber" varchar`);
    await queryRunner.query(`ALTER TABLE "controller" ADD COLUMN "vatNumber" varchar`);
    await queryRunner.query(
      `ALTER TABLE "policy_document" ADD COLUMN "mediaType" varchar NOT NULL DEFAULT ('text/plain')`,
    );
    await queryRunner.query(`ALTER TABLE "policy_document" ADD COLUMN "sourceId" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_0cd33ba713bf143573ade0782b"`);
    await queryRunner.query(`DROP INDEX "IDX_331cdcf4f66b9b02476247dd2e"`);
    await queryRunner.query(`DROP TABLE "ingestion"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "sourceId"`);
    await queryRunner.query(`DROP INDEX "IDX_9a3174c9598f842c56412e4ed7"`);
    await queryRunner.query(`DROP TABLE "document_source"`);
    await queryRunner.query(`ALTER TABLE "policy_document" DROP COLUMN "mediaType"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "vatNumber"`);
    await queryRunner.query(`ALTER TABLE "controller" DROP COLUMN "kvkNumber"`);
  }
}
