import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1796117292198 implements MigrationInterface {
  name = 'ApiKeys1796117292198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "prefix" varchar(12) NOT NULL, "digest" varchar(64) NOT NULL, "name" varchar(100) NOT NULL, "role" varchar(16) NOT NULL, "createdAt" varchar(32) NOT NULL, "createdBy" varchar(100) NOT NULL, "revokedAt" varchar(32), "revokedBy" varchar(100), "lastUsedAt" varchar(32))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "api_key" ("prefix") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c4f6ccad30c0862eb54af9fb0a"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
