import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1796117292198 implements MigrationInterface {
  name = 'ApiKeys1796117292198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "prefix" character varying(12) NOT NULL, "digest" character varying(64) NOT NULL, "name" character varying(100) NOT NULL, "role" character varying(16) NOT NULL, "createdAt" character varying(32) NOT NULL, "createdBy" character varying(100) NOT NULL, "revokedAt" character varying(32), "revokedBy" character varying(100), "lastUsedAt" character varying(32), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "api_key" ("prefix") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c4f6ccad30c0862eb54af9fb0a"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
